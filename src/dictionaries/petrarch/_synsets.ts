/** Synsets as read: `&NAME` (trailing `_` dropped) -> member phrases, still as raw dictionary text. */
export type RawSynsets = ReadonlyMap<string, readonly string[]>;

/** Synset names are compared without their trailing `_` (PETRARCH's "no plurals" mark) and in upper case. */
export function synsetKey(name: string): string {
  return name.toUpperCase().replace(/_+$/, '');
}

/**
 * Finds the synset a `&...` token names: the whole token if defined, else its longest defined prefix
 * ending at a `_` (TABARI allowed `NEW_&TIETYPES_RELATIONS`), returning the name and what is left.
 */
export function matchSynsetName(token: string, defined: RawSynsets): { name: string; rest: string } | null {
  const body = token.replace(/_+$/, '').toUpperCase();
  if (defined.has(body)) return { name: body, rest: '' };
  let cut = body.lastIndexOf('_');
  while (cut > 1) {
    const head = body.slice(0, cut);
    if (defined.has(head)) return { name: head, rest: token.slice(cut + 1) };
    cut = body.lastIndexOf('_', cut - 1);
  }
  return null;
}

/**
 * Expands synsets into word runs, members that name other synsets included (`+&TIETYPES`);
 * results are cached; a cycle or an undefined name is reported instead of expanded.
 */
export class SynsetExpander {
  private readonly cache = new Map<string, readonly (readonly string[])[]>();
  private readonly active = new Set<string>();

  constructor(private readonly raw: RawSynsets) {}

  has(name: string): boolean {
    return this.raw.has(name);
  }

  get names(): RawSynsets {
    return this.raw;
  }

  /** Word runs of synset `name`, or an error message. */
  expand(name: string): { runs: readonly (readonly string[])[] } | { error: string } {
    const cached = this.cache.get(name);
    if (cached) return { runs: cached };
    const members = this.raw.get(name);
    if (!members) return { error: `synset ${name} is not defined` };
    if (this.active.has(name)) return { error: `synset ${name} contains itself` };
    this.active.add(name);
    try {
      const runs: (readonly string[])[] = [];
      for (const member of members) {
        const expanded = this.expandPhrase(member);
        if ('error' in expanded) return expanded;
        runs.push(...expanded.runs);
      }
      this.cache.set(name, runs);
      return { runs };
    } finally {
      this.active.delete(name);
    }
  }

  /** Expands a phrase of words and `&NAME` references (blank or `_` separated) into all its word runs. */
  expandPhrase(phrase: string): { runs: readonly (readonly string[])[] } | { error: string } {
    const pieces = phrase.split(/\s+/).filter((p) => p !== '');
    return this.expandTokens(pieces.flatMap((p) => this.splitPiece(p)));
  }

  /** All word runs of a sequence of words and synset names (`&NAME`, already resolved by `splitPiece`). */
  expandTokens(tokens: readonly string[]): { runs: readonly (readonly string[])[] } | { error: string } {
    let runs: string[][] = [[]];
    for (const piece of tokens) {
      if (piece.startsWith('&')) {
        const sub = this.expand(piece);
        if ('error' in sub) return sub;
        const next: string[][] = [];
        for (const head of runs) for (const tail of sub.runs) next.push([...head, ...tail]);
        runs = next;
      } else {
        for (const r of runs) r.push(piece.toLowerCase());
      }
    }
    return { runs: runs.filter((r) => r.length > 0) };
  }

  /** Splits one blank-free piece on `_`, keeping synset names that themselves contain `_` whole. */
  splitPiece(piece: string): string[] {
    const out: string[] = [];
    let rest = piece;
    while (rest !== '') {
      if (rest.startsWith('&')) {
        const m = matchSynsetName(rest, this.raw);
        if (!m) {
          out.push(synsetKey(rest.split('_')[0] as string));
          rest = rest.includes('_') ? rest.slice(rest.indexOf('_') + 1) : '';
          continue;
        }
        out.push(m.name);
        rest = m.rest;
        continue;
      }
      const cut = rest.indexOf('_');
      const word = cut < 0 ? rest : rest.slice(0, cut);
      if (word !== '') out.push(word);
      rest = cut < 0 ? '' : rest.slice(cut + 1);
    }
    return out;
  }
}
