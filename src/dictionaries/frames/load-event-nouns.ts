import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { keyedTable } from './table-rows.js';

/** A noun that tells of an event by itself ("his visit to Beijing"). */
export interface EventNoun {
  readonly code: string;
  /** The other side's code ("043" hosts "042"), if it has one. */
  readonly reverseCode?: string;
  /** The preposition before the target ("to" Beijing). */
  readonly targetPrep: string;
  /** Where the clause around it happened may name the target ("during a visit by Sharif" in Riyadh). */
  readonly placeIsTarget: boolean;
}

/** Event nouns by lemma (dictionaries/frames/event-nouns.txt). */
export type EventNouns = ReadonlyMap<string, EventNoun>;

export function parseEventNouns(text: string, origin: string): EventNouns {
  return keyedTable(text, origin, '"NOUN CODE REVERSE-CODE|- PREPOSITION [place]"', ([, code, reverse, prep, place, ...rest]) => {
    if (!code || !reverse || !prep || rest.length > 0 || (place !== undefined && place !== 'place') || !/^\d{3,4}$/.test(code) || !/^(\d{3,4}|-)$/.test(reverse)) return undefined;
    return { code, ...(reverse !== '-' ? { reverseCode: reverse } : {}), targetPrep: prep.toLowerCase(), placeIsTarget: place === 'place' };
  });
}

export function loadEventNouns(): EventNouns {
  const path = dataPath('frames', 'event-nouns.txt');
  return parseEventNouns(readFileSync(path, 'utf8'), path);
}
