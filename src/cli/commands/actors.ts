import { parseArgs } from 'node:util';
import type { CliIo } from '../io.js';
import { createCoder } from '../../pipeline/index.js';
import { isoDay } from '../../io/read-documents.js';
import { CliError } from '../errors.js';
import { coderOptionsFrom, takeListFlag } from '../dictionary-options.js';

const USAGE = `usage: parley actors "TEXT" [--date YYYY-MM-DD] [--actors FILE] [--dictionaries PATH...] [--json]
Shows how each mention in the text resolves to a CAMEO actor code, and why (entry and rule).
`;

export async function runActors(argv: string[], io: CliIo): Promise<number> {
  const { rest, values: dictionaries } = takeListFlag(argv, '--dictionaries');
  const { values, positionals } = parseArgs({
    args: rest, allowPositionals: true,
    options: { date: { type: 'string' }, json: { type: 'boolean', default: false }, actors: { type: 'string', multiple: true, default: [] }, 'with-builtins': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  if (values.help) { io.stdout.write(USAGE); return 0; }
  const text = positionals.join(' ').trim();
  if (!text) throw new CliError('usage', 'give a text, e.g. parley actors "the Kremlin" --date 2023-05-05');
  if (values.date !== undefined && !isoDay(values.date)) throw new CliError('usage', `--date must be YYYY-MM-DD (got "${values.date}")`);
  const coder = await createCoder(coderOptionsFrom({ dictionaries, actors: values.actors, withBuiltins: values['with-builtins'] }, io.stderr));
  const coded = coder.code({ id: 'actors', text, ...(values.date ? { date: values.date } : {}) });
  if (values.json) { for (const e of coded.entities) io.stdout.write(JSON.stringify(e) + '\n'); return 0; }
  if (coded.entities.length === 0) io.stdout.write('no actor resolved\n');
  for (const e of coded.entities) {
    io.stdout.write(`"${e.text}" [${e.start}-${e.end}] -> ${e.code}${e.name ? ` (${e.name})` : ''}\n    rule ${e.rule}, ${e.resolution}${e.entry ? `, entry ${e.entry}` : ''}\n`);
  }
  for (const issue of coded.issues) if (issue.code === 'unresolved-actor') io.stdout.write(`unresolved: ${issue.message}\n`);
  return 0;
}
