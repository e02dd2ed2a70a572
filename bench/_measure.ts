// One measurement in a fresh process (so peak RSS and JIT state belong to it alone), started by
// bench/run.ts: `node --import tsx bench/_measure.ts KIND RESULT_FILE JSON_ARGS`. Writes its
// figures as JSON to RESULT_FILE; stdout is left to the command being measured.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { SourceDocument } from '../src/domain/document.js';
import { createCoder } from '../src/pipeline/index.js';
import { coderOptionsFrom } from '../src/cli/dictionary-options.js';
import { main } from '../src/cli/main.js';
import { BATCH_DOCUMENTS, codeBatch, createCodingPool } from '../src/parallel/index.js';

export interface MeasureArgs {
  readonly corpus: string;
  readonly dictionaries?: readonly string[];
  readonly workers?: number;
}

const peakRssMb = (): number => process.resourceUsage().maxRSS / 1024;

/**
 * CPU time of this thread alone, in ms, where Linux tells it (/proc/thread-self/stat), else null.
 * Set against the process's CPU it shows what V8's background threads spend (compiling to optimised
 * code, collecting garbage), which a second worker has to share its core with.
 */
function threadCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}
const processCpuMs = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

function readCorpus(path: string): SourceDocument[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => {
    const a = JSON.parse(l) as { id: string; date: string; title: string; text: string };
    return { id: a.id, date: a.date, title: a.title, text: a.text };
  });
}

const silent = { write: () => true } as unknown as NodeJS.WritableStream;

async function measure(kind: string, args: MeasureArgs): Promise<Record<string, number | string>> {
  switch (kind) {
    case 'coder-loop': {
      // Coding only: documents already in memory, no reading or writing; dictionary load timed apart.
      // Batches of the size the pools hand a coder, coded together as they are there.
      const docs = readCorpus(args.corpus);
      const t0 = performance.now();
      const options = args.dictionaries ? coderOptionsFrom({ dictionaries: [...args.dictionaries], actors: [], withBuiltins: false }, silent as never) : {};
      const coder = await createCoder(options);
      const t1 = performance.now();
      const cpu0 = processCpuMs(), thread0 = threadCpuMs();
      let sentences = 0, tokens = 0, events = 0;
      for (let at = 0; at < docs.length; at += BATCH_DOCUMENTS) {
        for (const outcome of codeBatch(coder, docs.slice(at, at + BATCH_DOCUMENTS))) {
          if (!outcome.ok) throw outcome.error;
          sentences += outcome.coded.record.segment?.sentences.length ?? 0;
          tokens += outcome.coded.record.segment?.tokens.length ?? 0;
          events += outcome.coded.events.length;
        }
      }
      const t2 = performance.now();
      const thread1 = threadCpuMs();
      const cpu = processCpuMs() - cpu0;
      // (The clock ticks of /proc are 10 ms: a share, not a precise figure.)
      const background = thread0 === null || thread1 === null ? {} : { codingThreadCpuMs: thread1 - thread0, backgroundCpuMs: cpu - (thread1 - thread0) };
      return { loadMs: t1 - t0, codeMs: t2 - t1, articles: docs.length, sentences, tokens, events, peakRssMb: peakRssMb(), ...background };
    }
    case 'tagger': {
      // The floor: wink-nlp reading each article with sentence splitting and POS tagging, nothing else.
      const docs = readCorpus(args.corpus);
      const t0 = performance.now();
      const nlp = winkNLP(model, ['sbd', 'pos']);
      const t1 = performance.now();
      let tokens = 0;
      for (const doc of docs) tokens += (nlp.readDoc(doc.text).tokens().out(nlp.its.pos) as string[]).length;
      const t2 = performance.now();
      return { loadMs: t1 - t0, tagMs: t2 - t1, articles: docs.length, tokens, peakRssMb: peakRssMb() };
    }
    case 'pool': {
      // The worker pool alone, documents in memory, always on threads (even one), events only
      // (as `parley code` asks for): start-up and coding timed apart, to see the threading overhead.
      const docs = readCorpus(args.corpus);
      const t0 = performance.now();
      const pool = await createCodingPool({ recipe: {}, workers: args.workers ?? 1, threadsEvenForOne: true, keepRecord: false, keepQuotes: false, keepEntities: false });
      const t1 = performance.now();
      let events = 0;
      for await (const r of pool.codeAll(docs, (d) => d)) if (r.status === 'coded') events += r.coded.events.length;
      const t2 = performance.now();
      await pool.close();
      return { startMs: t1 - t0, codeMs: t2 - t1, events, peakRssMb: peakRssMb() };
    }
    case 'cli-code': {
      // `parley code` as a user runs it, output to stdout (the runner points it at /dev/null).
      const argv = ['code', args.corpus, '--workers', String(args.workers ?? 1)];
      if (args.dictionaries) argv.push('--dictionaries', ...args.dictionaries);
      const errors: string[] = [];
      const io = {
        stdout: process.stdout, stdin: process.stdin, isTTY: false,
        stderr: { write: (s: string) => { errors.push(s); return true; } } as unknown as NodeJS.WritableStream,
      };
      const t0 = performance.now();
      const exit = await main(argv, io as never);
      const t1 = performance.now();
      if (exit !== 0) throw new Error(`parley code exited ${exit}: ${errors.join('').slice(0, 2000)}`);
      return { wallMs: t1 - t0, peakRssMb: peakRssMb() };
    }
    case 'ingest': {
      const { ingest } = await import('../src/ingest/ingest.js');
      const { openStore } = await import('../src/store/open-store.js');
      const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
      try {
        const store = openStore(join(dir, 'bench.sqlite'));
        const t0 = performance.now();
        const coder = await createCoder();
        const t1 = performance.now();
        const summary = await ingest({ store, coder, paths: [args.corpus] });
        const t2 = performance.now();
        store.close();
        return { loadMs: t1 - t0, ingestMs: t2 - t1, documents: summary.documents, events: summary.events, skipped: summary.skippedTotal, peakRssMb: peakRssMb() };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    default:
      throw new Error(`unknown measure "${kind}"`);
  }
}

const [kind, resultFile, json] = process.argv.slice(2);
if (!kind || !resultFile || !json) throw new Error('usage: _measure.ts KIND RESULT_FILE JSON_ARGS');
const result = await measure(kind, JSON.parse(json) as MeasureArgs);
writeFileSync(resultFile, JSON.stringify(result));
// Worker threads or open handles must not keep a finished measurement alive.
process.exit(0);
