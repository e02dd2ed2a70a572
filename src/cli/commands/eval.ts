import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Readable } from 'node:stream';
import type { CliIo } from '../io.js';
import { CliError } from '../errors.js';
import { coderOptionsFrom, takeListFlag } from '../dictionary-options.js';
import { createCoder, type CoderOptions } from '../../pipeline/index.js';
import {
  breakdown, formatBreakdown, formatScoreText, goldFromRecords, headlineF1, judgeUnitRecord, JsonlError, parseJsonl,
  predictionsFromRecords, scoreEvents, scoreJson, summarizeByCategory, toUnitRecord, worstDocuments,
  type BreakdownKey, type ScoreLevel, type UnitRecord,
} from '../../eval/index.js';

const USAGE = `usage: parley eval GOLD.jsonl [PRED.jsonl] [--level quad|root|code] [--errors N] [--json] [--min F1]
                   [--by root|quad] [--worst N] [--dictionaries PATH...] [--actors FILE] [--with-builtins]
       parley eval --units UNITS.jsonl [PRED.jsonl] [--json] [--failures N]
Without PRED, codes the gold documents (id, date, text) itself, with the built-in dictionaries or
those given, and scores the result. Scores predicted events (JSON Lines of events with doc_id, source, target, cameo; "-" reads stdin) against
gold documents, at quad, root and code level, with the same numbers as score.mjs. --by adds a per-root or
per-quad table, --worst lists the documents with the most errors. --min F1 exits 1 below that F1.
With --units, GOLD holds PETRARCH-style unit-test records (id, category, text, events); a record passes
when its set of source/target/code triples is produced exactly; prints pass rates per category.
`;

async function readInput(path: string, stdin: Readable): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new CliError('input', `${path}: cannot read the file`);
  }
}

function parseRecords(text: string, origin: string): unknown[] {
  try {
    return parseJsonl(text, origin);
  } catch (e) {
    if (e instanceof JsonlError) throw new CliError('input', e.message);
    throw e;
  }
}

/** Codes each gold record's text as a document and returns the events, as `parley code` would write them. */
async function codeGold(gold: readonly unknown[], options: CoderOptions, origin: string, io: CliIo): Promise<unknown[]> {
  const coder = await createCoder(options);
  const events: unknown[] = [];
  gold.forEach((record, i) => {
    const r = record !== null && typeof record === 'object' ? (record as Record<string, unknown>) : {};
    const id = String(r['id'] ?? `${origin}:${i + 1}`);
    if (typeof r['text'] !== 'string' || r['text'].trim() === '') {
      io.stderr.write(`parley eval: ${origin}: record ${i + 1} (${id}) has no text to code\n`);
      return;
    }
    const date = typeof r['date'] === 'string' ? r['date'] : undefined;
    events.push(...coder.code({ id, text: r['text'], ...(date ? { date } : {}) }).events);
  });
  return events;
}

function nonNegativeInt(value: string | undefined, flag: string): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new CliError('usage', `${flag} wants a whole number (got "${value}")`);
  return n;
}

/** `parley eval`: scores predictions against gold data, or judges unit-test records; returns the exit code. */
export async function runEval(argv: string[], io: CliIo): Promise<number> {
  const { rest, values: dictionaries } = takeListFlag(argv, '--dictionaries');
  const { values, positionals } = parseArgs({
    args: rest, allowPositionals: true,
    options: {
      actors: { type: 'string', multiple: true, default: [] },
      'with-builtins': { type: 'boolean', default: false },
      level: { type: 'string', default: 'root' },
      errors: { type: 'string' },
      json: { type: 'boolean', default: false },
      min: { type: 'string' },
      by: { type: 'string', multiple: true, default: [] },
      worst: { type: 'string' },
      units: { type: 'boolean', default: false },
      failures: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const [goldPath, predPath] = positionals;
  if (!goldPath || positionals.length > 2) throw new CliError('usage', `give a GOLD file (and optionally PRED)\n${USAGE}`);
  if (goldPath === '-' && predPath === '-') throw new CliError('usage', 'only one of GOLD and PRED can be "-" (stdin)');
  const gold = parseRecords(await readInput(goldPath, io.stdin), goldPath);
  const pred = predPath
    ? parseRecords(await readInput(predPath, io.stdin), predPath)
    : await codeGold(gold, coderOptionsFrom({ dictionaries, actors: values.actors, withBuiltins: values['with-builtins'] }, io.stderr), goldPath, io);

  if (values.units) return judgeUnits(gold, pred, goldPath, values.json, nonNegativeInt(values.failures, '--failures'), io);

  const level = values.level as ScoreLevel;
  if (!['quad', 'root', 'code'].includes(level)) throw new CliError('usage', `--level must be quad, root or code (got "${values.level}")`);
  const by = values.by.map((b) => {
    if (b !== 'root' && b !== 'quad') throw new CliError('usage', `--by must be root or quad (got "${b}")`);
    return b as BreakdownKey;
  });
  const minF1 = values.min === undefined ? undefined : Number(values.min);
  if (minF1 !== undefined && !Number.isFinite(minF1)) throw new CliError('usage', `--min wants a number (got "${values.min}")`);

  const report = scoreEvents(goldFromRecords(gold), predictionsFromRecords(pred));
  const worst = worstDocuments(report, level, nonNegativeInt(values.worst, '--worst'));
  if (values.json) {
    const extra = {
      ...(by.length > 0 ? { by: Object.fromEntries(by.map((b) => [b, breakdown(report, b)])) } : {}),
      ...(values.worst !== undefined ? { worst } : {}),
    };
    io.stdout.write(JSON.stringify({ ...scoreJson(report), ...extra }) + '\n');
  } else {
    io.stdout.write(formatScoreText(report, level, nonNegativeInt(values.errors, '--errors')) + '\n');
    for (const b of by) io.stdout.write(`\n${formatBreakdown(breakdown(report, b), b)}\n`);
    if (worst.length > 0) io.stdout.write(`\nworst documents at ${level} level:\n`);
    for (const w of worst) {
      io.stdout.write(`${w.id}: ${w.errors} errors (fp ${w.fp}, fn ${w.fn})${w.text ? ` ${w.text.slice(0, 100)}` : ''}\n`);
    }
  }
  return minF1 !== undefined && headlineF1(report, level) < minF1 ? 1 : 0;
}

function judgeUnits(goldRecords: readonly unknown[], pred: readonly unknown[], origin: string, json: boolean, failures: number, io: CliIo): number {
  const records: UnitRecord[] = [];
  goldRecords.forEach((r, i) => {
    const rec = toUnitRecord(r);
    if ('error' in rec) throw new CliError('input', `${origin}: record ${i + 1}: ${rec.error}`);
    records.push(rec);
  });
  const byDoc = new Map<string, unknown[]>();
  for (const p of pred) {
    const rec = p !== null && typeof p === 'object' ? (p as Record<string, unknown>) : {};
    const events = Array.isArray(rec['events']) ? (rec['events'] as unknown[]) : [p];
    const id = String(rec['doc_id'] ?? rec['doc'] ?? (Array.isArray(rec['events']) ? rec['id'] : undefined) ?? '');
    byDoc.set(id, [...(byDoc.get(id) ?? []), ...events]);
  }
  const judgements = records.map((r) => judgeUnitRecord(r, byDoc.get(r.id) ?? []));
  const summary = summarizeByCategory(judgements);
  if (json) {
    io.stdout.write(JSON.stringify({ summary, records: judgements }) + '\n');
    return 0;
  }
  for (const s of summary) {
    io.stdout.write(`${s.category.padEnd(10)} ${String(s.passed).padStart(4)} / ${String(s.records).padEnd(4)} ${(100 * s.rate).toFixed(1).padStart(5)}%\n`);
  }
  const fmt = (t: { source: string; target: string; code: string }): string => `${t.source || '-'} ${t.target || '-'} ${t.code}`;
  for (const j of judgements.filter((x) => !x.pass).slice(0, failures)) {
    io.stdout.write(`${j.id}: missing [${j.missing.map(fmt).join('; ')}] extra [${j.extra.map(fmt).join('; ')}]\n`);
  }
  return 0;
}
