// The behaviour every Store adapter must show. Adapter test files call `runStoreContract` with a factory.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { EventFilter, Store, StoreFactory } from './store.js';
import { StoreError } from './store.js';
import { fixtureCode, fixtureDoc } from './_test-fixtures.js';
import { contentId } from '../io/document-id.js';

/** The shared corpus: one meeting reported three ways, and events that must stay apart from it. */
export const CONTRACT_DOCS = [
  fixtureDoc('a', [
    '[CHN 040 USA 2024-03-01] Wang Yi met Antony Blinken in Beijing.',
    '[Q CHNGOV] "We had candid talks" the ministry said.',
    '[RUS 190 UKR 2024-03-01] Russian forces shelled Kharkiv.',
  ], { date: '2024-03-01', url: 'https://www.reuters.com/world/a', title: 'Wang meets Blinken' }),
  fixtureDoc('b', ['[USA 042 CHN 2024-03-01] Blinken travelled to Beijing for talks with Wang.'],
    { date: '2024-03-02', url: 'https://apnews.com/b' }),
  fixtureDoc('c', ['[CHNGOV 043 USAGOV 2024-03-02] Chinese and US diplomats held a second round of meetings.'],
    { date: '2024-03-02', url: 'https://reuters.com/world/c' }),
  fixtureDoc('d', ['[CHN 040 USA 2024-03-20] The two met again weeks later.'], { date: '2024-03-20', url: 'https://bbc.co.uk/d' }),
  fixtureDoc('e', [
    '[CHN 040 JPN 2024-03-01] Wang Yi also met his Japanese counterpart.',
    '[CHN 112 USA 2024-03-01] China accused Washington of meddling.',
  ], { date: '2024-03-01' }),
  fixtureDoc('f', ['[IRN 173 -] Iran arrested protesters.', '[IRN 173 -] Iran detained more protesters.']),
];

function loaded(factory: StoreFactory): Store {
  const store = factory();
  store.saveCoded(CONTRACT_DOCS.map(fixtureCode), null);
  return store;
}

function ids(store: Store, filter: EventFilter): string[] {
  return store.queryEvents(filter, { limit: 500, offset: 0 }, 'id').items.map((e) => e.event_id).sort();
}

/** Runs the store contract against an adapter; `factory` must return a fresh, empty store each call. */
export function runStoreContract(name: string, factory: StoreFactory): void {
  describe(`Store contract: ${name}`, () => {
    it('stores documents under their given id, else a content-hash id', () => {
      const store = factory();
      const [withId, withoutId] = store.saveCoded([
        fixtureCode(fixtureDoc('given', ['[CHN 040 USA] x'])),
        fixtureCode(fixtureDoc('', ['[RUS 190 UKR] y'])),
      ], null);
      assert.equal(withId?.docId, 'given');
      assert.equal(withoutId?.docId, contentId('[RUS 190 UKR] y'));
      assert.ok(store.getDocument(contentId('[RUS 190 UKR] y')));
      assert.equal(store.getEvent(`${contentId('[RUS 190 UKR] y')}:0:0`)?.doc_id, contentId('[RUS 190 UKR] y'));
      store.close();
    });

    it('changes nothing when the same document is stored again', () => {
      const store = loaded(factory);
      const before = store.stats();
      const seqBefore = store.getEvent('a:0:0')?.seq;
      const outcomes = store.saveCoded(CONTRACT_DOCS.map(fixtureCode), null);
      assert.deepEqual(outcomes.map((o) => o.status), ['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged']);
      assert.deepEqual(store.stats(), before);
      assert.equal(store.getEvent('a:0:0')?.seq, seqBefore);
      assert.equal(store.documentState('a', 'not-the-hash'), 'changed');
      assert.equal(store.documentState('zz', 'x'), 'absent');
      store.close();
    });

    it('replaces a document stored under the same id with new content', () => {
      const store = loaded(factory);
      const [outcome] = store.saveCoded([fixtureCode(fixtureDoc('d', ['[CHN 190 USA 2024-03-20] Now a fight.'],
        { date: '2024-03-20' }))], null);
      assert.equal(outcome?.status, 'replaced');
      assert.deepEqual(outcome?.addedEvents, ['d:0:0']);
      assert.deepEqual(outcome?.removedEvents, ['d:0:0']);
      assert.equal(store.getEvent('d:0:0')?.cameo, '190');
      assert.equal(store.stats().documents, CONTRACT_DOCS.length);
      store.close();
    });

    it('recodes a document in one step and reports added and removed events', () => {
      const store = loaded(factory);
      const keptSeq = store.getEvent('a:0:0')?.seq;
      const doc = CONTRACT_DOCS[0];
      assert.ok(doc);
      const coded = fixtureCode(doc);
      // A new coding that drops the attack and adds an event on the quote line.
      const extra = { ...coded.events[0]!, event_id: 'a:1:0', sentence: 1, cameo: '036', root: '03', quad: 1 as const };
      const recoded = { ...coded, events: [coded.events[0]!, extra] };
      const outcome = store.recode(recoded, null);
      assert.equal(outcome.status, 'replaced');
      assert.deepEqual(outcome.addedEvents, ['a:1:0']);
      assert.deepEqual(outcome.removedEvents, ['a:2:0']);
      assert.equal(store.getEvent('a:0:0')?.seq, keptSeq, 'an unchanged event keeps its row');
      assert.equal(store.getEvent('a:2:0'), null);
      assert.equal(store.getDocument('a')?.quotes.length, 1, 'annotations are re-stored, not duplicated');
      const again = store.recode(recoded, null);
      assert.deepEqual([again.addedEvents, again.removedEvents], [[], []]);
      store.close();
    });

    it('refuses recodes it cannot apply, with typed errors', () => {
      const store = loaded(factory);
      const cases: [string, () => unknown, string][] = [
        ['missing document', () => store.recode(fixtureCode(fixtureDoc('nope', ['x'])), null), 'document-not-found'],
        ['different text', () => store.recode(fixtureCode(fixtureDoc('a', ['other text'])), null), 'document-text-mismatch'],
      ];
      for (const [label, run, code] of cases) {
        assert.throws(run, (e: unknown) => e instanceof StoreError && e.code === code, label);
      }
      store.close();
    });

    it('saves a batch all or nothing', () => {
      const store = factory();
      const good = fixtureCode(fixtureDoc('g1', ['[CHN 040 USA] fine']));
      const clash = fixtureCode(fixtureDoc('g2', ['[CHN 040 USA] clash']));
      const bad = { ...clash, events: clash.events.map((e) => ({ ...e, event_id: 'g1:0:0' })) };
      assert.throws(() => store.saveCoded([good, bad], null), (e: unknown) => e instanceof StoreError && e.code === 'duplicate-event-id');
      assert.equal(store.stats().documents, 0);
      assert.equal(store.stats().events, 0);
      store.close();
    });

    it('filters events', () => {
      const store = loaded(factory);
      const table: [EventFilter, string[]][] = [
        [{}, ['a:0:0', 'a:2:0', 'b:0:0', 'c:0:0', 'd:0:0', 'e:0:0', 'e:1:0', 'f:0:0', 'f:1:0']],
        [{ source: 'CHN' }, ['a:0:0', 'c:0:0', 'd:0:0', 'e:0:0', 'e:1:0']],
        [{ source: 'CHNGOV' }, ['c:0:0']],
        [{ target: 'USA' }, ['a:0:0', 'c:0:0', 'd:0:0', 'e:1:0']],
        [{ actor: 'USA' }, ['a:0:0', 'b:0:0', 'c:0:0', 'd:0:0', 'e:1:0']],
        [{ cameo: '04' }, ['a:0:0', 'b:0:0', 'c:0:0', 'd:0:0', 'e:0:0']],
        [{ cameo: '042' }, ['b:0:0']],
        [{ root: '19' }, ['a:2:0']],
        [{ quad: 4 }, ['a:2:0', 'f:0:0', 'f:1:0']],
        [{ quad: 3 }, ['e:1:0']],
        [{ plover: 'consult' }, ['a:0:0', 'b:0:0', 'c:0:0', 'd:0:0', 'e:0:0']],
        [{ from: '2024-03-02' }, ['c:0:0', 'd:0:0']],
        [{ to: '2024-03-01' }, ['a:0:0', 'a:2:0', 'b:0:0', 'e:0:0', 'e:1:0']],
        [{ from: '2024-03-01', to: '2024-03-02', source: 'CHN', cameo: '04' }, ['a:0:0', 'c:0:0', 'e:0:0']],
        [{ q: 'Kharkiv' }, ['a:0:0', 'a:2:0']],
        [{ q: 'japanese COUNTERPART' }, ['e:0:0', 'e:1:0']],
        [{ docId: 'f' }, ['f:0:0', 'f:1:0']],
        [{ representative: true }, ['a:0:0', 'a:2:0', 'd:0:0', 'e:0:0', 'e:1:0', 'f:0:0']],
      ];
      for (const [filter, expected] of table) assert.deepEqual(ids(store, filter), expected, JSON.stringify(filter));
      const none: EventFilter[] = [
        { source: 'XYZ' }, { q: 'zzzzqq' }, { q: '"*()' }, { q: 'Kharkiv OR Beijing' }, { cameo: '99' },
        { from: '2025-01-01' }, { target: 'CHNGOV' }, { source: "CHN' OR 1=1 --" },
      ];
      for (const filter of none) assert.deepEqual(ids(store, filter), [], JSON.stringify(filter));
      store.close();
    });

    it('pages, sorts and streams events', () => {
      const store = loaded(factory);
      const page = store.queryEvents({}, { limit: 3, offset: 2 }, 'id');
      assert.equal(page.total, 9);
      assert.deepEqual(page.items.map((e) => e.event_id), ['b:0:0', 'c:0:0', 'd:0:0']);
      const byDate = store.queryEvents({ source: 'CHN' }, { limit: 10, offset: 0 }, '-date').items.map((e) => e.event_id);
      assert.equal(byDate[0], 'd:0:0');
      const byGoldstein = store.queryEvents({}, { limit: 1, offset: 0 }, 'goldstein').items[0];
      assert.equal(byGoldstein?.goldstein, -10);
      const streamed = [...store.iterateEvents({ actor: 'USA' }, 'id')].map((e) => e.event_id);
      assert.deepEqual(streamed, ['a:0:0', 'b:0:0', 'c:0:0', 'd:0:0', 'e:1:0']);
      const byDay = [...store.iterateEvents({ actor: 'USA' }, '-date')].map((e) => e.event_id);
      assert.deepEqual(byDay, ['d:0:0', 'c:0:0', 'e:1:0', 'b:0:0', 'a:0:0']);
      store.close();
    });

    it('streams more events than one page, and stays writable while streaming in id order', () => {
      const store = factory();
      const lines = Array.from({ length: 1203 }, (_, i) => `[USA 040 CHN 2024-05-${String((i % 28) + 1).padStart(2, '0')}] Meeting ${i}.`);
      store.saveCoded([fixtureCode(fixtureDoc('many', lines))], null);
      let n = 0;
      for (const e of store.iterateEvents({}, 'id')) {
        assert.equal(e.event_id, n < 1203 ? `many:${n}:0` : 'during:0:0');
        if (n === 600) store.saveCoded([fixtureCode(fixtureDoc('during', ['[RUS 190 UKR 2024-05-01] x']))], null);
        n += 1;
      }
      assert.equal(n, 1204, 'the event stored mid-stream comes last, in id order');
      store.close();
    });

    it('returns the stored event record unchanged', () => {
      const store = loaded(factory);
      const doc = CONTRACT_DOCS[0];
      assert.ok(doc);
      const original = fixtureCode(doc).events[0];
      const stored = store.getEvent('a:0:0');
      assert.ok(stored && original);
      const { seq, day, cluster_id, run_id, doc_title, doc_date, doc_url, doc_added_at, ...record } = stored;
      assert.deepEqual(record, original);
      assert.deepEqual([doc_title, doc_date, doc_url], ['Wang meets Blinken', '2024-03-01', 'https://www.reuters.com/world/a']);
      assert.match(doc_added_at, /^\d{4}-\d{2}-\d{2}T/u);
      assert.equal(day, '2024-03-01');
      assert.equal(typeof seq, 'number');
      assert.equal(run_id, null);
      assert.ok(cluster_id);
      assert.equal(store.getEvent('missing'), null);
      store.close();
    });

    it('returns a document with the spans of every annotation', () => {
      const store = loaded(factory);
      const doc = store.getDocument('a');
      assert.ok(doc);
      assert.equal(doc.text, CONTRACT_DOCS[0]?.text);
      assert.equal(doc.title, 'Wang meets Blinken');
      assert.equal(doc.eventCount, 2);
      assert.equal(doc.dateline, null);
      assert.deepEqual(doc.sentences.map((s) => doc.text.slice(s.start, s.end).slice(0, 12)),
        ['[CHN 040 USA', '[Q CHNGOV] "', '[RUS 190 UKR']);
      const spans: [string, { start: number; end: number; text: string }][] = [
        ...doc.mentions.map((m) => ['mention', m] as [string, typeof m]),
        ...doc.events.flatMap((e) => [['trigger', e.trigger], ['evidence', e.evidence], ['source', e.source]] as [string, typeof e.trigger][]),
        ...doc.quotes.map((q) => ['quote', q.content] as [string, typeof q.content]),
        ...doc.timeExpressions.map((t) => ['time', t] as [string, typeof t]),
      ];
      assert.equal(spans.length, 4 + 6 + 1 + 2);
      for (const [kind, span] of spans) assert.equal(doc.text.slice(span.start, span.end), span.text, kind);
      assert.equal(doc.quotes[0]?.text, 'We had candid talks');
      assert.equal(doc.quotes[0]?.speaker?.code, 'CHNGOV');
      assert.equal(doc.timeExpressions[0]?.value, '2024-03-01');
      assert.equal(store.getDocument('missing'), null);
      store.close();
    });

    it('lists documents, with search and paging', () => {
      const store = loaded(factory);
      const table: [Parameters<Store['listDocuments']>[0], string[]][] = [
        [{}, ['a', 'b', 'c', 'd', 'e', 'f']],
        [{ q: 'Beijing' }, ['a', 'b']],
        [{ from: '2024-03-02' }, ['b', 'c', 'd']],
        [{ to: '2024-03-01' }, ['a', 'e']],
        [{ q: 'nothing-like-this' }, []],
      ];
      for (const [filter, expected] of table) {
        assert.deepEqual(store.listDocuments(filter, { limit: 100, offset: 0 }).items.map((d) => d.id), expected, JSON.stringify(filter));
      }
      const page = store.listDocuments({}, { limit: 2, offset: 4 });
      assert.deepEqual([page.total, page.items.map((d) => d.id)], [6, ['e', 'f']]);
      const first = store.documentsAfter(0, 4);
      const rest = store.documentsAfter(first.cursor, 4);
      assert.deepEqual([...first.docs, ...rest.docs].map((d) => d.id), ['a', 'b', 'c', 'd', 'e', 'f']);
      assert.equal(store.documentsAfter(rest.cursor, 4).docs.length, 0);
      assert.deepEqual(first.docs[0], CONTRACT_DOCS[0]);
      store.close();
    });

    it('groups one story told several ways and keeps distinct events apart', () => {
      const store = loaded(factory);
      const clusterOf = (id: string): string | null => store.getEvent(id)?.cluster_id ?? null;
      const same: [string, string][] = [['a:0:0', 'b:0:0'], ['a:0:0', 'c:0:0'], ['f:0:0', 'f:1:0']];
      for (const [x, y] of same) assert.equal(clusterOf(x), clusterOf(y), `${x} ~ ${y}`);
      const apart: [string, string, string][] = [
        ['a:0:0', 'd:0:0', 'far dates'],
        ['a:0:0', 'e:0:0', 'other dyad'],
        ['a:0:0', 'e:1:0', 'other code family'],
        ['a:0:0', 'a:2:0', 'other dyad and family, same document'],
      ];
      for (const [x, y, why] of apart) assert.notEqual(clusterOf(x), clusterOf(y), why);
      const meeting = store.getCluster(clusterOf('a:0:0') ?? '');
      assert.ok(meeting);
      assert.deepEqual(
        [meeting.dyad, meeting.family, meeting.numMentions, meeting.numDocuments, meeting.numSources, meeting.firstDate,
          meeting.lastDate, meeting.representativeEventId, meeting.cameo, meeting.quad],
        [['CHN', 'USA'], '04', 3, 3, 2, '2024-03-01', '2024-03-02', 'a:0:0', '040', 1],
      );
      const arrests = store.getCluster(clusterOf('f:0:0') ?? '');
      assert.deepEqual([arrests?.numMentions, arrests?.numDocuments, arrests?.numSources, arrests?.firstDate], [2, 1, 1, null]);
      assert.equal(store.stats().clusters, 6);
      const busiest = store.listClusters({}, { limit: 1, offset: 0 });
      assert.deepEqual([busiest.total, busiest.items[0]?.id], [6, meeting.id]);
      const filtered: [Parameters<Store['listClusters']>[0], number][] = [
        [{ actor: 'USA' }, 3], [{ root: '04' }, 3], [{ minMentions: 2 }, 2], [{ from: '2024-03-10' }, 1],
        [{ to: '2024-02-28' }, 0], [{ actor: 'ZZZ' }, 0],
      ];
      for (const [filter, n] of filtered) assert.equal(store.listClusters(filter, { limit: 50, offset: 0 }).total, n, JSON.stringify(filter));
      assert.equal(store.recluster(), 6);
      assert.equal(store.getCluster(meeting.id)?.numMentions, 3, 'a full rebuild gives the same stories');
      store.close();
    });

    it('updates stories when a report arrives later or is recoded away', () => {
      const store = loaded(factory);
      store.saveCoded([fixtureCode(fixtureDoc('late', ['[USA 040 CHN 2024-03-03] Talks went into a third day.'],
        { url: 'https://nytimes.com/late' }))], null);
      const meeting = store.getCluster(store.getEvent('a:0:0')?.cluster_id ?? '');
      assert.deepEqual([meeting?.numMentions, meeting?.numSources, meeting?.lastDate], [4, 3, '2024-03-03']);
      store.recode({ ...fixtureCode(CONTRACT_DOCS[1]!), events: [] }, null);
      const after = store.getCluster(store.getEvent('a:0:0')?.cluster_id ?? '');
      assert.deepEqual([after?.numMentions, after?.numDocuments], [3, 3]);
      store.close();
    });

    it('keeps incrementally updated stories equal to a full rebuild, whatever the order of arrival', () => {
      // A seeded generator: the same "random" corpus every run.
      let state = 12345;
      const next = (n: number): number => {
        state = (state * 1103515245 + 12345) % 2147483648;
        return state % n;
      };
      const countries = ['CHN', 'USA', 'RUS'];
      const codes = ['040', '042', '190'];
      for (const spread of [28, 6]) {
        const store = factory();
        const docs = Array.from({ length: 120 }, (_, i) => fixtureDoc(`r${i}`, Array.from({ length: 1 + next(3) }, () => {
          const a = countries[next(3)] ?? 'CHN';
          const b = countries[next(3)] ?? 'USA';
          return `[${a} ${codes[next(3)]} ${b} 2024-01-${String(1 + next(spread)).padStart(2, '0')}] x`;
        }), { url: `https://s${next(5)}.example/${i}` }));
                for (let i = 0; i < docs.length; i += 7) store.saveCoded(docs.slice(i, i + 7).map(fixtureCode), null);
        for (let i = 0; i < 20; i++) {
          const doc = docs[next(docs.length)]!;
          const coded = fixtureCode(doc);
          store.recode({ ...coded, events: coded.events.filter(() => next(2) === 0) }, null);
        }
        const stories = (): string[] => {
          const groups = new Map<string, string[]>();
          for (const e of store.iterateEvents({}, 'id')) {
            const list = groups.get(e.cluster_id ?? 'none') ?? [];
            list.push(e.event_id);
            groups.set(e.cluster_id ?? 'none', list);
          }
          return [...groups.values()].map((g) => g.sort().join(',')).sort();
        };
        const incremental = stories();
        const counted = store.listClusters({}, { limit: 500, offset: 0 }).items.map((c) => c.numMentions).reduce((a, b) => a + b, 0);
        assert.equal(counted, store.stats().events, 'every event is in exactly one story');
        store.recluster();
        assert.deepEqual(incremental, stories(), `dates spread over ${spread} days`);
        store.close();
      }
    });

    it('counts actors and lists quotes', () => {
      const store = loaded(factory);
      const actors = store.listActors({}, { limit: 3, offset: 0 });
      assert.deepEqual(actors.items[0], { code: 'CHN', asSource: 4, asTarget: 1, total: 5 });
      assert.equal(actors.total, 8);
      assert.deepEqual(store.listActors({ prefix: 'USA' }, { limit: 10, offset: 0 }).items.map((a) => a.code), ['USA', 'USAGOV']);
      assert.deepEqual(store.listActors({ role: 'target', prefix: 'CHN' }, { limit: 10, offset: 0 }).items,
        [{ code: 'CHN', asSource: 0, asTarget: 1, total: 1 }]);
      const quotes = store.listQuotes({ speaker: 'CHN' }, { limit: 10, offset: 0 });
      assert.deepEqual(quotes.items.map((q) => [q.text, q.date]), [['We had candid talks', '2024-03-01']]);
      assert.equal(store.listQuotes({ q: 'candid' }, { limit: 10, offset: 0 }).total, 1);
      assert.equal(store.listQuotes({ q: '100%' }, { limit: 10, offset: 0 }).total, 0);
      assert.equal(store.listQuotes({ speaker: 'USA' }, { limit: 10, offset: 0 }).total, 0);
      store.close();
    });

    it('sums a dyad per period in both directions', () => {
      const store = loaded(factory);
      const month = store.dyadSeries({ a: 'CHN', b: 'USA', interval: 'month' });
      assert.deepEqual(month.periods, [{
        period: '2024-03',
        aToB: { events: 4, quad: [3, 0, 1, 0], goldstein: 1 + 2.8 + 1 - 2 },
        bToA: { events: 1, quad: [1, 0, 0, 0], goldstein: 1.9 },
      }]);
      const week = store.dyadSeries({ a: 'USA', b: 'CHN', interval: 'week', to: '2024-03-10' });
      assert.deepEqual(week.periods.map((p) => [p.period, p.aToB.events, p.bToA.events]), [['2024-02-26', 1, 3]]);
      const day = store.dyadSeries({ a: 'CHN', b: 'USA', interval: 'day' });
      assert.deepEqual(day.periods.map((p) => p.period), ['2024-03-01', '2024-03-02', '2024-03-20']);
      assert.deepEqual(store.dyadSeries({ a: 'RUS', b: 'USA', interval: 'day' }).periods, []);
      store.close();
    });

    it('records runs', () => {
      const store = factory();
      const id = store.startRun({ command: 'ingest', dictionaryVersion: 'fixture-1' });
      store.saveCoded([fixtureCode(CONTRACT_DOCS[0]!)], id);
      assert.equal(store.getEvent('a:0:0')?.run_id, id);
      let runs = store.listRuns({ limit: 10, offset: 0 });
      assert.equal(runs.items[0]?.finishedAt, null);
      store.finishRun(id, { documents: 1, sentences: 3, events: 2, quotes: 1, skipped: 0 });
      runs = store.listRuns({ limit: 10, offset: 0 });
      assert.deepEqual([runs.total, runs.items[0]?.command, runs.items[0]?.events, typeof runs.items[0]?.finishedAt], [1, 'ingest', 2, 'string']);
      store.close();
    });
  });
}
