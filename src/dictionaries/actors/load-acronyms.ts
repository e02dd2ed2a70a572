import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

/** Case-sensitive acronym -> the lower-cased words of the phrase it stands for ("US" -> united states). */
export type Acronyms = ReadonlyMap<string, readonly string[]>;

export function parseAcronyms(text: string, origin: string): Acronyms {
  const map = new Map<string, string[]>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const [acronym, words] = line.split('|').map((c) => c.trim());
    if (!acronym || !words || !/^[A-Z][A-Z.&-]*$/.test(acronym)) throw new Error(`${origin}:${i + 1}: want "ACRONYM | words of a phrase"`);
    map.set(acronym, words.toLowerCase().split(/\s+/));
  });
  return map;
}

export function loadAcronyms(): Acronyms {
  const path = dataPath('actors', 'acronyms.txt');
  return parseAcronyms(readFileSync(path, 'utf8'), path);
}
