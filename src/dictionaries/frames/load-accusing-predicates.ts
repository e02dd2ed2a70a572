import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

/** Predicate adjectives that accuse their subject when reported ("said Putin was responsible") -> CAMEO code. */
export type AccusingPredicates = ReadonlyMap<string, string>;

export function parseAccusingPredicates(text: string, origin: string): AccusingPredicates {
  const table = new Map<string, string>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const [word, code, ...rest] = line.split(/\s+/);
    if (!word || !code || rest.length > 0 || !/^\d{3,4}$/.test(code)) throw new Error(`${origin}:${i + 1}: want "ADJECTIVE CODE"`);
    table.set(word.toLowerCase(), code);
  });
  return table;
}

export function loadAccusingPredicates(): AccusingPredicates {
  const path = dataPath('frames', 'accusing-predicates.txt');
  return parseAccusingPredicates(readFileSync(path, 'utf8'), path);
}
