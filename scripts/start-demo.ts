/**
 * `npm start`: the newcomer's demo. Builds the web UI if it is missing or stale, codes the example
 * corpus into `parley-demo.sqlite` the first time (later runs reuse it), serves the UI and API, and
 * prints the address. Flags: --db PATH, --port N, --host H, --fresh (rebuild the database).
 */
import { createExplainer } from '../src/explain/explain.js';
import { readFileSync, rmSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp, startServer } from '../src/api/index.js';
import { createCoder } from '../src/pipeline/index.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { REPO_ROOT, WEB_DIST, ensureWebBuild, ingestMissing, readCorpus } from './demo-setup.js';

const started = performance.now();
const elapsed = (): string => `${((performance.now() - started) / 1000).toFixed(1)} s`;
const say = (line: string): void => { process.stdout.write(`${line}\n`); };
/** A path as the user would type it from here: relative when inside the current folder. */
const shown = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
};

async function main(argv: readonly string[]): Promise<number> {
  let flags;
  try {
    flags = parseArgs({
      args: [...argv],
      options: {
        db: { type: 'string', default: process.env['PARLEY_DEMO_DB'] ?? 'parley-demo.sqlite' },
        port: { type: 'string', default: process.env['PORT'] ?? '8787' },
        host: { type: 'string', default: '127.0.0.1' },
        fresh: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    process.stderr.write(`npm start: ${(error as Error).message}\nUsage: npm start -- [--db FILE] [--port N] [--host H] [--fresh]\n`);
    return 2;
  }
  if (flags.help) {
    say('Usage: npm start -- [--db FILE] [--port N] [--host H] [--fresh]');
    return 0;
  }
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`npm start: --port must be a number from 0 to 65535, got "${flags.port}"\n`);
    return 2;
  }
  const dbPath = isAbsolute(flags.db) ? flags.db : join(REPO_ROOT, flags.db);

  say('Parley demo');
  if (await ensureWebBuild()) say(`  built the web UI into ${shown(WEB_DIST)} (${elapsed()})`);
  else say('  web UI is up to date');

  if (flags.fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  let store;
  try {
    store = openSqliteStore(dbPath);
  } catch (error) {
    process.stderr.write(`npm start: ${(error as Error).message}\n  (start over with \`npm start -- --fresh\`, or pick another file with --db)\n`);
    return 1;
  }
  const { docs, problems } = readCorpus();
  for (const p of problems) process.stderr.write(`  skipped ${p.origin}: ${p.message}\n`);
  // One coder (dictionaries compiled once) serves the ingest and POST /api/code.
  const coder = await createCoder();
  const summary = ingestMissing(store, coder, docs);
  for (const f of summary.failed) process.stderr.write(`  could not code ${f.origin}: ${f.message}\n`);
  const stats = store.stats();
  if (summary.coded > 0) {
    const why = summary.recoded > 0 ? ` (${summary.recoded} recoded: the dictionaries changed)` : '';
    say(`  coded ${summary.coded} example articles into ${shown(dbPath)}${why} (${elapsed()})`);
  }
  say(`  database ${shown(dbPath)}: ${stats.documents} documents, ${stats.events} events, ${stats.quotes} quotes`);

  const app = createApp({ store, coder, explainer: async () => createExplainer(), webRoot: WEB_DIST, version: packageVersion() });
  let server;
  try {
    server = await startServer(app, { port, host: flags.host });
  } catch (error) {
    const code = (error as { code?: string }).code;
    process.stderr.write(code === 'EADDRINUSE'
      ? `npm start: port ${port} is in use; try \`npm start -- --port ${port + 1}\`\n`
      : `npm start: cannot listen on ${flags.host}:${port}: ${(error as Error).message}\n`);
    store.close();
    return 1;
  }
  say(`\n  Parley is running at ${server.url}  (ready in ${elapsed()}; Ctrl+C to stop)\n`);
  const stop = (): void => {
    void server.close().then(() => { store.close(); process.exit(0); });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

process.exitCode = await main(process.argv.slice(2));
