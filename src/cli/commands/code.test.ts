import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../main.js';
import { runCli, type CliRun } from '../../../test/helpers/cli.js';

function run(args: string[], stdin = ''): Promise<CliRun> {
  return runCli((argv, io) => main(argv, io), args, stdin);
}

const dir = mkdtempSync(join(tmpdir(), 'parley-code-'));
const good = { id: 'a1', date: '2024-02-01', text: 'Chinese President Xi Jinping held talks with Russian President Vladimir Putin on Monday.' };
const jsonl = join(dir, 'docs.jsonl');
writeFileSync(jsonl, [JSON.stringify(good), '{"id": "broken", "text": ', JSON.stringify({ id: 'empty', date: '2024-02-01', text: '' })].join('\n') + '\n');
const txt = join(dir, 'article.txt');
writeFileSync(txt, 'Iran rejected the proposal from the United States.\n');
const binary = join(dir, 'blob.txt');
writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255, 0, 7]));

test('codes a JSON Lines file; bad lines are reported by name and the run goes on', async () => {
  const r = await run(['code', jsonl]);
  const events = r.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(events.length >= 1);
  const first = events[0];
  assert.equal(first.doc_id, 'a1');
  assert.equal(first.source.code, 'CHNGOV');
  assert.equal(first.source.text, good.text.slice(first.source.start, first.source.end));
  assert.equal(first.trigger.text, good.text.slice(first.trigger.start, first.trigger.end));
  assert.equal(first.date, '2024-01-29');
  assert.match(r.err, /docs\.jsonl:2/);
  assert.match(r.err, /docs\.jsonl:3/);
  assert.equal(r.code, 1);
});

test('a .txt file takes its date from --date; tsv has a header', async () => {
  const r = await run(['code', txt, '--date', '2024-05-05', '--format', 'tsv']);
  const [header, ...rows] = r.out.trim().split('\n');
  assert.match(header ?? '', /^doc_id\tevent_id/);
  assert.ok(rows.every((row) => row.split('\t').length === header!.split('\t').length));
});

test('binary input is refused with its name', async () => {
  const r = await run(['code', binary, '--date', '2024-05-05']);
  assert.equal(r.code, 1);
  assert.match(r.err, /blob\.txt/);
});

test('stdin is read as JSON Lines; --quotes adds quote records', async () => {
  const doc = { id: 'q', date: '2024-02-01', text: '"We will never give up," Ukrainian President Volodymyr Zelensky said.' };
  const r = await run(['code', '--quotes'], JSON.stringify(doc) + '\n');
  const quotes = r.out.trim().split('\n').map((l) => JSON.parse(l)).filter((o) => o.kind === 'quote');
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].text, 'We will never give up');
  assert.equal(quotes[0].speaker.code, 'UKRGOV');
  assert.equal(r.code, 0);
});

test('bad flags are usage errors', async () => {
  assert.equal((await run(['code', '--format', 'xml', txt])).code, 2);
  assert.equal((await run(['code', '--date', 'yesterday', txt])).code, 2);
  assert.equal((await run(['nonsense'])).code, 2);
});

test('a document too long to be an article is refused by name; the others are coded', async () => {
  const path = join(dir, 'too-large.jsonl');
  writeFileSync(path, JSON.stringify({ id: 'big', date: '2024-01-01', text: 'Iran met Iraq. '.repeat(400_000) }) + '\n' + JSON.stringify(good) + '\n');
  const r = await run(['code', path]);
  assert.equal(r.code, 1);
  assert.match(r.err, /too-large\.jsonl:1: could not be coded: document big has 6\.0 million characters/);
  assert.ok(r.out.includes('"doc_id":"a1"'));
});
