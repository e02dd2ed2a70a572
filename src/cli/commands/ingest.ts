import { parseArgs } from 'node:util';
import type { CliIo } from '../io.js';
import { ingest, type SkipReason } from '../../ingest/ingest.js';
import { createProgressReporter, type ProgressSnapshot } from '../../ingest/progress.js';
import { pipelineCoder, type CoderFactory } from '../../ingest/default-coder.js';
import { coderOptionsFrom, takeListFlag } from '../dictionary-options.js';
import { CliError, exitCodeOf } from '../errors.js';
import { isoDay } from '../../io/read-documents.js';
import { openStore } from '../../store/open-store.js';
import type { CodingPool } from '../../parallel/index.js';
import { openPool, workerCount } from '../coding-pool-options.js';
import type { Store } from '../../store/store.js';

const USAGE = `usage: parley ingest PATH...|- [--db FILE] [--date YYYY-MM-DD] [--batch-size N] [--quiet]
       [--workers N|auto] [--actors FILE]... [--dictionaries PATH... [--with-builtins]]

Reads .txt (dated with --date), .html, .jsonl, .jsonl.gz and RSS/Atom (.xml, .rss, .atom) files,
walking folders recursively (- reads JSON Lines from stdin); codes each document and stores it in the corpus (default parley.sqlite).
Documents already stored with the same id and content are skipped, so an interrupted ingest can
simply be run again (after changing dictionaries, use parley recode).`;

/** Test seams; `parley` itself passes none. */
export interface IngestCommandDeps {
  readonly createCoder?: CoderFactory;
}

/** Shown one per line; beyond this many the rest are only counted. */
const MAX_PROBLEM_LINES = 20;

/** `parley ingest`: returns 0 when the run finished (problems with single documents are reported, not fatal), 1 on failure, 2 on bad usage. */
export async function runIngest(argv: string[], io: CliIo, deps: IngestCommandDeps = {}): Promise<number> {
  const { rest, values: dictionaries } = takeListFlag(argv, '--dictionaries');
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        'db': { type: 'string' },
        'date': { type: 'string' },
        'batch-size': { type: 'string' },
        'workers': { type: 'string', default: '1' },
        'quiet': { type: 'boolean', short: 'q' },
        'actors': { type: 'string', multiple: true },
        'with-builtins': { type: 'boolean' },
        'help': { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr.write(`parley ingest: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const values = parsed.values;
  const positionals = parsed.positionals;
  if (values.help) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  if (positionals.length === 0) {
    io.stderr.write(`parley ingest: no input paths given\n${USAGE}\n`);
    return 2;
  }
  const date = values.date === undefined ? undefined : isoDay(values.date);
  if (date === null || (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/u.test(values.date))) {
    io.stderr.write(`parley ingest: --date must be a calendar date YYYY-MM-DD, got ${JSON.stringify(values.date)}\n`);
    return 2;
  }
  const batchSize = values['batch-size'] === undefined ? 50 : Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 100_000) {
    io.stderr.write(`parley ingest: --batch-size must be a whole number from 1 to 100000\n`);
    return 2;
  }

  let store: Store;
  try {
    store = openStore(values.db);
  } catch (error) {
    io.stderr.write(`parley ingest: ${(error as Error).message}\n`);
    return 1;
  }
  let pool: CodingPool | undefined;
  try {
    const flags = { dictionaries, actors: values.actors ?? [], withBuiltins: values['with-builtins'] === true };
    const workers = workerCount(values.workers);
    // More than one worker: documents are coded on threads, and written here, by the one writer.
    if (workers !== 1 && !deps.createCoder) pool = await openPool(workers, flags, io, { record: true });
    const coder = pool ? undefined : await (deps.createCoder ?? pipelineCoder(coderOptionsFrom(flags, io.stderr)))();
    const reporter = values.quiet ? null : createProgressReporter(io.stderr, io.isTTY, { label: 'parley ingest' });
    let problemLines = 0;
    const summary = await ingest({
      store,
      ...(pool ? { pool } : coder ? { coder } : {}),
      paths: positionals,
      read: { stdin: io.stdin, ...(date === undefined ? {} : { date }) },
      batchSize,
      ...(reporter ? { onProgress: (p: ProgressSnapshot) => reporter.update(p) } : {}),
      onSkip: (_input, reason, message) => {
        if (reason === 'already-stored' || values.quiet) return;
        problemLines += 1;
        if (problemLines <= MAX_PROBLEM_LINES) io.stderr.write(`parley ingest: skipped ${message} [${reason}]\n`);
      },
    });
    reporter?.done();
    if (problemLines > MAX_PROBLEM_LINES) {
      io.stderr.write(`parley ingest: ... and ${problemLines - MAX_PROBLEM_LINES} more problems (counted below)\n`);
    }
    const reasons = Object.entries(summary.skipped) as [SkipReason, number][];
    io.stdout.write(
      `ingested ${summary.documents} new documents` +
        (summary.replaced > 0 ? ` (${summary.replaced} replaced)` : '') +
        ` from ${summary.files} files: ${summary.sentences} sentences, ${summary.events} events, ${summary.quotes} quotes\n` +
        `skipped ${summary.skippedTotal}` +
        (reasons.length > 0 ? ': ' + reasons.map(([r, n]) => `${r} ${n}`).join(', ') : '') + '\n' +
        `corpus ${store.location}: ${store.stats().documents} documents, ${store.stats().events} events, ` +
        `${store.stats().clusters} stories (run ${summary.runId})\n`,
    );
    return 0;
  } catch (error) {
    io.stderr.write(`parley ingest: ${(error as Error).message}\n`);
    return error instanceof CliError ? exitCodeOf(error) : 1;
  } finally {
    await pool?.close();
    store.close();
  }
}
