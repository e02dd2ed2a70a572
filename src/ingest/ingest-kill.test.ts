import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const dir = mkdtempSync(join(tmpdir(), 'parley-kill-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const child = fileURLToPath(new URL('./_test-ingest-child.ts', import.meta.url));
const mainScript = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
const demoCorpus = fileURLToPath(new URL('../../examples/corpus/demo-articles.jsonl', import.meta.url));

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

describe('parley ingest (real CLI and coder) under SIGKILL', () => {
  it('resumes after being killed at an arbitrary commit and ends with the same corpus as an uninterrupted run', async () => {
    // 10 copies of the demo corpus under distinct ids: long enough that the kill lands mid-run.
    const lines = readFileSync(demoCorpus, 'utf8').split('\n').filter((l) => l.trim() !== '');
    const copies: string[] = [];
    for (let k = 0; k < 10; k++) {
      for (const line of lines) {
        const doc = JSON.parse(line) as { id: string; text: string };
        copies.push(JSON.stringify({ ...doc, id: `${doc.id}~${k}`, text: `${doc.text}\n(Copy ${k}.)` }));
      }
    }
    const input = join(dir, 'real.jsonl');
    writeFileSync(input, copies.join('\n') + '\n');
    const killedDb = join(dir, 'real-killed.sqlite');
    const cleanDb = join(dir, 'real-clean.sqlite');
    const cli = (db: string): ReturnType<typeof spawn> =>
      spawn(process.execPath, ['--import', 'tsx', mainScript, 'ingest', input, '--db', db, '--batch-size', '5', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });

    // Kill as soon as the first batch is on disk.
    const proc = cli(killedDb);
    let stderr = '';
    proc.stderr?.on('data', (d: Buffer) => { stderr += d.toString(); });
    const closed = new Promise<NodeJS.Signals | null>((resolve) => proc.on('close', (_code, signal) => resolve(signal)));
    let killed = false;
    while (!killed) {
      await new Promise((r) => setTimeout(r, 20));
      try {
        const db = new Database(killedDb, { readonly: true, fileMustExist: true });
        const n = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
        db.close();
        if (n > 0) {
          proc.kill('SIGKILL');
          killed = true;
        }
      } catch {
        // Not created or not migrated yet.
      }
      if (proc.exitCode !== null) break;
    }
    assert.equal(await closed, 'SIGKILL', `the run ended before it could be killed: ${stderr}`);
    const midway = dbCounts(killedDb);
    assert.ok(midway.docs > 0 && midway.docs < copies.length, `killed mid-run (${midway.docs} of ${copies.length} stored)`);

    const finish = (db: string): Promise<number | null> => new Promise((resolve) => {
      const p = cli(db);
      p.on('close', (code) => resolve(code));
    });
    assert.equal(await finish(killedDb), 0);
    assert.equal(await finish(cleanDb), 0);
    const resumed = dbCounts(killedDb);
    const clean = dbCounts(cleanDb);
    assert.equal(resumed.docs, copies.length);
    assert.deepEqual([resumed.docs, resumed.events, resumed.distinctEvents], [clean.docs, clean.events, clean.distinctEvents]);
    assert.deepEqual(new Map([...resumed.perDoc].sort()), new Map([...clean.perDoc].sort()), 'every document has the same events');
    const storyCount = (path: string): number => {
      const db = new Database(path, { readonly: true });
      const n = (db.prepare('SELECT count(*) AS n FROM clusters').get() as { n: number }).n;
      db.close();
      return n;
    };
    assert.equal(storyCount(killedDb), storyCount(cleanDb), 'and the same stories');
  });
});
