import { test } from 'node:test';
import assert from 'node:assert/strict';
import { judgeUnitRecord, summarizeByCategory, toUnitRecord } from './unit-records.js';

const record = { id: 'DEMO-02', category: 'DEMO', events: [
  { source: 'DAGGOV', target: 'GON', code: '032' }, { source: 'GON', target: 'DAGGOV', code: '033' },
] };

const cases: { name: string; produced: unknown[]; pass: boolean; missing: number; extra: number }[] = [
  { name: 'same set in another order, with a duplicate and EventRecord-style actors', pass: true, missing: 0, extra: 0, produced: [
    { source: { code: 'GON' }, target: { code: 'daggov' }, cameo: '033' },
    { source: 'DAGGOV', target: 'GON', cameo: '032' },
    { source: 'DAGGOV', target: 'GON', code: '032' },
  ] },
  { name: 'one expected event missing', pass: false, missing: 1, extra: 0, produced: [{ source: 'DAGGOV', target: 'GON', cameo: '032' }] },
  { name: 'an extra event', pass: false, missing: 0, extra: 1, produced: [
    { source: 'DAGGOV', target: 'GON', cameo: '032' }, { source: 'GON', target: 'DAGGOV', cameo: '033' }, { source: 'GON', target: null, cameo: '010' },
  ] },
  { name: 'a different code', pass: false, missing: 1, extra: 1, produced: [
    { source: 'DAGGOV', target: 'GON', cameo: '032' }, { source: 'GON', target: 'DAGGOV', cameo: '0331' },
  ] },
];
for (const c of cases) {
  test(`unit records: ${c.name}`, () => {
    const j = judgeUnitRecord(record, c.produced);
    assert.deepEqual([j.pass, j.missing.length, j.extra.length], [c.pass, c.missing, c.extra]);
  });
}

test('unit records: a record expecting nothing passes only when nothing is produced', () => {
  const none = { id: 'X', category: 'PARSING', events: [] };
  assert.equal(judgeUnitRecord(none, []).pass, true);
  assert.equal(judgeUnitRecord(none, [{ source: 'A', target: 'B', cameo: '010' }]).pass, false);
});

test('unit records: summary per category in first-seen order plus ALL', () => {
  const js = [
    judgeUnitRecord({ id: '1', category: 'DEMO', events: [] }, []),
    judgeUnitRecord({ id: '2', category: 'AGENT', events: [] }, [{ source: 'A', cameo: '010' }]),
    judgeUnitRecord({ id: '3', category: 'DEMO', events: [] }, [{ source: 'A', cameo: '010' }]),
  ];
  assert.deepEqual(summarizeByCategory(js).map((s) => [s.category, s.records, s.passed, s.rate]), [
    ['DEMO', 2, 1, 0.5], ['AGENT', 1, 0, 0], ['ALL', 3, 1, 1 / 3],
  ]);
});

test('unit records (bad input): records without id, text or events are reported', () => {
  assert.deepEqual(toUnitRecord({ text: 'x', events: [] }), { error: 'record needs a string "id" and "text"' });
  assert.deepEqual(toUnitRecord({ id: 'A', text: 'x' }), { error: 'record A has no "events" array' });
  assert.deepEqual(toUnitRecord({ id: 'A', text: 'x', category: 'DATE', date: '1995-01-04', events: [{ source: 'hob', target: 'SHR', code: '031' }] }), {
    id: 'A', category: 'DATE', text: 'x', date: '1995-01-04', events: [{ source: 'HOB', target: 'SHR', code: '031' }],
  });
});
