/**
 * Reads Parley's actor line format (see dictionaries/actors/README.md) into entries, agents and
 * omit directives. Bad lines become warnings naming file:line and are skipped; nothing throws.
 */
import type {
  ActorEntry, ActorEntryKind, ActorPhrase, AgentEntry, DatedCode, PhraseForm,
} from '../../domain/actor-dictionary.js';
import { foldWords, phraseWords, wordsKey } from './phrase-words.js';

export type ActorFileWarningCode =
  | 'unknown-record' | 'column-count' | 'bad-code' | 'bad-date' | 'bad-country'
  | 'bad-phrase' | 'empty-name' | 'orphan-role' | 'no-code' | 'conflicting-phrase';

/** A problem with one line of an actor file; the line was skipped unless the code says otherwise. */
export interface ActorFileWarning {
  readonly file: string;
  readonly line: number;
  readonly code: ActorFileWarningCode;
  readonly message: string;
}

/** "Remove this phrase from generated data" (world-countries, places.tsv); `code` `*` means any. */
export interface OmitDirective {
  readonly words: readonly string[];
  readonly code: string;
  readonly reason: string;
  readonly at: string;
}

/** Everything one file says, before built-in sources are merged. */
export interface ActorRecords {
  readonly phrases: ActorPhrase[];
  readonly agents: AgentEntry[];
  readonly omits: OmitDirective[];
  readonly warnings: ActorFileWarning[];
}

const ENTRY_KINDS: ReadonlySet<string> = new Set<ActorEntryKind>([
  'country', 'capital', 'place', 'organisation', 'person', 'group', 'other',
]);
const PHRASE_FORMS: ReadonlySet<string> = new Set<PhraseForm>([
  'name', 'alias', 'adjective', 'demonym', 'metonym', 'surname',
]);
const CODE = /^[A-Z]{3}(?:[A-Z]{3})*$/;
const ROLE_CODE = /^(~?)([A-Z]{3}(?:[A-Z]{3})*)(~?)$/;
const COUNTRY = /^[A-Z]{3}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Mutable while the file is read; frozen into `ActorEntry` when the next entry starts. */
interface OpenEntry {
  readonly line: number;
  readonly id: string;
  readonly name: string;
  readonly kind: ActorEntryKind;
  readonly country: string | undefined;
  readonly codes: DatedCode[];
  /** The codes column said `-`: a known name that must not be coded (e.g. "Kashmir"). */
  readonly uncoded: boolean;
  readonly phrases: { words: string[]; form: PhraseForm }[];
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Drops a `#` comment (at the start of a line or after whitespace) and surrounding space. */
function stripComment(line: string): string {
  const hash = line.search(/(^|\s)#/);
  return (hash === -1 ? line : line.slice(0, hash)).trim();
}

/** Columns are tab-separated when the line has a tab, otherwise `|`-separated. */
function splitColumns(line: string): string[] {
  return line.split(line.includes('\t') ? '\t' : '|').map((column) => column.trim());
}

function isBlank(column: string | undefined): boolean {
  return column === undefined || column === '' || column === '-';
}

/** Reads one actor file. `file` names it in ids (`file:line`) and warnings. */
export function readActorRecords(text: string, file: string): ActorRecords {
  const records: ActorRecords = { phrases: [], agents: [], omits: [], warnings: [] };
  const warn = (line: number, code: ActorFileWarningCode, message: string): void => {
    records.warnings.push({ file, line, code, message });
  };
  const seen = new Map<string, { entry: ActorEntry; line: number }>();
  let open: OpenEntry | undefined;
  // After an invalid entry line its role lines are skipped quietly: the entry line already warned.
  let lastEntryFailed = false;

  const close = (): void => {
    if (!open) return;
    const current = open;
    open = undefined;
    if (current.codes.length === 0 && !current.uncoded) {
      warn(current.line, 'no-code', `entry "${current.name}" has no code and no role lines`);
      return;
    }
    const entry: ActorEntry = {
      id: current.id,
      name: current.name,
      kind: current.kind,
      codes: current.codes,
      ...(current.country === undefined ? {} : { country: current.country }),
    };
    const codesKey = codeSetKey(entry.codes);
    for (const { words, form } of current.phrases) {
      const key = wordsKey(words);
      const earlier = seen.get(key);
      if (earlier && earlier.entry !== entry && codeSetKey(earlier.entry.codes) !== codesKey) {
        warn(current.line, 'conflicting-phrase',
          `"${key}" also names "${earlier.entry.name}" (line ${earlier.line}) with other codes`);
      }
      if (!earlier) seen.set(key, { entry, line: current.line });
      records.phrases.push({ words, entry, form });
    }
  };

  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const lineNo = index + 1;
    const body = stripComment(lines[index] ?? '');
    if (body === '') continue;
    const columns = splitColumns(body);
    const record = (columns[0] ?? '').toLowerCase();

    if (record === 'role') {
      if (!open) {
        if (!lastEntryFailed) warn(lineNo, 'orphan-role', 'role line with no entry line before it');
        continue;
      }
      const role = parseRole(columns);
      if ('problem' in role) warn(lineNo, role.problem, role.message);
      else open.codes.push(role);
      continue;
    }

    close();
    lastEntryFailed = false;
    if (ENTRY_KINDS.has(record)) {
      const result = parseEntry(columns, record as ActorEntryKind, `${file}:${lineNo}`, lineNo);
      if ('problem' in result) {
        warn(lineNo, result.problem, result.message);
        lastEntryFailed = true;
      } else {
        open = result.entry;
      }
    } else if (record === 'agent' || record === 'instrument') {
      const agents = parseAgent(columns, `${file}:${lineNo}`, record === 'instrument');
      if ('problem' in agents) warn(lineNo, agents.problem, agents.message);
      else records.agents.push(...agents);
    } else if (record === 'omit') {
      const omit = parseOmit(columns, `${file}:${lineNo}`);
      if ('problem' in omit) warn(lineNo, omit.problem, omit.message);
      else records.omits.push(omit);
    } else {
      warn(lineNo, 'unknown-record', `unknown record type "${columns[0] ?? ''}" (expected an entry kind, role, agent, instrument or omit)`);
    }
  }
  close();
  return records;
}

function codeSetKey(codes: readonly DatedCode[]): string {
  return codes.map((c) => `${c.code}@${c.from ?? ''}..${c.to ?? ''}`).sort().join(' ');
}

/** Why a line was rejected. */
interface Problem {
  readonly problem: ActorFileWarningCode;
  readonly message: string;
}

function problem(code: ActorFileWarningCode, message: string): Problem {
  return { problem: code, message };
}

type EntryResult = { entry: OpenEntry } | Problem;

function parseEntry(columns: string[], kind: ActorEntryKind, id: string, line: number): EntryResult {
  if (columns.length < 4 || columns.length > 6) {
    return problem('column-count', `${kind} line needs 4 to 6 columns (kind | name | codes | country | phrases | source), found ${columns.length}`);
  }
  const [, name = '', codesColumn = '', countryColumn = '', phrasesColumn = ''] = columns;
  if (name === '' || name === '-') return problem('empty-name', `${kind} line has no name`);

  const codes: DatedCode[] = [];
  if (codesColumn === '') return problem('no-code', `${kind} line has an empty codes column (write - for a name that must stay uncoded)`);
  if (codesColumn !== '-') {
    for (const token of codesColumn.split(/[\s,]+/)) {
      const code = parseDatedCode(token);
      if ('problem' in code) return code;
      codes.push(code);
    }
  }
  let country: string | undefined;
  if (!isBlank(countryColumn)) {
    if (!COUNTRY.test(countryColumn)) return problem('bad-country', `country "${countryColumn}" is not a three-letter upper-case code`);
    country = countryColumn;
  }

  const phrases: OpenEntry['phrases'] = [];
  const keys = new Map<string, number>();
  const addPhrase = (words: string[], form: PhraseForm, override: boolean): void => {
    for (const variant of [words, foldWords(words)]) {
      const key = wordsKey(variant);
      const at = keys.get(key);
      if (at === undefined) {
        keys.set(key, phrases.length);
        phrases.push({ words: variant, form });
      } else if (override && form !== 'alias') {
        // A bare alias that only differs in case ("Nato" for "NATO") keeps the name's form.
        const existing = phrases[at];
        if (existing) existing.form = form;
      }
    }
  };
  addPhrase(phraseWords(name), 'name', false);
  if (!isBlank(phrasesColumn)) {
    for (const item of phrasesColumn.split(';')) {
      const trimmed = item.trim();
      if (trimmed === '') continue;
      const colon = trimmed.indexOf(':');
      const maybeForm = colon === -1 ? '' : trimmed.slice(0, colon).trim().toLowerCase();
      let form: PhraseForm = 'alias';
      let text = trimmed;
      if (colon !== -1 && /^[a-z]+$/.test(maybeForm)) {
        if (!PHRASE_FORMS.has(maybeForm)) {
          return problem('bad-phrase', `unknown phrase form "${maybeForm}" (expected one of ${[...PHRASE_FORMS].join(', ')})`);
        }
        form = maybeForm as PhraseForm;
        text = trimmed.slice(colon + 1).trim();
      }
      const words = phraseWords(text);
      if (words.length === 0) return problem('bad-phrase', `empty phrase in "${trimmed}"`);
      addPhrase(words, form, true);
    }
  }
  return { entry: { line, id, name, kind, country, codes, uncoded: codesColumn === '-', phrases } };
}

/** `CODE` or `CODE@FROM..TO` with either date optional. Returns a message when invalid. */
function parseDatedCode(token: string): DatedCode | Problem {
  const at = token.indexOf('@');
  const code = at === -1 ? token : token.slice(0, at);
  if (!CODE.test(code)) return problem('bad-code', `code "${code}" is not upper-case letters in groups of three`);
  if (at === -1) return { code };
  const range = token.slice(at + 1);
  const dots = range.indexOf('..');
  if (dots === -1) return problem('bad-date', `date range "${range}" should be FROM..TO`);
  return datedCode(code, range.slice(0, dots), range.slice(dots + 2));
}

function datedCode(code: string, from: string, to: string): DatedCode | Problem {
  const fromDate = isBlank(from) ? undefined : from;
  const toDate = isBlank(to) ? undefined : to;
  for (const date of [fromDate, toDate]) {
    if (date !== undefined && !isIsoDate(date)) return problem('bad-date', `date "${date}" is not a real YYYY-MM-DD date`);
  }
  if (fromDate !== undefined && toDate !== undefined && fromDate > toDate) {
    return problem('bad-date', `date range ${fromDate}..${toDate} ends before it starts`);
  }
  return { code, ...(fromDate === undefined ? {} : { from: fromDate }), ...(toDate === undefined ? {} : { to: toDate }) };
}

/** `role | CODE | FROM | TO | office | source`. */
function parseRole(columns: string[]): DatedCode | Problem {
  if (columns.length < 4 || columns.length > 6) {
    return problem('column-count', `role line needs 4 to 6 columns (role | code | from | to | office | source), found ${columns.length}`);
  }
  const [, code = '', from = '', to = ''] = columns;
  if (!CODE.test(code)) return problem('bad-code', `code "${code}" is not upper-case letters in groups of three`);
  if (isBlank(from) && isBlank(to)) {
    return problem('bad-date', 'a role line needs a from or a to date (undated codes go in the entry line)');
  }
  return datedCode(code, from, to);
}

/** `agent | word forms separated by ; | CODE (~GOV suffix, GOV~ prefix) | note`. */
function parseAgent(columns: string[], id: string, instrument = false): AgentEntry[] | Problem {
  if (columns.length < 3 || columns.length > 4) {
    return problem('column-count', `${instrument ? 'instrument' : 'agent'} line needs 3 or 4 columns (${instrument ? 'instrument' : 'agent'} | phrases | code | note), found ${columns.length}`);
  }
  const [, phrasesColumn = '', codeColumn = ''] = columns;
  const match = ROLE_CODE.exec(codeColumn);
  if (!match || (match[1] === '~' && match[3] === '~')) return problem('bad-code', `code "${codeColumn}" should be like GOV, ~GOV or GOV~`);
  const code = match[2] ?? '';
  const prefix = match[3] === '~';
  const agents: AgentEntry[] = [];
  const keys = new Set<string>();
  for (const item of phrasesColumn.split(';')) {
    for (const words of [phraseWords(item), foldWords(phraseWords(item))]) {
      const key = wordsKey(words);
      if (words.length === 0 || keys.has(key)) continue;
      keys.add(key);
      agents.push({ id, words, code, ...(prefix ? { prefix: true } : {}), ...(instrument ? { instrument: true } : {}) });
    }
  }
  if (agents.length === 0) return problem('bad-phrase', 'agent line has no phrases');
  return agents;
}

/** `omit | phrase | CODE or * | reason`. */
function parseOmit(columns: string[], at: string): OmitDirective | Problem {
  if (columns.length < 3 || columns.length > 4) {
    return problem('column-count', `omit line needs 3 or 4 columns (omit | phrase | code or * | reason), found ${columns.length}`);
  }
  const [, phrase = '', code = '', reason = ''] = columns;
  const words = phraseWords(phrase);
  if (words.length === 0) return problem('bad-phrase', 'omit line has no phrase');
  if (code !== '*' && !CODE.test(code)) return problem('bad-code', `omit code "${code}" should be a code or *`);
  return { words: foldWords(words), code, reason, at };
}
