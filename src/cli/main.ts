import type { CliIo } from './io.js';
import { CliError, exitCodeOf } from './errors.js';

const USAGE = `usage: parley <command> [options]
Commands:
  code [FILE...]      code documents into events (JSON Lines on stdout)
  ingest PATH...      code documents into the store (SQLite, default parley.sqlite)
  recode              re-code stored documents after a dictionary change; report what changed
  export              write stored events as GDELT TSV, PLOVER JSON, CSV or JSON Lines
  serve               serve the HTTP API and web UI on localhost
  explain "TEXT"      show the parse, actor resolutions, patterns tried and events for a text
  actors "TEXT"       show how each mention resolves to an actor code, and why
  eval GOLD.jsonl     code a gold file and score it (quad, root, code; per-root tables; worst records)
Run "parley <command> --help" for a command's options.
`;

type Command = (argv: string[], io: CliIo) => Promise<number>;

// Each command is loaded only when run: `export` or `serve` need not load the tagger model, and the
// main thread of `code --workers N`, which only hands documents to workers, stays small.
const COMMANDS: Readonly<Record<string, Command>> = {
  code: async (argv, io) => (await import('./commands/code.js')).runCode(argv, io),
  ingest: async (argv, io) => (await import('./commands/ingest.js')).runIngest(argv, io),
  explain: async (argv, io) => (await import('./commands/explain.js')).runExplain(argv, io),
  actors: async (argv, io) => (await import('./commands/actors.js')).runActors(argv, io),
  eval: async (argv, io) => (await import('./commands/eval.js')).runEval(argv, io),
  recode: async (argv, io) => (await import('./commands/recode.js')).runRecode(argv, io),
  serve: async (argv, io) => (await import('./commands/serve.js')).runServe(argv, io),
  export: async (argv, io) => (await import('./commands/export.js')).runExport(argv, io),
};

/** Runs the CLI with the given arguments and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(USAGE);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr.write(`parley: unknown command "${name}"\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    const message = error instanceof CliError ? error.message : error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS') ? error.message : `internal error: ${(error as Error).stack ?? String(error)}`;
    io.stderr.write(`parley ${name}: ${message}\n`);
    return error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS') ? 2 : exitCodeOf(error);
  }
}

function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, isTTY: !!process.stderr.isTTY };
}

// Run directly (`node --import tsx src/cli/main.ts ...`) as well as through bin/parley.js.
if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  process.exitCode = await main(process.argv.slice(2));
}
