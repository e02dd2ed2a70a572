// Worker thread entry: builds one Coder from the recipe, then codes each batch of documents it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { Coder } from '../domain/coded-document.js';
import type { SourceDocument } from '../domain/document.js';
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

function codeOne(ready: Coder, seq: number, doc: SourceDocument): WorkerResult {
  try {
    const { doc: _doc, record, quotes, entities, ...outputs } = ready.code(doc);
    const { doc: _recordDoc, ...layers } = record;
    return {
      seq, ok: true,
      coded: {
        ...outputs, quotes: setup.keepQuotes ? quotes : [], entities: setup.keepEntities ? entities : [],
        record: setup.keepRecord ? layers : { issues: record.issues },
      },
    };
  } catch (error) {
    return { seq, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

if (coder !== null) {
  const ready = coder;
  port.on('message', (request: CodeRequest) => {
    const results: WorkerResult[] = [];
    for (const { seq, doc } of request.items) {
      progress[0] = seq;
      results.push(codeOne(ready, seq, doc));
    }
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
