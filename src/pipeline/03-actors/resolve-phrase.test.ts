import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asFormer, withRole } from './resolve-phrase.js';

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

// a former office-holder's code: the country's elites, or ELI stacked on the whole code (PETRARCH)
const former: [string, boolean, string][] = [['USAGOV', false, 'USAELI'], ['USAGOV', true, 'USAGOVELI'], ['GON', true, 'GONELI'], ['USAELI', true, 'USAELI']];
for (const [code, stack, expected] of former) {
  test(`asFormer(${code}${stack ? ', stacked' : ''}) = ${expected}`, () => assert.equal(asFormer(code, stack), expected));
}
