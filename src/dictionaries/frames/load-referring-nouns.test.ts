import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadReferringNouns, parseReferringNouns } from './load-referring-nouns.js';

test('referring nouns: CAMEO roots or longer prefixes, or * for any act; "joint" for acts of two sides, "any-act" for any step', () => {
  const t = parseReferringNouns('# comment\nattack 18,19,20\ndecision 03,057,16 # a step\nmove *\ndeal 03,057 joint\nstep 16,17 any-act\n', 'test.txt');
  assert.deepEqual(t.get('attack'), { codes: ['18', '19', '20'], joint: false, anyAct: false });
  assert.deepEqual(t.get('decision'), { codes: ['03', '057', '16'], joint: false, anyAct: false });
  assert.deepEqual(t.get('move'), { codes: null, joint: false, anyAct: false });
  assert.deepEqual(t.get('deal'), { codes: ['03', '057'], joint: true, anyAct: false });
  assert.deepEqual(t.get('step'), { codes: ['16', '17'], joint: false, anyAct: true });
  assert.equal(t.has('comment'), false);
});

// bad lines name the file, the line and what a line must look like
for (const text of ['attack', 'attack 1', 'attack 18;19', 'attack 18 19', 'attack 18,x', 'attack 18 joint extra', 'deal 03 both', 'move 16 any', 'attack 18\nattack 19']) {
  test(`referring nouns: ${JSON.stringify(text)} is refused`, () => {
    assert.throws(() => parseReferringNouns(text, 'nouns.txt'), /^Error: nouns\.txt:\d+: (want "NOUN CODE|"attack" is listed twice)/);
  });
}

test('referring nouns: the shipped list loads', () => {
  const t = loadReferringNouns();
  assert.deepEqual(t.get('attack'), { codes: ['145', '18', '19', '20'], joint: false, anyAct: false });
  assert.equal(t.get('deal')?.joint, true);
  assert.equal(t.get('move')?.anyAct, true);
  assert.ok(t.get('move')?.codes?.includes('16'));
});
