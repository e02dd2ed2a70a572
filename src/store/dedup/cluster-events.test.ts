import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clusterByWindow, clusterKey, urlHost, type ClusterMember } from './cluster-events.js';

let seq = 0;
function m(day: string | null, cameo = '040', docId = 'd', outlet = 'o'): ClusterMember {
  seq += 1;
  return { seq, eventId: `e${seq}`, docId, outlet, day, cameo };
}

describe('clusterKey', () => {
  const same: [Parameters<typeof clusterKey>, Parameters<typeof clusterKey>, string][] = [
    [['CHN', 'USA', '040', '2024-01-01', 'x'], ['USA', 'CHN', '042', '2024-01-05', 'y'], 'direction and code within the family'],
    [['CHNGOV', 'USAMIL', '043', '2024-01-01', 'x'], ['CHN', 'USA', '040', '2024-01-01', 'y'], 'roles of the same countries'],
    [['IGOUNO', null, '010', '2024-01-01', 'x'], ['IGOUNO', null, '012', '2024-01-01', 'y'], 'no target'],
  ];
  for (const [a, b, why] of same) it(`shares a key: ${why}`, () => assert.equal(clusterKey(...a), clusterKey(...b)));
  const apart: [Parameters<typeof clusterKey>, Parameters<typeof clusterKey>, string][] = [
    [['CHN', 'USA', '040', '2024-01-01', 'x'], ['CHN', 'JPN', '040', '2024-01-01', 'x'], 'other dyad'],
    [['CHN', 'USA', '040', '2024-01-01', 'x'], ['CHN', 'USA', '190', '2024-01-01', 'x'], 'other family'],
    [['CHN', 'USA', '040', null, 'x'], ['CHN', 'USA', '040', null, 'y'], 'undated events of different documents'],
    [['IGOUNO', 'SYR', '040', '2024-01-01', 'x'], ['IGOEEC', 'SYR', '040', '2024-01-01', 'x'], 'different IGOs'],
  ];
  for (const [a, b, why] of apart) it(`keeps keys apart: ${why}`, () => assert.notEqual(clusterKey(...a), clusterKey(...b)));
});

describe('clusterByWindow', () => {
  const table: [string, ClusterMember[], number, number[][]][] = [
    ['same day', [m('2024-01-01'), m('2024-01-01')], 2, [[0, 1]]],
    ['within the window', [m('2024-01-01'), m('2024-01-03')], 2, [[0, 1]]],
    ['just outside', [m('2024-01-01'), m('2024-01-04')], 2, [[0], [1]]],
    ['no chaining past the window', [m('2024-01-01'), m('2024-01-02'), m('2024-01-03'), m('2024-01-04')], 2, [[0, 1, 2], [3]]],
    ['input order does not matter', [m('2024-01-04'), m('2024-01-01'), m('2024-01-02')], 2, [[1, 2], [0]]],
    ['window of zero: one day per story', [m('2024-01-01'), m('2024-01-02')], 0, [[0], [1]]],
    ['across a month end', [m('2024-01-31'), m('2024-02-01')], 1, [[0, 1]]],
    ['undated together', [m(null), m(null)], 2, [[0, 1]]],
  ];
  for (const [label, members, window, expected] of table) {
    it(label, () => {
      const clusters = clusterByWindow('k', members, window);
      assert.deepEqual(clusters.map((c) => c.members.map((x) => members.indexOf(x))), expected);
    });
  }

  it('counts mentions, documents and sources, and picks the most reported code', () => {
    const members = [
      m('2024-01-02', '042', 'd1', 'reuters.com'), m('2024-01-01', '040', 'd2', 'apnews.com'),
      m('2024-01-02', '040', 'd3', 'reuters.com'), m('2024-01-02', '040', 'd3', 'reuters.com'),
    ];
    const [c] = clusterByWindow('k', members, 2);
    assert.deepEqual(
      [c?.numMentions, c?.numDocuments, c?.numSources, c?.firstDate, c?.lastDate, c?.representative.eventId],
      [4, 3, 2, '2024-01-01', '2024-01-02', members[1]?.eventId],
    );
  });
});

describe('urlHost', () => {
  const table: [string | null, string | null][] = [
    ['https://www.Reuters.com/world/x', 'reuters.com'], ['http://apnews.com', 'apnews.com'], ['not a url', null], [null, null], ['', null],
  ];
  for (const [url, host] of table) it(String(url), () => assert.equal(urlHost(url), host));
});
