/** One article as it enters the pipeline. The reference date comes with it; stages never read the clock. */
export interface SourceDocument {
  readonly id: string;
  readonly text: string;
  /** Publication date, `YYYY-MM-DD`; absent when unknown (relative dates then stay unresolved). */
  readonly date?: string;
  readonly title?: string;
  readonly url?: string;
  /** Where the document came from (file path, `file:line`, `stdin`), for messages. */
  readonly origin?: string;
}
