import type { Annotation } from './span.js';

export type DatePrecision = 'day' | 'month' | 'year';

/** A calendar value at a precision: `2023-05-04` (day), `2023-04` (month), `2023` (year). */
export interface CalendarDate {
  readonly value: string;
  readonly precision: DatePrecision;
}

/** A time expression found in the text, normalized against the reference date. */
export interface TimeExpression extends Annotation, CalendarDate {
  readonly sentence: number;
  readonly text: string;
  /** True when the text names the date outright; false when it was resolved relative to the reference. */
  readonly explicit: boolean;
  /** Named only by a day of the week ("on Tuesday"): a past act then falls in the week before, not the year. */
  readonly weekday?: true;
  /** Opened by "until", or by "by" ahead of the reference: a limit or deadline, not when an act took place. */
  readonly limit?: true;
}

export interface DatesLayer {
  /** The date relative expressions were anchored on (dateline's date, else publication date). */
  readonly reference?: CalendarDate;
  readonly expressions: readonly TimeExpression[];
}
