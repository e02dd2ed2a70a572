import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { foldWords } from '../actors/phrase-words.js';

/**
 * Phrase (folded words joined by spaces) -> what it refers back to: the two parties in focus with
 * their roles, or only their countries, or the organisation last named ("the bloc").
 */
export type GroupReferences = ReadonlyMap<string, 'role' | 'country' | 'organisation'>;

export function parseGroupReferences(text: string, origin: string): GroupReferences {
  const map = new Map<string, 'role' | 'country' | 'organisation'>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const [kind, ...words] = line.split(/\s+/);
    if ((kind !== 'role' && kind !== 'country' && kind !== 'organisation') || words.length === 0) throw new Error(`${origin}:${i + 1}: want "role|country|organisation PHRASE"`);
    map.set(foldWords(words.map((w) => w.toLowerCase())).join(' '), kind);
  });
  return map;
}

export function loadGroupReferences(): GroupReferences {
  const path = dataPath('frames', 'group-references.txt');
  return parseGroupReferences(readFileSync(path, 'utf8'), path);
}
