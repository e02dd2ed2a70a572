import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cameoRoot, quadOfRoot } from '../../domain/cameo.js';
import { CameoCodeTableError, describeCode, loadCameoCodes, parseCameoCodes } from './load-cameo-codes.js';

const codes = loadCameoCodes();

describe('built-in CAMEO code table', () => {
  it('has every root 01..20', () => {
    for (let root = 1; root <= 20; root++) {
      const code = String(root).padStart(2, '0');
      assert.ok(codes.has(code), `root ${code} missing`);
    }
  });

  it('has every code of the PLOVER conversion table and the 01/02 codes it leaves out', () => {
    const plover = readFileSync(new URL('../../../../shared/eval/plover/CAMEO2PLOVER-2021.txt', import.meta.url), 'utf8');
    const listed = [...plover.matchAll(/^(\d{2,4}):/gm)].map((m) => m[1] ?? '');
    assert.ok(listed.length > 250);
    for (const code of listed) assert.ok(codes.has(code), `PLOVER code ${code} missing`);
    for (const code of ['010', '011', '016', '019', '020', '0214', '0256', '028']) assert.ok(codes.has(code), code);
    assert.equal(codes.size, 313);
  });

  it('gives every code the quad of its root and a Goldstein value in [-10, 10]', () => {
    for (const info of codes.values()) {
      assert.equal(info.quad, quadOfRoot(cameoRoot(info.code)), info.code);
      assert.ok(info.goldstein >= -10 && info.goldstein <= 10, info.code);
      assert.ok(info.name.length > 0, info.code);
    }
  });

  const rows: readonly [code: string, name: string, goldstein: number, quad: number, type: string, mode?: string | undefined, context?: string | undefined][] = [
    ['041', 'Discuss by telephone', 1.0, 1, 'CONSULT', 'phone'],
    ['042', 'Make a visit', 1.9, 1, 'CONSULT', 'visit'],
    ['046', 'Engage in negotiation', 7.0, 1, 'CONSULT', undefined, 'diplomatic'],
    ['057', 'Sign formal agreement', 8.0, 1, 'SUPPORT', undefined, 'diplomatic'],
    ['0874', 'Retreat or surrender militarily', 10.0, 2, 'RETREAT', 'disarm', 'military'],
    ['112', 'Accuse', -2.0, 3, 'ACCUSE', 'disapprove'],
    ['130', 'Threaten, not specified below', -4.4, 3, 'THREATEN'],
    ['163', 'Impose embargo, boycott, or sanctions', -8.0, 4, 'COERCE', 'restrict', 'diplomatic'],
    ['173', 'Arrest, detain, or charge with legal action', -5.0, 4, 'COERCE', 'arrest', 'legal'],
    ['190', 'Use conventional military force, not specified below', -10.0, 4, 'ASSAULT', undefined, 'military'],
    ['195', 'Employ aerial weapons', -10.0, 4, 'ASSAULT', 'heavy-weapons', 'military'],
    ['094', 'Investigate war crimes', -2.0, 3, 'ACCUSE', 'investigate', 'military; legal'],
    ['0231', 'Appeal for economic aid', 3.4, 1, 'REQUEST', 'assist', 'economic'],
    ['016', 'Deny responsibility', -2.0, 1, ''],
  ];
  for (const [code, name, goldstein, quad, type, mode, context] of rows) {
    it(`row ${code}`, () => {
      const info = codes.get(code);
      assert.ok(info);
      assert.equal(info.name, name);
      assert.equal(info.goldstein, goldstein);
      assert.equal(info.quad, quad);
      assert.deepEqual(info.plover, { type, ...(mode ? { mode } : {}), ...(context ? { context } : {}) });
    });
  }
});

describe('describeCode', () => {
  const cases: readonly [asked: string, found: string | undefined][] = [
    ['0841', '0841'],
    ['041', '041'],
    ['19', '19'],
    ['0415', '041'], // unknown 4-digit falls back to its 3-digit parent
    ['199', '19'], // unknown 3-digit falls back to its root
    ['1999', '19'],
    ['99', undefined],
    ['', undefined],
    ['abc', undefined],
  ];
  for (const [asked, found] of cases) {
    it(`${asked || '(empty)'} -> ${found ?? 'nothing'}`, () => {
      assert.equal(describeCode(codes, asked)?.code, found);
    });
  }
});

describe('parseCameoCodes rejects bad tables', () => {
  const header = 'code\tname\tgoldstein\tplover_type\tplover_mode\tplover_context';
  const ok = `${header}\n01\tROOT\t0.0\t-\t-\t-\n`;
  it('parses a minimal table', () => {
    const parsed = parseCameoCodes(`# comment\n${ok}010\tMake statement\t0\t-\t-\t-\n`, 't.tsv');
    assert.equal(parsed.size, 2);
    assert.deepEqual(parsed.get('010')?.plover, { type: '' });
  });
  const bad: readonly [label: string, text: string, where: string, reason: RegExp][] = [
    ['no header', '01\tROOT\t0\t-\t-\t-\n', 't.tsv:1', /header/],
    ['too few cells', `${ok}010\tMake statement\t0\n`, 't.tsv:3', /6 tab-separated cells/],
    ['bad code', `${ok}01a\tX\t0\t-\t-\t-\n`, 't.tsv:3', /not a 2- to 4-digit/],
    ['root out of range', `${header}\n21\tX\t0\t-\t-\t-\n`, 't.tsv:2', /outside 01..20/],
    ['duplicate', `${ok}01\tROOT\t0\t-\t-\t-\n`, 't.tsv:3', /twice/],
    ['Goldstein out of range', `${ok}010\tX\t11\t-\t-\t-\n`, 't.tsv:3', /\[-10, 10\]/],
    ['Goldstein not a number', `${ok}010\tX\tten\t-\t-\t-\n`, 't.tsv:3', /not a number/],
    ['no name', `${ok}010\t-\t0\t-\t-\t-\n`, 't.tsv:3', /no name/],
    ['orphan', `${ok}0101\tX\t0\t-\t-\t-\n`, 't.tsv', /no parent row 010/],
  ];
  for (const [label, text, where, reason] of bad) {
    it(label, () => {
      assert.throws(
        () => parseCameoCodes(text, 't.tsv'),
        (error: unknown) => error instanceof CameoCodeTableError && error.where === where && reason.test(error.message),
      );
    });
  }
});
