import type { Annotation } from './span.js';

/** How a mention got its code; `stated` ones are named in the text, the others inferred. */
export type ResolutionKind = 'stated' | 'coreference' | 'inferred';

/** A noun phrase (or part of one) resolved to a CAMEO actor code. */
export interface ActorMention extends Annotation {
  readonly phrase: number;
  /** Full CAMEO actor code: country or IGO prefix plus roles, e.g. `CHNGOV`, `IGOUNO`, `SYRREB`. */
  readonly code: string;
  /** The dictionary entry that gave the code (`file:line` or entry id), when one did. */
  readonly entry?: string | undefined;
  /** Canonical name of the person or body, when known ("Qin Gang"). */
  readonly name?: string | undefined;
  readonly resolution: ResolutionKind;
}

/** A role noun whose country the text does not give ("two journalists"); the events stage may take it from the other party. */
export interface UnplacedRole {
  readonly phrase: number;
  /** Role code(s) to append to a country, e.g. `MED`. */
  readonly role: string;
}

/**
 * A party named only as the first half of a hyphenated modifier that makes it a go-between
 * ("a Norwegian-brokered ceasefire", "U.S.-mediated talks"): not a party to what the phrase names,
 * so not one of its mentions; the span is the modifier's first half.
 */
export interface BrokerMention extends Annotation {
  readonly phrase: number;
  readonly code: string;
}

export interface ActorsLayer {
  readonly mentions: readonly ActorMention[];
  readonly unplaced: readonly UnplacedRole[];
  readonly brokers?: readonly BrokerMention[];
  /**
   * Phrases naming an armed body's post or vehicle ("army posts", "a police station"): coded as the
   * body, they are a party only to force used on them.
   */
  readonly installations?: readonly number[];
  /** The country of the dateline's place ("MINSK, June 22 (Reuters) -": BLR), when it names one. */
  readonly datelineCountry?: string;
}
