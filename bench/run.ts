/**
 * Parley's benchmark: `npm run bench [-- --quick] [-- --runs N] [-- --memory]`.
 * Each measure runs in a fresh process (bench/_measure.ts), several times; the table shows the
 * median and the spread (min-max). Results go to bench/results/latest.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureCorpus, parseSize } from './generate-corpus.js';
import type { MeasureArgs } from './_measure.js';

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    'ingest-runs': { type: 'string' },
    'skip-ingest': { type: 'boolean', default: false },
    'long-runs': { type: 'string' },
    'scale-articles': { type: 'string' },
    'scale-runs': { type: 'string' },
    petrarch: { type: 'string', default: '/work/shared/eval/petrarch2/dictionaries' },
    memory: { type: 'boolean', default: false },
    'memory-size': { type: 'string', default: '1GB' },
    'memory-seconds': { type: 'string', default: '0' },
    'memory-workers': { type: 'string', default: 'auto' },
    'memory-only': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results/latest.json' },
    tsx: { type: 'boolean', default: false },
  },
});

const quick = flags.quick;
const memoryOnly = flags['memory-only'];
const runs = memoryOnly ? 0 : Number(flags.runs ?? (quick ? 1 : 3));
const ingestRuns = Number(flags['ingest-runs'] ?? (quick ? 1 : 2));
const longRuns = memoryOnly ? 0 : Number(flags['long-runs'] ?? (quick ? 1 : 2));
const scaleArticles = memoryOnly || quick ? 0 : Number(flags['scale-articles'] ?? 60_000);
const scaleRuns = Number(flags['scale-runs'] ?? 1);
const log = (line: string) => process.stderr.write(line + '\n');

// ---- machine and inputs -------------------------------------------------------------------

function machine() {
  const cpuinfo = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
  const model = /^model name\s*:\s*(.+)$/mu.exec(cpuinfo)?.[1]?.trim() ?? 'unknown';
  const mem = existsSync('/proc/meminfo') ? /^MemTotal:\s+(\d+)/mu.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] : undefined;
  return { cores: availableParallelism(), cpu: model, memoryMb: mem ? Math.round(Number(mem) / 1024) : null, node: process.version, platform: `${process.platform}-${process.arch}` };
}

async function describeCorpus(path: string) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { path, bytes: statSync(path).size, sha256: hash.digest('hex').slice(0, 16) };
}

const PETRARCH_FILES = ['CAMEO.2.0.txt', 'Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt', 'Phoenix.agents.txt', 'Phoenix.discards.txt'];
const petrarch = PETRARCH_FILES.map((f) => join(flags.petrarch, f));
const havePetrarch = petrarch.every((p) => existsSync(p));

// ---- what runs: a compiled build by default ---------------------------------------------
// tsx compiles with esbuild's keepNames, which wraps every function and closure in a __name() call;
// in the pipeline's hot loops that costs several percent (it shows in profiles), and users run the
// tsc build (bin/parley.js -> dist/). So the measures run a tsc build of the current sources, made
// here into bench/results/build (git-ignored); --tsx measures the sources under tsx instead.
const BUILD = 'bench/results/build';

function build(): void {
  const started = performance.now();
  rmSync(BUILD, { recursive: true, force: true });
  const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--outDir', BUILD, '--noEmit', 'false', '--sourceMap', 'false'], { encoding: 'utf8' });
  if (!existsSync(join(BUILD, 'bench/_measure.js'))) throw new Error(`tsc build failed:\n${tsc.stdout}${tsc.stderr}`);
  // tsc emits despite type errors elsewhere in the tree; say so, since they may mean work in progress.
  if (tsc.status !== 0) notes.push(`the tree has type errors (tsc exit ${tsc.status}); measured its emitted JavaScript anyway`);
  log(`built ${BUILD} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const measureCommand = (): string[] => (flags.tsx ? ['--import', 'tsx', 'bench/_measure.ts'] : [join(BUILD, 'bench/_measure.js')]);
const cliCommand = (): string[] => (flags.tsx ? ['--import', 'tsx', 'src/cli/main.ts'] : [join(BUILD, 'src/cli/main.js')]);

// ---- running one measure ---------------------------------------------------------------

type Figures = Record<string, number>;

async function run(kind: string, args: MeasureArgs): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-measure-'));
  const resultFile = join(dir, 'result.json');
  const devNull = openSync('/dev/null', 'w');
  try {
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [...measureCommand(), kind, resultFile, JSON.stringify(args)], { stdio: ['ignore', devNull, 'inherit'] });
      child.on('error', reject);
      child.on('exit', resolve);
    });
    if (code !== 0) throw new Error(`measure ${kind} failed (exit ${code})`);
    return JSON.parse(readFileSync(resultFile, 'utf8')) as Figures;
  } finally {
    closeSync(devNull);
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- statistics and table ---------------------------------------------------------------

interface Stat { median: number; min: number; max: number; unit: string; samples: number[] }
const results: Record<string, Stat> = {};
const notes: string[] = [];

function record(key: string, unit: string, samples: number[]): void {
  if (samples.length === 0) return;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  results[key] = { median, min: sorted[0]!, max: sorted.at(-1)!, unit, samples };
}

const fmt = (n: number): string => (Math.abs(n) >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(Math.abs(n) >= 10 ? 1 : 2));

function printTable(): void {
  const rows = Object.entries(results).map(([k, s]) => [k, fmt(s.median), s.samples.length > 1 ? `${fmt(s.min)} - ${fmt(s.max)}` : '', s.unit, String(s.samples.length)]);
  const head = ['measure', 'median', 'min - max', 'unit', 'runs'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 1 || i === 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  process.stdout.write(line(head) + '\n' + widths.map((w) => '-'.repeat(w)).join('  ') + '\n');
  for (const r of rows) process.stdout.write(line(r) + '\n');
}

// ---- the memory check: parley code on a ~1 GB input, RSS sampled from /proc -----------------

async function memoryCheck(): Promise<void> {
  const bytes = parseSize(flags['memory-size']);
  const path = `bench/corpus/size-${flags['memory-size']}-seed3.jsonl`;
  log(`memory check: corpus ${path} (generating if missing; a 1 GB corpus takes a few minutes)`);
  await ensureCorpus(path, { bytes, seed: 3 });
  const limit = Number(flags['memory-seconds']);
  const devNull = openSync('/dev/null', 'w');
  const child = spawn(process.execPath, [...cliCommand(), 'code', path, '--workers', flags['memory-workers']], { stdio: ['ignore', devNull, 'inherit'] });
  const started = performance.now();
  const samples: { s: number; rssMb: number; posMb: number }[] = [];
  let peakMb = 0;
  const statusOf = (): { rss: number; hwm: number } | null => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'mu').exec(status)?.[1] ?? 0);
      return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
    } catch { return null; }
  };
  const position = (): number => {
    // How far the command has read its input: the file offset of its open descriptor on the corpus.
    try {
      for (const fd of readdirSync(`/proc/${child.pid}/fd`)) {
        if (readlinkSync(`/proc/${child.pid}/fd/${fd}`).endsWith(path.split('/').pop()!)) {
          return Number(/^pos:\s+(\d+)/mu.exec(readFileSync(`/proc/${child.pid}/fdinfo/${fd}`, 'utf8'))?.[1] ?? 0) / 1e6;
        }
      }
    } catch { /* the process ended between reads */ }
    return samples.at(-1)?.posMb ?? 0;
  };
  const timer = setInterval(() => {
    const st = statusOf();
    if (!st) return;
    peakMb = Math.max(peakMb, st.hwm);
    const s = (performance.now() - started) / 1000;
    samples.push({ s: Math.round(s), rssMb: Math.round(st.rss), posMb: Math.round(position()) });
    if (limit > 0 && s >= limit) child.kill('SIGTERM');
  }, 2000);
  const exit = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  clearInterval(timer);
  closeSync(devNull);
  const seconds = (performance.now() - started) / 1000;
  const last = samples.at(-1);
  const readMb = exit === 0 ? bytes / 1e6 : last?.posMb ?? 0;
  record('memory check: peak RSS (code, ~1 GB input)', 'MB', [peakMb]);
  record('memory check: input read', 'MB', [readMb]);
  record('memory check: throughput', 'MB/s', [readMb / seconds]);
  const rssSeries = samples.map((x) => x.rssMb);
  const half = rssSeries.slice(Math.floor(rssSeries.length / 2));
  notes.push(`memory check: ${exit === 0 ? 'completed' : `stopped after ${Math.round(seconds)} s (limit ${limit} s)`}; RSS over time (MB, every 2 s): first half max ${Math.max(...rssSeries.slice(0, Math.ceil(rssSeries.length / 2)))}, second half max ${half.length ? Math.max(...half) : 0}, last ${last?.rssMb ?? 0}`);
  (results['memory check: peak RSS (code, ~1 GB input)'] as Stat & { series?: unknown }).series = samples;
}

// ---- the benchmark ---------------------------------------------------------------------

const m = machine();
log(`parley bench on ${m.cores} cores, ${m.cpu}, node ${m.node}${quick ? ' (quick)' : ''}`);
if (!flags.tsx) build();
const corpusPath = await ensureCorpus(quick ? 'bench/corpus/articles-200-seed1.jsonl' : 'bench/corpus/articles-2000-seed1.jsonl', { articles: quick ? 200 : 2000, seed: 1 });
const ingestPath = await ensureCorpus(quick ? 'bench/corpus/articles-500-seed2.jsonl' : 'bench/corpus/articles-20000-seed2.jsonl', { articles: quick ? 500 : 20_000, seed: 2 });
const corpus = await describeCorpus(corpusPath);
if (!havePetrarch) notes.push(`PETRARCH dictionaries not found under ${flags.petrarch}: PETRARCH measures skipped`);

const loops: Figures[] = [];
const taggers: Figures[] = [];
const cli1: Figures[] = [];
const cli2: Figures[] = [];
const pLoops: Figures[] = [];
const pool1: Figures[] = [];
const pool2: Figures[] = [];
const pairs: Figures[][] = [];
const pCli: Figures[] = [];
// Measures take turns within each round, so drift in the machine's speed spreads over all of them.
for (let r = 1; r <= runs; r++) {
  log(`round ${r}/${runs}: coder, tagger, code --workers 1/2${havePetrarch ? ', PETRARCH' : ''}`);
  loops.push(await run('coder-loop', { corpus: corpusPath }));
  taggers.push(await run('tagger', { corpus: corpusPath }));
  cli1.push(await run('cli-code', { corpus: corpusPath, workers: 1 }));
  cli2.push(await run('cli-code', { corpus: corpusPath, workers: 2 }));
  pool1.push(await run('pool', { corpus: corpusPath, workers: 1 }));
  pool2.push(await run('pool', { corpus: corpusPath, workers: 2 }));
  // Two coding processes at once: what two cores give this workload here, threads or not.
  pairs.push(await Promise.all([run('coder-loop', { corpus: corpusPath }), run('coder-loop', { corpus: corpusPath })]));
  if (havePetrarch) {
    pLoops.push(await run('coder-loop', { corpus: corpusPath, dictionaries: petrarch }));
    pCli.push(await run('cli-code', { corpus: corpusPath, workers: 1, dictionaries: petrarch }));
  }
}
const counts: Figures = loops[0] ?? {};
const articles = counts['articles']!, sentences = counts['sentences']!, tokens = counts['tokens']!;
const rates = (prefix: string, ms: number[]) => {
  record(`${prefix}: articles/s`, 'articles/s', ms.map((t) => articles / (t / 1000)));
  record(`${prefix}: sentences/s`, 'sentences/s', ms.map((t) => sentences / (t / 1000)));
  record(`${prefix}: tokens/s`, 'tokens/s', ms.map((t) => tokens / (t / 1000)));
};
rates('code end-to-end, built-in, 1 thread', cli1.map((f) => f['wallMs']!));
rates('coding only, built-in, 1 thread', loops.map((f) => f['codeMs']!));
record('tagger floor (wink readDoc+POS): tokens/s', 'tokens/s', taggers.map((f) => f['tokens']! / (f['tagMs']! / 1000)));
record('coding / tagger time', 'x', loops.map((f, i) => f['codeMs']! / taggers[i]!['tagMs']!));
record('dictionary load, built-in', 'ms', loops.map((f) => f['loadMs']!));
record('peak RSS, code --workers 1', 'MB', cli1.map((f) => f['peakRssMb']!));
record('peak RSS, code --workers 2', 'MB', cli2.map((f) => f['peakRssMb']!));
record('code --workers 1 wall', 's', cli1.map((f) => f['wallMs']! / 1000));
record('code --workers 2 wall', 's', cli2.map((f) => f['wallMs']! / 1000));
// What V8's background threads (optimising compiler, garbage collector) spend while one thread codes:
// free on an idle core, but taken from a second worker's core when every core codes.
if (loops.every((f) => f['backgroundCpuMs'] !== undefined)) record('V8 background threads\' CPU while coding, share of the coding thread\'s', '%', loops.map((f) => (100 * f['backgroundCpuMs']!) / f['codingThreadCpuMs']!));
record('machine ceiling: 2 processes vs 1 (same work)', 'x', pairs.map((pair, i) => (2 * loops[i]!['codeMs']!) / ((pair[0]!['codeMs']! + pair[1]!['codeMs']!) / 2)));
record('pool, 1 worker thread vs in-process (coding)', 'x', pool1.map((f, i) => loops[i]!['codeMs']! / f['codeMs']!));
record('pool, 2 worker threads vs 1 thread (coding)', 'x', pool2.map((f, i) => pool1[i]!['codeMs']! / f['codeMs']!));
record('pool start-up, 2 workers', 'ms', pool2.map((f) => f['startMs']!));
record('speed-up --workers 2 vs 1 (end-to-end)', 'x', cli1.map((f, i) => f['wallMs']! / cli2[i]!['wallMs']!));
// Dictionaries load in every worker at once, so taking the load out of both sides isolates coding.
record('speed-up --workers 2 vs 1 (load excluded)', 'x', cli1.map((f, i) => (f['wallMs']! - loops[i]!['loadMs']!) / (cli2[i]!['wallMs']! - loops[i]!['loadMs']!)));
if (havePetrarch) {
  rates('code end-to-end, PETRARCH, 1 thread', pCli.map((f) => f['wallMs']!));
  rates('coding only, PETRARCH, 1 thread', pLoops.map((f) => f['codeMs']!));
  record('dictionary load, PETRARCH', 'ms', pLoops.map((f) => f['loadMs']!));
  record('peak RSS, code PETRARCH --workers 1', 'MB', pCli.map((f) => f['peakRssMb']!));
}

// A long run: the 2,000-article corpus codes in about 4 s, of which V8's compiling the pipeline to
// optimised code (several seconds of CPU on background threads, per process and per worker thread)
// is a large share. Users code thousands to millions of articles, so the same figures on the 20,000-
// article corpus show the rate a long job settles at, and what a second core gives once each
// worker's warm-up is paid.
const longLoops: Figures[] = [];
const long1: Figures[] = [];
const long2: Figures[] = [];
const longPairs: Figures[][] = [];
for (let r = 1; r <= longRuns; r++) {
  log(`long round ${r}/${longRuns}: ${ingestPath}: coder, code --workers 1/2, two processes at once`);
  longLoops.push(await run('coder-loop', { corpus: ingestPath }));
  long1.push(await run('cli-code', { corpus: ingestPath, workers: 1 }));
  long2.push(await run('cli-code', { corpus: ingestPath, workers: 2 }));
  longPairs.push(await Promise.all([run('coder-loop', { corpus: ingestPath }), run('coder-loop', { corpus: ingestPath })]));
}
if (longLoops.length > 0) {
  const longTokens = longLoops[0]!['tokens']!;
  const longArticles = longLoops[0]!['articles']!;
  const label = `long run (${longArticles.toLocaleString('en-US')} articles)`;
  record(`${label}: code end-to-end, 1 thread: tokens/s`, 'tokens/s', long1.map((f) => longTokens / (f['wallMs']! / 1000)));
  record(`${label}: code end-to-end, 2 threads: tokens/s`, 'tokens/s', long2.map((f) => longTokens / (f['wallMs']! / 1000)));
  record(`${label}: coding only, 1 thread: tokens/s`, 'tokens/s', longLoops.map((f) => longTokens / (f['codeMs']! / 1000)));
  record(`${label}: speed-up --workers 2 vs 1 (end-to-end)`, 'x', long1.map((f, i) => f['wallMs']! / long2[i]!['wallMs']!));
  if (longLoops.every((f) => f['backgroundCpuMs'] !== undefined)) record(`${label}: V8 background threads' CPU while coding, share of the coding thread's`, '%', longLoops.map((f) => (100 * f['backgroundCpuMs']!) / f['codingThreadCpuMs']!));
  record(`${label}: machine ceiling: 2 processes vs 1`, 'x', longPairs.map((pair, i) => (2 * longLoops[i]!['codeMs']!) / ((pair[0]!['codeMs']! + pair[1]!['codeMs']!) / 2)));
  record(`${label}: peak RSS, code --workers 1`, 'MB', long1.map((f) => f['peakRssMb']!));
  record(`${label}: peak RSS, code --workers 2`, 'MB', long2.map((f) => f['peakRssMb']!));
}

// A scale run: each worker thread pays the same warm-up (V8 compiling the pipeline on background
// threads, about 5 s of CPU per thread here) whatever its share of the work, and on a machine with
// as many cores as workers that CPU is taken from coding, where one thread gets it from an idle
// core. So what a second worker gives grows with the job; a job of 60,000 articles (about a day of
// a news feed) shows where it settles. `--scale-articles 0` skips it.
let scaleCorpus = null;
if (scaleArticles > 0) {
  const scalePath = await ensureCorpus(`bench/corpus/articles-${scaleArticles}-seed4.jsonl`, { articles: scaleArticles, seed: 4 });
  scaleCorpus = await describeCorpus(scalePath);
  const scale1: Figures[] = [];
  const scale2: Figures[] = [];
  for (let r = 1; r <= scaleRuns; r++) {
    log(`scale round ${r}/${scaleRuns}: ${scalePath}: code --workers 1/2`);
    scale1.push(await run('cli-code', { corpus: scalePath, workers: 1 }));
    scale2.push(await run('cli-code', { corpus: scalePath, workers: 2 }));
  }
  const label = `scale run (${scaleArticles.toLocaleString('en-US')} articles)`;
  // (`code` reports no token count; articles/s compares the two runs just as well.)
  record(`${label}: code end-to-end, 1 thread: articles/s`, 'articles/s', scale1.map((f) => scaleArticles / (f['wallMs']! / 1000)));
  record(`${label}: code end-to-end, 2 threads: articles/s`, 'articles/s', scale2.map((f) => scaleArticles / (f['wallMs']! / 1000)));
  record(`${label}: speed-up --workers 2 vs 1 (end-to-end)`, 'x', scale1.map((f, i) => f['wallMs']! / scale2[i]!['wallMs']!));
  record(`${label}: peak RSS, code --workers 2`, 'MB', scale2.map((f) => f['peakRssMb']!));
}

let ingestCorpus = null;
if (memoryOnly) notes.push('--memory-only: only the memory check was run');
else if (flags['skip-ingest']) notes.push('ingest skipped (--skip-ingest)');
else if (!existsSync('src/ingest/ingest.ts')) notes.push('ingest: pending (src/ingest/ingest.ts does not exist yet)');
else {
  ingestCorpus = await describeCorpus(ingestPath);
  const ing: Figures[] = [];
  for (let r = 1; r <= ingestRuns; r++) {
    log(`ingest ${r}/${ingestRuns}: ${ingestPath} into a fresh SQLite file`);
    ing.push(await run('ingest', { corpus: ingestPath }));
  }
  record('ingest (SQLite): documents/s', 'docs/s', ing.map((f) => f['documents']! / (f['ingestMs']! / 1000)));
  record('ingest (SQLite): events/s', 'events/s', ing.map((f) => f['events']! / (f['ingestMs']! / 1000)));
  record('peak RSS, ingest', 'MB', ing.map((f) => f['peakRssMb']!));
  const first = ing[0]!;
  notes.push(`ingest: ${first['documents']} documents, ${first['events']} events, ${first['skipped']} skipped per run (dictionary load excluded from rates)`);
}

if (flags.memory || memoryOnly) await memoryCheck();

printTable();
for (const n of notes) process.stdout.write(`note: ${n}\n`);
const report = {
  when: new Date().toISOString(), machine: m, quick, runs,
  corpus: { ...corpus, articles, sentences, tokens, events: counts['events'] }, ingestCorpus, scaleCorpus,
  runner: flags.tsx ? 'sources under tsx (--tsx)' : `tsc build of the current sources in ${BUILD}`,
  results, notes,
};
mkdirSync(join(flags.out, '..'), { recursive: true });
writeFileSync(flags.out, JSON.stringify(report, null, 2) + '\n');
log(`wrote ${flags.out}`);
