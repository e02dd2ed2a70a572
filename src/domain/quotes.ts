import type { Annotation, Span } from './span.js';

export interface QuoteParty extends Span {
  readonly code?: string;
  readonly name?: string;
  readonly phrase: number;
}

/** A statement attributed to a speaker, possibly relayed by a reporter. */
export interface Quote extends Annotation {
  readonly sentence: number;
  readonly kind: 'direct' | 'indirect';
  /** The quoted or reported words (without quotation marks). */
  readonly content: Span;
  readonly speaker?: QuoteParty;
  readonly reportedBy?: QuoteParty;
  readonly cue: Span;
}

export interface QuotesLayer {
  readonly quotes: readonly Quote[];
}
