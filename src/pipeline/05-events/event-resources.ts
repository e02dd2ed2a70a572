import type { FrameWords } from '../../dictionaries/frames/load-frames.js';
import type { IntentCodes } from '../../dictionaries/frames/load-intent-codes.js';
import type { AccusingPredicates, DismayPredicates } from '../../dictionaries/frames/load-accusing-predicates.js';
import type { ReferringNouns } from '../../dictionaries/frames/load-referring-nouns.js';
import type { ThreatenedOutcomes } from '../../dictionaries/frames/load-threatened-outcomes.js';
import type { EventNouns } from '../../dictionaries/frames/load-event-nouns.js';
import type { DiscardList } from '../../domain/verb-lexicon.js';
import type { PatternIndex } from './pattern-index.js';

/** One step of the events stage's reasoning, for `parley explain`. */
export type EventTrace =
  | { readonly kind: 'clause'; readonly clause: number; readonly verb: string; readonly note: string }
  | { readonly kind: 'pattern'; readonly clause: number; readonly pattern: string; readonly code: string | null; readonly matched: boolean }
  | { readonly kind: 'event'; readonly clause: number; readonly event: string; readonly note: string };

export interface EventResources {
  readonly patterns: PatternIndex;
  readonly frames: FrameWords;
  readonly intents: IntentCodes;
  readonly refusals: IntentCodes;
  /** "ceased supplying gas", "no longer sends weapons": cooperation told as ending, coded as root 16. */
  readonly cessations?: IntentCodes;
  /** Predicates that accuse their subject when reported ("said Putin was responsible"). */
  readonly accusations?: AccusingPredicates;
  /** Predicates of the subject's own dismay ("said it was deeply disappointed"): it disapproves. */
  readonly dismay?: DismayPredicates;
  /** Nouns that name again an act told of earlier ("condemned the attack"); see referred-act.ts. */
  readonly referringNouns?: ReferringNouns;
  /** What a party is told will befall it ("will pay a price"); see threatened-outcome.ts. */
  readonly threatenedOutcomes?: ThreatenedOutcomes;
  /** Nouns that tell of an event by themselves ("during his visit to Beijing"); see code-event-nouns.ts. */
  readonly eventNouns?: EventNouns;
  /**
   * Only literal (PETRARCH/TABARI) dictionaries are in use, so their conventions hold throughout:
   * a reporting verb's bare pattern codes ("SAID [023]"), and a negated verb does not silence the
   * clause it governs (the dictionary's own patterns spell negation out).
   */
  readonly literalOnly?: boolean;
  /** Phrases that discard a sentence, or the whole story, from coding (PETRARCH discards: sports, weather ...). */
  readonly discards?: DiscardList;
  /** Receives every decision; absent in normal runs, so coding pays nothing for it. */
  readonly trace?: (step: EventTrace) => void;
}
