import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadReferringNouns, parseReferringNouns } from './load-referring-nouns.js';

test('referring nouns: CAMEO roots or longer prefixes, or * for any act', () => {
  const t = parseReferringNouns('# comment\nattack 18,19,20\ndecision 03,057,16 # a step\nmove *\n', 'test.txt');
  assert.deepEqual(t.get('attack'), ['18', '19', '20']);
  assert.deepEqual(t.get('decision'), ['03', '057', '16']);
  assert.equal(t.get('move'), null);
  assert.equal(t.has('comment'), false);
});

// bad lines name the file, the line and what a line must look like
for (const text of ['attack', 'attack 1', 'attack 18;19', 'attack 18 19', 'attack 18,x', 'attack 18\nattack 19']) {
  test(`referring nouns: ${JSON.stringify(text)} is refused`, () => {
    assert.throws(() => parseReferringNouns(text, 'nouns.txt'), /^Error: nouns\.txt:\d+: (want "NOUN CODE|"attack" is listed twice)/);
  });
}

test('referring nouns: the shipped list loads', () => {
  const t = loadReferringNouns();
  assert.deepEqual(t.get('attack'), ['18', '19', '20']);
  assert.ok(t.get('move')?.includes('16'));
});
