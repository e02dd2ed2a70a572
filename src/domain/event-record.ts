import type { TextSpan } from './span.js';
import type { DatePrecision } from './dates.js';

/** An actor as written in output: its code and the words it was read from. */
export interface ActorRecord extends TextSpan {
  readonly code: string;
}

/** The output contract of `parley code`: one coded event, traceable to its words. */
export interface EventRecord {
  readonly doc_id: string;
  readonly event_id: string;
  readonly sentence: number;
  readonly date: string | null;
  readonly date_precision: DatePrecision | null;
  readonly source: ActorRecord;
  readonly target: ActorRecord | null;
  readonly cameo: string;
  readonly root: string;
  readonly quad: 1 | 2 | 3 | 4;
  readonly goldstein: number;
  readonly plover: { readonly type: string; readonly mode?: string; readonly context?: string };
  readonly trigger: TextSpan;
  readonly evidence: TextSpan;
  readonly rule: string;
  readonly reported_by?: ActorRecord;
}

export interface QuotePartyRecord extends TextSpan {
  readonly code: string | null;
  readonly name: string | null;
}

/** A quote as written to the output stream with `--quotes`. */
export interface QuoteRecord {
  readonly kind: 'quote';
  readonly doc_id: string;
  readonly quote_id: string;
  readonly sentence: number;
  readonly quote_kind: 'direct' | 'indirect';
  readonly text: string;
  readonly content: TextSpan;
  readonly speaker: QuotePartyRecord | null;
  readonly reported_by: QuotePartyRecord | null;
  readonly cue: TextSpan;
  readonly rule: string;
}

/** An actor mention as written to the output stream with `--entities`. */
export interface EntityRecord extends TextSpan {
  readonly kind: 'entity';
  readonly doc_id: string;
  readonly sentence: number;
  readonly code: string;
  readonly name: string | null;
  readonly resolution: string;
  readonly rule: string;
  readonly entry: string | null;
}
