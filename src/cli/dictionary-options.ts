import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { CoderOptions } from '../pipeline/index.js';
import { petrarchCoderOptions } from '../pipeline/petrarch-options.js';
import type { ActorDictionary } from '../domain/actor-dictionary.js';
import { loadPetrarchDictionaries } from '../dictionaries/petrarch/index.js';
import { parseActorFile, formatActorFileWarning } from '../dictionaries/actors/index.js';
import { CliError } from './errors.js';

/** Expands folders given to --dictionaries into the dictionary files inside them. */
function expandPaths(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    let info;
    try { info = statSync(p); } catch { throw new CliError('dictionary', `${p}: no such dictionary file or folder`); }
    if (!info.isDirectory()) return [p];
    return readdirSync(p).filter((n) => n.endsWith('.txt') && !n.startsWith('.')).sort().map((n) => join(p, n));
  });
}

/** Builds coder options from --dictionaries, --actors and --with-builtins, reporting file warnings on stderr. */
export function coderOptionsFrom(
  flags: { dictionaries: readonly string[]; actors: readonly string[]; withBuiltins: boolean },
  stderr: Writable,
): CoderOptions {
  const userActors: ActorDictionary[] = [];
  for (const path of flags.actors) {
    let text: string;
    try { text = readFileSync(path, 'utf8'); } catch { throw new CliError('dictionary', `${path}: cannot read actor file`); }
    const parsed = parseActorFile(text, path);
    for (const w of parsed.warnings) stderr.write(`parley: warning: ${formatActorFileWarning(w)}\n`);
    userActors.push(parsed.dictionary);
  }
  if (flags.dictionaries.length === 0) return { actors: userActors };
  const loaded = loadPetrarchDictionaries(expandPaths(flags.dictionaries));
  for (const w of loaded.warnings.slice(0, 20)) stderr.write(`parley: warning: ${w.file}:${w.line}: ${w.message}\n`);
  if (loaded.warnings.length > 20) stderr.write(`parley: warning: ... ${loaded.warnings.length - 20} more dictionary warnings\n`);
  return petrarchCoderOptions(loaded, flags.withBuiltins, userActors);
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
