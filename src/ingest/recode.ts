import type { Coder } from '../domain/coded-document.js';
import type { SourceDocument } from '../domain/document.js';
import type { Store } from '../store/store.js';
import { BATCH_DOCUMENTS, codeBatch, messageOf } from '../parallel/code-batch.js';
import type { ProgressSnapshot } from './progress.js';

export interface RecodeOptions {
  readonly store: Store;
  readonly coder: Coder;
  /** Only these documents (default: all). */
  readonly docIds?: readonly string[];
  readonly onProgress?: (progress: ProgressSnapshot) => void;
  /** Called for each document that could not be recoded; the others go on. */
  readonly onFailure?: (docId: string, message: string) => void;
}

export interface RecodeSummary {
  readonly runId: number;
  readonly documents: number;
  /** Documents whose events changed. */
  readonly changed: number;
  readonly events: number;
  readonly addedEvents: number;
  readonly removedEvents: number;
  readonly failed: number;
}

/**
 * Codes stored documents again with the current coder (after a dictionary change) and replaces their
 * annotations, one transaction per document, counting events added and removed.
 */
export async function recodeStore(options: RecodeOptions): Promise<RecodeSummary> {
  const { store, coder } = options;
  const runId = store.startRun({ command: 'recode', dictionaryVersion: coder.dictionaryVersion });
  const totals = { documents: 0, changed: 0, sentences: 0, events: 0, quotes: 0, addedEvents: 0, removedEvents: 0, failed: 0 };
  const total = options.docIds ? options.docIds.length : store.stats().documents;
  const fail = (docId: string, message: string): void => {
    totals.failed += 1;
    options.onFailure?.(docId, message);
  };
  const progress = (): void => options.onProgress?.({
    done: totals.documents + totals.failed, total, documents: totals.documents, events: totals.events, skipped: totals.failed,
  });
  // Coded a batch at a time (as the pools do, and as fast), written one transaction a document.
  const recodeBatch = (docs: readonly SourceDocument[]): void => {
    codeBatch(coder, docs).forEach((coded, i) => {
      const doc = docs[i]!;
      try {
        if (!coded.ok) throw coded.error;
        const outcome = store.recode(coded.coded, runId);
        totals.documents += 1;
        totals.sentences += outcome.sentences;
        totals.events += outcome.events;
        totals.quotes += outcome.quotes;
        totals.addedEvents += outcome.addedEvents.length;
        totals.removedEvents += outcome.removedEvents.length;
        if (outcome.addedEvents.length + outcome.removedEvents.length > 0) totals.changed += 1;
      } catch (error) {
        fail(doc.id, messageOf(error));
      }
      progress();
    });
  };
  if (options.docIds) {
    for (let at = 0; at < options.docIds.length; at += BATCH_DOCUMENTS) {
      const batch: SourceDocument[] = [];
      for (const id of options.docIds.slice(at, at + BATCH_DOCUMENTS)) {
        const doc = store.getDocument(id);
        if (doc === null) {
          fail(id, `document ${id} is not stored`);
          continue;
        }
        const source: { -readonly [K in keyof SourceDocument]: SourceDocument[K] } = { id: doc.id, text: doc.text };
        if (doc.date !== null) source.date = doc.date;
        if (doc.title !== null) source.title = doc.title;
        if (doc.url !== null) source.url = doc.url;
        if (doc.origin !== null) source.origin = doc.origin;
        batch.push(source);
      }
      recodeBatch(batch);
      await Promise.resolve();
    }
  } else {
    // Keyset pages: each page is read before its documents are rewritten.
    let cursor = 0;
    for (;;) {
      const page = store.documentsAfter(cursor, 100);
      if (page.docs.length === 0) break;
      cursor = page.cursor;
      for (let at = 0; at < page.docs.length; at += BATCH_DOCUMENTS) recodeBatch(page.docs.slice(at, at + BATCH_DOCUMENTS));
      // Let signals and output through between pages.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  store.finishRun(runId, {
    documents: totals.documents, sentences: totals.sentences, events: totals.events, quotes: totals.quotes, skipped: totals.failed,
  });
  return {
    runId, documents: totals.documents, changed: totals.changed, events: totals.events, addedEvents: totals.addedEvents,
    removedEvents: totals.removedEvents, failed: totals.failed,
  };
}
