import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { CliIo } from '../io.js';
import { eventFilterShape } from '../../api/schemas.js';
import { EXPORT_FORMATS, writeExport, type ExportFormat } from '../../export/export-events.js';
import { DEFAULT_DB_FILE, openStore } from '../../store/open-store.js';
import type { EventFilter, Store } from '../../store/store.js';

const USAGE = `usage: parley export --format gdelt|plover|csv|jsonl [filters] [--db FILE] [--out FILE]

filters: --from DATE --to DATE --source CODE --target CODE --actor CODE --cameo CODE --root NN
         --quad 1-4 --plover TYPE --q TEXT --doc-id ID
gdelt:   one row per story (the representative event) unless --all-events; --header adds column names.
Writes to stdout unless --out (written to FILE.partial, renamed when complete).`;

const FilterFlags = z.strictObject({
  from: eventFilterShape.from,
  to: eventFilterShape.to,
  source: eventFilterShape.source,
  target: eventFilterShape.target,
  actor: eventFilterShape.actor,
  cameo: eventFilterShape.cameo,
  root: eventFilterShape.root,
  quad: eventFilterShape.quad,
  plover: eventFilterShape.plover,
  q: eventFilterShape.q,
  'doc-id': eventFilterShape.doc_id,
});

/** `parley export`: 0 on success, 1 when the database or output fails, 2 on bad usage. */
export async function runExport(argv: string[], io: CliIo): Promise<number> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {
    'format': { type: 'string' },
    'db': { type: 'string' },
    'out': { type: 'string', short: 'o' },
    'all-events': { type: 'boolean' },
    'header': { type: 'boolean' },
    'help': { type: 'boolean', short: 'h' },
  };
  for (const key of Object.keys(FilterFlags.shape)) options[key] = { type: 'string' };
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  try {
    values = parseArgs({ args: argv, options }).values;
  } catch (error) {
    io.stderr.write(`parley export: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values['help']) {
    io.stdout.write(USAGE + '\n');
    return 0;
  }
  const format = values['format'];
  if (typeof format !== 'string' || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    io.stderr.write(`parley export: --format must be one of ${EXPORT_FORMATS.join(', ')}\n${USAGE}\n`);
    return 2;
  }
  const raw = Object.fromEntries(Object.keys(FilterFlags.shape).flatMap((k) => {
    const v = values[k];
    return typeof v === 'string' ? [[k, v]] : [];
  }));
  const parsed = FilterFlags.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `--${i.path.join('.')} ${i.message}`).join('; ');
    io.stderr.write(`parley export: ${problems}\n`);
    return 2;
  }
  const { 'doc-id': docId, ...rest } = parsed.data;
  const filter: EventFilter = Object.fromEntries(
    Object.entries({ ...rest, docId }).filter(([, v]) => v !== undefined),
  ) as EventFilter;

  const dbPath = resolve(typeof values['db'] === 'string' ? values['db'] : DEFAULT_DB_FILE);
  if (!existsSync(dbPath)) {
    io.stderr.write(`parley export: no corpus at ${dbPath} (create one with parley ingest, or pass --db)\n`);
    return 1;
  }
  let store: Store;
  try {
    store = openStore(dbPath);
  } catch (error) {
    io.stderr.write(`parley export: ${(error as Error).message}\n`);
    return 1;
  }
  const outPath = typeof values['out'] === 'string' ? values['out'] : null;
  const partial = outPath === null ? null : `${outPath}.partial`;
  try {
    const out = partial === null ? io.stdout : createWriteStream(partial);
    const rows = await writeExport(store, {
      format: format as ExportFormat,
      filter,
      storiesOnly: values['all-events'] !== true,
      header: values['header'] === true,
    }, out);
    if (partial !== null && outPath !== null) {
      out.end();
      await finished(out);
      renameSync(partial, outPath);
      io.stderr.write(`parley export: wrote ${rows} ${format === 'gdelt' && values['all-events'] !== true ? 'stories' : 'events'} to ${outPath}\n`);
    }
    return 0;
  } catch (error) {
    if (partial !== null) rmSync(partial, { force: true });
    io.stderr.write(`parley export: ${(error as Error).message}\n`);
    return 1;
  } finally {
    store.close();
  }
}
