import type { CliIo } from '../io.js';
import { createCoder } from '../../pipeline/index.js';
import { parseTextCommand } from '../text-command.js';

const USAGE = `usage: parley actors "TEXT" [--date YYYY-MM-DD] [--actors FILE] [--dictionaries PATH...] [--json]
Shows how each mention in the text resolves to a CAMEO actor code, and why (entry and rule).
`;

export async function runActors(argv: string[], io: CliIo): Promise<number> {
  const args = parseTextCommand(argv, 'parley actors "the Kremlin" --date 2023-05-05', io.stderr);
  if (args.help) { io.stdout.write(USAGE); return 0; }
  const coder = await createCoder(args.options);
  const coded = coder.code({ id: 'actors', text: args.text, ...(args.date ? { date: args.date } : {}) });
  if (args.json) { for (const e of coded.entities) io.stdout.write(JSON.stringify(e) + '\n'); return 0; }
  if (coded.entities.length === 0) io.stdout.write('no actor resolved\n');
  for (const e of coded.entities) {
    io.stdout.write(`"${e.text}" [${e.start}-${e.end}] -> ${e.code}${e.name ? ` (${e.name})` : ''}\n    rule ${e.rule}, ${e.resolution}${e.entry ? `, entry ${e.entry}` : ''}\n`);
  }
  for (const issue of coded.issues) if (issue.code === 'unresolved-actor') io.stdout.write(`unresolved: ${issue.message}\n`);
  return 0;
}
