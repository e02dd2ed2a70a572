import { parseArgs } from 'node:util';
import type { CliIo } from '../io.js';
import type { CodingPool } from '../../parallel/index.js';
import { openPool, workerCount } from '../coding-pool-options.js';
import { readDocuments } from '../../io/read-documents.js';
import { requireIsoDay } from '../flags.js';
import type { EventRecord } from '../../domain/event-record.js';
import { CliError } from '../errors.js';
import { takeListFlag } from '../dictionary-options.js';

export const CODE_USAGE = `usage: parley code [FILE...] [options]
Codes news documents into CAMEO/PLOVER events, one JSON object a line.
Inputs: .txt (date from --date), .html, .jsonl (id, date, text, title?, url?), .jsonl.gz, RSS/Atom; '-' or none reads JSONL from stdin.
  --date YYYY-MM-DD        publication date for inputs without one
  --format jsonl|json|tsv  output format (default jsonl)
  --quotes                 also write quote records (kind "quote")
  --entities               also write actor mention records (kind "entity")
  --actors FILE            add an actor file in Parley's format (repeatable)
  --dictionaries PATH...   code with PETRARCH/TABARI dictionaries (files or folders) instead of the built-ins
  --with-builtins          with --dictionaries: keep the built-ins too (your verb patterns win ties;
                           the built-ins' dated actors win over your actor dictionaries)
  --workers N|auto         code on N threads (default 1: in this process; auto: one per core); output order is unchanged
`;

const TSV_COLUMNS = ['doc_id', 'event_id', 'sentence', 'date', 'date_precision', 'source', 'target', 'cameo', 'root', 'quad', 'goldstein', 'plover', 'trigger', 'rule', 'evidence'] as const;

function tsvRow(e: EventRecord): string {
  const clean = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  return [e.doc_id, e.event_id, e.sentence, e.date ?? '', e.date_precision ?? '', e.source.code, e.target?.code ?? '', e.cameo, e.root, e.quad, e.goldstein, e.plover.type, clean(e.trigger.text), e.rule, clean(e.evidence.text)].join('\t');
}

/** `parley code`: reads documents, codes each, writes events (and quotes/entities); a bad document is reported and skipped. */
export async function runCode(argv: string[], io: CliIo): Promise<number> {
  const { rest, values: dictionaries } = takeListFlag(argv, '--dictionaries');
  const { values, positionals } = parseArgs({
    args: rest, allowPositionals: true, strict: true,
    options: {
      date: { type: 'string' }, format: { type: 'string', default: 'jsonl' }, quotes: { type: 'boolean', default: false },
      entities: { type: 'boolean', default: false }, actors: { type: 'string', multiple: true, default: [] },
      'with-builtins': { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
      workers: { type: 'string', default: '1' },
    },
  });
  if (values.help) { io.stdout.write(CODE_USAGE); return 0; }
  const format = values.format;
  if (format !== 'jsonl' && format !== 'json' && format !== 'tsv') throw new CliError('usage', `--format must be jsonl, json or tsv (got "${format}")`);
  if (values.date !== undefined) requireIsoDay(values.date);
  const workers = workerCount(values.workers);
  const wants = { quotes: values.quotes && format !== 'tsv', entities: values.entities && format !== 'tsv' };
  const pool = await openPool(workers, { dictionaries, actors: values.actors, withBuiltins: values['with-builtins'] }, io, wants);
  try {
    return await codeInputs(pool, positionals.length > 0 ? positionals : ['-'], format, values, io);
  } finally {
    await pool.close();
  }
}

async function codeInputs(
  pool: CodingPool, inputs: readonly string[], format: 'jsonl' | 'json' | 'tsv',
  values: { date?: string | undefined; quotes: boolean; entities: boolean }, io: CliIo,
): Promise<number> {
  let failed = 0;
  let first = true;
  if (format === 'json') io.stdout.write('[');
  if (format === 'tsv') io.stdout.write(TSV_COLUMNS.join('\t') + '\n');
  // A document's lines are gathered and written at once: one write a document, not one a line,
  // saves a system call and a stream write a line.
  let pending = '';
  const write = (obj: object) => {
    if (format === 'json') { pending += (first ? '\n' : ',\n') + JSON.stringify(obj); first = false; }
    else pending += JSON.stringify(obj) + '\n';
  };
  const flush = () => {
    if (pending !== '') io.stdout.write(pending);
    pending = '';
  };
  async function* items() {
    for (const input of inputs) yield* readDocuments(input, { ...(values.date ? { date: values.date } : {}), stdin: io.stdin });
  }
  // Documents are coded ahead on the workers but handed back in input order, so output is the same for any --workers.
  for await (const result of pool.codeAll(items(), (item) => (item.ok ? item.doc : null))) {
    const item = result.item;
    if (!item.ok) {
      failed++;
      io.stderr.write(`parley: ${item.error.message}\n`);
      continue;
    }
    if (result.status !== 'coded') {
      failed++;
      io.stderr.write(`parley: ${item.doc.origin ?? item.doc.id}: could not be coded: ${result.status === 'failed' ? result.message : 'not coded'}\n`);
      continue;
    }
    const coded = result.coded;
    for (const issue of coded.issues) if (issue.code === 'empty-document' || issue.code === 'unknown-date') io.stderr.write(`parley: ${item.doc.origin ?? item.doc.id}: ${issue.message}\n`);
    for (const e of coded.events) {
      if (format === 'tsv') pending += tsvRow(e) + '\n';
      else write(e);
    }
    if (format !== 'tsv') {
      if (values.quotes) for (const q of coded.quotes) write(q);
      if (values.entities) for (const m of coded.entities) write(m);
    }
    flush();
  }
  if (format === 'json') io.stdout.write('\n]\n');
  if (failed > 0) io.stderr.write(`parley: ${failed} document${failed === 1 ? '' : 's'} could not be read or coded\n`);
  return failed > 0 ? 1 : 0;
}
