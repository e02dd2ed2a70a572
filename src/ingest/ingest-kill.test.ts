import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const dir = mkdtempSync(join(tmpdir(), 'parley-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const child = fileURLToPath(new URL('./_test-ingest-child.ts', import.meta.url));

const ROOTS = ['040', '042', '190', '112', '173'];
const COUNTRIES = ['CHN', 'USA', 'RUS', 'UKR', 'IRN', 'FRA'];

/** 90 JSON-line documents and 30 text files; document i has (i % 3) + 1 events. */
function writeCorpus(): { inputs: string[]; expected: Map<string, number> } {
  const expected = new Map<string, number>();
  const lines: string[] = [];
  const makeText = (i: number): string => Array.from({ length: (i % 3) + 1 }, (_, k) =>
    `[${COUNTRIES[(i + k) % 6]} ${ROOTS[(i * 7 + k) % 5]} ${COUNTRIES[(i + k + 1) % 6]} 2024-01-${String((i % 28) + 1).padStart(2, '0')}] Story ${i} line ${k}.`,
  ).join('\n');
  for (let i = 0; i < 90; i++) {
    lines.push(JSON.stringify({ id: `doc-${i}`, text: makeText(i), url: `https://site${i % 4}.example/${i}` }));
    expected.set(`doc-${i}`, (i % 3) + 1);
  }
  writeFileSync(join(dir, 'wire.jsonl'), lines.join('\n') + '\n');
  mkdirSync(join(dir, 'texts'));
  for (let i = 90; i < 120; i++) {
    const text = makeText(i);
    writeFileSync(join(dir, 'texts', `story-${i}.txt`), text);
    expected.set(`text-${i}`, (i % 3) + 1);
  }
  return { inputs: [join(dir, 'wire.jsonl'), join(dir, 'texts')], expected };
}

interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs the child; with `blockAfter`, waits for it to stall at that document and SIGKILLs it. */
function runChild(args: string[], blockAfter?: number): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env };
    if (blockAfter !== undefined) env['PARLEY_TEST_BLOCK_AFTER'] = String(blockAfter);
    else delete env['PARLEY_TEST_BLOCK_AFTER'];
    const proc = spawn(process.execPath, ['--import', 'tsx', child, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    proc.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (blockAfter !== undefined && stderr.includes('BLOCKED')) proc.kill('SIGKILL');
    });
    proc.on('error', reject);
    proc.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

function dbCounts(path: string): { docs: number; events: number; distinctEvents: number; perDoc: Map<string, number> } {
  const db = new Database(path, { readonly: true });
  const docs = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  const events = (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n;
  const distinctEvents = (db.prepare('SELECT count(DISTINCT doc_id || sentence || cameo || source_code) AS n FROM events').get() as { n: number }).n;
  const rows = db.prepare(`SELECT d.id, d.origin, count(e.seq) AS n FROM documents d LEFT JOIN events e ON e.doc_seq = d.seq
    GROUP BY d.seq`).all() as { id: string; origin: string; n: number }[];
  db.close();
  // Text files get content-hash ids; name them by file so they can be checked against the corpus.
  const perDoc = new Map(rows.map((r) => {
    const m = /story-(\d+)\.txt$/u.exec(r.origin);
    return [m ? `text-${m[1]}` : r.id, r.n];
  }));
  return { docs, events, distinctEvents, perDoc };
}

describe('ingest under SIGKILL', () => {
  it('loses and duplicates nothing when killed mid-run and restarted', async () => {
    const { inputs, expected } = writeCorpus();
    const db = join(dir, 'corpus.sqlite');
    const args = [...inputs, '--db', db, '--batch-size', '7'];
    const totalEvents = [...expected.values()].reduce((a, b) => a + b, 0);

    const killed = await runChild(args, 40);
    assert.equal(killed.signal, 'SIGKILL', killed.stderr);
    const midway = dbCounts(db);
    assert.equal(midway.docs, 35, 'five whole batches of 7 were committed; the sixth was rolled back');
    assert.ok(midway.events > 0 && midway.events < totalEvents);
    for (const [id, n] of midway.perDoc) assert.equal(n, expected.get(id), `${id} is stored whole or not at all`);

    const resumed = await runChild(args);
    assert.equal(resumed.code, 0, resumed.stderr);
    assert.match(resumed.stdout, /ingested 85 new documents/u);
    assert.match(resumed.stdout, /already-stored 35/u);
    const done = dbCounts(db);
    assert.equal(done.docs, expected.size);
    assert.equal(done.events, totalEvents);
    assert.equal(done.distinctEvents, totalEvents, 'no event stored twice');
    assert.deepEqual(new Map([...done.perDoc].sort()), new Map([...expected].sort()));

    const again = await runChild(args);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /ingested 0 new documents/u);
    assert.match(again.stdout, new RegExp(`already-stored ${expected.size}`, 'u'));
    const unchanged = dbCounts(db);
    assert.deepEqual([unchanged.docs, unchanged.events], [expected.size, totalEvents]);
  });
});
