import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadBuiltinDiscards, mergeDiscards } from './load-discards.js';

test('discards: the shipped list reads, multiword phrases as words, no story-wide phrases', () => {
  const d = loadBuiltinDiscards();
  assert.ok(d.sentence.some((p) => p.join(' ') === 'premier league'));
  assert.ok(d.sentence.some((p) => p.join(' ') === 'cricket team'));
  assert.deepEqual(d.story, []);
});

test('discards: lists merge, keeping every phrase and naming every origin', () => {
  const a = { origin: 'a', sentence: [['x']], story: [] };
  const b = { origin: 'b', sentence: [['y', 'z']], story: [['w']] };
  assert.deepEqual(mergeDiscards([a, b]), { origin: 'a + b', sentence: [['x'], ['y', 'z']], story: [['w']] });
});
