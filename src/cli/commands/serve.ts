import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CliIo } from '../io.js';
import { createApp } from '../../api/app.js';
import { startServer } from '../../api/serve.js';
import { packageRoot } from '../../dictionaries/data-path.js';
import { loadDefaultCoder, type CoderFactory } from '../../ingest/default-coder.js';
import { openStore } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';

const USAGE = `usage: parley serve [--db FILE] [--port N] [--host ADDR] [--token TOKEN] [--web DIR]

Serves the corpus API under /api (OpenAPI document at /api/openapi.json) and the web UI from web/dist.
Listens on 127.0.0.1:8787 unless told otherwise. With --token (or PARLEY_TOKEN in the environment),
every /api route except /api/health needs "Authorization: Bearer TOKEN".`;

export interface ServeCommandDeps {
  readonly createCoder?: CoderFactory;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Stops the server (tests); otherwise SIGINT or SIGTERM does. */
  readonly signal?: AbortSignal;
}

function packageVersion(): string {
  try {
    const json = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version?: unknown };
    return typeof json.version === 'string' ? json.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

/** `parley serve`: runs until interrupted, then returns 0; 1 when it cannot open the database or listen, 2 on bad usage. */
export async function runServe(argv: string[], io: CliIo, deps: ServeCommandDeps = {}): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        token: { type: 'string' },
        web: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    io.stderr.write(`parley serve: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  const port = values.port === undefined ? 8787 : Number(values.port);
  if (!/^\d+$/u.test(values.port ?? '8787') || port > 65535) {
    io.stderr.write(`parley serve: --port must be a number from 0 to 65535, got ${JSON.stringify(values.port)}\n`);
    return 2;
  }
  const env = deps.env ?? process.env;
  const token = values.token ?? env['PARLEY_TOKEN'] ?? null;
  if (token !== null && token.length < 8) {
    io.stderr.write('parley serve: the token must be at least 8 characters\n');
    return 2;
  }
  const webRoot = values.web !== undefined ? resolve(values.web) : join(packageRoot(), 'web', 'dist');
  if (values.web !== undefined && !existsSync(join(webRoot, 'index.html'))) {
    io.stderr.write(`parley serve: ${webRoot} has no index.html\n`);
    return 2;
  }

  let store: Store;
  try {
    store = openStore(values.db);
  } catch (error) {
    io.stderr.write(`parley serve: ${(error as Error).message}\n`);
    return 1;
  }
  const host = values.host ?? '127.0.0.1';
  // Start compiling the dictionaries now, so the first paste-and-code does not wait for it.
  const coder = (deps.createCoder ?? loadDefaultCoder)();
  coder.catch((error: unknown) => io.stderr.write(`parley serve: cannot load the coder; POST /api/code will fail: ${(error as Error).message}\n`));
  let server;
  try {
    const app = createApp({
      store,
      coder: () => coder,
      explainer: async () => (await import('../../explain/explain.js')).createExplainer(),
      token,
      webRoot: existsSync(join(webRoot, 'index.html')) ? webRoot : null,
      version: packageVersion(),
      log: (message) => io.stderr.write(message + '\n'),
    });
    server = await startServer(app, { port, host });
  } catch (error) {
    store.close();
    const code = (error as { code?: string }).code;
    io.stderr.write(code === 'EADDRINUSE'
      ? `parley serve: port ${port} is in use; try --port ${port + 1}\n`
      : `parley serve: cannot listen on ${host}:${port}: ${(error as Error).message}\n`);
    return 1;
  }
  const stats = store.stats();
  io.stdout.write(`parley serve: ${server.url} (${store.location}: ${stats.documents} documents, ${stats.events} events` +
    `${token ? ', token required' : ''}${existsSync(join(webRoot, 'index.html')) ? '' : ', web UI not built'})\n`);
  await new Promise<void>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (deps.signal?.aborted) stop();
    deps.signal?.addEventListener('abort', stop, { once: true });
  });
  await server.close();
  store.close();
  return 0;
}
