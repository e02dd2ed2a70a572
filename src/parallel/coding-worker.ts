// Worker thread entry: builds one Coder from the recipe, then codes each document it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { Coder } from '../domain/coded-document.js';
import { coderFromRecipe } from './coder-recipe.js';
import type { CodeRequest, WorkerMessage, WorkerSetup } from './_protocol.js';

const port = parentPort;
if (!port) throw new Error('coding-worker.ts must run as a worker thread');
const setup = workerData as WorkerSetup;
const send = (message: WorkerMessage): void => port.postMessage(message);

let coder: Coder | null = null;
const log: string[] = [];
try {
  coder = await coderFromRecipe(setup.recipe, setup.reportLog ? (line) => log.push(line) : undefined);
  send({ type: 'ready', dictionaryVersion: coder.dictionaryVersion, log: log.join('') });
} catch (error) {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  send({ type: 'start-failed', message: (error as Error).message ?? String(error), ...(code !== undefined ? { code } : {}) });
}

if (coder !== null) {
  const ready = coder;
  port.on('message', (request: CodeRequest) => {
    let reply: WorkerMessage;
    try {
      const { doc: _doc, record, quotes, entities, ...outputs } = ready.code(request.doc);
      const { doc: _recordDoc, ...layers } = record;
      reply = {
        type: 'coded', seq: request.seq,
        coded: {
          ...outputs, quotes: setup.keepQuotes ? quotes : [], entities: setup.keepEntities ? entities : [],
          record: setup.keepRecord ? layers : { issues: record.issues },
        },
      };
    } catch (error) {
      reply = { type: 'failed', seq: request.seq, message: error instanceof Error ? error.message : String(error) };
    }
    try {
      send(reply);
    } catch (error) {
      // A record that cannot be cloned fails that document only.
      send({ type: 'failed', seq: request.seq, message: `result could not be sent back: ${(error as Error).message}` });
    }
  });
}
