import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { Coder, CodedDocument } from '../domain/coded-document.js';
import type { SourceDocument } from '../domain/document.js';
import { coderFromRecipe, type CoderRecipe } from './coder-recipe.js';
import { BATCH_CHARS, BATCH_DOCUMENTS, codeBatch, messageOf } from './code-batch.js';
import type { CodedWithoutDoc, CodeRequest, WorkerMessage, WorkerSetup } from './_protocol.js';

export interface CodingPoolOptions {
  readonly recipe: CoderRecipe;
  /** Coding threads (default: the machine's available parallelism). 1 codes in this thread, with no worker. */
  readonly workers?: number;
  /** With `workers: 1`, still use one worker thread (for measuring the threading overhead). */
  readonly threadsEvenForOne?: boolean;
  /**
   * Most documents read ahead and not yet handed back (default two batches per worker, 16). This
   * bounds memory: the source is not read further until the oldest document is done.
   */
  readonly maxInFlight?: number;
  /**
   * Hand back the full annotated record (default), or only `{issues}` in `record`, which saves
   * copying every token between threads when only events, quotes and entities are wanted.
   */
  readonly keepRecord?: boolean;
  /**
   * Hand back quotes and entity mentions (default), or empty lists in their place. Entities and
   * quotes are two thirds of what a coded article weighs; copying them between threads when the
   * caller only writes events cost each worker several per cent of its time.
   */
  readonly keepQuotes?: boolean;
  readonly keepEntities?: boolean;
  /** Receives dictionary warnings, once (not once per worker). */
  readonly onLog?: (text: string) => void;
  /**
   * Old-generation heap cap per worker, in MB. V8 otherwise lets each worker's heap grow to several
   * times its live data before collecting (a worker holds ~45 MB live with the built-in dictionaries
   * but grew to ~200 MB), so N workers multiply that slack; a cap makes V8 collect sooner. A worker
   * that needs more than the cap dies; its document fails and the worker is replaced.
   */
  readonly maxHeapMb?: number;
  /**
   * How far V8 lets a heap grow past its live data before the next full collection, in percent
   * (V8's --heap-growing-percent; default here 15, V8's own default lets it grow several-fold). Each
   * worker holds ~60 MB live with the built-in dictionaries (~120 MB with PETRARCH's) but, left alone,
   * its heap swelled to ~200 MB on a long run, and N workers multiply that. Unlike `maxHeapMb` this
   * never kills a worker; it costs some extra collection. At 15 rather than 50 a worker's old space
   * sat near 65 MB, not 82, and two workers coded 20,000 articles within 3 % of the time. (The young
   * generation, 34 MB a worker, is no lever: V8 rounds its half up to a power of two, and the next one
   * down cost 8-10 % of coding time.) The flag is process-wide and set before the first worker
   * starts; null leaves V8's setting alone.
   */
  readonly heapGrowthPercent?: number | null;
}

/** One input item handed back, in input order, with what became of its document. */
export type PoolResult<T> =
  | { readonly item: T; readonly status: 'coded'; readonly coded: CodedDocument }
  | { readonly item: T; readonly status: 'failed'; readonly message: string }
  /** `docOf` returned null: the item passes through uncoded, keeping its place in the order. */
  | { readonly item: T; readonly status: 'passed' };

/** Codes documents on several threads and hands results back in input order. */
export interface CodingPool {
  readonly dictionaryVersion: string;
  /** Worker threads in use; 0 when coding in this thread. */
  readonly threads: number;
  /**
   * Codes the document each item carries (`docOf`; null to pass an item through) and yields every
   * item with its result, in input order. A document that fails is reported as `failed`; the rest go on.
   * One call at a time per pool.
   */
  codeAll<T>(items: AsyncIterable<T> | Iterable<T>, docOf: (item: T) => SourceDocument | null): AsyncGenerator<PoolResult<T>>;
  /** Stops the worker threads. */
  close(): Promise<void>;
}

/** A worker failed to start (bad dictionary path, unreadable file); `code` is the error code it raised, if any. */
export class PoolStartError extends Error {
  constructor(message: string, readonly code: string | undefined) {
    super(message);
    this.name = 'PoolStartError';
  }
}

/** Builds a pool: in this thread for one worker, else N worker threads each compiling its own Coder. */
export async function createCodingPool(options: CodingPoolOptions): Promise<CodingPool> {
  const workers = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
  if (workers === 1 && !options.threadsEvenForOne) {
    const coder = await coderFromRecipe(options.recipe, options.onLog);
    return inProcessPool(coder);
  }
  return threadPool(workers, options);
}

/** A pool over a Coder already built in this thread (what `--workers 1` uses); it codes a batch at a time. */
export function inProcessPool(coder: Coder): CodingPool {
  return {
    dictionaryVersion: coder.dictionaryVersion,
    threads: 0,
    async *codeAll<T>(items: AsyncIterable<T> | Iterable<T>, docOf: (item: T) => SourceDocument | null) {
      let batch: { item: T; doc: SourceDocument | null }[] = [];
      let chars = 0;
      const drain = function* (): Generator<PoolResult<T>> {
        const docs = batch.flatMap(({ doc }) => (doc === null ? [] : [doc]));
        const outcomes = codeBatch(coder, docs);
        let next = 0;
        for (const { item, doc } of batch) {
          if (doc === null) { yield { item, status: 'passed' }; continue; }
          const outcome = outcomes[next++]!;
          yield outcome.ok
            ? { item, status: 'coded', coded: outcome.coded }
            : { item, status: 'failed', message: messageOf(outcome.error) };
        }
        batch = [];
        chars = 0;
      };
      for await (const item of items) {
        const doc = docOf(item);
        batch.push({ item, doc });
        chars += doc?.text.length ?? 0;
        if (batch.length >= BATCH_DOCUMENTS || chars >= BATCH_CHARS) yield* drain();
      }
      yield* drain();
    },
    async close() {},
  };
}

// Compiled, the worker is coding-worker.js beside this file. Under tsx it is coding-worker.ts, and
// Node 20 does not apply `--import tsx` from a Worker's execArgv to the worker's own entry ("Unknown
// file extension .ts"), so a small bootstrap registers tsx's hooks in the worker and then imports it.
function workerEntry(): { entry: string | URL; eval: boolean } {
  if (!import.meta.url.endsWith('.ts')) return { entry: new URL('./coding-worker.js', import.meta.url), eval: false };
  const target = new URL('./coding-worker.ts', import.meta.url).href;
  // Resolved from this file, so it works whatever the current directory is.
  const api = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(target)}); })`;
  return { entry: bootstrap, eval: true };
}

interface Slot {
  readonly worker: Worker;
  /** False once the worker has exited; its replacement gets a new slot. */
  alive: boolean;
  /** Sequence numbers given to this worker, oldest first; a worker codes them in that order. */
  readonly queue: number[];
  /** Documents given to this worker and not yet sent: they go a batch at a time. */
  outbox: { seq: number; doc: SourceDocument }[];
  /** Characters of text in the outbox. */
  outboxChars: number;
  /** The sequence number of the document the worker is coding (written by the worker). */
  readonly progress: Float64Array;
}

interface Pending<T> {
  readonly item: T;
  readonly doc: SourceDocument | null;
  result: PoolResult<T> | null;
}

// A worker that dies keeps failing its current document and is replaced; past this many deaths
// something is wrong with every document (or the machine), so the pool gives up.
const MAX_RESTARTS_PER_WORKER = 5;

async function threadPool(count: number, options: CodingPoolOptions): Promise<CodingPool> {
  const entry = workerEntry();
  const growth = options.heapGrowthPercent === undefined ? 15 : options.heapGrowthPercent;
  if (growth !== null) setFlagsFromString(`--heap-growing-percent=${Math.max(1, Math.round(growth))}`);
  const keepRecord = options.keepRecord ?? true;
  const maxInFlight = Math.max(count, options.maxInFlight ?? count * 2 * BATCH_DOCUMENTS);
  // Two batches per worker fit in the window: one being coded, the next waiting. A message per
  // document woke the main thread and the worker twice a document, which on a machine with as
  // many cores as threads took cores from coding; and a worker codes its batch stage by stage.
  const batchSize = Math.max(1, Math.min(BATCH_DOCUMENTS, Math.floor(maxInFlight / count / 2)));
  let restartsLeft = count * MAX_RESTARTS_PER_WORKER;
  let closed = false;
  let fatal: Error | null = null;
  // Results arrive by callback; the running codeAll registers these to receive them.
  let onResult: ((seq: number, result: { ok: true; coded: CodedWithoutDoc } | { ok: false; message: string }) => void) | null = null;
  let wake: (() => void) | null = null;
  let resendQueue: ((slot: Slot, seqs: readonly number[]) => void) | null = null;

  const start = (index: number): Promise<{ slot: Slot; dictionaryVersion: string }> => new Promise((resolve, reject) => {
    const shared = new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT);
    const progress = new Float64Array(shared);
    progress[0] = -1;
    const setup: WorkerSetup = {
      recipe: options.recipe, keepRecord, keepQuotes: options.keepQuotes ?? true, keepEntities: options.keepEntities ?? true, reportLog: index === 0, progress: shared,
    };
    const worker = new Worker(entry.entry, {
      workerData: setup, eval: entry.eval,
      ...(options.maxHeapMb !== undefined ? { resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb } } : {}),
    });
    const slot: Slot = { worker, alive: true, queue: [], outbox: [], outboxChars: 0, progress };
    let ready = false;
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'ready':
          ready = true;
          if (message.log !== '') options.onLog?.(message.log);
          resolve({ slot, dictionaryVersion: message.dictionaryVersion });
          break;
        case 'start-failed':
          reject(new PoolStartError(message.message, message.code));
          void worker.terminate();
          break;
        case 'results':
          for (const r of message.results) {
            const at = slot.queue.indexOf(r.seq);
            if (at >= 0) slot.queue.splice(at, 1);
            onResult?.(r.seq, r.ok ? { ok: true, coded: r.coded } : { ok: false, message: r.message });
          }
          break;
      }
    });
    let lastError: Error | null = null;
    worker.on('error', (error) => { lastError = error; });
    worker.on('exit', (code) => {
      slot.alive = false;
      if (!ready) {
        reject(new PoolStartError(`coding worker stopped while starting: ${lastError?.message ?? `exit code ${code}`}`, undefined));
        return;
      }
      if (closed) return;
      // The worker died mid-document (process.exit, out of memory): fail the one it was coding, and
      // hand the rest, coded or not (results go back a batch at a time), to a fresh worker.
      const queued = slot.queue.splice(0);
      slot.outbox = [];
      slot.outboxChars = 0;
      const at = queued.indexOf(slot.progress[0]!);
      const [culprit] = queued.splice(at >= 0 ? at : 0, 1);
      const rest = queued;
      if (culprit !== undefined) onResult?.(culprit, { ok: false, message: `coding worker stopped: ${lastError?.message ?? `exit code ${code}`}` });
      const index2 = slots.indexOf(slot);
      if (restartsLeft-- <= 0) {
        fatal = new Error(`coding workers keep stopping (last: ${lastError?.message ?? `exit code ${code}`}); giving up`);
        for (const seq of [...rest, ...backlog.splice(0)]) onResult?.(seq, { ok: false, message: fatal.message });
        wake?.();
        return;
      }
      start(index2).then(({ slot: fresh }) => {
        slots[index2] = fresh;
        if (closed) { void fresh.worker.terminate(); return; }
        // Documents that arrived while no worker was alive wait in the backlog.
        resendQueue?.(fresh, [...rest, ...backlog.splice(0)]);
        wake?.();
      }, (error: Error) => {
        fatal = error;
        for (const seq of [...rest, ...backlog.splice(0)]) onResult?.(seq, { ok: false, message: error.message });
        wake?.();
      });
    });
  });

  const slots: Slot[] = [];
  const backlog: number[] = [];
  let started: { slot: Slot; dictionaryVersion: string }[];
  try {
    // Workers compile their dictionaries in parallel; one failing fails the pool.
    const starting = Array.from({ length: count }, (_, i) => start(i));
    started = await Promise.all(starting).catch(async (error: unknown) => {
      closed = true;
      const settled = await Promise.allSettled(starting);
      await Promise.all(settled.map((s) => (s.status === 'fulfilled' ? s.value.slot.worker.terminate() : undefined)));
      throw error;
    });
  } catch (error) {
    throw error instanceof PoolStartError ? error : new PoolStartError((error as Error).message, undefined);
  }
  for (const s of started) slots.push(s.slot);
  const dictionaryVersion = started[0]!.dictionaryVersion;
  let seqCounter = 0;
  let running = false;

  function rebuild(doc: SourceDocument, coded: CodedWithoutDoc): CodedDocument {
    return { ...coded, doc, record: { ...coded.record, doc } };
  }

  return {
    dictionaryVersion,
    threads: count,
    async *codeAll<T>(items: AsyncIterable<T> | Iterable<T>, docOf: (item: T) => SourceDocument | null) {
      if (closed) throw new Error('coding pool is closed');
      if (running) throw new Error('coding pool: codeAll is already running');
      running = true;
      const pending = new Map<number, Pending<T>>();
      const flush = (slot: Slot): void => {
        if (slot.outbox.length === 0 || !slot.alive) return;
        const request: CodeRequest = { type: 'code', items: slot.outbox };
        slot.outbox = [];
        slot.outboxChars = 0;
        slot.worker.postMessage(request);
      };
      const send = (slot: Slot, seq: number, doc: SourceDocument): void => {
        slot.queue.push(seq);
        slot.outbox.push({ seq, doc });
        slot.outboxChars += doc.text.length;
        if (slot.outbox.length >= batchSize || slot.outboxChars >= BATCH_CHARS) flush(slot);
      };
      onResult = (seq, outcome) => {
        const p = pending.get(seq);
        // Results for an abandoned codeAll (the caller stopped early) are dropped.
        if (!p || p.doc === null) return;
        p.result = outcome.ok
          ? { item: p.item, status: 'coded', coded: rebuild(p.doc, outcome.coded) }
          : { item: p.item, status: 'failed', message: outcome.message };
        if (seq === nextOut) wake?.();
      };
      resendQueue = (slot, seqs) => {
        for (const seq of seqs) {
          const p = pending.get(seq);
          if (p?.doc) send(slot, seq, p.doc);
        }
        flush(slot);
      };
      const iterator = (Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : items[Symbol.iterator]()) as AsyncIterator<T> | Iterator<T>;
      let nextOut = seqCounter;
      let sourceDone = false;
      try {
        for (;;) {
          while (!sourceDone && seqCounter - nextOut < maxInFlight) {
            const step = await iterator.next();
            if (step.done) { sourceDone = true; break; }
            const seq = seqCounter++;
            const doc = docOf(step.value);
            if (doc === null) {
              pending.set(seq, { item: step.value, doc: null, result: { item: step.value, status: 'passed' } });
              continue;
            }
            pending.set(seq, { item: step.value, doc, result: null });
            if (fatal || closed) {
              pending.get(seq)!.result = { item: step.value, status: 'failed', message: closed ? 'coding pool closed' : (fatal as Error | null)?.message ?? '' };
              continue;
            }
            // The least busy live worker takes it (ties: the first); with none alive it waits for a replacement.
            let best: Slot | null = null;
            for (const slot of slots) if (slot.alive && (best === null || slot.queue.length < best.queue.length)) best = slot;
            if (best) send(best, seq, doc);
            else backlog.push(seq);
          }
          // What was read goes to the workers before anything is handed back or awaited.
          for (const slot of slots) flush(slot);
          let head = pending.get(nextOut);
          while (head?.result) {
            pending.delete(nextOut);
            nextOut++;
            yield head.result;
            head = pending.get(nextOut);
          }
          if (sourceDone && nextOut === seqCounter) return;
          if (!head?.result && (sourceDone || seqCounter - nextOut >= maxInFlight)) {
            await new Promise<void>((resolve) => { wake = resolve; });
            wake = null;
          }
        }
      } finally {
        onResult = null;
        resendQueue = null;
        running = false;
        // Anything still queued in the workers belongs to this call; sequence numbers are never
        // reused, so its late results match nothing and are dropped.
        if (!sourceDone) await (iterator.return?.() ?? Promise.resolve());
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      // A codeAll still running gets its outstanding documents back as failed rather than waiting forever.
      for (const s of slots) { s.outbox = []; s.outboxChars = 0; }
      for (const seq of [...slots.flatMap((s) => s.queue.splice(0)), ...backlog.splice(0)]) onResult?.(seq, { ok: false, message: 'coding pool closed' });
      wake?.();
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
