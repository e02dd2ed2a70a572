import { parseArgs } from 'node:util';
import type { CliIo } from '../io.js';
import { pipelineCoder, type CoderFactory } from '../../ingest/default-coder.js';
import { coderOptionsFrom, takeListFlag } from '../dictionary-options.js';
import { CliError, exitCodeOf } from '../errors.js';
import { createProgressReporter, type ProgressSnapshot } from '../../ingest/progress.js';
import { recodeStore } from '../../ingest/recode.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';

const USAGE = `usage: parley recode [--db FILE] [--doc ID]... [--window-days N] [--quiet]
       [--actors FILE]... [--dictionaries PATH... [--with-builtins]]

Codes the stored documents again with the current dictionaries and replaces their events, quotes and
mentions (one transaction per document), reporting events added and removed. --window-days changes the
story window (days between reports of one event) and rebuilds every story.`;

export interface RecodeCommandDeps {
  readonly createCoder?: CoderFactory;
}

/** `parley recode`: 0 when every document was recoded, 1 when some failed or the database cannot be opened, 2 on bad usage. */
export async function runRecode(argv: string[], io: CliIo, deps: RecodeCommandDeps = {}): Promise<number> {
  const { rest, values: dictionaries } = takeListFlag(argv, '--dictionaries');
  let values;
  try {
    values = parseArgs({
      args: rest,
      options: {
        'db': { type: 'string' },
        'doc': { type: 'string', multiple: true },
        'window-days': { type: 'string' },
        'quiet': { type: 'boolean', short: 'q' },
        'actors': { type: 'string', multiple: true },
        'with-builtins': { type: 'boolean' },
        'help': { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    io.stderr.write(`parley recode: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  let windowDays: number | undefined;
  if (values['window-days'] !== undefined) {
    windowDays = Number(values['window-days']);
    if (!/^\d+$/u.test(values['window-days']) || windowDays > 365) {
      io.stderr.write('parley recode: --window-days must be a whole number of days from 0 to 365\n');
      return 2;
    }
  }
  let store: Store;
  try {
    store = openStore(values.db, windowDays === undefined ? {} : { clusterWindowDays: windowDays });
  } catch (error) {
    io.stderr.write(`parley recode: ${(error as Error).message}\n`);
    return 1;
  }
  try {
    const coder = await (deps.createCoder ?? pipelineCoder(coderOptionsFrom(
      { dictionaries, actors: values.actors ?? [], withBuiltins: values['with-builtins'] === true }, io.stderr)))();
    const reporter = values.quiet ? null : createProgressReporter(io.stderr, io.isTTY, { label: 'parley recode' });
    let failures = 0;
    const summary = await recodeStore({
      store,
      coder,
      ...(values.doc ? { docIds: values.doc } : {}),
      ...(reporter ? { onProgress: (p: ProgressSnapshot) => reporter.update(p) } : {}),
      onFailure: (id, message) => {
        failures += 1;
        if (failures <= 20) io.stderr.write(`parley recode: ${id}: ${message}\n`);
      },
    });
    reporter?.done();
    io.stdout.write(
      `recoded ${summary.documents} documents with dictionaries ${coder.dictionaryVersion}: ${summary.events} events ` +
        `(+${summary.addedEvents} added, -${summary.removedEvents} removed, ${summary.changed} documents changed)` +
        (summary.failed > 0 ? `, ${summary.failed} failed` : '') + `; ${store.stats().clusters} stories (run ${summary.runId})\n`,
    );
    return summary.failed > 0 ? 1 : 0;
  } catch (error) {
    io.stderr.write(`parley recode: ${(error as Error).message}\n`);
    return error instanceof CliError ? exitCodeOf(error) : 1;
  } finally {
    store.close();
  }
}
