import type { CliIo } from './io.js';
import { createCodingPool, inProcessPool, PoolStartError, type CodingPool } from '../parallel/index.js';
import { CliError, type CliErrorCode } from './errors.js';
import { coderOptionsFrom } from './dictionary-options.js';

/** `--workers N|auto`: how many threads code (1 = this thread, no worker). */
export function workerCount(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  const n = Number(value);
  if (!/^\d+$/u.test(value) || n < 1 || n > 256) throw new CliError('usage', `--workers must be a whole number from 1 to 256, or auto (got "${value}")`);
  return n;
}

/** What the caller reads from each coded document; with worker threads, the rest is not copied back. */
export interface PoolKeeps {
  readonly record?: boolean;
  readonly quotes?: boolean;
  readonly entities?: boolean;
}

/** One worker codes in this process, as before; more start worker threads, each compiling the dictionaries itself. */
export async function openPool(
  workers: number | 'auto', flags: { dictionaries: string[]; actors: string[]; withBuiltins: boolean }, io: CliIo, keep: PoolKeeps = {},
): Promise<CodingPool> {
  if (workers === 1) {
    // Loaded only here: with worker threads the main thread needs no tagger model or dictionaries.
    const { createCoder } = await import('../pipeline/index.js');
    return inProcessPool(await createCoder(coderOptionsFrom(flags, io.stderr)));
  }
  try {
    return await createCodingPool({
      recipe: flags, ...(workers === 'auto' ? {} : { workers }), keepRecord: keep.record ?? false, keepQuotes: keep.quotes ?? true, keepEntities: keep.entities ?? true, onLog: (text) => io.stderr.write(text),
    });
  } catch (error) {
    if (!(error instanceof PoolStartError)) throw error;
    const known: readonly string[] = ['usage', 'input', 'dictionary'] satisfies CliErrorCode[];
    throw new CliError(known.includes(error.code ?? '') ? error.code as CliErrorCode : 'internal', error.message);
  }
}

