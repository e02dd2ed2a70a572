import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadNounCompounds, parseNounCompounds } from './load-noun-compounds.js';

test('the shipped noun compounds load, keyed by first word', () => {
  const compounds = loadNounCompounds();
  assert.equal(compounds.get('asset')?.has('freezes'), true);
  assert.equal(compounds.get('tear')?.has('gas'), true);
});

// a line that does not fit is refused, naming the file and the line
const bad: [string, RegExp][] = [
  ['asset\n', /compounds\.txt:1: want "FIRST SECOND"/],
  ['# comment\nasset freeze extra\n', /compounds\.txt:2: want/],
  ['asset fr33ze\n', /compounds\.txt:1: want/],
];
for (const [text, error] of bad) {
  test(`refuses ${JSON.stringify(text)}`, () => {
    assert.throws(() => parseNounCompounds(text, 'noun-compounds.txt'), error);
  });
}
