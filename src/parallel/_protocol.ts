import type { CodedDocument } from '../domain/coded-document.js';
import type { SourceDocument } from '../domain/document.js';
import type { DocumentRecord } from '../domain/record.js';
import type { CoderRecipe } from './coder-recipe.js';

/** What a worker is started with (its `workerData`). */
export interface WorkerSetup {
  readonly recipe: CoderRecipe;
  /** Send the annotated record back, or only the output records (events, quotes, entities, issues). */
  readonly keepRecord: boolean;
  /** Send quotes and entity mentions back, or empty lists in their place (see CodingPoolOptions.keepQuotesAndEntities). */
  readonly keepQuotes: boolean;
  readonly keepEntities: boolean;
  /** Collect dictionary warnings and send them with `ready` (only one worker does, so they print once). */
  readonly reportLog: boolean;
  /**
   * One number the worker writes the sequence number of the document it is coding into, so that
   * when a document kills the worker the pool knows which one it was (results go back a batch at a time).
   */
  readonly progress: SharedArrayBuffer;
}

/** Documents to code, a batch at a time: one message a document woke the threads too often. */
export interface CodeRequest {
  readonly type: 'code';
  readonly items: readonly { readonly seq: number; readonly doc: SourceDocument }[];
}

/** A coded document without its source document, which the main thread still holds (no need to copy the text back). */
export type CodedWithoutDoc = Omit<CodedDocument, 'doc' | 'record'> & { readonly record: Omit<DocumentRecord, 'doc'> };

export type WorkerMessage =
  | { readonly type: 'ready'; readonly dictionaryVersion: string; readonly log: string }
  | { readonly type: 'start-failed'; readonly message: string; readonly code?: string }
  | { readonly type: 'results'; readonly results: readonly WorkerResult[] };

/** What became of one document of a batch. */
export type WorkerResult =
  | { readonly seq: number; readonly ok: true; readonly coded: CodedWithoutDoc }
  | { readonly seq: number; readonly ok: false; readonly message: string };
