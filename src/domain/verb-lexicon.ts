/**
 * The common form verb patterns compile to, from Parley's lexicon files and from
 * PETRARCH/CAMEO verb dictionaries, so one matcher serves both.
 */

/** One position of a pattern. Words are lower-cased; a word matches a token's lemma or its lower form. */
export type PatternElement =
  /** Any one of the alternatives, each a run of consecutive words ("phone", "telephone call"). */
  | {
    readonly kind: 'words';
    readonly alternatives: readonly (readonly string[])[];
    /** No word may come between this element and its neighbour on the verb side (PETRARCH `_`: `IN_*`, `*_OUT`). */
    readonly adjacent?: true;
  }
  /** The target actor ("+"). */
  | { readonly kind: 'target'; readonly skipActors?: number; readonly compound?: true }
  /** The source actor, when a pattern names it explicitly ("$"). */
  | { readonly kind: 'source'; readonly skipActors?: number; readonly compound?: true };

/*
 * Optional fields above come from PETRARCH/TABARI patterns:
 * - skipActors: actor phrases to pass over before this one, counting outward from the verb
 *   (`^` right before `$`/`+` after the verb, right after them before the verb: `* IFTAR AT ^ ^ +`).
 * - compound: `%`, a coordinated actor ("Gondor and Osgiliath agreed") whose members act on one
 *   another; written as a source before the verb and as a target after it.
 */

export interface VerbPattern {
  /** Rule id written into every event it makes, e.g. `lexicon/04-consult.txt:12` or `events/lexicon:consult#phone`. */
  readonly id: string;
  /** Verb lemma words ("meet", "hold", "step up"). The index key is the first. */
  readonly verb: readonly string[];
  /** CAMEO code, or null for patterns that block coding ("---" in PETRARCH). */
  readonly code: string | null;
  /** Code of the reverse event (target acting on source), for paired codes such as visit/host. */
  readonly reverseCode?: string;
  /** Elements that must come before the verb, nearest last. */
  readonly before: readonly PatternElement[];
  /** Elements that must follow the verb, in order (gaps allowed). */
  readonly after: readonly PatternElement[];
}

/** A word set usable in patterns (`&NAME`); compiled away into alternatives. */
export interface Synset {
  readonly name: string;
  readonly members: readonly (readonly string[])[];
}

export interface VerbLexicon {
  readonly origin: string;
  readonly patterns: readonly VerbPattern[];
  /** Verb forms the tagger may not lemmatize: surface form -> lemma. */
  readonly forms?: ReadonlyMap<string, string>;
  /**
   * Codes are final as written (PETRARCH/TABARI dictionaries spell out modal, negated and passive
   * readings in their patterns): no intent, negation or passive reinterpretation is applied.
   */
  readonly literal?: boolean;
}

/** Phrases whose presence discards a sentence or a whole story (PETRARCH discards). */
export interface DiscardList {
  readonly origin: string;
  readonly sentence: readonly (readonly string[])[];
  readonly story: readonly (readonly string[])[];
}
