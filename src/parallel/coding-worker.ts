// Worker thread entry: builds one Coder from the recipe, then codes each batch of documents it is sent, together.
import { parentPort, workerData } from 'node:worker_threads';
import type { BatchOutcome, Coder } from '../domain/coded-document.js';
import { codeBatch, messageOf } from './code-batch.js';
import { coderFromRecipe } from './coder-recipe.js';
import type { CodeRequest, WorkerMessage, WorkerResult, WorkerSetup } from './_protocol.js';

const port = parentPort;
if (!port) throw new Error('coding-worker.ts must run as a worker thread');
const setup = workerData as WorkerSetup;
const send = (message: WorkerMessage): void => port.postMessage(message);
const progress = new Float64Array(setup.progress);

let coder: Coder | null = null;
const log: string[] = [];
try {
  coder = await coderFromRecipe(setup.recipe, setup.reportLog ? (line) => log.push(line) : undefined);
  send({ type: 'ready', dictionaryVersion: coder.dictionaryVersion, log: log.join('') });
} catch (error) {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  send({ type: 'start-failed', message: (error as Error).message ?? String(error), ...(code !== undefined ? { code } : {}) });
}

/** The parts of a coded document the main thread asked for, without its source document (it has that). */
function toResult(seq: number, outcome: BatchOutcome): WorkerResult {
  if (!outcome.ok) return { seq, ok: false, message: messageOf(outcome.error) };
  const { doc: _doc, record, quotes, entities, ...outputs } = outcome.coded;
  const { doc: _recordDoc, ...layers } = record;
  return {
    seq, ok: true,
    coded: {
      ...outputs, quotes: setup.keepQuotes ? quotes : [], entities: setup.keepEntities ? entities : [],
      record: setup.keepRecord ? layers : { issues: record.issues },
    },
  };
}

if (coder !== null) {
  const ready = coder;
  port.on('message', (request: CodeRequest) => {
    const { items } = request;
    const outcomes = codeBatch(ready, items.map((item) => item.doc), (i) => { progress[0] = items[i]!.seq; });
    const results = outcomes.map((outcome, i) => toResult(items[i]!.seq, outcome));
    try {
      send({ type: 'results', results });
    } catch {
      // A record that cannot be cloned fails that document only.
      for (const r of results) {
        try {
          send({ type: 'results', results: [r] });
        } catch (error) {
          send({ type: 'results', results: [{ seq: r.seq, ok: false, message: `result could not be sent back: ${(error as Error).message}` }] });
        }
      }
    }
  });
}
