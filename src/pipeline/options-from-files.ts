import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Writable } from 'node:stream';
import type { CoderOptions } from './index.js';
import { petrarchCoderOptions } from './petrarch-options.js';
import type { ActorDictionary } from '../domain/actor-dictionary.js';
import { loadPetrarchDictionaries } from '../dictionaries/petrarch/index.js';
import { parseActorFile, formatActorFileWarning } from '../dictionaries/actors/index.js';

/** A dictionary file named by the user that cannot be found or read. */
export class DictionaryFilesError extends Error {
  /** Same code as the CLI's error catalogue, so a worker thread can pass it on. */
  readonly code = 'dictionary';

  constructor(message: string) {
    super(message);
    this.name = 'DictionaryFilesError';
  }
}

/** Expands folders given to --dictionaries into the dictionary files inside them. */
function expandPaths(paths: readonly string[]): string[] {
  return paths.flatMap((p) => {
    let info;
    try { info = statSync(p); } catch { throw new DictionaryFilesError(`${p}: no such dictionary file or folder`); }
    if (!info.isDirectory()) return [p];
    return readdirSync(p).filter((n) => n.endsWith('.txt') && !n.startsWith('.')).sort().map((n) => join(p, n));
  });
}

/** Builds coder options from dictionary files (--dictionaries, --actors, --with-builtins), reporting file warnings on `stderr`. */
export function coderOptionsFromFiles(
  flags: { dictionaries: readonly string[]; actors: readonly string[]; withBuiltins: boolean },
  stderr: Writable,
): CoderOptions {
  const userActors: ActorDictionary[] = [];
  for (const path of flags.actors) {
    let text: string;
    try { text = readFileSync(path, 'utf8'); } catch { throw new DictionaryFilesError(`${path}: cannot read actor file`); }
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

