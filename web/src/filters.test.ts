import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { filterParams, isEmptyFilter, readFilter } from './filters.js';
import { link, parseHash } from './router.js';

describe('readFilter / filterParams', () => {
  const cases: { query: string; expected: Record<string, string> }[] = [
    { query: '', expected: {} },
    { query: 'quad=4&actor=RUS', expected: { quad: '4', actor: 'RUS' } },
    { query: 'q=%20border%20clash%20&from=2025-01-01', expected: { q: 'border clash', from: '2025-01-01' } },
    // Paging and unknown keys are not part of the filter; blanks are dropped.
    { query: 'limit=10&offset=20&sort=-date&bogus=1&source=', expected: {} },
  ];
  for (const c of cases) it(`reads "${c.query}"`, () => assert.deepEqual(readFilter(new URLSearchParams(c.query)), c.expected));

  it('round-trips a filter with extra parameters, leaving empty extras out', () => {
    const params = filterParams({ actor: 'CHN', root: '04' }, { limit: 25, offset: 0, sort: undefined });
    assert.equal(params.toString(), 'actor=CHN&root=04&limit=25&offset=0');
    assert.deepEqual(readFilter(params), { actor: 'CHN', root: '04' });
  });
  it('knows an empty filter', () => {
    assert.equal(isEmptyFilter({}), true);
    assert.equal(isEmptyFilter({ q: '' }), true);
    assert.equal(isEmptyFilter({ plover: 'ACCUSE' }), false);
  });
});

describe('parseHash / link', () => {
  const cases: { hash: string; name: string; args: string[]; params: string }[] = [
    { hash: '', name: 'events', args: [], params: '' },
    { hash: '#/', name: 'events', args: [], params: '' },
    { hash: '#/events?quad=4', name: 'events', args: [], params: 'quad=4' },
    { hash: '#/doc/usa-chn-03?event=usa-chn-03%3A0%3A0', name: 'doc', args: ['usa-chn-03'], params: 'event=usa-chn-03%3A0%3A0' },
    { hash: '#/doc/a%2Fb', name: 'doc', args: ['a/b'], params: '' },
    // A malformed escape is kept as typed rather than throwing.
    { hash: '#/doc/%E0%A4%A', name: 'doc', args: ['%E0%A4%A'], params: '' },
  ];
  for (const c of cases) {
    it(`parses "${c.hash}"`, () => {
      const r = parseHash(c.hash);
      assert.deepEqual([r.name, r.args, r.params.toString()], [c.name, c.args, c.params]);
    });
  }
  it('link and parseHash agree on ids with reserved characters', () => {
    const href = link('doc', ['x/y?z#1'], new URLSearchParams({ event: 'x/y?z#1:0:0' }));
    const r = parseHash(href);
    assert.deepEqual([r.name, r.args, r.params.get('event')], ['doc', ['x/y?z#1'], 'x/y?z#1:0:0']);
  });
});
