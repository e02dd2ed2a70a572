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
 * and run alone they bring PETRARCH's conventions ("---" for roles with no country). With the
 * built-ins kept, they are layered on top of Parley's own dictionaries.
 */
export function petrarchCoderOptions(loaded: LoadedPetrarch, withBuiltins: boolean, extraActors: readonly ActorDictionary[] = []): CoderOptions {
  return {
    actors: [loaded.actors, ...extraActors],
    lexicons: [{ ...loaded.verbs, literal: true }],
    discards: loaded.discards,
    ...(withBuiltins ? {} : { withoutBuiltins: { actors: true, lexicon: true }, unknownCountry: '---', stackAgents: true }),
  };
}
