/**
 * The common form every actor source compiles to: Parley's own data files, a user's
 * `--actors` file, and PETRARCH/Phoenix dictionaries alike. The actors stage reads only this.
 */

/** A code valid over an inclusive date range (`YYYY-MM-DD`); no bounds means always. */
export interface DatedCode {
  readonly code: string;
  readonly from?: string;
  readonly to?: string;
}

export type ActorEntryKind =
  | 'country' | 'capital' | 'place' | 'organisation' | 'person' | 'group' | 'other';

export interface ActorEntry {
  /** Stable id, normally `file:line`. */
  readonly id: string;
  readonly name: string;
  readonly kind: ActorEntryKind;
  /** Codes by date; an undated code is the fallback when no dated one covers the date. */
  readonly codes: readonly DatedCode[];
  /** ISO3 of the country the entry belongs to, when it has one (places, people, groups). */
  readonly country?: string;
}

/** How a phrase names its entry: the name itself, a short form, an adjective ("Chinese"), a metonym ("the Kremlin"). */
export type PhraseForm = 'name' | 'alias' | 'adjective' | 'demonym' | 'metonym' | 'surname';

/** One way of writing an actor: lower-cased words, in order. */
export interface ActorPhrase {
  readonly words: readonly string[];
  readonly entry: ActorEntry;
  readonly form: PhraseForm;
  /**
   * Where other words of the same noun phrase may come between two of its words: `gaps[k]` for the
   * gap after word k (TABARI's blank-separated phrases: "ITHILEN TELEVISION" in "Ithilen state-run
   * television"). Absent: the words are adjacent.
   */
  readonly gaps?: readonly boolean[];
}

/** A role noun that attaches to an actor: "minister" -> GOV, "troops" -> MIL. */
export interface AgentEntry {
  readonly id: string;
  /** Lower-cased words; plural forms are listed as their own entries. */
  readonly words: readonly string[];
  /** Role code(s) appended to the country code, e.g. `GOV`, `MIL`, `GOVFRM`. */
  readonly code: string;
  /** True when the role code goes before the country code in PETRARCH's `CODE~` form. */
  readonly prefix?: boolean;
  /**
   * A weapon or craft ("missiles", "drones", "warplanes"): whose it is must be written beside it
   * ("Russian missiles"); context (dateline, earlier mentions, the other party) never supplies it,
   * since it is usually the object of someone else's act ("Ukraine shot down nine missiles").
   */
  readonly instrument?: boolean;
}

export interface ActorDictionary {
  /** Where it came from, for messages ("built-in", a file path). */
  readonly origin: string;
  readonly phrases: readonly ActorPhrase[];
  readonly agents: readonly AgentEntry[];
}
