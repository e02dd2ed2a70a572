import { parseArgs } from 'node:util';
import type { CliIo } from '../io.js';
import { createExplainer, renderExplanation } from '../../explain/explain.js';
import { isoDay } from '../../io/read-documents.js';
import { CliError } from '../errors.js';
import { coderOptionsFrom, takeListFlag } from '../dictionary-options.js';

const USAGE = `usage: parley explain "SENTENCE..." [--date YYYY-MM-DD] [--json] [--dictionaries PATH...] [--actors FILE]
Shows how Parley codes a text: the parse, each actor resolution and its dictionary entry,
each pattern tried and which matched, and the events produced.
`;

export async function runExplain(argv: string[], io: CliIo): Promise<number> {
  const { rest, values: dictionaries } = takeListFlag(argv, '--dictionaries');
  const { values, positionals } = parseArgs({
    args: rest, allowPositionals: true,
    options: { date: { type: 'string' }, json: { type: 'boolean', default: false }, actors: { type: 'string', multiple: true, default: [] }, 'with-builtins': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  if (values.help) { io.stdout.write(USAGE); return 0; }
  const text = positionals.join(' ').trim();
  if (!text) throw new CliError('usage', 'give the text to explain, e.g. parley explain "Xi met Putin on Monday." --date 2023-03-22');
  if (values.date !== undefined && !isoDay(values.date)) throw new CliError('usage', `--date must be YYYY-MM-DD (got "${values.date}")`);
  const explain = createExplainer(coderOptionsFrom({ dictionaries, actors: values.actors, withBuiltins: values['with-builtins'] }, io.stderr));
  const explanation = explain({ id: 'explain', text, ...(values.date ? { date: values.date } : {}) });
  if (values.json) {
    const { record } = explanation.coded;
    io.stdout.write(JSON.stringify({ syntax: record.syntax, actors: record.actors, dates: record.dates, steps: explanation.steps, events: explanation.coded.events, quotes: explanation.coded.quotes }, null, 2) + '\n');
  } else io.stdout.write(renderExplanation(explanation));
  return 0;
}
