import type { Coder, CodedDocument } from '../domain/coded-document.js';
import type { SourceDocument } from '../domain/document.js';
import { inProcessPool, type CodingPool } from '../parallel/index.js';
import { contentHash, stableDocumentId } from '../io/document-id.js';
import { readDocuments, readInputFile, walkInputs, type ReadError, type ReadItem, type ReadOptions } from '../io/read-documents.js';
import type { SaveOutcome, Store } from '../store/store.js';
import type { ProgressSnapshot } from './progress.js';

/** Why a document was not stored: a read problem code, or one of the ingest's own reasons. */
export type SkipReason = ReadError['problem'] | 'already-stored' | 'duplicate-in-input' | 'coding-failed' | 'store-failed';


export interface IngestSummary {
  readonly runId: number;
  readonly files: number;
  /** Documents newly stored. */
  readonly documents: number;
  /** Documents stored before under the same id with other content, now replaced. */
  readonly replaced: number;
  readonly sentences: number;
  readonly events: number;
  readonly quotes: number;
  readonly skipped: Readonly<Partial<Record<SkipReason, number>>>;
  readonly skippedTotal: number;
}

export interface IngestOptions {
  readonly store: Store;
  /** Codes in this thread; or give `pool` to code on worker threads (results still come in input order). */
  readonly coder?: Coder;
  readonly pool?: CodingPool;
  readonly paths: readonly string[];
  readonly read?: ReadOptions;
  /** Documents per transaction (default 50); a killed ingest loses at most one batch of work. */
  readonly batchSize?: number;
  readonly onProgress?: (progress: ProgressSnapshot) => void;
  /** Called for each document not stored, with why. */
  readonly onSkip?: (input: string, reason: SkipReason, message: string) => void;
  /** Called after each committed batch (tests use it to know work is on disk). */
  readonly onCommit?: (documentsSoFar: number) => void;
}

/**
 * Reads, codes and stores every document under the given paths. Idempotent and resumable: each batch
 * commits in one transaction, and a document already stored with the same id and content is skipped.
 */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const { store } = options;
  const pool = options.pool ?? (options.coder ? inProcessPool(options.coder) : undefined);
  if (!pool) throw new Error('ingest: give a coder or a coding pool');
  const batchSize = Math.max(1, options.batchSize ?? 50);
  const runId = store.startRun({ command: 'ingest', dictionaryVersion: pool.dictionaryVersion });
  const skipped: Partial<Record<SkipReason, number>> = {};
  const totals = { documents: 0, replaced: 0, sentences: 0, events: 0, quotes: 0, skipped: 0 };
  const skip = (input: string, reason: SkipReason, message: string): void => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
    totals.skipped += 1;
    options.onSkip?.(input, reason, message);
  };

  const { files, errors } = await walkInputs(options.paths.filter((p) => p !== '-'));
  const useStdin = options.paths.includes('-');
  for (const error of errors) skip(error.input, error.problem, error.message);
  const bytesTotal = files.reduce((sum, f) => sum + f.size, 0);
  let bytesBefore = 0;
  let filesDone = 0;
  let batch: CodedDocument[] = [];
  // Ids sent to coding and not yet committed: reading runs ahead of storing, so a document repeated
  // within that window must be caught here, not by the store.
  const pending = new Set<string>();

  const tally = (outcome: SaveOutcome): void => {
    if (outcome.status === 'unchanged') {
      skip(outcome.docId, 'already-stored', `${outcome.docId}: already stored`);
      return;
    }
    if (outcome.status === 'added') totals.documents += 1;
    else totals.replaced += 1;
    totals.sentences += outcome.sentences;
    totals.events += outcome.events;
    totals.quotes += outcome.quotes;
  };
  const commit = (): void => {
    if (batch.length === 0) return;
    try {
      for (const outcome of store.saveCoded(batch, runId)) tally(outcome);
    } catch {
      // One bad document must not sink its batch: retry one by one to find it.
      for (const coded of batch) {
        try {
          for (const outcome of store.saveCoded([coded], runId)) tally(outcome);
        } catch (error) {
          const origin = coded.doc.origin ?? coded.doc.id;
          skip(origin, 'store-failed', `${origin}: ${(error as Error).message}`);
        }
      }
    }
    for (const coded of batch) pending.delete(coded.doc.id);
    batch = [];
    options.onCommit?.(totals.documents + totals.replaced);
  };
  const progress = (bytesInFile: number, fileSize: number): void => {
    options.onProgress?.({
      total: bytesTotal,
      done: bytesBefore + Math.min(bytesInFile, fileSize),
      detail: `files ${filesDone}/${sources.length}`,
      documents: totals.documents + totals.replaced + batch.length,
      events: totals.events,
      skipped: totals.skipped,
    });
  };

  const sources: { name: string; size: number; items: () => AsyncIterable<ReadItem> }[] = files.map((file) => ({
    name: file.path, size: file.size, items: () => readInputFile(file, options.read ?? {}),
  }));
  // `-` reads JSON Lines from stdin (size unknown, so it adds nothing to the progress fraction).
  if (useStdin) sources.push({ name: 'stdin', size: 0, items: () => readDocuments('-', options.read ?? {}) });
  for (const file of sources) {
    let bytesInFile = 0;
    // Decided when an item is read (the pool reads ahead), acted on when it comes back in order.
    const verdicts = new WeakMap<ReadItem, [input: string, reason: SkipReason, message: string]>();
    const docOf = (item: ReadItem): SourceDocument | null => {
      if (!item.ok) {
        verdicts.set(item, [item.error.input, item.error.problem, item.error.message]);
        return null;
      }
      const doc = item.doc;
      const id = stableDocumentId(doc);
      const input = doc.origin ?? id;
      if (pending.has(id)) {
        verdicts.set(item, [input, 'duplicate-in-input', `${input}: document ${id} appears twice in this batch`]);
        return null;
      }
      if (store.documentState(id, contentHash(doc.text)) === 'same') {
        verdicts.set(item, [input, 'already-stored', `${input}: document ${id} is already stored`]);
        return null;
      }
      pending.add(id);
      return doc.id === id ? doc : { ...doc, id };
    };
    for await (const result of pool.codeAll(file.items(), docOf)) {
      bytesInFile += result.item.bytes;
      if (result.status === 'passed') {
        const verdict = verdicts.get(result.item);
        if (verdict) skip(...verdict);
      } else if (result.status === 'failed') {
        const input = result.item.ok ? result.item.doc.origin ?? result.item.doc.id : result.item.error.input;
        if (result.item.ok) pending.delete(stableDocumentId(result.item.doc));
        skip(input, 'coding-failed', `${input}: coding failed: ${result.message}`);
      } else {
        batch.push(result.coded);
        if (batch.length >= batchSize) commit();
      }
      progress(bytesInFile, file.size);
    }
    filesDone += 1;
    bytesBefore += file.size;
    progress(0, 0);
  }
  commit();
  store.finishRun(runId, { ...totals, documents: totals.documents + totals.replaced });
  return { runId, files: sources.length, ...totals, skipped, skippedTotal: totals.skipped };
}
