import { readFileSync } from 'node:fs';
import type { ActorDictionary, ActorPhrase, AgentEntry } from '../../domain/actor-dictionary.js';
import type { DiscardList, VerbLexicon, VerbPattern } from '../../domain/verb-lexicon.js';
import { baseName, contentLines, type DictionaryWarning } from './_lines.js';
import { readPetrarchActors, type ActorReadOptions } from './read-actors.js';
import { readPetrarchAgents } from './read-agents.js';
import { readPetrarchDiscards } from './read-discards.js';
import { readPetrarchVerbs } from './read-verbs.js';

export type PetrarchFileKind = 'verbs' | 'actors' | 'agents' | 'discards';

/** What one file contributed. */
export interface PetrarchFileSummary {
  readonly path: string;
  readonly kind: PetrarchFileKind | null;
  /** Patterns, actor phrases, agent phrases or discard phrases read from it. */
  readonly items: number;
  readonly warnings: number;
}

export interface PetrarchDictionaries {
  readonly verbs: VerbLexicon;
  /** Actor phrases from every actors file plus agents from every agents file. */
  readonly actors: ActorDictionary;
  readonly discards: DiscardList;
  readonly files: readonly PetrarchFileSummary[];
  readonly warnings: readonly DictionaryWarning[];
}

/** Guesses a file's kind from its name (`CAMEO.2.0.txt`, `Phoenix.agents.txt`, `*.verbs`), or null. */
export function kindFromName(path: string): PetrarchFileKind | null {
  const name = baseName(path).toLowerCase();
  if (/agents?\b|\.agents/.test(name)) return 'agents';
  if (/actors?\b|\.actors/.test(name)) return 'actors';
  if (/discards?\b/.test(name)) return 'discards';
  if (/verbs?\b|\bcameo\b|verbpatterns/.test(name)) return 'verbs';
  return null;
}

/** Guesses a file's kind from its lines: verb blocks, `[~CODE]` agents, `[CODE]` actors, or bare phrases. */
export function kindFromContent(text: string): PetrarchFileKind | null {
  // The first few thousand lines tell; no need to scan a 50,000-line actors file twice.
  const head = text.split('\n', 4000).join('\n');
  const lines = contentLines(head).map((l) => l.text.trim());
  if (lines.length === 0) return null;
  let blocks = 0;
  let patterns = 0;
  let agentCodes = 0;
  let actorCodes = 0;
  let bare = 0;
  for (const t of lines) {
    if (/^---.*---$|^---\s+\S/.test(t)) blocks++;
    else if (/^-.*\*.*\[[^\]]*\]$/.test(t)) patterns++;
    else if (/\[\s*~\s*[A-Z0-9]+\s*\]|\[\s*[A-Z0-9]+~\s*\]/i.test(t) || /^![^!\s]+!\s*=/.test(t)) agentCodes++;
    else if (/\[[^\]]+\]/.test(t)) actorCodes++;
    else if (!t.startsWith('+') && !t.startsWith('&')) bare++;
  }
  if (blocks > 0 && blocks + patterns >= agentCodes + actorCodes) return 'verbs';
  if (agentCodes > actorCodes && agentCodes > 0) return 'agents';
  if (actorCodes > 0) return 'actors';
  if (bare > 0) return 'discards';
  return null;
}

export interface LoadOptions extends ActorReadOptions {
  /** Reads a file; defaults to reading UTF-8 from disk (tests pass a map). */
  readonly readText?: (path: string) => string;
}

/**
 * Loads PETRARCH/TABARI dictionary files of any kind, telling them apart by content (and by name when the
 * content is unclear), and merges them into one verb lexicon, one actor dictionary and one discard list.
 * A file that cannot be read or recognised becomes a warning; the others still load.
 */
export function loadPetrarchDictionaries(paths: readonly string[], options: LoadOptions = {}): PetrarchDictionaries {
  const readText = options.readText ?? ((p: string) => readFileSync(p, 'utf8'));
  const warnings: DictionaryWarning[] = [];
  const files: PetrarchFileSummary[] = [];
  const patterns: VerbPattern[] = [];
  const forms = new Map<string, string>();
  const phrases: ActorPhrase[] = [];
  const agents: AgentEntry[] = [];
  const sentence: (readonly string[])[] = [];
  const story: (readonly string[])[] = [];

  for (const path of paths) {
    let text: string;
    try {
      text = readText(path);
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      warnings.push({ file: path, line: 0, message: `cannot read the file: ${why}` });
      files.push({ path, kind: null, items: 0, warnings: 1 });
      continue;
    }
    const byName = kindFromName(path);
    const byContent = kindFromContent(text);
    const kind = byContent ?? byName;
    const before = warnings.length;
    if (byName && byContent && byName !== byContent) {
      warnings.push({ file: path, line: 0, message: `the name suggests ${byName} but the content reads as ${byContent}; read as ${byContent}` });
    }
    let items = 0;
    switch (kind) {
      case 'verbs': {
        const r = readPetrarchVerbs(text, path);
        patterns.push(...r.lexicon.patterns);
        for (const [surface, lemma] of r.lexicon.forms ?? []) {
          const known = forms.get(surface);
          if (known !== undefined && known !== lemma) {
            warnings.push({ file: path, line: 0, message: `form "${surface}" stands for "${known}" in an earlier file; not also for "${lemma}"` });
          } else {
            forms.set(surface, lemma);
          }
        }
        warnings.push(...r.warnings);
        items = r.lexicon.patterns.length;
        break;
      }
      case 'actors': {
        const r = readPetrarchActors(text, path, options);
        phrases.push(...r.dictionary.phrases);
        warnings.push(...r.warnings);
        items = r.dictionary.phrases.length;
        break;
      }
      case 'agents': {
        const r = readPetrarchAgents(text, path);
        agents.push(...r.dictionary.agents);
        warnings.push(...r.warnings);
        items = r.dictionary.agents.length;
        break;
      }
      case 'discards': {
        const r = readPetrarchDiscards(text, path);
        sentence.push(...r.discards.sentence);
        story.push(...r.discards.story);
        warnings.push(...r.warnings);
        items = r.discards.sentence.length + r.discards.story.length;
        break;
      }
      case null:
        warnings.push({ file: path, line: 0, message: 'not recognised as a PETRARCH verbs, actors, agents or discards file; skipped' });
        break;
    }
    files.push({ path, kind, items, warnings: warnings.length - before });
  }

  const origin = paths.join(', ');
  return {
    verbs: { origin, patterns, forms },
    actors: { origin, phrases, agents },
    discards: { origin, sentence, story },
    files,
    warnings,
  };
}
