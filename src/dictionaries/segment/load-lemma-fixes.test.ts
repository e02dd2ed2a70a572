import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadLemmaFixes, parseLemmaFixes } from './load-lemma-fixes.js';

test('the shipped lemma fixes load, keyed by lower-case form', () => {
  const fixes = loadLemmaFixes();
  assert.equal(fixes.get('staged'), 'stage');
  assert.equal(fixes.get('waging'), 'wage');
});

// a line that does not fit is refused, naming the file and the line
const bad: [string, RegExp][] = [
  ['staged\n', /fixes\.txt:1: want "FORM LEMMA"/],
  ['# comment\nstaged stage extra\n', /fixes\.txt:2: want/],
  ['staged Stage\n', /fixes\.txt:1: want/],
  ['staged stage\nstaged stage\n', /fixes\.txt:2: "staged" is listed twice/],
];
for (const [text, error] of bad) {
  test(`refuses ${JSON.stringify(text)}`, () => {
    assert.throws(() => parseLemmaFixes(text, 'lemma-fixes.txt'), error);
  });
}
