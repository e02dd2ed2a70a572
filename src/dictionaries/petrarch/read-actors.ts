import type {
  ActorDictionary, ActorEntry, ActorEntryKind, ActorPhrase, DatedCode,
} from '../../domain/actor-dictionary.js';
import { DEFAULT_YEAR_PIVOT, readDateRange } from './_dates.js';
import { baseName, contentLines, phraseGaps, phraseWords, type DictionaryWarning } from './_lines.js';

export interface ActorReadOptions {
  /** Two-digit years up to this are 20yy (default 30, PETRARCH's rule). */
  readonly yearPivot?: number;
}

export interface ActorReadResult {
  readonly dictionary: ActorDictionary;
  readonly warnings: DictionaryWarning[];
}

/** Code prefixes that name a kind of body rather than a country. */
const NON_STATE_PREFIXES = new Set([
  'IGO', 'NGO', 'NGM', 'MNC', 'IMG', 'UIS', 'REB', 'INS', 'BUS', 'CVL', 'GOV', 'MIL', 'OPP', 'COP',
  'EDU', 'MED', 'REL', 'SPY', 'LAB', 'LEG', 'JUD', 'ELI', 'HLH', 'AGR', 'ENV', 'HRI', 'REF', 'CRM',
  'UAF', 'SEP', 'MOD', 'RAD', '---',
]);

/** A CAMEO actor code, `---` (explicitly not an actor), or several codes joined by `/` (THE_SHIRE [FRO/BIL/SAM]). */
const CODE_RE = /^(?:---|[A-Z0-9]+(?:\/[A-Z0-9]+)*)$/;

interface CodeGroups {
  readonly groups: string[];
  readonly rest: string;
  readonly error?: string;
}

/** Pulls every `[...]` group out of a line; `rest` is what lies before the first one. */
function splitCodeGroups(text: string): CodeGroups {
  const first = text.indexOf('[');
  if (first < 0) return { groups: [], rest: text };
  const groups: string[] = [];
  let i = first;
  while (i < text.length) {
    const open = text.indexOf('[', i);
    if (open < 0) {
      if (text.slice(i).trim() !== '') return { groups, rest: text.slice(0, first), error: `unexpected text "${text.slice(i).trim()}" after a code` };
      break;
    }
    if (text.slice(i, open).trim() !== '') {
      return { groups, rest: text.slice(0, first), error: `unexpected text "${text.slice(i, open).trim()}" between codes` };
    }
    const close = text.indexOf(']', open);
    if (close < 0) return { groups, rest: text.slice(0, first), error: 'a "[" is not closed' };
    groups.push(text.slice(open + 1, close));
    i = close + 1;
  }
  return { groups, rest: text.slice(0, first) };
}

/** Reads one `[CODE]` / `[CODE dates]` group, or returns why it cannot be used. */
export function readCodeGroup(group: string, yearPivot = DEFAULT_YEAR_PIVOT): { code?: DatedCode; error?: string; note?: string } {
  const trimmed = group.trim();
  const m = /^(\S+)\s*(.*)$/.exec(trimmed);
  if (!m) return { error: 'empty code "[]"' };
  const code = (m[1] as string).toUpperCase();
  const dates = (m[2] as string).trim();
  if (!CODE_RE.test(code)) return { error: `"${m[1]}" is not an actor code` };
  if (dates === '') return { code: { code } };
  const range = readDateRange(dates, yearPivot);
  if (!range.ok) return { error: range.message };
  return range.note ? { code: { code, ...range.range }, note: range.note } : { code: { code, ...range.range } };
}

function entryKind(codes: readonly DatedCode[]): ActorEntryKind {
  if (codes.some((c) => c.from !== undefined || c.to !== undefined)) return 'person';
  const plain = codes.map((c) => c.code).filter((c) => c !== '---');
  if (plain.length === 0) return 'other';
  if (plain.every((c) => /^(IGO|NGO|MNC)/.test(c))) return 'organisation';
  if (plain.every((c) => /^[A-Z]{3}$/.test(c))) return 'country';
  if (plain.some((c) => /(REB|INS|UAF|SEP|IMG)/.test(c))) return 'group';
  return 'other';
}

function entryCountry(codes: readonly DatedCode[]): string | undefined {
  const prefixes = new Set(codes.map((c) => c.code).filter((c) => c !== '---' && !c.includes('/')).map((c) => c.slice(0, 3)));
  if (prefixes.size !== 1) return undefined;
  const [prefix] = [...prefixes];
  return prefix && /^[A-Z]{3}$/.test(prefix) && !NON_STATE_PREFIXES.has(prefix) ? prefix : undefined;
}

/** Readable name from the primary phrase (`HAMID_KARZAI_` -> `HAMID KARZAI`). */
function displayName(phrase: string): string {
  return phrase.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

interface PendingEntry {
  readonly line: number;
  /** Whether any `[...]` group was seen for it, usable or not. */
  sawCode: boolean;
  readonly name: string;
  readonly phrases: { words: string[]; form: 'name' | 'alias'; gaps?: boolean[] }[];
  readonly codes: DatedCode[];
}

/**
 * Reads a PETRARCH/TABARI actor dictionary: a primary phrase with optional `[CODE]` groups, synonyms on
 * `+` lines, more (often date-restricted) codes on following `[...]` lines. Entry ids are `<file>:<line>`.
 */
export function readPetrarchActors(text: string, origin: string, options: ActorReadOptions = {}): ActorReadResult {
  const yearPivot = options.yearPivot ?? DEFAULT_YEAR_PIVOT;
  const file = baseName(origin);
  const warnings: DictionaryWarning[] = [];
  const phrases: ActorPhrase[] = [];
  const warn = (line: number, message: string): void => { warnings.push({ file: origin, line, message }); };
  let pending: PendingEntry | undefined;

  const flush = (): void => {
    if (!pending) return;
    const entryData = pending;
    pending = undefined;
    if (entryData.codes.length === 0) {
      warn(entryData.line, `actor "${entryData.name}" has no usable code; entry skipped`);
      return;
    }
    const country = entryCountry(entryData.codes);
    const entry: ActorEntry = {
      id: `${file}:${entryData.line}`,
      name: entryData.name,
      kind: entryKind(entryData.codes),
      codes: entryData.codes,
      ...(country ? { country } : {}),
    };
    for (const p of entryData.phrases) phrases.push({ words: p.words, entry, form: p.form, ...(p.gaps ? { gaps: p.gaps } : {}) });
  };

  const addCodes = (line: number, groups: readonly string[]): void => {
    if (pending && groups.length > 0) pending.sawCode = true;
    for (const g of groups) {
      const read = readCodeGroup(g, yearPivot);
      if (read.error) warn(line, `${read.error}; code skipped`);
      if (read.note) warn(line, read.note);
      if (read.code && pending) pending.codes.push(read.code);
    }
  };

  // After a primary line that could not be read, its synonyms and codes are dropped with it.
  let skipping = false;
  for (const { line, text: raw } of contentLines(text)) {
    const t = raw.trim();
    const isCodeLine = t.startsWith('[');
    const synonym = t.startsWith('+');
    const split = splitCodeGroups(t);
    if (split.error) {
      warn(line, `${split.error}; line skipped`);
      if (!isCodeLine && !synonym) {
        flush();
        skipping = true;
      }
      continue;
    }
    if (isCodeLine || synonym) {
      if (skipping) continue;
      if (!pending) {
        warn(line, `${isCodeLine ? 'code' : 'synonym'} line before any actor; line skipped`);
        continue;
      }
    }
    if (isCodeLine) {
      addCodes(line, split.groups);
      continue;
    }
    const phraseText = (synonym ? split.rest.slice(1) : split.rest).trim();
    const words = phraseWords(phraseText);
    const gaps = phraseGaps(phraseText);
    const spaced = gaps ? { gaps } : {};
    if (synonym) {
      if (words.length === 0) warn(line, 'empty synonym; line skipped');
      else pending?.phrases.push({ words, form: 'alias', ...spaced });
      addCodes(line, split.groups);
      continue;
    }
    if (words.length === 0) {
      flush();
      warn(line, 'no actor phrase before the code; line skipped');
      skipping = true;
      continue;
    }
    // Code-less names listed one under another share the codes that follow (LEONID_BREZHNEV_,
    // LEONID_ILYICH_BREZHNEV, ... then [RUSGOV ...]); PETRARCH would leave all but the last uncoded.
    if (pending && !pending.sawCode && !skipping && split.groups.length === 0) {
      pending.phrases.push({ words, form: 'alias', ...spaced });
      addCodes(line, split.groups);
      continue;
    }
    flush();
    skipping = false;
    pending = { line, sawCode: false, name: displayName(phraseText), phrases: [{ words, form: 'name', ...spaced }], codes: [] };
    addCodes(line, split.groups);
  }
  flush();
  return { dictionary: { origin, phrases, agents: [] }, warnings };
}
