import type { PatternElement } from '../../domain/verb-lexicon.js';
import { matchSynsetName, type SynsetExpander } from './_synsets.js';

/** An event code as written in a verb dictionary: `[064]`, `[---]`, paired `[032:033]`, reverse-only `[:173]`. */
export interface VerbCode {
  readonly code: string | null;
  readonly reverseCode?: string;
}

/** Codes are kept as written (the validation dictionary uses `174K`, `1010`, `def`); `---` means no event. */
const ONE_CODE_RE = /^(?:---|[0-9A-Za-z]{1,6})$/;

/** Reads the inside of a `[...]` verb code. */
export function readVerbCode(inside: string): VerbCode | { error: string } {
  const s = inside.trim();
  const parts = s.split(':');
  if (parts.length > 2) return { error: `"[${inside}]" has more than one ":"` };
  const [fwd = '', rev] = parts.map((p) => p.trim());
  if (fwd !== '' && !ONE_CODE_RE.test(fwd)) return { error: `"[${inside}]" is not an event code` };
  if (rev !== undefined && rev !== '' && !ONE_CODE_RE.test(rev)) return { error: `"[${inside}]" is not an event code` };
  if (fwd === '' && (rev === undefined || rev === '')) return { error: 'empty event code "[]"' };
  const code = fwd === '' || fwd === '---' ? null : fwd;
  return rev !== undefined && rev !== '' && rev !== '---' ? { code, reverseCode: rev } : { code };
}

type UnitKind = 'word' | 'synset' | 'verb' | 'target' | 'source' | 'compound' | 'skip';

interface Unit {
  readonly kind: UnitKind;
  readonly text: string;
  /** Joined to the unit before it by `_` or by sharing a `{...}` group: no words between them. */
  readonly joined: boolean;
}

const MARKERS: Readonly<Record<string, UnitKind>> = { '*': 'verb', '+': 'target', '$': 'source', '%': 'compound', '^': 'skip' };

/** Splits a pattern body into units; `(...)` only groups visually, `{...}` joins its words, `_` joins two units. */
function tokenize(body: string, expander: SynsetExpander): Unit[] | { error: string } {
  const units: Unit[] = [];
  // What separates the next unit from the last one: nothing yet, a `_`, or a blank (which wins).
  let sep = 'space' as 'none' | 'underscore' | 'space';
  let braceDepth = 0;
  let braceStart = false;
  const push = (kind: UnitKind, text: string): void => {
    units.push({ kind, text, joined: sep === 'underscore' || (braceDepth > 0 && !braceStart) });
    sep = 'none';
    braceStart = false;
  };
  let i = 0;
  while (i < body.length) {
    const c = body[i] as string;
    if (/\s/.test(c) || c === '(' || c === ')') {
      sep = 'space';
      i++;
    } else if (c === '_') {
      if (sep === 'none') sep = 'underscore';
      i++;
    } else if (c === '{') {
      braceDepth++;
      braceStart = true;
      sep = 'space';
      i++;
    } else if (c === '}') {
      if (braceDepth === 0) return { error: 'a "}" has no "{"' };
      braceDepth--;
      sep = 'space';
      i++;
    } else if (MARKERS[c]) {
      push(MARKERS[c] as UnitKind, c);
      i++;
    } else if (c === '&') {
      const raw = (/^&[^\s(){}*+$%^]*/.exec(body.slice(i)) as RegExpExecArray)[0];
      const found = matchSynsetName(raw, expander.names);
      if (!found) return { error: `synset ${raw.replace(/_+$/, '')} is not defined` };
      push('synset', found.name);
      if (found.rest !== '') {
        // `&A_REST`: the remainder continues the same run of joined words.
        i += raw.length - found.rest.length;
        sep = 'underscore';
      } else {
        i += raw.length;
        if (raw.endsWith('_')) sep = 'underscore';
      }
    } else {
      const text = (/^[^\s_(){}*+$%^&]+/.exec(body.slice(i)) as RegExpExecArray)[0];
      push('word', text);
      i += text.length;
    }
  }
  if (braceDepth !== 0) return { error: 'a "{" is not closed' };
  return units;
}

function actorElement(kind: UnitKind, side: 'before' | 'after', skip: number): PatternElement {
  const skipPart = skip > 0 ? { skipActors: skip } : {};
  if (kind === 'compound') {
    return side === 'before' ? { kind: 'source', compound: true, ...skipPart } : { kind: 'target', compound: true, ...skipPart };
  }
  return kind === 'source' ? { kind: 'source', ...skipPart } : { kind: 'target', ...skipPart };
}

function isActor(kind: UnitKind): boolean {
  return kind === 'target' || kind === 'source' || kind === 'compound';
}

/** Builds the elements of one side of the verb; `next` is the unit on the verb side of the last before-unit. */
function buildSide(
  units: readonly Unit[], side: 'before' | 'after', verbUnit: Unit, expander: SynsetExpander,
): PatternElement[] | { error: string } {
  const out: PatternElement[] = [];
  let i = 0;
  let pendingSkips = 0;
  while (i < units.length) {
    const u = units[i] as Unit;
    if (u.kind === 'skip') {
      if (side === 'after') pendingSkips++;
      i++;
      continue;
    }
    if (isActor(u.kind)) {
      let skips = 0;
      if (side === 'after') {
        skips = pendingSkips;
      } else {
        while (units[i + 1 + skips]?.kind === 'skip') skips++;
      }
      out.push(actorElement(u.kind, side, skips));
      pendingSkips = 0;
      i += 1 + (side === 'before' ? skips : 0);
      continue;
    }
    // A run of joined words and synsets.
    const tokens: string[] = [u.kind === 'synset' ? u.text : u.text.toLowerCase()];
    let j = i + 1;
    while (j < units.length) {
      const next = units[j] as Unit;
      if (!next.joined || (next.kind !== 'word' && next.kind !== 'synset')) break;
      tokens.push(next.kind === 'synset' ? next.text : next.text.toLowerCase());
      j++;
    }
    const expanded = expander.expandTokens(tokens);
    if ('error' in expanded) return expanded;
    if (expanded.runs.length === 0) return { error: `"${tokens.join('_')}" expands to no words` };
    const verbSide = side === 'after' ? u : (units[j] ?? verbUnit);
    const adjacent = side === 'after' ? u.joined : verbSide.joined;
    out.push(adjacent ? { kind: 'words', alternatives: expanded.runs, adjacent: true } : { kind: 'words', alternatives: expanded.runs });
    pendingSkips = 0;
    i = j;
  }
  return out;
}

/** Compiles a pattern body (`SAID * WAS LIE`, `* (TO {BANNED PARTIES}) $`) into elements around the verb. */
export function compilePatternBody(
  body: string, expander: SynsetExpander,
): { before: PatternElement[]; after: PatternElement[] } | { error: string } {
  const units = tokenize(body, expander);
  if ('error' in units) return units;
  const verbAt = units.findIndex((u) => u.kind === 'verb');
  if (verbAt < 0) return { error: 'pattern has no "*" for the verb' };
  if (units.findIndex((u, k) => k > verbAt && u.kind === 'verb') >= 0) return { error: 'pattern has more than one "*"' };
  const verbUnit = units[verbAt] as Unit;
  const before = buildSide(units.slice(0, verbAt), 'before', verbUnit, expander);
  if ('error' in before) return before;
  const after = buildSide(units.slice(verbAt + 1), 'after', verbUnit, expander);
  if ('error' in after) return after;
  return { before, after };
}
