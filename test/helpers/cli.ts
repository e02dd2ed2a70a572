import { PassThrough, Readable } from 'node:stream';
import type { CliIo } from '../../src/cli/io.js';

/** What a CLI command printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/** Runs a CLI entry (main, or one command's runner) in process on captured streams, with `stdin` as its input. */
export async function runCli(
  entry: (argv: string[], io: CliIo) => Promise<number>, args: string[], stdin = '', onThrow?: (e: unknown) => number, isTTY = false,
): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  try {
    const code = await entry(args, { stdout, stderr, stdin: Readable.from([Buffer.from(stdin)]), isTTY });
    return { code, out, err };
  } catch (e) {
    if (!onThrow) throw e;
    return { code: onThrow(e), out, err: (e as Error).message };
  }
}
