import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { tableRows } from '../frames/table-rows.js';

/** Two-word nouns whose words the tagger can read as verbs: first word -> second words. */
export type NounCompounds = ReadonlyMap<string, ReadonlySet<string>>;

export function parseNounCompounds(text: string, origin: string): NounCompounds {
  const compounds = new Map<string, Set<string>>();
  for (const { fields, line } of tableRows(text)) {
    const [first, second, ...rest] = fields.map((f) => f.toLowerCase());
    if (first === undefined || second === undefined || rest.length > 0 || !/^[a-z-]+$/.test(first) || !/^[a-z-]+$/.test(second)) {
      throw new Error(`${origin}:${line}: want "FIRST SECOND" (two lower-case words)`);
    }
    let seconds = compounds.get(first);
    if (!seconds) compounds.set(first, seconds = new Set());
    seconds.add(second);
  }
  return compounds;
}

export function loadNounCompounds(): NounCompounds {
  const path = dataPath('segment', 'noun-compounds.txt');
  return parseNounCompounds(readFileSync(path, 'utf8'), path);
}
