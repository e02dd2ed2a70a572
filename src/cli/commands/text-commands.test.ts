import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../main.js';
import { runCli, type CliRun } from '../../../test/helpers/cli.js';

function run(args: string[], stdin = ''): Promise<CliRun> {
  return runCli((argv, io) => main(argv, io), args, stdin);
}

test('parley actors shows each resolution with its rule and entry, by date', async () => {
  const after = await run(['actors', 'Qin Gang met Lavrov.', '--date', '2024-06-01']);
  const during = await run(['actors', 'Qin Gang met Lavrov.', '--date', '2023-05-05']);
  const before = await run(['actors', 'Qin Gang met Lavrov.', '--date', '2005-06-01']);
  // Out of office, one of his country's elites; before any office, his country.
  assert.match(after.out, /"Qin Gang" \[0-8\] -> CHNELI\b/);
  assert.match(before.out, /"Qin Gang" \[0-8\] -> CHN\b/);
  assert.match(during.out, /"Qin Gang" \[0-8\] -> CHNGOV \(Qin Gang\)\n {4}rule actors\/person:name, stated, entry people-/);
  assert.match(during.out, /"Lavrov" .* -> RUSGOV/);
});

test('parley explain shows the parse, the patterns tried and the event', async () => {
  const r = await run(['explain', 'Iran did not agree to meet the United States. Japan praised India.', '--date', '2024-01-02']);
  assert.equal(r.code, 0);
  assert.match(r.out, /clause \d+: subject \[Iran\] \| verb "did not agree" = agree \(past, negated\)/);
  assert.match(r.out, /negated: not coded, nor what it governs/);
  assert.match(r.out, /pattern lexicon\/05-[a-z-]+:\d+ \[051\] MATCHED/);
  assert.match(r.out, /=> JPN -> IND 051/);
  assert.doesNotMatch(r.out, /=> IRN/);
});

test('parley explain says why an act with no party acted on is not coded', async () => {
  const r = await run(['explain', 'China called for calm in the region.', '--date', '2024-01-02']);
  assert.equal(r.code, 0);
  assert.match(r.out, /CHN -> - 020 dropped: it names no party it acts on/);
  assert.doesNotMatch(r.out, /=> CHN/);
});

test('explain and actors need a text and a valid date', async () => {
  assert.equal((await run(['explain'])).code, 2);
  assert.equal((await run(['actors', 'the Kremlin', '--date', 'May 5'])).code, 2);
});
