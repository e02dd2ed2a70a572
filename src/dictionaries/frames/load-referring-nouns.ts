import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

/** Nouns that name again an act told of earlier -> CAMEO code prefixes (roots or longer) of the acts they can name (null: any). */
export type ReferringNouns = ReadonlyMap<string, readonly string[] | null>;

export function parseReferringNouns(text: string, origin: string): ReferringNouns {
  const table = new Map<string, readonly string[] | null>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const [noun, roots, ...rest] = line.split(/\s+/);
    const list = roots === '*' ? null : roots?.split(',');
    if (!noun || list === undefined || rest.length > 0 || (list !== null && !list.every((r) => /^\d{2,4}$/.test(r)))) {
      throw new Error(`${origin}:${i + 1}: want "NOUN CODE,CODE,..." (CAMEO roots or code prefixes) or "NOUN *"`);
    }
    if (table.has(noun.toLowerCase())) throw new Error(`${origin}:${i + 1}: "${noun}" is listed twice`);
    table.set(noun.toLowerCase(), list);
  });
  return table;
}

export function loadReferringNouns(): ReferringNouns {
  const path = dataPath('frames', 'referring-nouns.txt');
  return parseReferringNouns(readFileSync(path, 'utf8'), path);
}
