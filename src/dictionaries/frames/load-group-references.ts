import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { foldWords } from '../actors/phrase-words.js';

export interface GroupReference {
  readonly kind: 'role' | 'country' | 'organisation' | 'state' | 'group' | 'people';
  /** For a reference that fits only some states ("the kingdom", "the Nordic states"): their country codes. */
  readonly only?: ReadonlySet<string>;
}

/**
 * Phrase (folded words joined by spaces) -> what it refers back to: the two parties in focus with
 * their roles, or only their countries, the organisation last named ("the bloc"), the country
 * last named ("the country"), the armed or political group last named ("the group"), or the two
 * people last named ("the two men").
 */
export type GroupReferences = ReadonlyMap<string, GroupReference>;

const KINDS = new Set(['role', 'country', 'organisation', 'state', 'group', 'people']);

export function parseGroupReferences(text: string, origin: string): GroupReferences {
  const map = new Map<string, GroupReference>();
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) return;
    const [phrasePart = '', codesPart] = line.split('|').map((part) => part.trim());
    const [kind = '', ...words] = phrasePart.split(/\s+/);
    const codes = codesPart?.split(/\s+/).filter((c) => c !== '') ?? [];
    if (!KINDS.has(kind) || words.length === 0 || (codesPart !== undefined && ((kind !== 'state' && kind !== 'country' && kind !== 'role') || codes.length === 0 || codes.some((c) => !/^[A-Z]{3}$/.test(c))))) {
      throw new Error(`${origin}:${i + 1}: want "role|country|organisation|state|group|people PHRASE", or "state|country|role PHRASE | CODE CODE ..."`);
    }
    map.set(foldWords(words.map((w) => w.toLowerCase())).join(' '), { kind: kind as GroupReference['kind'], ...(codes.length > 0 ? { only: new Set(codes) } : {}) });
  });
  return map;
}

export function loadGroupReferences(): GroupReferences {
  const path = dataPath('frames', 'group-references.txt');
  return parseGroupReferences(readFileSync(path, 'utf8'), path);
}
