import type { Annotation, Span } from './span.js';
import type { CalendarDate } from './dates.js';

/** One side of an event: an actor code and the words it came from. */
export interface EventActor extends Span {
  readonly code: string;
  readonly phrase: number;
}

/** Where an event's date came from. */
export type EventDateSource = 'expression' | 'document' | 'none';

/** An event as the pipeline holds it; `toEventRecord` turns it into the output contract. */
export interface CodedEvent extends Annotation {
  /** `doc:sentence:n`. */
  readonly id: string;
  readonly sentence: number;
  readonly clause: number;
  readonly source: EventActor;
  readonly target?: EventActor;
  readonly cameo: string;
  /** The words that triggered the code (verb group and pattern words). */
  readonly trigger: Span;
  readonly date?: CalendarDate;
  readonly dateSource: EventDateSource;
  /** The NP of whoever relayed the statement the event comes from, if reported. */
  readonly reportedBy?: number;
}

export interface EventsLayer {
  readonly events: readonly CodedEvent[];
}
