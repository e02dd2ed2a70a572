import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, startServer, type RunningServer } from './index.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { CONTRACT_DOCS } from '../store/store-contract.js';
import { fixtureCode, fixtureCoder, fixtureDoc } from '../store/_test-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-api-'));
const web = join(dir, 'web');
mkdirSync(join(web, 'assets'), { recursive: true });
writeFileSync(join(web, 'index.html'), '<!doctype html><title>Parley UI</title>');
writeFileSync(join(web, 'assets', 'app-Ab12Cd34.js'), 'console.log(1)');
writeFileSync(join(dir, 'secret.txt'), 'do not serve');

let store: Store;
let server: RunningServer;
let locked: RunningServer;
let bare: RunningServer;

before(async () => {
  store = openSqliteStore(join(dir, 'api.sqlite'));
  store.saveCoded(CONTRACT_DOCS.map(fixtureCode), null);
  // Feed items often use their URL as id: ids with slashes, colons and spaces must work in paths.
  store.saveCoded([fixtureCode(fixtureDoc('https://ex.org/a b?c', ['[GBR 040 IRL 2023-05-05] x']))], null);
  server = await startServer(createApp({ store, coder: async () => fixtureCoder(), webRoot: web, maxBodyBytes: 64 * 1024, version: '9.9.9' }));
  locked = await startServer(createApp({ store, token: 's3cret-token' }));
  bare = await startServer(createApp({ store }));
});
after(async () => {
  await Promise.all([server.close(), locked.close(), bare.close()]);
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get(path: string, base = server, headers: Record<string, string> = {}): Promise<{ status: number; body: unknown; type: string; headers: Headers }> {
  const res = await fetch(new URL(path, base.url), { headers });
  const type = res.headers.get('content-type') ?? '';
  const body: unknown = type.includes('json') ? await res.json() : await res.text();
  return { status: res.status, body, type, headers: res.headers };
}

async function post(path: string, body: string, type = 'application/json', base = server): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(new URL(path, base.url), { method: 'POST', headers: { 'content-type': type }, body });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

function items(body: unknown): Record<string, unknown>[] {
  return (body as { items: Record<string, unknown>[] }).items;
}

describe('API over HTTP', () => {
  it('reports health and serves an OpenAPI document built from the schemas', async () => {
    const health = await get('api/health');
    assert.equal(health.status, 200);
    assert.deepEqual(health.body, {
      status: 'ok', version: '9.9.9', coder: true,
      stats: { documents: 7, sentences: 11, mentions: 18, events: 10, quotes: 1, clusters: 7, runs: 0 },
    });
    const { status, body } = await get('api/openapi.json');
    assert.equal(status, 200);
    const doc = body as { openapi: string; paths: Record<string, Record<string, { parameters?: { name: string; schema: Record<string, unknown> }[] }>> };
    assert.equal(doc.openapi, '3.1.0');
    assert.deepEqual(Object.keys(doc.paths).sort(), [
      '/api/actors', '/api/clusters', '/api/clusters/{id}', '/api/code', '/api/documents', '/api/documents/{id}', '/api/dyads',
      '/api/events', '/api/events/{id}', '/api/export', '/api/health', '/api/quotes', '/api/runs',
    ]);
    const limit = doc.paths['/api/events']?.['get']?.parameters?.find((p) => p.name === 'limit');
    assert.deepEqual([limit?.schema['maximum'], limit?.schema['default']], [500, 50]);
  });

  it('filters, sorts and pages events', async () => {
    const table: [string, string[], number?][] = [
      ['api/events?sort=id&from=2024-01-01', ['a:0:0', 'a:2:0', 'b:0:0', 'c:0:0', 'd:0:0', 'e:0:0', 'e:1:0']],
      ['api/events?sort=id&to=2023-12-31', ['https://ex.org/a b?c:0:0']],
      ['api/events?source=chn&cameo=04&sort=id', ['a:0:0', 'c:0:0', 'd:0:0', 'e:0:0']],
      ['api/events?actor=USA&from=2024-03-02&sort=id', ['c:0:0', 'd:0:0']],
      ['api/events?target=USA&quad=3', ['e:1:0']],
      ['api/events?plover=FIGHT', ['a:2:0']],
      ['api/events?root=17&sort=id', ['f:0:0', 'f:1:0']],
      ['api/events?q=Kharkiv&sort=id', ['a:0:0', 'a:2:0']],
      ['api/events?representative=true&cameo=04&sort=id&from=2024-01-01', ['a:0:0', 'd:0:0', 'e:0:0']],
      ['api/events?sort=-date&limit=2', ['d:0:0', 'c:0:0'], 10],
      ['api/events?sort=id&limit=2&offset=8', ['f:1:0', 'https://ex.org/a b?c:0:0'], 10],
      ['api/events?from=&source=RUS', ['a:2:0']],
      ['api/events?source=XYZ', [], 0],
    ];
    for (const [path, expected, total] of table) {
      const { status, body } = await get(path);
      assert.equal(status, 200, path);
      assert.deepEqual(items(body).map((e) => e['event_id']), expected, path);
      if (total !== undefined) assert.equal((body as { total: number }).total, total, path);
    }
    const first = items((await get('api/events?sort=id&limit=1')).body)[0];
    assert.deepEqual([first?.['doc_title'], first?.['doc_date'], typeof first?.['cluster_id']], ['Wang meets Blinken', '2024-03-01', 'string']);
  });

  it('answers malformed queries with 400 and a message naming the parameter', async () => {
    const table: [string, RegExp][] = [
      ['api/events?limit=501', /limit: Too big/u],
      ['api/events?limit=abc', /limit/u],
      ['api/events?offset=-1', /offset/u],
      ['api/events?from=2024-02-30', /from: must be a real calendar date/u],
      ['api/events?to=yesterday', /to: must be a date YYYY-MM-DD/u],
      ['api/events?quad=5', /quad: must be a quad class 1-4/u],
      ['api/events?source=CHN%27%20OR%201%3D1', /source: must be an actor code/u],
      ['api/events?cameo=4x', /cameo/u],
      ['api/events?sort=random', /sort/u],
      ['api/events?colour=red', /colour: unknown query parameter/u],
      ['api/events?from=2024-01-01&from=2024-02-01', /from: given more than once/u],
      ['api/documents?q=' + 'x'.repeat(201), /q: must be at most 200 characters/u],
      ['api/dyads?a=CHN', /b:/u],
      ['api/dyads?a=CHN&b=USA&interval=year', /interval/u],
      ['api/clusters?min_mentions=0', /min_mentions/u],
      ['api/actors?role=both', /role/u],
      ['api/export?format=xls', /format/u],
    ];
    for (const [path, message] of table) {
      const { status, body } = await get(path);
      assert.equal(status, 400, path);
      const error = (body as { error: { code: string; message: string } }).error;
      assert.equal(error.code, 'bad-request', path);
      assert.match(error.message, message, path);
    }
  });

  it('returns single events and documents with every annotation span, or 404', async () => {
    const odd = await get('api/documents/' + encodeURIComponent('https://ex.org/a b?c'));
    assert.deepEqual([odd.status, (odd.body as { id: string }).id], [200, 'https://ex.org/a b?c']);
    const oddEvent = await get('api/events/' + encodeURIComponent('https://ex.org/a b?c:0:0'));
    assert.equal(oddEvent.status, 200);
    const event = await get('api/events/' + encodeURIComponent('b:0:0'));
    assert.deepEqual([event.status, (event.body as { cameo: string }).cameo], [200, '042']);
    const doc = await get('api/documents/a');
    assert.equal(doc.status, 200);
    const d = doc.body as {
      text: string; mentions: { start: number; end: number; text: string }[];
      events: { trigger: { start: number; end: number; text: string } }[];
      quotes: { content: { start: number; end: number; text: string } }[];
      timeExpressions: { start: number; end: number; text: string }[]; sentences: unknown[];
    };
    const spans = [...d.mentions, ...d.events.map((e) => e.trigger), ...d.quotes.map((q) => q.content), ...d.timeExpressions];
    assert.equal(spans.length, 4 + 2 + 1 + 2);
    for (const s of spans) assert.equal(d.text.slice(s.start, s.end), s.text);
    assert.equal(d.sentences.length, 3);
    for (const path of ['api/events/nope', 'api/documents/nope', 'api/clusters/nope', 'api/nothing-here']) {
      const missing = await get(path);
      assert.equal(missing.status, 404, path);
      assert.equal((missing.body as { error: { code: string } }).error.code, 'not-found', path);
    }
  });

  it('lists documents, stories, actors, quotes, runs and dyads', async () => {
    assert.deepEqual(items((await get('api/documents?q=Beijing')).body).map((d) => d['id']), ['a', 'b']);
    const clusters = await get('api/clusters?actor=USA&root=04');
    const busiest = items(clusters.body)[0];
    assert.deepEqual([busiest?.['numMentions'], busiest?.['numSources'], busiest?.['representativeEventId']], [3, 2, 'a:0:0']);
    const story = await get('api/clusters/' + encodeURIComponent(String(busiest?.['id'])));
    assert.deepEqual((story.body as { events: { event_id: string }[] }).events.map((e) => e.event_id).sort(), ['a:0:0', 'b:0:0', 'c:0:0']);
    assert.deepEqual(items((await get('api/actors?prefix=usa')).body).map((a) => a['code']), ['USA', 'USAGOV']);
    assert.deepEqual(items((await get('api/quotes?speaker=CHN')).body).map((q) => q['text']), ['We had candid talks']);
    assert.equal((await get('api/runs')).status, 200);
    const dyad = (await get('api/dyads?a=usa&b=chn&interval=month')).body as { periods: { period: string; aToB: { events: number }; bToA: { events: number; quad: number[] } }[] };
    assert.deepEqual(dyad.periods.map((p) => [p.period, p.aToB.events, p.bToA.events, p.bToA.quad]), [['2024-03', 1, 4, [3, 0, 1, 0]]]);
  });

  it('streams exports as downloads', async () => {
    const csv = await get('api/export?format=csv&source=CHN');
    assert.equal(csv.status, 200);
    assert.match(csv.type, /^text\/csv/u);
    assert.match(csv.headers.get('content-disposition') ?? '', /parley-events\.csv/u);
    assert.equal((csv.body as string).trimEnd().split('\r\n').length, 1 + 5);
    const gdelt = await get('api/export?format=gdelt');
    assert.equal((gdelt.body as string).trimEnd().split('\n').length, 7);
  });

  it('codes pasted text, and stores it when asked', async () => {
    const text = '[FRA 036 DEU 2024-06-01] Paris wants to meet Berlin.\n[Q FRAGOV] "We are ready" said the minister.';
    const preview = await post('api/code', JSON.stringify({ text, date: '2024-06-02' }));
    assert.equal(preview.status, 200);
    const events = preview.body['events'] as { cameo: string; evidence: { start: number; end: number; text: string } }[];
    assert.deepEqual(events.map((e) => e.cameo), ['036']);
    assert.equal(text.slice(events[0]!.evidence.start, events[0]!.evidence.end), events[0]!.evidence.text);
    assert.deepEqual([preview.body['saved'], preview.body['save'], (preview.body['quotes'] as unknown[]).length], [false, null, 1]);
    const id = preview.body['id'] as string;
    assert.equal((await get('api/documents/' + id)).status, 404, 'a preview is not stored');
    const saved = await post('api/code', JSON.stringify({ text, date: '2024-06-02', save: true, title: 'Pasted' }));
    assert.deepEqual([saved.status, saved.body['saved'], (saved.body['save'] as { status: string }).status], [200, true, 'added']);
    const stored = await get('api/documents/' + id);
    assert.deepEqual([stored.status, (stored.body as { title: string }).title], [200, 'Pasted']);
    const again = await post('api/code', JSON.stringify({ text, date: '2024-06-02', save: true }));
    assert.equal((again.body['save'] as { status: string }).status, 'unchanged');
  });

  it('refuses bad code requests with clear errors', async () => {
    const table: [string, string, number, string, RegExp][] = [
      ['not json', '{"text": ', 400, 'bad-request', /not valid JSON/u],
      ['empty text', '{"text": "   "}', 400, 'bad-request', /text: must not be empty/u],
      ['bad date', '{"text": "x", "date": "June"}', 400, 'bad-request', /date: must be a date/u],
      ['unknown field', '{"text": "x", "lang": "fr"}', 400, 'bad-request', /lang: unknown body parameter/u],
      ['wrong type', '{"text": 42}', 400, 'bad-request', /text/u],
      ['too large', JSON.stringify({ text: 'x'.repeat(70 * 1024) }), 413, 'payload-too-large', /larger than 65536 bytes/u],
    ];
    for (const [label, body, status, code, message] of table) {
      const res = await post('api/code', body);
      assert.equal(res.status, status, label);
      const error = res.body['error'] as { code: string; message: string };
      assert.equal(error.code, code, label);
      assert.match(error.message, message, label);
    }
    const form = await post('api/code', 'text=x', 'application/x-www-form-urlencoded');
    assert.equal(form.status, 415);
    const noCoder = await post('api/code', '{"text": "x"}', 'application/json', bare);
    assert.deepEqual([noCoder.status, (noCoder.body['error'] as { code: string }).code], [503, 'coder-unavailable']);
    const broken = await startServer(createApp({ store, coder: () => Promise.reject(new Error('dictionary file missing')) }));
    const failed = await post('api/code', '{"text": "x"}', 'application/json', broken);
    await broken.close();
    assert.equal(failed.status, 503);
    assert.match((failed.body['error'] as { message: string }).message, /could not be loaded: dictionary file missing/u);
  });

  it('requires the bearer token when one is set', async () => {
    const table: [string, Record<string, string>, number][] = [
      ['api/events', {}, 401],
      ['api/events', { authorization: 'Bearer wrong' }, 401],
      ['api/events', { authorization: 'Basic czNjcmV0LXRva2Vu' }, 401],
      ['api/openapi.json', {}, 401],
      ['api/events', { authorization: 'Bearer s3cret-token' }, 200],
      ['api/health', {}, 200],
    ];
    for (const [path, headers, status] of table) {
      const res = await get(path, locked, headers);
      assert.equal(res.status, status, `${path} ${JSON.stringify(headers)}`);
      if (status === 401) assert.equal(res.headers.get('www-authenticate'), 'Bearer');
    }
    assert.equal((await get('api/events', server)).status, 200, 'no token configured: open');
  });

  it('serves the built UI with an SPA fallback, and nothing outside it', async () => {
    const table: [string, number, RegExp][] = [
      ['', 200, /Parley UI/u],
      ['events/a:0:0', 200, /Parley UI/u],
      ['documents/a', 200, /Parley UI/u],
      ['assets/app-Ab12Cd34.js', 200, /console\.log/u],
      ['assets/missing.js', 404, /not built|Not found/u],
    ];
    for (const [path, status, body] of table) {
      const res = await get(path);
      assert.equal(res.status, status, path);
      assert.match(String(res.body), body, path);
    }
    assert.match((await get('assets/app-Ab12Cd34.js')).headers.get('cache-control') ?? '', /immutable/u);
    assert.equal((await get('')).headers.get('cache-control'), 'no-cache');
    for (const raw of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt']) {
      const body = await new Promise<string>((resolve, reject) => {
        const req = httpRequest(new URL(server.url), { path: raw }, (res) => {
          let data = '';
          res.on('data', (d: Buffer) => { data += d.toString(); });
          res.on('end', () => resolve(data));
        });
        req.on('error', reject);
        req.end();
      });
      assert.doesNotMatch(body, /do not serve/u, raw);
    }
    assert.equal((await get('', bare)).status, 404, 'no UI configured');
  });
});
