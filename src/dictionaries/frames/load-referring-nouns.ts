import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

/** What a noun that names an act again can name. */
export interface ReferredKind {
  /** CAMEO code prefixes (roots or longer) of the acts it can name; null: any. */
  readonly codes: readonly string[] | null;
  /** It names only an act of two sides, one acting on the other ("the deal"): both are acted on. */
  readonly joint: boolean;
}

/** Nouns that name again an act told of earlier ("the attack", "the deal"), by lemma. */
export type ReferringNouns = ReadonlyMap<string, ReferredKind>;

export function parseReferringNouns(text: string, origin: string): ReferringNouns {
  const table = new Map<string, ReferredKind>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const [noun, roots, flag, ...rest] = line.split(/\s+/);
    const list = roots === '*' ? null : roots?.split(',');
    if (!noun || list === undefined || rest.length > 0 || (flag !== undefined && flag !== 'joint') || (list !== null && !list.every((r) => /^\d{2,4}$/.test(r)))) {
      throw new Error(`${origin}:${i + 1}: want "NOUN CODE,CODE,... [joint]" (CAMEO roots or code prefixes) or "NOUN *"`);
    }
    if (table.has(noun.toLowerCase())) throw new Error(`${origin}:${i + 1}: "${noun}" is listed twice`);
    table.set(noun.toLowerCase(), { codes: list, joint: flag === 'joint' });
  });
  return table;
}

export function loadReferringNouns(): ReferringNouns {
  const path = dataPath('frames', 'referring-nouns.txt');
  return parseReferringNouns(readFileSync(path, 'utf8'), path);
}
