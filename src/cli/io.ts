import type { Readable, Writable } from 'node:stream';

/** The streams a CLI command talks to, passed in so tests can run commands in process. */
export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdin: Readable;
  /** True when stderr is an interactive terminal (progress bars instead of plain lines). */
  readonly isTTY: boolean;
}
