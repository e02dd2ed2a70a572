import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadThreatenedOutcomes, parseThreatenedOutcomes } from './load-threatened-outcomes.js';

test('threatened outcomes: words that must follow, and passive or negated readings', () => {
  const t = parseThreatenedOutcomes('# comment\npay price,for_it\npunish - passive\ngo unpunished negated\n', 'test.txt');
  assert.deepEqual(t.get('pay'), { words: ['price', 'for it'], passive: false, negated: false });
  assert.deepEqual(t.get('punish'), { words: [], passive: true, negated: false });
  assert.deepEqual(t.get('go'), { words: ['unpunished'], passive: false, negated: true });
});

// bad lines name the file, the line and what a line must look like
for (const text of ['pay', 'pay price sometimes', 'pay price passive extra', 'pay -\npay price']) {
  test(`threatened outcomes: ${JSON.stringify(text)} is refused`, () => {
    assert.throws(() => parseThreatenedOutcomes(text, 'outcomes.txt'), /^Error: outcomes\.txt:\d+: (want "VERB|"pay" is listed twice)/);
  });
}

test('threatened outcomes: the shipped list loads', () => {
  const t = loadThreatenedOutcomes();
  assert.ok(t.get('pay')?.words.includes('price'));
  assert.equal(t.get('go')?.negated, true);
});
