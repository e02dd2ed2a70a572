// Test-only child process for the SIGKILL test: runs `parley ingest` with the fixture coder and,
// when PARLEY_TEST_BLOCK_AFTER is set, stops dead before coding that many plus one documents, so the
// parent can kill it mid-run at a known point.
import { runIngest } from '../cli/commands/ingest.js';
import { fixtureCoder } from '../store/_test-fixtures.js';
import type { Coder } from '../domain/coded-document.js';

const blockAfter = Number(process.env['PARLEY_TEST_BLOCK_AFTER'] ?? 'NaN');
const inner = fixtureCoder();
let coded = 0;
const coder: Coder = {
  dictionaryVersion: inner.dictionaryVersion,
  code(doc) {
    if (coded === blockAfter) {
      process.stderr.write('BLOCKED\n');
      const cell = new Int32Array(new SharedArrayBuffer(4));
      for (;;) Atomics.wait(cell, 0, 0, 1000);
    }
    coded += 1;
    return inner.code(doc);
  },
};

process.exitCode = await runIngest(process.argv.slice(2), {
  stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, isTTY: false,
}, { createCoder: async () => coder });
