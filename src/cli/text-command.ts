import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import type { CoderOptions } from '../pipeline/index.js';
import { requireIsoDay } from './flags.js';
import { CliError } from './errors.js';
import { coderOptionsFrom, takeListFlag } from './dictionary-options.js';

/** What `parley explain` and `parley actors` share: a text on the command line, its date, the dictionaries to use. */
export interface TextCommandArgs {
  readonly text: string;
  readonly date?: string;
  readonly json: boolean;
  readonly help: boolean;
  readonly options: CoderOptions;
}

export function parseTextCommand(argv: readonly string[], example: string, stderr: Writable): TextCommandArgs {
  const { rest, values: dictionaries } = takeListFlag(argv, '--dictionaries');
  const { values, positionals } = parseArgs({
    args: rest, allowPositionals: true,
    options: {
      date: { type: 'string' }, json: { type: 'boolean', default: false }, actors: { type: 'string', multiple: true, default: [] },
      'with-builtins': { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
    },
  });
  const text = positionals.join(' ').trim();
  if (values.help) return { text, json: false, help: true, options: {} };
  if (!text) throw new CliError('usage', `give the text, e.g. ${example}`);
  if (values.date !== undefined) requireIsoDay(values.date);
  const options = coderOptionsFrom({ dictionaries, actors: values.actors, withBuiltins: values['with-builtins'] }, stderr);
  return { text, json: values.json, help: false, options, ...(values.date ? { date: values.date } : {}) };
}
