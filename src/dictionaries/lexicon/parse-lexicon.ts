import type { PatternElement, Synset, VerbLexicon, VerbPattern } from '../../domain/verb-lexicon.js';

/** Why a lexicon line was skipped or looks wrong; each code has one meaning. */
export type LexiconWarningCode =
  | 'bad-syntax'
  | 'unknown-code'
  | 'unknown-synset'
  | 'duplicate-synset'
  | 'duplicate-pattern'
  | 'reporting-verb';

/** One problem found in a lexicon file; the line is skipped unless the code says otherwise. */
export interface LexiconWarning {
  readonly code: LexiconWarningCode;
  /** `file-stem:line`, e.g. `04-consult:12`. */
  readonly where: string;
  readonly line: number;
  readonly message: string;
}

export interface ParsedLexicon {
  readonly lexicon: VerbLexicon;
  /** The synsets known after this text: those passed in plus those it defines. */
  readonly synsets: ReadonlyMap<string, Synset>;
  readonly warnings: readonly LexiconWarning[];
}

/** Anything that can say whether a CAMEO code exists (the code table map, or a set of codes). */
export interface KnownCodes {
  has(code: string): boolean;
}

// Reporting verbs introduce quotes; the quote stage handles them, so they must never code events.
const REPORTING_VERBS = new Set(['say', 'tell', 'state', 'add', 'note', 'stress']);

const WORD = /^[a-z0-9][a-z0-9'.-]*$/;
const SYNSET_NAME = /^[A-Z][A-Z0-9_]*$/;
const CODE_SHAPE = /^\d{3,4}$/;

/**
 * Parses one Parley lexicon text (format: dictionaries/lexicon/README.md) into verb patterns.
 * `origin` names the file (its stem becomes part of every pattern id); bad lines are skipped with a warning.
 */
export function parseLexicon(
  text: string,
  origin: string,
  synsets: ReadonlyMap<string, Synset> = new Map(),
  codes?: KnownCodes,
): ParsedLexicon {
  const stem = fileStem(origin);
  const warnings: LexiconWarning[] = [];
  const warn = (code: LexiconWarningCode, line: number, message: string): void => {
    warnings.push({ code, where: `${stem}:${line}`, line, message });
  };
  const known = new Map(synsets);
  const lines = text.split(/\r?\n/).map((raw, index) => ({ number: index + 1, body: stripComment(raw).trim() }));

  // Synsets first, so a file may use a synset above the line that defines it.
  for (const { number, body } of lines) {
    if (!body.startsWith('&')) continue;
    const synset = parseSynsetLine(body, known, (code, message) => warn(code, number, message));
    if (!synset) continue;
    if (known.has(synset.name)) {
      warn('duplicate-synset', number, `synset &${synset.name} is already defined; this definition is ignored`);
      continue;
    }
    known.set(synset.name, synset);
  }

  const patterns: VerbPattern[] = [];
  const seen = new Map<string, number>();
  for (const { number, body } of lines) {
    if (body === '' || body.startsWith('&')) continue;
    const pattern = parsePatternLine(body, `lexicon/${stem}:${number}`, known, codes, (code, message) =>
      warn(code, number, message),
    );
    if (!pattern) continue;
    const key = patternSignature(pattern);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      warn('duplicate-pattern', number, `same verb and elements as line ${earlier}; this line is ignored`);
      continue;
    }
    seen.set(key, number);
    patterns.push(pattern);
  }

  return { lexicon: { origin: `lexicon/${stem}`, patterns }, synsets: known, warnings };
}

function fileStem(origin: string): string {
  const base = origin.split(/[\\/]/).pop() ?? origin;
  return base.replace(/\.txt$/, '');
}

function stripComment(line: string): string {
  const hash = line.indexOf('#');
  return hash < 0 ? line : line.slice(0, hash);
}

type Report = (code: LexiconWarningCode, message: string) => void;

function parseSynsetLine(body: string, known: ReadonlyMap<string, Synset>, report: Report): Synset | undefined {
  const match = /^&([^\s=]+)\s*=\s*(.*)$/.exec(body);
  if (!match) {
    report('bad-syntax', 'a synset line must read "&NAME = word, other, two_words"');
    return undefined;
  }
  const name = match[1] ?? '';
  if (!SYNSET_NAME.test(name)) {
    report('bad-syntax', `synset name "${name}" must be upper case letters, digits and "_"`);
    return undefined;
  }
  const members: (readonly string[])[] = [];
  for (const item of (match[2] ?? '').split(',').map((part) => part.trim())) {
    if (item.startsWith('&')) {
      const inner = known.get(item.slice(1));
      if (!inner) {
        report('unknown-synset', `synset &${name} uses ${item}, which is not defined before it`);
        return undefined;
      }
      members.push(...inner.members);
      continue;
    }
    const alternatives = phraseAlternatives(item);
    if (!alternatives) {
      report('bad-syntax', `synset &${name} member "${item}" is not a word or _-joined phrase`);
      return undefined;
    }
    members.push(...alternatives);
  }
  return { name, members };
}

/** "two_words" -> ["two", "words"]; undefined when any part is not a plain lower-case word. */
function phraseWords(item: string): string[] | undefined {
  if (item === '') return undefined;
  const words = item.toLowerCase().split('_');
  return words.every((word) => WORD.test(word)) ? words : undefined;
}

/**
 * The token runs one member or alternative stands for. The tagger splits hyphenated words
 * ("cease-fire" -> cease, -, fire) but keeps some whole ("u-turn"), so a hyphenated phrase also
 * yields its split form.
 */
function phraseAlternatives(item: string): string[][] | undefined {
  const words = phraseWords(item);
  if (!words) return undefined;
  if (!words.some((word) => word.includes('-'))) return [words];
  const split = words.flatMap((word) => word.split(/(-)/).filter((part) => part !== ''));
  return [words, split];
}

function parsePatternLine(
  body: string,
  id: string,
  synsets: ReadonlyMap<string, Synset>,
  codes: KnownCodes | undefined,
  report: Report,
): VerbPattern | undefined {
  const [codeField = '', verbField, ...elementFields] = body.split(/\s+/);
  if (verbField === undefined) {
    report('bad-syntax', 'a pattern line needs a code and a verb ("CODE VERB ELEMENT...")');
    return undefined;
  }

  let code: string | null = null;
  let reverseCode: string | undefined;
  if (codeField !== '---') {
    const [forward = '', reverse, extra] = codeField.split(':');
    if (extra !== undefined || !CODE_SHAPE.test(forward) || (reverse !== undefined && !CODE_SHAPE.test(reverse))) {
      report('bad-syntax', `"${codeField}" is not a code: use 3 or 4 digits, CODE:REVCODE or ---`);
      return undefined;
    }
    for (const part of [forward, reverse]) {
      if (part !== undefined && codes && !codes.has(part)) {
        report('unknown-code', `CAMEO code ${part} is not in cameo-codes.tsv`);
        return undefined;
      }
    }
    code = forward;
    reverseCode = reverse;
  }

  const verb = phraseWords(verbField);
  if (!verb) {
    report('bad-syntax', `verb "${verbField}" must be a lower-case lemma, phrasal parts joined with "_"`);
    return undefined;
  }
  if (code !== null && verb.length === 1 && REPORTING_VERBS.has(verb[0] ?? '')) {
    report('reporting-verb', `"${verbField}" is a reporting verb; quotes are handled by the quote stage, not the lexicon`);
    return undefined;
  }

  const after: PatternElement[] = [];
  for (const field of elementFields) {
    const element = parseElement(field, synsets, report);
    if (!element) return undefined;
    after.push(element);
  }
  return { id, verb, code, ...(reverseCode !== undefined ? { reverseCode } : {}), before: [], after };
}

function parseElement(field: string, synsets: ReadonlyMap<string, Synset>, report: Report): PatternElement | undefined {
  if (field === '+') return { kind: 'target' };
  if (field === '$') return { kind: 'source' };
  const items = field.startsWith('(') && field.endsWith(')') ? field.slice(1, -1).split('|') : [field];
  if (field.startsWith('(') !== field.endsWith(')') || items.length === 0) {
    report('bad-syntax', `unbalanced parentheses in "${field}" (alternatives are written (a|b|two_words), without spaces)`);
    return undefined;
  }
  const alternatives: (readonly string[])[] = [];
  for (const item of items) {
    if (item.startsWith('&')) {
      const synset = synsets.get(item.slice(1));
      if (!synset) {
        report('unknown-synset', `synset ${item} is not defined (define shared synsets in 00-synsets.txt)`);
        return undefined;
      }
      alternatives.push(...synset.members);
      continue;
    }
    const expanded = phraseAlternatives(item);
    if (!expanded) {
      report('bad-syntax', `"${item}" is not a word, _-joined phrase, (a|b) group, &SYNSET, + or $`);
      return undefined;
    }
    alternatives.push(...expanded);
  }
  return { kind: 'words', alternatives };
}

/** Verb plus elements, alternatives sorted: two patterns with one signature would compete for the same clauses. */
export function patternSignature(pattern: VerbPattern): string {
  const elements = pattern.after.map((element) =>
    element.kind === 'words' ? element.alternatives.map((words) => words.join('_')).sort().join('|') : element.kind,
  );
  return [pattern.verb.join('_'), ...elements].join(' ');
}
