import type { Annotation } from './span.js';

/** A noun phrase chunk over tokens [tokenStart, tokenEnd). */
// The optional fields are written on every phrase, as undefined when absent (freezePhrase): phrases of
// one shape keep the code that reads them from being compiled again for each new shape.
export interface NounPhrase extends Annotation {
  readonly id: number;
  readonly sentence: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Token index of the head noun (last noun of the chunk). */
  readonly head: number;
  readonly pronoun: boolean;
  /** NP id of a possessor inside this phrase ("China's stance" -> "China"). */
  readonly possessor?: number | undefined;
  /** For a coordination ("Moscow and Beijing"): ids of the conjuncts; the coordination has its own id. */
  readonly conjuncts?: readonly number[] | undefined;
  /** An appositive that renames this phrase ("Qin Gang, China's foreign minister,"). */
  readonly appositive?: number | undefined;
  /** An "of" complement that says whose role this is ("the foreign minister of Russia"). */
  readonly ofPhrase?: number | undefined;
}

export type Tense = 'past' | 'present' | 'future';

/** A verb group: auxiliaries, modals, negation, the main verb and its particle. */
export interface VerbGroup extends Annotation {
  readonly id: number;
  readonly sentence: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Token index of the main verb. */
  readonly head: number;
  readonly lemma: string;
  readonly particle?: string;
  readonly negated: boolean;
  readonly passive: boolean;
  readonly modal?: string;
  readonly tense: Tense;
  /** For a copula with a predicate adjective ("is ready to"), the adjective's lemma. */
  readonly predicate?: string;
}

export interface PrepObject {
  readonly prep: string;
  readonly tokenIndex: number;
  readonly np: number;
}

/** A complement clause hanging off a verb: "agreed to strengthen", "said that ...", "accused X of". */
export interface Complement {
  readonly kind: 'to-infinitive' | 'that' | 'gerund' | 'as-saying';
  readonly clause: number;
}

/** One predicate with its arguments: the unit the event coder reads. */
export interface Clause extends Annotation {
  readonly id: number;
  readonly sentence: number;
  readonly verb: VerbGroup;
  readonly subject?: number;
  /** Clause whose subject this one shares (coordinated verbs, infinitive complements). */
  readonly subjectFrom?: number;
  readonly object?: number;
  readonly preps: readonly PrepObject[];
  readonly complement?: Complement;
  /** The clause this one is embedded in, if any. */
  readonly parent?: number;
  /** Token range the clause's arguments were sought in. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** "X said (that) ...", "according to X", "X quoted Y as saying ...". */
export interface ReportFrame extends Annotation {
  readonly sentence: number;
  /** NP of who made the statement. */
  readonly speaker?: number;
  /** NP of who relayed it, when it differs ("the ministry quoted Qin as saying"). */
  readonly reporter?: number;
  /** The reported content, a character range. */
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly direct: boolean;
  /** Token index of the reporting verb or "according". */
  readonly cue: number;
}

export interface SyntaxLayer {
  readonly phrases: readonly NounPhrase[];
  readonly clauses: readonly Clause[];
  readonly reports: readonly ReportFrame[];
}
