import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../test/helpers/cli.js';
import { runIngest } from '../cli/commands/ingest.js';
import type { Coder } from '../domain/coded-document.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { fixtureCoder } from '../store/_test-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-ingest-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(path: string, content: string | Buffer): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), content);
}

write('in/a.txt', '[CHN 040 USA] Wang met Blinken.');
write('in/sub/page.html', '<html><head><title>T</title></head><body><article><p>[RUS 190 UKR 2024-02-01] Shelling.</p></article></body></html>');
write('in/sub/feed.rss', `<?xml version="1.0"?><rss version="2.0"><channel><title>W</title><item><guid>rss-1</guid>
  <pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>[IRN 173 -] Arrests.</description></item></channel></rss>`);
write('in/lines.jsonl', [
  '{"id":"j1","text":"[USA 042 CHN 2024-03-01] Trip.\\n[Q USAGOV] \\"Good talks\\" said an aide.","url":"https://x.example/j1"}',
  '{"id":"j2","text":"Nothing to code here."}',
  '{"id": broken',
  '{"id":"boom","text":"[FRA 040 DEU] This one makes the coder throw."}',
].join('\n'));
write('in/empty.txt', '');
write('in/blob.txt', Buffer.from([1, 2, 0, 3]));
write('in/notes.md', 'ignored: not a document format');

interface Run { code: number; out: string; err: string }

function ingest(args: string[], coder: Coder = fixtureCoder(), isTTY = false, input = ''): Promise<Run> {
  return runCli((argv, io) => runIngest(argv, io, { createCoder: async () => coder }), args, input, undefined, isTTY);
}

/** The fixture coder, except that it throws on one document (a coder bug must not stop the batch). */
const flaky: Coder = {
  dictionaryVersion: 'fixture-1',
  code(doc) {
    if (doc.id === 'boom') throw new Error('simulated coder failure');
    return fixtureCoder().code(doc);
  },
};

describe('parley ingest', () => {
  const db = join(dir, 'corpus.sqlite');

  it('stores every readable document and reports the rest by name and reason', async () => {
    const run = await ingest([join(dir, 'in'), '--db', db, '--date', '2024-03-01'], flaky);
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /ingested 5 new documents from 6 files: 6 sentences, 4 events, 1 quotes/u);
    assert.match(run.out, /skipped 4: (?=.*malformed-json 1)(?=.*coding-failed 1)(?=.*empty 1)(?=.*binary 1)/u);
    const problems: RegExp[] = [/lines\.jsonl:3: malformed JSON line.*\[malformed-json\]/u, /lines\.jsonl:4: coding failed: simulated coder failure/u,
      /empty\.txt: is empty \[empty\]/u, /blob\.txt: looks binary/u];
    for (const p of problems) assert.match(run.err, p);
    assert.doesNotMatch(run.err, /notes\.md/u, 'unknown files inside folders are passed over');
    const store = openSqliteStore(db);
    const stats = store.stats();
    assert.deepEqual([stats.documents, stats.events, stats.quotes, stats.runs], [5, 4, 1, 1]);
    const txt = store.listDocuments({ q: 'Wang' }, { limit: 5, offset: 0 }).items[0];
    assert.deepEqual([txt?.date, txt?.origin?.endsWith('a.txt')], ['2024-03-01', true], '--date dates plain text');
    assert.equal(store.getDocument('rss-1')?.date, '2024-03-05', 'a feed item keeps its own date');
    const runs = store.listRuns({ limit: 1, offset: 0 }).items[0];
    assert.deepEqual([runs?.command, runs?.documents, runs?.events, runs?.skipped, runs?.dictionaryVersion], ['ingest', 5, 4, 4, 'fixture-1']);
    store.close();
  });

  it('skips what is stored on a second run and replaces changed documents', async () => {
    const again = await ingest([join(dir, 'in'), '--db', db, '--date', '2024-03-01'], flaky);
    assert.equal(again.code, 0);
    assert.match(again.out, /ingested 0 new documents/u);
    assert.match(again.out, /already-stored 5/u);
    write('changed.jsonl', '{"id":"j2","text":"[GBR 040 IRL 2024-03-02] Now there is something."}\n{"id":"j2","text":"twice in one batch"}');
    const changed = await ingest([join(dir, 'changed.jsonl'), '--db', db]);
    assert.match(changed.out, /ingested 0 new documents \(1 replaced\)/u);
    assert.match(changed.out, /duplicate-in-input 1/u);
    const store = openSqliteStore(db);
    assert.equal(store.getEvent('j2:0:0')?.cameo, '040');
    assert.equal(store.stats().documents, 5);
    store.close();
  });

  it('reads JSON Lines from stdin with -', async () => {
    const db2 = join(dir, 'stdin.sqlite');
    const run = await ingest(['-', '--db', db2], fixtureCoder(), false,
      '{"id":"s1","text":"[CHN 040 USA 2024-01-01] a"}\n{"id":"s2","text":"[RUS 190 UKR 2024-01-01] b"}\nnot json\n');
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /ingested 2 new documents from 1 files: 2 sentences, 2 events/u);
    assert.match(run.err, /stdin:3: malformed JSON line/u);
  });

  it('draws a progress bar on a terminal and ends with a clean line', async () => {
    const run = await ingest([join(dir, 'in', 'a.txt'), '--db', join(dir, 'tty.sqlite')], fixtureCoder(), true);
    assert.equal(run.code, 0);
    assert.doesNotMatch(run.err, /parley ingest: \d+%/u, 'no plain lines on a terminal');
  });

  it('rejects bad usage and reports fatal problems', async () => {
    const table: [string[], number, RegExp][] = [
      [[], 2, /no input paths given/u],
      [[join(dir, 'in'), '--date', '2024-02-30'], 2, /--date must be a calendar date/u],
      [[join(dir, 'in'), '--date', 'March'], 2, /--date must be a calendar date/u],
      [[join(dir, 'in'), '--batch-size', '0'], 2, /--batch-size/u],
      [[join(dir, 'in'), '--frobnicate'], 2, /Unknown option/u],
      [[join(dir, 'in'), '--db', join(dir, 'no', 'such', 'dir', 'x.sqlite')], 1, /cannot open database/u],
    ];
    for (const [args, code, message] of table) {
      const run = await ingest(args);
      assert.equal(run.code, code, args.join(' '));
      assert.match(run.err, message, args.join(' '));
    }
    const missing = await ingest([join(dir, 'nope.txt'), '--db', join(dir, 'm.sqlite')]);
    assert.equal(missing.code, 0);
    assert.match(missing.err, /nope\.txt: no such file or folder \[not-found\]/u);
  });
});
