import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, startServer, type RunningServer } from './index.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import type { Store } from '../store/store.js';
import { builtinCoder } from '../../test/helpers/coder.js';
import { createExplainer } from '../explain/explain.js';

// GET /api/events/:id/explain over real HTTP, on a real SQLite file coded by the real pipeline.
const dir = mkdtempSync(join(tmpdir(), 'parley-explain-'));
let store: Store;
let server: RunningServer;
let without: RunningServer;

before(async () => {
  store = openSqliteStore(join(dir, 'explain.sqlite'));
  const coder = await builtinCoder();
  store.saveCoded([coder.code({ id: 'd1', date: '2024-02-01', text: 'Iran rejected the proposal. Chinese President Xi Jinping held talks with Russian President Vladimir Putin on Monday.' })], null);
  server = await startServer(createApp({ store, coder, explainer: async () => createExplainer() }));
  without = await startServer(createApp({ store }));
});
after(async () => {
  await Promise.all([server.close(), without.close()]);
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('explains the sentence of a stored event: the patterns tried and the event made', async () => {
  const events = (await (await fetch(new URL('api/events?limit=10', server.url))).json()) as { items: { event_id: string; sentence: number }[] };
  const talks = events.items.find((e) => e.sentence === 1);
  assert.ok(talks, 'the talks were coded');
  const res = await fetch(new URL(`api/events/${encodeURIComponent(talks.event_id)}/explain`, server.url));
  assert.equal(res.status, 200);
  const body = (await res.json()) as { event_id: string; sentence: number; steps: { kind: string; clause: number }[]; text: string };
  assert.equal(body.sentence, 1);
  assert.ok(body.steps.some((s) => s.kind === 'pattern'));
  assert.ok(body.steps.some((s) => s.kind === 'event'));
  assert.match(body.text, /^Sentence 1: Chinese President Xi Jinping held talks/);
  assert.doesNotMatch(body.text, /Iran rejected/);
});

test('an unknown event is 404; a server without an explainer says so with 503', async () => {
  assert.equal((await fetch(new URL('api/events/nope/explain', server.url))).status, 404);
  const events = (await (await fetch(new URL('api/events', without.url))).json()) as { items: { event_id: string }[] };
  const res = await fetch(new URL(`api/events/${encodeURIComponent(events.items[0]!.event_id)}/explain`, without.url));
  assert.equal(res.status, 503);
});
