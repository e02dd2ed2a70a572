import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPetrarchDiscards } from './read-discards.js';

test('discards: "+" lines discard the story, others the sentence; comments and case are dropped', () => {
  const text = '# Story-level discards are marked +\nMONTHS LATER\n+World Golf Championships   # pas\nBALLCLUB_ # x\n<!-- gone -->\n';
  const r = readPetrarchDiscards(text, 'd.txt');
  assert.deepEqual(r.warnings, []);
  assert.deepEqual(r.discards, {
    origin: 'd.txt',
    sentence: [['months', 'later'], ['ballclub']],
    story: [['world', 'golf', 'championships']],
  });
});

test('discards (bad input): an empty "+" line and a line with a code are warnings', () => {
  const r = readPetrarchDiscards('+\nGAZA [PSE]\nOK\n', 'd.txt');
  assert.deepEqual(r.warnings.map((w) => [w.line, /empty|code/.test(w.message)]), [[1, true], [2, true]]);
  assert.deepEqual(r.discards.sentence, [['ok']]);
});
