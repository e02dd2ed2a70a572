import type { PatternElement, VerbLexicon, VerbPattern } from '../../domain/verb-lexicon.js';
import { baseName, contentLines, type ContentLine, type DictionaryWarning } from './_lines.js';
import { compilePatternBody, readVerbCode, type VerbCode } from './_pattern.js';
import { SynsetExpander, synsetKey } from './_synsets.js';

export interface VerbReadResult {
  readonly lexicon: VerbLexicon;
  readonly warnings: DictionaryWarning[];
}

/** A verb of a block: its lemma words, words that must directly precede it (`WIRE_+TAP`), and its own code. */
interface BlockVerb {
  readonly line: number;
  readonly verb: readonly string[];
  readonly prefix: readonly string[];
  readonly code: VerbCode;
}

interface BlockPattern {
  readonly line: number;
  readonly code: VerbCode;
  readonly before: readonly PatternElement[];
  readonly after: readonly PatternElement[];
}

/**
 * Forms of BE and HAVE written as the verb of a multi-word verb (`+IS_DETERMINED {+WAS_DETERMINED ...}`):
 * the tagger gives these the lemma `be`/`have`, and mapping `was` -> `is` in `forms` would mislead it.
 */
const AUXILIARY_LEMMAS: ReadonlyMap<string, string> = new Map([
  ['is', 'be'], ['are', 'be'], ['am', 'be'], ['was', 'be'], ['were', 'be'], ['been', 'be'], ['being', 'be'],
  ['has', 'have'], ['had', 'have'], ['having', 'have'],
]);

/** Splits a verb spec (`+CORDON_OFF`, `WIRE_+TAP`, `BREAK`) at its `+`: words before, the verb word, words after. */
function splitVerbSpec(spec: string): { prefix: string[]; verb: string[]; marked: boolean } {
  const parts = spec.split('_').filter((p) => p !== '').map((p) => p.toLowerCase());
  const at = parts.findIndex((p) => p.startsWith('+'));
  if (at < 0) return { prefix: [], verb: parts, marked: false };
  const verb = parts.slice(at).map((p, k) => (k === 0 ? p.slice(1) : p));
  return { prefix: parts.slice(0, at), verb, marked: true };
}

/** Pulls a trailing `[...]` code out of a line: the text before it, the code inside, and any problem. */
function takeCode(text: string): { rest: string; inside?: string; problem?: string } {
  const open = text.indexOf('[');
  if (open < 0) return { rest: text };
  const close = text.indexOf(']', open);
  if (close < 0) return { rest: text.slice(0, open), problem: 'a "[" is not closed' };
  const after = text.slice(close + 1).trim();
  return after === ''
    ? { rest: text.slice(0, open), inside: text.slice(open + 1, close) }
    : { rest: text.slice(0, open), inside: text.slice(open + 1, close), problem: `unexpected text "${after}" after the code` };
}

function codeKey(code: VerbCode): string {
  return `${code.code ?? '---'}:${code.reverseCode ?? ''}`;
}

function withCode<T extends object>(base: T, code: VerbCode): T & { code: string | null; reverseCode?: string } {
  return code.reverseCode !== undefined ? { ...base, code: code.code, reverseCode: code.reverseCode } : { ...base, code: code.code };
}

/** Collects the synsets (`&NAME` then `+member` lines) and returns the other lines in order. */
function separateSynsets(lines: readonly ContentLine[], warn: (line: number, message: string) => void): {
  synsets: Map<string, string[]>;
  rest: ContentLine[];
} {
  const synsets = new Map<string, string[]>();
  const rest: ContentLine[] = [];
  let current: { name: string; line: number } | undefined;
  for (const l of lines) {
    const t = l.text.trim();
    if (t.startsWith('&')) {
      const name = synsetKey(t.split(/\s+/)[0] as string);
      if (synsets.has(name)) warn(l.line, `synset ${name} is defined again; the later definition is used`);
      synsets.set(name, []);
      current = { name, line: l.line };
      continue;
    }
    if (current && t.startsWith('+')) {
      synsets.get(current.name)?.push(t.slice(1).trim());
      continue;
    }
    if (current && synsets.get(current.name)?.length === 0) {
      warn(current.line, `synset ${current.name} has no members`);
      synsets.delete(current.name);
    }
    current = undefined;
    rest.push(l);
  }
  if (current && synsets.get(current.name)?.length === 0) {
    warn(current.line, `synset ${current.name} has no members`);
    synsets.delete(current.name);
  }
  return { synsets, rest };
}

/**
 * Reads a PETRARCH verb dictionary (CAMEO.2.0.txt's PETRARCH 2 form and the TABARI-style validation
 * file alike) into verb patterns: every pattern of a `--- NAME [CODE] ---` block is made for every
 * verb of the block, and each verb also gets a pattern of its own with its code (`null` for `---`).
 * Pattern ids are `<file>:<line>`; irregular forms in `{...}` go into `forms`.
 */
export function readPetrarchVerbs(text: string, origin: string): VerbReadResult {
  const file = baseName(origin);
  const warnings: DictionaryWarning[] = [];
  const warn = (line: number, message: string): void => { warnings.push({ file: origin, line, message }); };
  const patterns: VerbPattern[] = [];
  const forms = new Map<string, string>();

  const { synsets, rest } = separateSynsets(contentLines(text), warn);
  const expander = new SynsetExpander(synsets);

  let block: { line: number; code: VerbCode; verbs: BlockVerb[]; patterns: BlockPattern[] } | undefined;

  const flush = (): void => {
    if (!block) return;
    const seen = new Set<string>();
    for (const v of block.verbs) {
      const key = `${v.prefix.join(' ')}|${v.verb.join(' ')}|${codeKey(v.code)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const prefixElement: PatternElement[] = v.prefix.length > 0
        ? [{ kind: 'words', alternatives: [v.prefix], adjacent: true }]
        : [];
      patterns.push(withCode({ id: `${file}:${v.line}`, verb: v.verb, before: prefixElement, after: [] }, v.code));
      for (const p of block.patterns) {
        patterns.push(withCode({ id: `${file}:${p.line}`, verb: v.verb, before: [...p.before, ...prefixElement], after: p.after }, p.code));
      }
    }
    if (block.verbs.length === 0 && block.patterns.length > 0) warn(block.line, 'verb block has patterns but no verbs; patterns skipped');
    block = undefined;
  };

  const addForm = (line: number, surface: string, lemma: string): void => {
    if (surface === lemma || surface === '') return;
    const known = forms.get(surface);
    if (known !== undefined && known !== lemma) {
      warn(line, `form "${surface}" already stands for "${known}"; not also for "${lemma}"`);
      return;
    }
    forms.set(surface, lemma);
  };

  for (const { line, text: raw } of rest) {
    const t = raw.trim();
    if (t.startsWith('---')) {
      flush();
      const inner = t.replace(/^-+/, '').replace(/-+$/, '');
      const codes = [...inner.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] as string);
      let code: VerbCode = { code: null };
      if (codes.length > 1) warn(line, `block header has ${codes.length} codes; the first, [${codes[0]}], is used`);
      if (codes[0] !== undefined) {
        const read = readVerbCode(codes[0]);
        if ('error' in read) warn(line, `${read.error}; block has no default code`);
        else code = read;
      }
      block = { line, code, verbs: [], patterns: [] };
      continue;
    }
    if (t.startsWith('~')) {
      warn(line, 'verb transformations ("~") are not supported; line skipped');
      continue;
    }
    if (t.startsWith('-')) {
      if (!block) {
        warn(line, 'pattern outside a "--- VERB ---" block; line skipped');
        continue;
      }
      const { rest: body, inside, problem } = takeCode(t.slice(1));
      if (problem !== undefined || inside === undefined) {
        warn(line, `${problem ?? 'pattern has no [code]'}; line skipped`);
        continue;
      }
      const code = readVerbCode(inside);
      if ('error' in code) {
        warn(line, `${code.error}; line skipped`);
        continue;
      }
      const compiled = compilePatternBody(body, expander);
      if ('error' in compiled) {
        warn(line, `${compiled.error}; line skipped`);
        continue;
      }
      block.patterns.push({ line, code, before: compiled.before, after: compiled.after });
      continue;
    }
    // A verb line: SPEC {FORMS} [CODE]
    if (!block) {
      warn(line, `"${t}" is outside a "--- VERB ---" block; line skipped`);
      continue;
    }
    const { rest: beforeCode, inside, problem } = takeCode(t);
    if (problem !== undefined) {
      warn(line, `${problem}; line skipped`);
      continue;
    }
    let code = block.code;
    if (inside !== undefined) {
      const read = readVerbCode(inside);
      if ('error' in read) warn(line, `${read.error}; the block's code is used`);
      else code = read;
    }
    const brace = beforeCode.indexOf('{');
    const closeBrace = beforeCode.indexOf('}', brace);
    if (brace >= 0 && closeBrace < 0) {
      warn(line, 'a "{" is not closed; line skipped');
      continue;
    }
    const specText = (brace >= 0 ? beforeCode.slice(0, brace) : beforeCode).trim();
    const formTexts = brace >= 0 ? beforeCode.slice(brace + 1, closeBrace).trim().split(/\s+/).filter((f) => f !== '') : [];
    const specWords = specText.split(/\s+/).filter((w) => w !== '');
    if (specWords.length === 0) {
      warn(line, 'verb line has no verb; line skipped');
      continue;
    }
    // "LASH OUT": blank-separated words are a multi-word verb led by the first.
    const spec = specWords.length > 1 && !specWords.some((w) => w.includes('+'))
      ? `+${specWords.join('_')}`
      : specWords.join('_');
    const split = splitVerbSpec(spec);
    if (split.verb.length === 0 || split.verb[0] === '') {
      warn(line, `"${specText}" names no verb word; line skipped`);
      continue;
    }
    if (!split.marked && split.verb.length > 1) {
      warn(line, `multi-word verb "${specText}" has no "+" marking its verb; the first word is taken`);
    }
    const auxiliary = AUXILIARY_LEMMAS.get(split.verb[0] as string);
    if (auxiliary !== undefined) {
      block.verbs.push({ line, verb: [auxiliary, ...split.verb.slice(1)], prefix: split.prefix, code });
      continue;
    }
    const lemma = split.verb[0] as string;
    block.verbs.push({ line, verb: split.verb, prefix: split.prefix, code });
    // Some lists separate forms with commas.
    for (const f of formTexts.filter((x) => /[A-Za-z]/.test(x))) {
      const form = splitVerbSpec(f.includes('_') && !f.includes('+') ? `+${f}` : f);
      addForm(line, form.verb[0] ?? '', lemma);
    }
  }
  flush();
  return { lexicon: { origin, patterns, forms }, warnings };
}
