import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadDismayPredicates, parseDismayPredicates } from './load-accusing-predicates.js';

test('dismay predicates: a CAMEO code, and `named` for those coded only with a phrase naming what they are about', () => {
  const t = parseDismayPredicates('# comment\nappalled 111\nconcerned 110 named\n', 'test.txt');
  assert.deepEqual(t.get('appalled'), { code: '111', namedOnly: false });
  assert.deepEqual(t.get('concerned'), { code: '110', namedOnly: true });
  assert.equal(t.has('comment'), false);
});

// bad lines name the file, the line and what a line must look like
for (const text of ['appalled', 'appalled 11x', 'concerned 110 always', 'concerned 110 named extra', 'sorry 055\nsorry 055']) {
  test(`dismay predicates: ${JSON.stringify(text)} is refused`, () => {
    assert.throws(() => parseDismayPredicates(text, 'dismay.txt'), /^Error: dismay\.txt:\d+: (want "ADJECTIVE CODE \[named\]"|"sorry" is listed twice)/);
  });
}

test('dismay predicates: the shipped list loads', () => {
  const t = loadDismayPredicates();
  assert.deepEqual(t.get('outraged'), { code: '111', namedOnly: false });
  assert.equal(t.get('concerned')?.namedOnly, true);
});
