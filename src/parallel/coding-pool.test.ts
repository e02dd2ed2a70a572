import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { SourceDocument } from '../domain/document.js';
import { runCode } from '../cli/commands/code.js';
import { generateArticles, writeCorpus } from '../../bench/generate-corpus.js';
import { createCodingPool, PoolStartError, type CodingPool, type PoolResult } from './index.js';
import { EXIT_MARK, THROW_MARK } from './_test-coder.js';

const TEST_CODER = new URL('./_test-coder.ts', import.meta.url).href;

function memoryIo(): { io: Parameters<typeof runCode>[1]; out: () => string; err: () => string } {
  const chunks = { out: [] as string[], err: [] as string[] };
  const sink = (into: string[]) => new Writable({ write(chunk: Buffer | string, _e, done) { into.push(String(chunk)); done(); } });
  return {
    io: { stdout: sink(chunks.out), stderr: sink(chunks.err), stdin: Readable.from([]), isTTY: false },
    out: () => chunks.out.join(''),
    err: () => chunks.err.join(''),
  };
}

/** Equal texts, or a failure showing the first line that differs (not megabytes of both). */
function assertSameLines(actual: string, expected: string): void {
  if (actual === expected) return;
  const a = actual.split('\n');
  const e = expected.split('\n');
  const at = a.findIndex((line, i) => line !== e[i]);
  const i = at < 0 ? a.length : at;
  assert.fail(`outputs differ at line ${i + 1} of ${e.length}:\n  expected ${e[i]?.slice(0, 400)}\n  actual   ${a[i]?.slice(0, 400)}`);
}

const docs = (n: number, seed: number): SourceDocument[] =>
  [...generateArticles({ articles: n, seed })].map((a) => ({ id: a.id, text: a.text, date: a.date, title: a.title }));

async function collect<T>(gen: AsyncGenerator<PoolResult<T>>): Promise<PoolResult<T>[]> {
  const out: PoolResult<T>[] = [];
  for await (const r of gen) out.push(r);
  return out;
}

// What a result looks like once the large record is set aside: status plus the event codes.
const summary = (r: PoolResult<SourceDocument>): string =>
  r.status === 'coded' ? `${r.item.id} coded ${r.coded.events.map((e) => `${e.source.code}>${e.target?.code ?? '-'}:${e.cameo}`).join(',')}`
    : r.status === 'failed' ? `${r.item.id} failed` : `${r.item.id} passed`;

// A bug in the pool shows as a hang (a result never handed back); the limit turns that into a
// failure instead of a stalled test run. It is not a speed assertion: every suite needs seconds.
const HANG_GUARD = { timeout: 300_000 };

describe('parley code --workers', HANG_GUARD, () => {
  let dir: string;
  let corpus: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-pool-'));
    corpus = join(dir, 'corpus.jsonl');
    await writeCorpus(corpus, { articles: 300, seed: 7 });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const runs: { args: string[] }[] = [
    { args: [] },
    { args: ['--quotes', '--entities'] },
    { args: ['--quotes'] },
    { args: ['--format', 'tsv'] },
  ];
  for (const { args } of runs) {
    test(`--workers 2 writes the same bytes as --workers 1 (${args.join(' ') || 'events'})`, async () => {
      const one = memoryIo();
      const two = memoryIo();
      assert.equal(await runCode([corpus, ...args, '--workers', '1'], one.io), 0, one.err());
      assert.equal(await runCode([corpus, ...args, '--workers', '2'], two.io), 0, two.err());
      // A corpus that yields nothing would make the comparison vacuous.
      assert.ok(one.out().split('\n').length > 300, `expected events from 300 articles, got:\n${one.out().slice(0, 500)}`);
      assertSameLines(two.out(), one.out());
      assertSameLines(two.err(), one.err());
    });
  }

  const badFlags: { args: string[]; exit: number; message: RegExp }[] = [
    { args: ['--workers', '0'], exit: 2, message: /--workers must be a whole number/ },
    { args: ['--workers', 'two'], exit: 2, message: /--workers must be a whole number/ },
    { args: ['--workers', '1.5'], exit: 2, message: /--workers must be a whole number/ },
  ];
  for (const { args, exit, message } of badFlags) {
    test(`refuses ${args.join(' ')}`, async () => {
      const m = memoryIo();
      const { main } = await import('../cli/main.js');
      assert.equal(await main(['code', corpus, ...args], m.io), exit);
      assert.match(m.err(), message);
      assert.equal(m.out(), '');
    });
  }

  test('a dictionary that cannot be read stops --workers 2 with the dictionary exit code', async () => {
    const m = memoryIo();
    const { main } = await import('../cli/main.js');
    assert.equal(await main(['code', corpus, '--workers', '2', '--dictionaries', join(dir, 'missing.txt')], m.io), 3);
    assert.match(m.err(), /missing\.txt: no such dictionary file or folder/);
  });
});

describe('createCodingPool', HANG_GUARD, () => {
  let pool: CodingPool;
  before(async () => {
    pool = await createCodingPool({ recipe: { factory: TEST_CODER }, workers: 2, maxInFlight: 6 });
  });
  after(() => pool.close());

  test('hands results back in input order, failing only the documents that throw or kill their worker', async () => {
    const input = docs(24, 3);
    const marked = input.map((d, i) => (i === 4 ? { ...d, text: `${d.text} ${THROW_MARK}` } : i === 11 ? { ...d, text: `${d.text} ${EXIT_MARK}` } : d));
    const inProcess = await createCodingPool({ recipe: { factory: TEST_CODER }, workers: 1 });
    const expected = (await collect(inProcess.codeAll(input, (d) => d))).map(summary);
    const got = await collect(pool.codeAll(marked, (d) => d));
    assert.deepEqual(got.map((r) => r.item.id), input.map((d) => d.id));
    assert.deepEqual(got.map((r) => r.status), input.map((_, i) => (i === 4 || i === 11 ? 'failed' : 'coded')));
    const failures = got.filter((r) => r.status === 'failed').map((r) => (r.status === 'failed' ? r.message : ''));
    assert.match(failures[0] ?? '', /refusing to code bench-3-0000005/);
    assert.match(failures[1] ?? '', /coding worker stopped: exit code 7/);
    // Every other document is coded exactly as in one thread, the killed worker's queue included.
    const ok = (list: string[]) => list.filter((_, i) => i !== 4 && i !== 11);
    assert.deepEqual(ok(got.map(summary)), ok(expected));
    assert.ok(expected.some((s) => /:0\d\d/.test(s)), 'the documents should yield some events');
  });

  test('with several documents a message, a document that kills its worker fails alone', async () => {
    // maxInFlight 16 over 2 workers sends batches of 4: the killer sits inside a batch, with
    // documents before it coded but not yet sent back, and after it not yet coded.
    const batched = await createCodingPool({ recipe: { factory: TEST_CODER }, workers: 2, maxInFlight: 16 });
    try {
      const input = docs(30, 29);
      const killer = 13;
      const marked = input.map((d, i) => (i === killer ? { ...d, text: `${d.text} ${EXIT_MARK}` } : d));
      const got = await collect(batched.codeAll(marked, (d) => d));
      assert.deepEqual(got.map((r) => r.item.id), input.map((d) => d.id));
      assert.deepEqual(got.map((r) => r.status), input.map((_, i) => (i === killer ? 'failed' : 'coded')));
    } finally {
      await batched.close();
    }
  });

  test('in one thread, documents go a batch at a time and one that throws fails alone', async () => {
    // 40 documents are two and a half batches; the failures sit in the first and the last.
    const input = docs(40, 31);
    const failing = new Set([2, 17, 39]);
    const marked = input.map((d, i) => (failing.has(i) ? { ...d, text: `${d.text} ${THROW_MARK}` } : d));
    const inProcess = await createCodingPool({ recipe: { factory: TEST_CODER }, workers: 1 });
    const got = await collect(inProcess.codeAll(marked, (d) => d));
    assert.deepEqual(got.map((r) => r.item.id), input.map((d) => d.id));
    assert.deepEqual(got.map((r) => r.status), input.map((_, i) => (failing.has(i) ? 'failed' : 'coded')));
    const threaded = (await collect(pool.codeAll(input, (d) => d))).map(summary);
    assert.deepEqual(got.map(summary).filter((_, i) => !failing.has(i)), threaded.filter((_, i) => !failing.has(i)));
  });

  test('full records survive the trip between threads', async () => {
    const [doc] = docs(1, 5);
    const [result] = await collect(pool.codeAll([doc!], (d) => d));
    assert.equal(result?.status, 'coded');
    if (result?.status !== 'coded') return;
    assert.equal(result.coded.doc, doc, 'the caller gets its own document object back');
    assert.equal(result.coded.record.doc, doc);
    assert.ok((result.coded.record.segment?.tokens.length ?? 0) > 50);
    assert.ok((result.coded.record.segment?.sentences.length ?? 0) > 3);
  });

  test('quotes and entities a caller does not keep come back empty; events are untouched', async () => {
    const input = docs(6, 5);
    const lean = await createCodingPool({ recipe: { factory: TEST_CODER }, workers: 2, keepQuotes: false, keepEntities: false });
    try {
      const full = await collect(pool.codeAll(input, (d) => d));
      const got = await collect(lean.codeAll(input, (d) => d));
      const coded = (rs: PoolResult<SourceDocument>[]) => rs.flatMap((r) => (r.status === 'coded' ? [r.coded] : []));
      assert.equal(coded(got).length, input.length);
      assert.ok(coded(full).some((c) => c.entities.length > 0), 'the full pool should hand back entities');
      assert.deepEqual(coded(got).map((c) => [c.quotes.length, c.entities.length]), input.map(() => [0, 0]));
      assert.deepEqual(coded(got).map((c) => c.events), coded(full).map((c) => c.events));
    } finally {
      await lean.close();
    }
  });

  const passThrough: { name: string; pattern: (i: number) => boolean }[] = [
    { name: 'every third item', pattern: (i) => i % 3 === 0 },
    { name: 'all items', pattern: () => true },
    { name: 'no items', pattern: () => false },
  ];
  for (const { name, pattern } of passThrough) {
    test(`items with no document (${name}) pass through in their place`, async () => {
      const input = docs(9, 11).map((d, i) => ({ i, doc: pattern(i) ? null : d }));
      const got = await collect(pool.codeAll(input, (x) => x.doc));
      assert.deepEqual(got.map((r) => [r.item.i, r.status]), input.map((x) => [x.i, x.doc === null ? 'passed' : 'coded']));
    });
  }

  test('reads no further ahead than maxInFlight (backpressure)', async () => {
    const input = docs(40, 13);
    let pulled = 0;
    let handedBack = 0;
    let widest = 0;
    async function* source() {
      for (const d of input) {
        pulled++;
        widest = Math.max(widest, pulled - handedBack);
        yield d;
      }
    }
    for await (const r of pool.codeAll(source(), (d) => d)) {
      assert.equal(r.status, 'coded');
      handedBack++;
    }
    assert.equal(handedBack, 40);
    assert.ok(widest <= 6 + 1, `read ${widest} ahead with maxInFlight 6`);
    assert.ok(widest >= 2, 'the pool should read ahead to keep both workers busy');
  });

  test('a caller that stops early leaves the pool usable, with no stale results', async () => {
    const first = docs(20, 17);
    let seen = 0;
    for await (const _ of pool.codeAll(first, (d) => d)) if (++seen === 3) break;
    const second = docs(5, 19);
    const got = await collect(pool.codeAll(second, (d) => d));
    assert.deepEqual(got.map((r) => r.item.id), second.map((d) => d.id));
  });
});

describe('closing a pool', HANG_GUARD, () => {
  test('mid-run, it hands the outstanding documents back as failed instead of hanging', async () => {
    const pool = await createCodingPool({ recipe: { factory: TEST_CODER }, workers: 2, maxInFlight: 4 });
    const input = docs(12, 23);
    const got: PoolResult<SourceDocument>[] = [];
    for await (const r of pool.codeAll(input, (d) => d)) {
      got.push(r);
      if (got.length === 2) await pool.close();
    }
    assert.deepEqual(got.map((r) => r.item.id), input.map((d) => d.id));
    assert.deepEqual(got.slice(0, 2).map((r) => r.status), ['coded', 'coded']);
    // At most maxInFlight documents were with the workers when it closed; everything read later fails.
    const failed = got.filter((r) => r.status === 'failed');
    assert.ok(failed.length >= 12 - 2 - 4, `expected at least 6 failures, got ${failed.length}`);
    assert.equal(got.at(-1)?.status, 'failed');
    for (const r of failed) assert.equal(r.status === 'failed' && r.message, 'coding pool closed');
  });
});

describe('createCodingPool start-up failures', HANG_GUARD, () => {
  const bad: { name: string; recipe: Parameters<typeof createCodingPool>[0]['recipe']; message: RegExp; code: string | undefined }[] = [
    { name: 'missing dictionary', recipe: { dictionaries: ['/nonexistent/parley/CAMEO.txt'] }, message: /no such dictionary file/, code: 'dictionary' },
    { name: 'factory without createRecipeCoder', recipe: { factory: new URL('./index.ts', import.meta.url).href }, message: /does not export createRecipeCoder/, code: undefined },
  ];
  for (const { name, recipe, message, code } of bad) {
    test(`rejects with PoolStartError: ${name}`, async () => {
      await assert.rejects(createCodingPool({ recipe, workers: 2 }), (error: unknown) => {
        assert.ok(error instanceof PoolStartError);
        assert.match(error.message, message);
        assert.equal(error.code, code);
        return true;
      });
    });
  }
});
