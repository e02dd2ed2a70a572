import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { keyedTable } from './table-rows.js';

/** What a noun that names an act again can name. */
export interface ReferredKind {
  /** CAMEO code prefixes (roots or longer) of the acts it can name; null: any. */
  readonly codes: readonly string[] | null;
  /** It names only an act of two sides, one acting on the other ("the deal"): both are acted on. */
  readonly joint: boolean;
  /**
   * It names any step a party took, coded or not ("the move", "the decision"): failing an act of its
   * kind, whoever last did something in the story took it.
   */
  readonly anyAct: boolean;
}

/** Nouns that name again an act told of earlier ("the attack", "the deal"), by lemma. */
export type ReferringNouns = ReadonlyMap<string, ReferredKind>;

export function parseReferringNouns(text: string, origin: string): ReferringNouns {
  return keyedTable(text, origin, '"NOUN CODE,CODE,... [joint|any-act]" (CAMEO roots or code prefixes) or "NOUN *"', ([, roots, flag, ...rest]) => {
    const codes = roots === '*' ? null : roots?.split(',');
    if (codes === undefined || rest.length > 0 || (flag !== undefined && flag !== 'joint' && flag !== 'any-act') || (codes !== null && !codes.every((r) => /^\d{2,4}$/.test(r)))) return undefined;
    return { codes, joint: flag === 'joint', anyAct: flag === 'any-act' };
  });
}

export function loadReferringNouns(): ReferringNouns {
  const path = dataPath('frames', 'referring-nouns.txt');
  return parseReferringNouns(readFileSync(path, 'utf8'), path);
}
