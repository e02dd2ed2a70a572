import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../main.js';
import { runCli } from '../../../test/helpers/cli.js';

// `parley ingest --workers 2` codes on worker threads and writes from the main thread; what it
// stores must be what `--workers 1` stores, document for document and event for event.
const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-workers-'));
const corpus = new URL('../../../examples/corpus', import.meta.url).pathname;

test('ingest with 2 worker threads stores exactly what one thread stores', { timeout: 300_000 }, async () => {
  try {
    const exports: string[] = [];
    for (const workers of ['1', '2']) {
      const db = join(dir, `w${workers}.sqlite`);
      const ingested = await runCli((a, io) => main(a, io), ['ingest', corpus, '--db', db, '--workers', workers, '--quiet']);
      assert.equal(ingested.code, 0, ingested.err);
      const exported = await runCli((a, io) => main(a, io), ['export', '--format', 'jsonl', '--db', db]);
      assert.equal(exported.code, 0, exported.err);
      // The time a document was added differs between runs; everything else must not.
      exports.push(exported.out.split('\n').filter(Boolean).map((l) => { const { doc_added_at: _, ...rest } = JSON.parse(l) as Record<string, unknown>; return JSON.stringify(rest); }).join('\n'));
    }
    assert.ok(exports[0]!.split('\n').length > 50, 'the demo corpus yields events');
    assert.equal(exports[1], exports[0]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
