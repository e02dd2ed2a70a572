import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';
import { keyedTable } from './table-rows.js';

/** What a party is told will happen to it ("will pay a price"): one verb's reading. */
export interface ThreatenedOutcome {
  /** Words one of which must follow the verb (multiword ones joined by spaces); empty: none needed. */
  readonly words: readonly string[];
  /** The party is the verb's passive subject ("would be punished"). */
  readonly passive: boolean;
  /** Only under negation ("would not go unpunished"). */
  readonly negated: boolean;
}

/** Threatened outcomes by verb lemma (dictionaries/frames/threatened-outcomes.txt). */
export type ThreatenedOutcomes = ReadonlyMap<string, ThreatenedOutcome>;

export function parseThreatenedOutcomes(text: string, origin: string): ThreatenedOutcomes {
  return keyedTable(text, origin, '"VERB WORD,WORD,...|- [passive|negated]"', ([, words, flag, ...rest]) => {
    if (!words || rest.length > 0 || (flag !== undefined && flag !== 'passive' && flag !== 'negated')) return undefined;
    return { words: words === '-' ? [] : words.split(',').map((w) => w.toLowerCase().replace(/_/g, ' ')), passive: flag === 'passive', negated: flag === 'negated' };
  });
}

export function loadThreatenedOutcomes(): ThreatenedOutcomes {
  const path = dataPath('frames', 'threatened-outcomes.txt');
  return parseThreatenedOutcomes(readFileSync(path, 'utf8'), path);
}
