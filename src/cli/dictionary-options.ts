import type { Writable } from 'node:stream';
import type { CoderOptions } from '../pipeline/index.js';
import { coderOptionsFromFiles, DictionaryFilesError } from '../pipeline/options-from-files.js';
import { CliError } from './errors.js';

/** Builds coder options from --dictionaries, --actors and --with-builtins; a missing file is a CLI error. */
export function coderOptionsFrom(
  flags: { dictionaries: readonly string[]; actors: readonly string[]; withBuiltins: boolean },
  stderr: Writable,
): CoderOptions {
  try {
    return coderOptionsFromFiles(flags, stderr);
  } catch (error) {
    if (error instanceof DictionaryFilesError) throw new CliError('dictionary', error.message);
    throw error;
  }
}

/** Pulls `--dictionaries A B C` (values up to the next flag) out of argv, since parseArgs takes one value a flag. */
export function takeListFlag(argv: readonly string[], name: string): { rest: string[]; values: string[] } {
  const rest: string[] = [];
  const values: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === name) {
      while (i + 1 < argv.length && !argv[i + 1]!.startsWith('--')) values.push(argv[++i]!);
    } else if (a.startsWith(name + '=')) values.push(...a.slice(name.length + 1).split(','));
    else rest.push(a);
  }
  return { rest, values };
}
