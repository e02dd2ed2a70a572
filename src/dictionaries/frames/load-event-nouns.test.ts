import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadEventNouns, parseEventNouns } from './load-event-nouns.js';

test('event nouns: code, the other side\'s code, and the preposition before the target', () => {
  const t = parseEventNouns('# comment\nvisit 042 043 to place\ncall 041 - with\n', 'test.txt');
  assert.deepEqual(t.get('visit'), { code: '042', reverseCode: '043', targetPrep: 'to', placeIsTarget: true });
  assert.deepEqual(t.get('call'), { code: '041', targetPrep: 'with', placeIsTarget: false });
});

// bad lines name the file, the line and what a line must look like
for (const text of ['visit', 'visit 042 043', 'visit 42 043 to', 'visit 042 x to', 'visit 042 043 to extra', 'visit 042 043 to place extra', 'visit 042 - to\nvisit 042 - to']) {
  test(`event nouns: ${JSON.stringify(text)} is refused`, () => {
    assert.throws(() => parseEventNouns(text, 'nouns.txt'), /^Error: nouns\.txt:\d+: (want "NOUN CODE|"visit" is listed twice)/);
  });
}

test('event nouns: the shipped list loads', () => {
  assert.equal(loadEventNouns().get('visit')?.reverseCode, '043');
  assert.equal(loadEventNouns().get('fighting')?.targetPrep, 'between');
});
