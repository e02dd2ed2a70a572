import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { foldWords } from '../actors/phrase-words.js';

/**
 * Phrase (folded words joined by spaces) -> what it refers back to: the two parties in focus with
 * their roles, or only their countries, the organisation last named ("the bloc"), or the
 * country last named ("the country").
 */
export type GroupReferences = ReadonlyMap<string, 'role' | 'country' | 'organisation' | 'state'>;

export function parseGroupReferences(text: string, origin: string): GroupReferences {
  const map = new Map<string, 'role' | 'country' | 'organisation' | 'state'>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const [kind, ...words] = line.split(/\s+/);
    if ((kind !== 'role' && kind !== 'country' && kind !== 'organisation' && kind !== 'state') || words.length === 0) throw new Error(`${origin}:${i + 1}: want "role|country|organisation|state PHRASE"`);
    map.set(foldWords(words.map((w) => w.toLowerCase())).join(' '), kind);
  });
  return map;
}

export function loadGroupReferences(): GroupReferences {
  const path = dataPath('frames', 'group-references.txt');
  return parseGroupReferences(readFileSync(path, 'utf8'), path);
}
