import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exitCodeOf } from '../errors.js';
import { runEval } from './eval.js';
import { runCli, type CliRun } from '../../../test/helpers/cli.js';

// Calls runEval directly (main.ts wires it as `parley eval`); thrown CliErrors map to exit codes as in main.
function run(args: string[], stdin = ''): Promise<CliRun> {
  return runCli(runEval, args, stdin, exitCodeOf);
}

const dir = mkdtempSync(join(tmpdir(), 'parley-eval-cli-'));
const gold = join(dir, 'gold.jsonl');
writeFileSync(gold, [
  { id: 'd1', text: 'Gondor met Arnor.', events: [{ source: 'GON', target: 'ARN', code: '036' }] },
  { id: 'd2', events: [{ source: 'MOR', target: 'GON', code: '190' }] },
].map((r) => JSON.stringify(r)).join('\n') + '\n');
const pred = [
  { doc_id: 'd1', source: { code: 'GON' }, target: { code: 'ARN' }, cameo: '036' },
  { doc_id: 'd2', source: 'MOR', target: 'GON', cameo: '010' },
].map((r) => JSON.stringify(r)).join('\n') + '\n';
const predPath = join(dir, 'pred.jsonl');
writeFileSync(predPath, pred);

test('eval: prints score.mjs-style lines, tables and worst documents; --min sets the exit code', async () => {
  const r = await run([gold, predPath, '--by', 'root', '--worst', '1', '--min', '0.9']);
  assert.equal(r.code, 1);
  assert.match(r.out, /^documents 2\nquad  P 0\.500 R 0\.500 F1 0\.500  \(tp 1 fp 1 fn 1\)\n/);
  assert.match(r.out, /F1\(root\) = 0\.500/);
  assert.match(r.out, /\nroot .*\n01 +0 +1 +0 /);
  assert.match(r.out, /worst documents at root level:\nd2: 2 errors \(fp 1, fn 1\)\n$/);
});

test('eval: --json with predictions on stdin', async () => {
  const r = await run([gold, '-', '--json', '--level', 'code'], pred);
  assert.equal(r.code, 0);
  const json = JSON.parse(r.out);
  assert.deepEqual([json.documents, json.code.tp, json.code.fp, json.code.fn, json.code.f1], [2, 1, 1, 1, 0.5]);
});

test('eval --units: pass rates per category and failing records', async () => {
  const units = join(dir, 'units.jsonl');
  writeFileSync(units, [
    { id: 'A-1', category: 'DEMO', text: 't', events: [{ source: 'ARN', target: 'GON', code: '064' }] },
    { id: 'A-2', category: 'DEMO', text: 't', events: [] },
    { id: 'B-1', category: 'DATE', text: 't', events: [{ source: 'HOB', target: 'SHR', code: '031' }] },
  ].map((r) => JSON.stringify(r)).join('\n'));
  const produced = join(dir, 'unit-pred.jsonl');
  writeFileSync(produced, JSON.stringify({ doc_id: 'A-1', source: { code: 'ARN' }, target: { code: 'GON' }, cameo: '064' }) + '\n');
  const r = await run(['--units', units, produced, '--failures', '5']);
  assert.equal(r.code, 0);
  assert.equal(r.out, [
    'DEMO          2 / 2    100.0%',
    'DATE          0 / 1      0.0%',
    'ALL           2 / 3     66.7%',
    'B-1: missing [HOB SHR 031] extra []',
    '',
  ].join('\n'));
});

const bad: [string, string[], number, RegExp][] = [
  ['missing GOLD', [], 2, /give a GOLD file/],
  ['too many files', [gold, predPath, predPath], 2, /give a GOLD file/],
  ['bad level', [gold, predPath, '--level', 'cameo'], 2, /--level must be/],
  ['bad --by', [gold, predPath, '--by', 'code'], 2, /--by must be/],
  ['bad --worst', [gold, predPath, '--worst=-3'], 2, /whole number/],
  ['unreadable file', [join(dir, 'nope.jsonl'), predPath], 1, /nope\.jsonl: cannot read/],
  ['not JSON', [gold, join(dir, 'broken.jsonl')], 1, /broken\.jsonl:2: not JSON/],
];
writeFileSync(join(dir, 'broken.jsonl'), '{"doc_id":"d1","cameo":"010"}\n{nope\n');
for (const [name, args, code, message] of bad) {
  test(`eval (bad input): ${name}`, async () => {
    const r = await run(args);
    assert.equal(r.code, code);
    assert.match(r.err, message);
  });
}

test('eval without PRED codes the gold documents itself and scores them', async () => {
  const goldDocs = join(dir, 'gold-docs.jsonl');
  writeFileSync(goldDocs, JSON.stringify({
    id: 'g1', date: '2024-02-01', text: 'Chinese President Xi Jinping held talks with Russian President Vladimir Putin.',
    events: [{ source: 'CHNGOV', target: 'RUSGOV', code: '046' }],
  }) + '\n' + JSON.stringify({ id: 'g2', date: '2024-02-01', events: [] }) + '\n');
  const r = await run([goldDocs, '--json']);
  assert.equal(r.code, 0);
  const scores = JSON.parse(r.out) as { root: { tp: number } };
  assert.equal(scores.root.tp, 1);
  assert.match(r.err, /g2\) has no text/);
});
