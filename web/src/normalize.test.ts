import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { DyadPeriod } from './api-types.js';
import { fillPeriods, normalizeDocument, normalizeDyad } from './normalize.js';

const Z = { q1: 0, q2: 0, q3: 0, q4: 0, goldstein: 0 };
const period = (p: string, q1 = 1): DyadPeriod => ({ period: p, ab: { ...Z, q1 }, ba: Z });

describe('fillPeriods', () => {
  const cases: { name: string; interval: string; input: string[]; expected: string[] }[] = [
    { name: 'months with a gap', interval: 'month', input: ['2025-01', '2025-03'], expected: ['2025-01', '2025-02', '2025-03'] },
    { name: 'across a year end', interval: 'month', input: ['2024-11', '2025-02'], expected: ['2024-11', '2024-12', '2025-01', '2025-02'] },
    { name: 'weeks (Mondays)', interval: 'week', input: ['2025-01-06', '2025-01-27'], expected: ['2025-01-06', '2025-01-13', '2025-01-20', '2025-01-27'] },
    { name: 'days across a month end', interval: 'day', input: ['2025-01-30', '2025-02-02'], expected: ['2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02'] },
    { name: 'one period', interval: 'month', input: ['2025-04'], expected: ['2025-04'] },
    { name: 'nothing', interval: 'month', input: [], expected: [] },
    { name: 'unknown period format is left alone', interval: 'quarter', input: ['2025-Q1', '2025-Q3'], expected: ['2025-Q1', '2025-Q3'] },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(fillPeriods(c.input.map((p) => period(p)), c.interval).map((p) => p.period), c.expected));
  }

  it('keeps the counts of existing periods and zeroes the added ones', () => {
    const out = fillPeriods([period('2025-01', 3), period('2025-03', 5)], 'month');
    assert.deepEqual(out.map((p) => p.ab.q1), [3, 0, 5]);
  });

  it('stops at the cap instead of looping on a far-off last period', () => {
    assert.equal(fillPeriods([period('2025-01-01'), period('2999-01-01')], 'day', 50).length, 50);
  });
});

describe('normalizeDyad', () => {
  it('reads the store form (aToB / quad tuple)', () => {
    const raw = { a: 'USA', b: 'CHN', interval: 'month', periods: [{ period: '2025-01', aToB: { events: 3, quad: [1, 0, 2, 0], goldstein: -1.5 }, bToA: { events: 0, quad: [0, 0, 0, 0], goldstein: 0 } }] };
    assert.deepEqual(normalizeDyad(raw).periods[0], { period: '2025-01', ab: { q1: 1, q2: 0, q3: 2, q4: 0, goldstein: -1.5 }, ba: Z });
  });
  it('reads the named form (ab / q1..q4)', () => {
    const raw = { a: 'A', b: 'B', interval: 'week', periods: [{ period: '2025-01-06', ab: { q1: 0, q2: 1, q3: 0, q4: 4, goldstein: -30 }, ba: Z }] };
    assert.deepEqual(normalizeDyad(raw).periods[0]?.ab, { q1: 0, q2: 1, q3: 0, q4: 4, goldstein: -30 });
  });
  const junk: unknown[] = [null, 'x', 42, [], { periods: 'no' }];
  for (const j of junk) it(`turns ${JSON.stringify(j)} into an empty series`, () => assert.deepEqual(normalizeDyad(j).periods, []));
});

describe('normalizeDocument', () => {
  it('takes timeExpressions as the time layer and defaults missing layers to empty lists', () => {
    const d = normalizeDocument({ id: 'd1', text: 'Hi.', title: 'T', timeExpressions: [{ start: 0, end: 2 }] });
    assert.equal(d.id, 'd1');
    assert.deepEqual(d.times, [{ start: 0, end: 2 }]);
    assert.deepEqual([d.sentences, d.mentions, d.events, d.quotes], [[], [], [], []]);
    assert.equal(d.dateline, null);
  });
  it('unwraps { document, events }', () => {
    const d = normalizeDocument({ document: { id: 'd2', text: 'x', date: '2025-01-01' }, events: [{ event_id: 'e' }] });
    assert.equal(d.date, '2025-01-01');
    assert.equal(d.events.length, 1);
  });
  it('reads the POST /api/code answer: document, entities and the saved outcome', () => {
    const raw = { document: { id: 'p1', text: 'x', date: null, title: null, url: null }, sentences: [], events: [], quotes: [], entities: [{ code: 'USA' }], timeExpressions: [], issues: [], saved: { status: 'added', addedEvents: [], removedEvents: [] } };
    const d = normalizeDocument(raw, true);
    assert.deepEqual([d.id, d.mentions.length, d.saved], ['p1', 1, true]);
    assert.equal(normalizeDocument({ ...raw, saved: null }, false).saved, false);
    assert.equal(normalizeDocument({ ...raw, saved: null }, true).saved, false);
  });
  it('survives junk', () => assert.equal(normalizeDocument(null).text, ''));
});
