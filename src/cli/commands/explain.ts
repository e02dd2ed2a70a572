import type { CliIo } from '../io.js';
import { createExplainer, renderExplanation } from '../../explain/explain.js';
import { parseTextCommand } from '../text-command.js';

const USAGE = `usage: parley explain "SENTENCE..." [--date YYYY-MM-DD] [--json] [--dictionaries PATH...] [--actors FILE]
Shows how Parley codes a text: the parse, each actor resolution and its dictionary entry,
each pattern tried and which matched, and the events produced.
`;

export async function runExplain(argv: string[], io: CliIo): Promise<number> {
  const args = parseTextCommand(argv, 'parley explain "Xi met Putin on Monday." --date 2023-03-22', io.stderr);
  if (args.help) { io.stdout.write(USAGE); return 0; }
  const explain = createExplainer(args.options);
  const explanation = explain({ id: 'explain', text: args.text, ...(args.date ? { date: args.date } : {}) });
  if (args.json) {
    const { record } = explanation.coded;
    io.stdout.write(JSON.stringify({ syntax: record.syntax, actors: record.actors, dates: record.dates, steps: explanation.steps, events: explanation.coded.events, quotes: explanation.coded.quotes }, null, 2) + '\n');
  } else io.stdout.write(renderExplanation(explanation));
  return 0;
}
