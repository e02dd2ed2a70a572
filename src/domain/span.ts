/** A half-open range of UTF-16 offsets into the document text as given. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Every annotation says where it is and which rule made it (e.g. `events/lexicon:consult#phone`). */
export interface Annotation extends Span {
  readonly rule: string;
}

/** A span together with the words it covers, as written into output records. */
export interface TextSpan extends Span {
  readonly text: string;
}

export function sliceSpan(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}
