import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { keyedTable } from '../frames/table-rows.js';

/** Lemmas for word forms the tagger lemmatizes wrongly ("staged" -> "stage", not "stag"), by lower-case form. */
export type LemmaFixes = ReadonlyMap<string, string>;

export function parseLemmaFixes(text: string, origin: string): LemmaFixes {
  return keyedTable(text, origin, '"FORM LEMMA" (two lower-case words)', ([, lemma, ...rest]) =>
    lemma !== undefined && rest.length === 0 && /^[a-z-]+$/.test(lemma) ? lemma : undefined);
}

export function loadLemmaFixes(): LemmaFixes {
  const path = dataPath('segment', 'lemma-fixes.txt');
  return parseLemmaFixes(readFileSync(path, 'utf8'), path);
}
