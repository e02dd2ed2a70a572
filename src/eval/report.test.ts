import { test } from 'node:test';
import assert from 'node:assert/strict';
import { breakdown, formatBreakdown, worstDocuments } from './report.js';
import { goldFromRecords, predictionsFromRecords, scoreEvents } from './score.js';

const gold = goldFromRecords([
  { id: 'a', events: [{ source: 'GON', target: 'ARN', code: '036' }, { source: 'ARN', target: 'GON', code: '190' }] },
  { id: 'b', events: [{ source: 'MOR', target: 'GON', code: '193' }, { source: 'GON', target: 'MOR', code: '042', optional: true }] },
  { id: 'c', events: [] },
]);
const pred = predictionsFromRecords([
  { doc_id: 'a', source: 'GON', target: 'ARN', cameo: '040' }, // root 04 vs gold 03: fp at root, tp at quad
  { doc_id: 'b', source: 'MOR', target: 'GON', cameo: '190' },
  { doc_id: 'b', source: 'GON', target: 'MOR', cameo: '042' }, // optional: no credit, no penalty
  { doc_id: 'c', source: 'X', target: 'Y', cameo: '111' },
  { doc_id: 'c', source: 'X', target: 'Y', cameo: '111' },
]);
const report = scoreEvents(gold, pred);

const rootRows: [string, number, number, number][] = [['03', 0, 0, 1], ['04', 0, 1, 0], ['11', 0, 2, 0], ['19', 1, 0, 1]];
test('report: per-root table counts tp and fn under the gold root, fp under the predicted one', () => {
  assert.deepEqual(breakdown(report, 'root').map((r) => [r.key, r.tp, r.fp, r.fn]), rootRows);
  const totals = rootRows.reduce<[number, number, number]>((t, r) => [t[0] + r[1], t[1] + r[2], t[2] + r[3]], [0, 0, 0]);
  const s = report.levels.root;
  assert.deepEqual(totals, [s.tp, s.fp, s.fn], 'rows add up to the root-level totals');
});

test('report: per-quad table', () => {
  assert.deepEqual(breakdown(report, 'quad').map((r) => [r.key, r.tp, r.fp, r.fn]), [['1', 1, 0, 0], ['3', 0, 2, 0], ['4', 1, 0, 1]]);
  assert.match(formatBreakdown(breakdown(report, 'quad'), 'quad'), /^quad .*\n1 +1 +0 +0 +1\.000 +1\.000 +1\.000/);
});

test('report: worst documents by errors at a level, ties in input order', () => {
  assert.deepEqual(worstDocuments(report, 'root', 5).map((d) => [d.id, d.fp, d.fn]), [['a', 1, 2], ['c', 2, 0]]);
  assert.deepEqual(worstDocuments(report, 'quad', 1).map((d) => d.id), ['c']);
  assert.deepEqual(worstDocuments(report, 'code', 0), []);
});
