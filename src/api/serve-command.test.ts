import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runServe } from '../cli/commands/serve.js';
import type { CliIo } from '../cli/io.js';
import { fixtureCoder } from '../store/_test-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-serve-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function io(): { io: CliIo; out: () => string; err: () => string; firstLine: Promise<string> } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  const firstLine = new Promise<string>((resolve) => {
    stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out);
    });
  });
  stderr.on('data', (d: Buffer) => { err += d.toString(); });
  return { io: { stdout, stderr, stdin: new PassThrough(), isTTY: false }, out: () => out, err: () => err, firstLine };
}

describe('parley serve', () => {
  it('serves the API and UI on a free port until stopped, with the token from the environment', async () => {
    const web = join(dir, 'dist');
    mkdirSync(web);
    writeFileSync(join(web, 'index.html'), '<title>ui</title>');
    const { io: cli, firstLine } = io();
    const stop = new AbortController();
    const running = runServe(['--db', join(dir, 's.sqlite'), '--port', '0', '--web', web], cli, {
      createCoder: async () => fixtureCoder(), env: { PARLEY_TOKEN: 'token-from-env' }, signal: stop.signal,
    });
    const line = await firstLine;
    const url = /(http:\/\/127\.0\.0\.1:\d+\/)/u.exec(line)?.[1];
    assert.ok(url, line);
    assert.match(line, /0 documents, 0 events, token required/u);
    const auth = { authorization: 'Bearer token-from-env' };
    assert.equal((await fetch(url + 'api/events')).status, 401);
    assert.equal((await fetch(url + 'api/events', { headers: auth })).status, 200);
    const coded = await fetch(url + 'api/code', {
      method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ text: '[CHN 040 USA] x', save: true }),
    });
    assert.equal(coded.status, 200);
    assert.match(await (await fetch(url + 'documents')).text(), /<title>ui<\/title>/u);
    stop.abort();
    assert.equal(await running, 0);
    await assert.rejects(fetch(url + 'api/health'), 'the server is closed');
  });

  it('rejects bad usage', async () => {
    const table: [string[], Record<string, string>, number, RegExp][] = [
      [['--port', 'eighty'], {}, 2, /--port must be a number/u],
      [['--port', '70000'], {}, 2, /--port must be a number/u],
      [['--token', 'short'], {}, 2, /at least 8 characters/u],
      [['--web', join(dir, 'nothing')], {}, 2, /has no index\.html/u],
      [['--bogus'], {}, 2, /Unknown option/u],
      [['--db', join(dir, 'no', 'dir', 'x.sqlite'), '--port', '0'], {}, 1, /cannot open database/u],
    ];
    for (const [args, env, code, message] of table) {
      const cli = io();
      assert.equal(await runServe(args, cli.io, { env }), code, args.join(' '));
      assert.match(cli.err(), message, args.join(' '));
    }
  });
});
