import type { ActorDictionary } from '../domain/actor-dictionary.js';
import type { DiscardList, VerbLexicon } from '../domain/verb-lexicon.js';
import type { CoderOptions } from './index.js';

/** PETRARCH/TABARI dictionaries as loaded by `loadPetrarchDictionaries`. */
export interface LoadedPetrarch {
  readonly verbs: VerbLexicon;
  readonly actors: ActorDictionary;
  readonly discards: DiscardList;
}

/**
 * Coder options for PETRARCH dictionaries: their verb patterns are literal (codes final as written),
 * and run alone they bring PETRARCH's conventions ("---" for roles with no country, stacked agent
 * codes). With the built-ins kept, their verb patterns join Parley's lexicon (winning ties) and their
 * actors go under Parley's actor dictionary.
 */
export function petrarchCoderOptions(loaded: LoadedPetrarch, withBuiltins: boolean, extraActors: readonly ActorDictionary[] = []): CoderOptions {
  return {
    // Layered on the built-ins, PETRARCH actors (Phoenix's end around 2018) fill gaps rather than
    // replace Parley's dated entries; a user's own --actors files still override both.
    ...(withBuiltins ? { baseActors: [loaded.actors], actors: extraActors } : { actors: [loaded.actors, ...extraActors] }),
    lexicons: [{ ...loaded.verbs, literal: true }],
    discards: loaded.discards,
    ...(withBuiltins ? {} : { withoutBuiltins: { actors: true, lexicon: true }, unknownCountry: '---', petrarchActors: true }),
  };
}
