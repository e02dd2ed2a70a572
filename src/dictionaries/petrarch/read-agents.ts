import type { ActorDictionary, AgentEntry } from '../../domain/actor-dictionary.js';
import { baseName, contentLines, phraseWords, type DictionaryWarning } from './_lines.js';

export interface AgentReadResult {
  readonly dictionary: ActorDictionary;
  readonly warnings: DictionaryWarning[];
}

/** English plural of the last word, as PETRARCH generates it when no `{...}` is given (a little less naively). */
export function pluralOf(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** Reads `[~GOV]` (role after the country code) or `[NGO~]` (before it); null when malformed. */
function readAgentCode(group: string): { code: string; prefix: boolean } | null {
  const g = group.replace(/\s+/g, '').toUpperCase();
  const suffix = /^~([A-Z0-9]+)$/.exec(g);
  if (suffix) return { code: suffix[1] as string, prefix: false };
  const prefix = /^([A-Z0-9]+)~$/.exec(g);
  if (prefix) return { code: prefix[1] as string, prefix: true };
  return null;
}

/** Expands every `!NAME!` marker in a phrase with each member of its substitution list. */
function expandMarkers(phrase: string, subs: ReadonlyMap<string, readonly string[]>): { phrases: string[]; missing?: string } {
  const m = /!([^!\s]+)!/.exec(phrase);
  if (!m) return { phrases: [phrase] };
  const members = subs.get(m[1] as string);
  if (!members) return { phrases: [], missing: m[1] as string };
  const out: string[] = [];
  for (const member of members) {
    const next = expandMarkers(phrase.slice(0, m.index) + member + phrase.slice(m.index + m[0].length), subs);
    if (next.missing) return next;
    out.push(...next.phrases);
  }
  return { phrases: out };
}

/**
 * Reads a PETRARCH agents dictionary: `PHRASE {PLURAL} [~CODE]` lines (regular plurals made unless
 * `{...}` gives one; `{}` means none) and `!NAME! = A, B` substitution lists used inside phrases.
 * Phrases containing a substitution marker get no extra plural, as in PETRARCH.
 */
export function readPetrarchAgents(text: string, origin: string): AgentReadResult {
  const file = baseName(origin);
  const warnings: DictionaryWarning[] = [];
  const agents: AgentEntry[] = [];
  const subs = new Map<string, string[]>();
  const warn = (line: number, message: string): void => { warnings.push({ file: origin, line, message }); };

  for (const { line, text: raw } of contentLines(text)) {
    const t = raw.trim();
    const def = /^!([^!\s]+)!\s*=\s*(.*)$/.exec(t);
    if (def) {
      const members = (def[2] as string).split(',').map((s) => s.trim()).filter((s) => s !== '');
      if (members.length === 0) warn(line, `substitution list !${def[1]}! is empty; line skipped`);
      else subs.set(def[1] as string, members);
      continue;
    }
    const open = t.indexOf('[');
    const close = t.indexOf(']', open);
    if (open < 0 || close < 0) {
      warn(line, open < 0 ? 'agent has no [code]; line skipped' : 'a "[" is not closed; line skipped');
      continue;
    }
    if (t.slice(close + 1).trim() !== '') {
      warn(line, `unexpected text "${t.slice(close + 1).trim()}" after the code; line skipped`);
      continue;
    }
    const code = readAgentCode(t.slice(open + 1, close));
    if (!code) {
      warn(line, `"[${t.slice(open + 1, close)}]" is not an agent code (want [~CODE] or [CODE~]); line skipped`);
      continue;
    }
    let phrase = t.slice(0, open).trim();
    let plural: string | null | undefined;
    const brace = phrase.indexOf('{');
    if (brace >= 0) {
      const end = phrase.indexOf('}', brace);
      if (end < 0) {
        warn(line, 'a "{" is not closed; line skipped');
        continue;
      }
      const inside = phrase.slice(brace + 1, end).trim();
      plural = inside === '' ? null : inside;
      phrase = phrase.slice(0, brace).trim();
    }
    if (phrase === '') {
      warn(line, 'agent has no phrase before the code; line skipped');
      continue;
    }
    const expanded = expandMarkers(phrase, subs);
    if (expanded.missing) {
      warn(line, `substitution marker !${expanded.missing}! is not defined above; line skipped`);
      continue;
    }
    const hasMarker = expanded.phrases.length !== 1 || expanded.phrases[0] !== phrase;
    const seen = new Set<string>();
    const add = (words: string[]): void => {
      const key = words.join(' ');
      if (words.length === 0 || seen.has(key)) return;
      seen.add(key);
      agents.push({
        id: `${file}:${line}`,
        words,
        code: code.code,
        ...(code.prefix ? { prefix: true } : {}),
      });
    };
    for (const p of expanded.phrases) {
      const words = phraseWords(p);
      add(words);
      if (plural === undefined && !hasMarker && words.length > 0) {
        add([...words.slice(0, -1), pluralOf(words[words.length - 1] as string)]);
      }
    }
    if (typeof plural === 'string') add(phraseWords(plural));
  }
  return { dictionary: { origin, phrases: [], agents }, warnings };
}
