import type { Annotation, Span } from './span.js';

/** Universal POS tags as produced by the tagger. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token extends Span {
  /** Index in the document's token list. */
  readonly i: number;
  readonly text: string;
  readonly lower: string;
  readonly lemma: string;
  readonly pos: Pos;
  readonly sentence: number;
}

export interface Sentence extends Annotation {
  readonly index: number;
  /** Token index range [firstToken, endToken). */
  readonly firstToken: number;
  readonly endToken: number;
}

/** "BEIJING, Nov. 9 (Xinhua) --": removed from coding, kept as metadata. */
export interface Dateline extends Annotation {
  readonly place: string;
  /** The dateline's own date text when it has one ("Nov. 9"). */
  readonly dateText?: string;
  readonly agency?: string;
}

/** Text the segmenter leaves out of coding: captions, bylines, boilerplate. */
export interface IgnoredSpan extends Annotation {
  readonly reason: string;
}

export interface SegmentLayer {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly dateline?: Dateline;
  readonly ignored: readonly IgnoredSpan[];
}
