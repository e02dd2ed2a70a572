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

/** Codes documents; built once (dictionaries compiled) and reused for every document. */
export interface Coder {
  code(doc: SourceDocument): CodedDocument;
  /** Identifies the dictionaries in use, so stored runs can say what produced them. */
  readonly dictionaryVersion: string;
}
