import type { SourceDocument } from './document.js';
import type { PipelineIssue } from './issues.js';
import type { DocumentRecord } from './record.js';
import type { EntityRecord, EventRecord, QuoteRecord } from './event-record.js';

/** What coding one document yields: the full annotated record and its output records. */
export interface CodedDocument {
  readonly doc: SourceDocument;
  readonly record: DocumentRecord;
  readonly events: readonly EventRecord[];
  readonly quotes: readonly QuoteRecord[];
  readonly entities: readonly EntityRecord[];
  readonly issues: readonly PipelineIssue[];
}

/** What became of one document of a batch: coded, or the error that stopped it. */
export type BatchOutcome = { readonly ok: true; readonly coded: CodedDocument } | { readonly ok: false; readonly error: unknown };

/** Codes documents; built once (dictionaries compiled) and reused for every document. */
export interface Coder {
  code(doc: SourceDocument): CodedDocument;
  /**
   * Codes several documents at once, with the same output as `code` on each, faster. A document
   * that fails fails alone. `onDocument(i)` is called whenever work on `docs[i]` starts or resumes.
   * Optional: callers fall back to `code` one document at a time (see codeBatch).
   */
  codeMany?(docs: readonly SourceDocument[], onDocument?: (index: number) => void): BatchOutcome[];
  /** Identifies the dictionaries in use, so stored runs can say what produced them. */
  readonly dictionaryVersion: string;
}
