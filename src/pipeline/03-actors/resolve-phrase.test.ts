import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withRole } from './resolve-phrase.js';

// actor code, role, stack (PETRARCH) -> combined code
const rows: [string, string, boolean, string][] = [
  ['UKR', 'CVL', false, 'UKRCVL'],
  ['UKRGOV', 'CVL', false, 'UKRCVL'],
  ['UKRGOV', 'CVL', true, 'UKRGOVCVL'],
  ['GMWGOV', 'WGO', true, 'GMWGOVWGO'],
  ['HGWGOVMED', 'GOVMED', true, 'HGWGOVMED'],
  ['GONGMO', 'OPP', true, 'GONGMOOPP'],
  ['IGOUNO', 'GOV', true, 'IGOUNO'],
  ['', 'GOV', false, 'GOV'],
];
for (const [code, role, stack, expected] of rows) {
  test(`withRole(${code || '""'}, ${role}${stack ? ', stacked' : ''}) = ${expected}`, () => {
    assert.equal(withRole(code, role, stack), expected);
  });
}
