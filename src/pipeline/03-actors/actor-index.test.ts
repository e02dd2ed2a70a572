import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPetrarchActors } from '../../dictionaries/petrarch/read-actors.js';
import { ActorIndex } from './actor-index.js';

const index = new ActorIndex([readPetrarchActors([
  'ITHILEN  [ITH]',
  'ITHILEN TELEVISION  [ITHTV]',
  'RADAGAST THE_BROWN  [RAD]',
  'WHITE_HOUSE  [USAGOV]',
].join('\n'), 'a.txt').dictionary]);

// words of one noun phrase -> the actor codes found, in order
const rows: [string, string[]][] = [
  ['ithilen television', ['ITHTV']],
  ['ithilen state-run television', ['ITHTV']],
  ['ithilen state-run radio', ['ITH']],
  ['radagast the brown', ['RAD']],
  ['radagast of the brown', ['RAD']],
  ['radagast the grey brown', []],
  ['white house', ['USAGOV']],
  ['white big house', []],
];
for (const [words, codes] of rows) {
  test(`actor index: ${words}`, () => {
    assert.deepEqual(index.scan(words.split(' ')).actors.map((m) => m.value.entry.codes[0]?.code), codes);
  });
}
