/**
 * The analyst's journey through the web UI, in a real Chromium against a real server and database
 * coded from the demo corpus. Each step checks what the screen shows against what the API says, and
 * saves a screenshot to test-output/screenshots/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { EventRecord } from '../../src/domain/event-record.js';
import type { Browser, DemoServer } from './_harness.js';
import { getJson, launchBrowser, requireChromium, screenshot, startDemoServer } from './_harness.js';

interface Page<T> { readonly total: number; readonly items: readonly T[] }

// A screen may take a while to render on a loaded CI machine; these are waits, not timing assertions.
const WAIT = { timeout: 30_000 };

describe('web UI end to end', () => {
  let server: DemoServer;
  let browser: Browser;

  before(async () => {
    requireChromium();
    server = await startDemoServer();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /** Waits until the screen for the current address has finished rendering (not a stale one). */
  async function settled(): Promise<void> {
    await browser.page.waitForFunction(() => {
      const main = document.querySelector('main');
      return main?.dataset['ready'] === 'true' && main.dataset['hash'] === location.hash;
    }, null, WAIT);
  }

  /** Opens a hash route and waits until its screen has rendered. */
  async function open(route: string): Promise<void> {
    await browser.page.goto(new URL(route, server.url).href);
    await settled();
  }

  it('codes the whole demo corpus into the database', () => {
    assert.deepEqual(server.ingest.failed, []);
    assert.ok(server.ingest.coded >= 25, `coded ${server.ingest.coded} documents`);
    assert.ok(server.store.stats().events > 0, 'the corpus yields events');
  });

  it('loads the events screen with every stored event counted', async () => {
    await open('#/events');
    const { page } = browser;
    const api = await getJson<Page<EventRecord>>(server.url, '/api/events?limit=1');
    const shown = await page.locator('[data-testid=event-count] strong').innerText();
    assert.equal(Number(shown.replace(/,/g, '')), api.total);
    assert.equal(await page.locator('[data-testid=events-table] tbody tr').count(), Math.min(50, api.total));
    let sum = 0;
    for (const q of [1, 2, 3, 4]) sum += Number(await page.locator(`.quad-chip.q${q} .n`).innerText());
    assert.equal(sum, api.total, 'the four quad chips add up to the total');
    await screenshot(page, '01-events');
  });

  it('has demo events in all four quad classes', async () => {
    for (const q of [1, 2, 3, 4]) {
      const api = await getJson<Page<EventRecord>>(server.url, `/api/events?quad=${q}&limit=1`);
      assert.ok(api.total > 0, `the demo corpus yields quad ${q} events`);
    }
  });

  it('filters events by quad class and by actor, matching the API', async () => {
    const { page } = browser;
    // Filter on what the data holds: the quad and source country of the newest event with a target.
    const sample = (await getJson<Page<EventRecord>>(server.url, '/api/events?limit=200&sort=-date')).items.find((e) => e.target);
    assert.ok(sample, 'some event has a target');
    const quad = String(sample.quad);
    const actor = sample.source.code.slice(0, 3);
    await open('#/events');
    await page.selectOption('select[name=quad]', quad);
    await page.waitForFunction((q) => location.hash.includes(`quad=${q}`), quad, WAIT);
    await settled();
    assert.equal(await page.locator(`.quad-chip.q${quad}.active`).count(), 1);
    const byQuad = await getJson<Page<EventRecord>>(server.url, `/api/events?quad=${quad}&limit=1`);
    assert.equal(Number((await page.locator('[data-testid=event-count] strong').innerText()).replace(/,/g, '')), byQuad.total);
    const badges = await page.locator('[data-testid=events-table] tbody .quad-badge').evaluateAll((els) => els.map((e) => e.className));
    assert.ok(badges.length > 0);
    assert.ok(badges.every((c) => c.includes(`q${quad}`)), `only quad ${quad} rows: ${badges.join(', ')}`);

    await page.fill('input[name=actor]', actor);
    await page.press('input[name=actor]', 'Enter');
    await page.waitForFunction((a) => location.hash.includes(`actor=${a}`), actor, WAIT);
    await settled();
    const both = await getJson<Page<EventRecord>>(server.url, `/api/events?quad=${quad}&actor=${actor}&limit=50`);
    assert.ok(both.total > 0);
    const rows = await page.locator('[data-testid=events-table] tbody tr').evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('.actor-chip'), (c) => c.textContent ?? '')));
    assert.equal(rows.length, both.items.length);
    for (const chips of rows) assert.ok(chips.some((c) => c.startsWith(actor)), `row involves ${actor}: ${chips.join(' ')}`);
    await screenshot(page, '02-events-filtered');

    // The export links carry the same filter and download from the API.
    for (const [label, type] of [['CSV', /text\/csv/], ['GDELT', /text\/tab-separated-values/], ['JSONL', /json/], ['PLOVER', /json/]] as const) {
      const href = await page.locator('.exports a', { hasText: label }).getAttribute('href');
      assert.ok(href?.includes(`quad=${quad}`) && href.includes(`actor=${actor}`), `${label} link keeps the filter: ${href}`);
      const res = await fetch(new URL(href ?? '', server.url));
      assert.equal(res.status, 200, `${label} export: ${await res.clone().text()}`);
      assert.match(res.headers.get('content-type') ?? '', type);
      assert.match(res.headers.get('content-disposition') ?? '', /attachment/);
      const body = await res.text();
      // Every matching event is exported (CSV adds a header line); GDELT has one row per story.
      const lines = body.split('\n').filter((l) => l.trim()).length;
      if (label === 'CSV') assert.equal(lines, both.total + 1);
      else if (label === 'GDELT') assert.ok(lines >= 1 && lines <= both.total);
      else assert.equal(lines, both.total);
    }
  });

  it('shows no rows and says so for a filter nothing matches', async () => {
    await open('#/events?q=zzzqqxnotaword');
    assert.equal(await browser.page.locator('.results .empty').count(), 1);
    assert.equal(await browser.page.locator('[data-testid=events-table]').count(), 0);
  });

  it('opens an event and shows its evidence highlighted at the right spans', async () => {
    await open('#/events');
    const { page } = browser;
    const first = page.locator('[data-testid=events-table] tbody tr').first();
    const eventId = await first.getAttribute('data-event');
    assert.ok(eventId);
    await first.click();
    await page.waitForSelector('[data-testid=evidence] .event-card.selected [data-testid=why]', WAIT);
    const event = await getJson<EventRecord>(server.url, `/api/events/${encodeURIComponent(eventId)}`);
    // The selected trigger is highlighted over exactly the trigger's words.
    const trigger = (await page.locator('.sel-trigger').allInnerTexts()).join('');
    assert.equal(trigger, event.trigger.text);
    const source = (await page.locator('.sel-source').allInnerTexts()).join('');
    assert.equal(source, event.source.text);
    assert.match(await page.locator('[data-testid=why] .rule').innerText(), new RegExp(escapeRegExp(event.rule)));
    const doc = await getJson<{ mentions: unknown[] }>(server.url, `/api/documents/${encodeURIComponent(event.doc_id)}`);
    assert.ok(doc.mentions.length > 0);
    assert.ok(await page.locator('.m-actor').count() >= 1, 'actor mentions highlighted');
    assert.ok(await page.locator('.m-trigger').count() >= 1, 'triggers highlighted');
    // The explain trace route is optional (404 until the server has one); when it answers, the panel must show it.
    const explain = await fetch(new URL(`/api/events/${encodeURIComponent(eventId)}/explain`, server.url));
    if (explain.ok) await page.waitForSelector('[data-testid=why] [data-testid=explain]', WAIT);
    else assert.equal(explain.status, 404);
    await screenshot(page, '03-evidence');
  });

  it('lists the stored documents and opens one with its evidence', async () => {
    await open('#/documents');
    const { page } = browser;
    const api = await getJson<Page<{ id: string }>>(server.url, '/api/documents?limit=500');
    assert.equal(await page.locator('[data-testid=documents-table] tbody tr').count(), api.total);
    await screenshot(page, '07-documents');
    await page.click('[data-testid=documents-table] a[href="#/doc/usa-chn-03"]');
    await settled();
    assert.equal(await page.locator('.doc-header h1').innerText(), 'Washington accuses Beijing of hacking campaign');
    const sentences = await page.locator('[data-testid=evidence] .sentence').allInnerTexts();
    const doc = await getJson<{ text: string; sentences: unknown[] }>(server.url, '/api/documents/usa-chn-03');
    // Every character of the article is shown once, in order (whitespace between rows aside).
    assert.equal(sentences.join('').replace(/\s+/g, ''), doc.text.replace(/\s+/g, ''));
  });

  it('shows an error, not a blank page, for a document that does not exist', async () => {
    await open('#/doc/no-such-document');
    assert.match(await browser.page.locator('[role=alert]').innerText(), /could not load/i);
  });

  it('draws the USA–CHN dyad trend in both directions', async () => {
    await open('#/dyad?a=USA&b=CHN&interval=month');
    const { page } = browser;
    for (const id of ['chart-ab', 'chart-ba', 'chart-goldstein']) await page.waitForSelector(`[data-testid=${id}] canvas`, WAIT);
    const api = await getJson<{ periods: { period: string }[] }>(server.url, '/api/dyads?a=USA&b=CHN&interval=month');
    assert.ok(api.periods.length >= 2, 'the demo corpus spreads USA–CHN over several months');
    await page.click('.dyad-table summary');
    const periods = await page.locator('[data-testid=dyad-table] tbody th').allInnerTexts();
    for (const p of api.periods) assert.ok(periods.includes(p.period), `period ${p.period} in the table`);
    await screenshot(page, '04-dyad');
  });

  it('draws the actor network, and narrows it to the events screen\'s filter', async () => {
    await open('#/network');
    const { page } = browser;
    await page.waitForSelector('[data-testid=network] canvas', WAIT);
    const count = async (): Promise<number> => Number(/(\d+) actors/.exec(await page.locator('.legend-line').innerText())?.[1]);
    const all = await count();
    assert.ok(all >= 4, `network has ${all} actors`);
    await screenshot(page, '05-network');

    await open('#/events?actor=USA');
    await page.click('a.as-network');
    await settled();
    assert.match(await page.evaluate(() => location.hash), /^#\/network\?actor=USA$/);
    const usa = await count();
    assert.ok(usa >= 2 && usa < all, `USA's network (${usa}) is a part of the whole (${all})`);
  });

  it('codes a pasted article and shows its events with highlights', async () => {
    await open('#/code');
    const { page } = browser;
    await page.fill('textarea[name=text]', PASTED);
    await page.fill('input[name=date]', '2025-05-09');
    await page.click('button[type=submit]');
    await page.waitForSelector('.paste-result [data-testid=evidence] .event-card', WAIT);
    const api = await fetch(new URL('/api/code', server.url), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: PASTED, date: '2025-05-09' }),
    }).then((r) => r.json()) as { events: EventRecord[] };
    assert.ok(api.events.length > 0, 'the pasted article yields events');
    assert.equal(await page.locator('.paste-result .event-card').count(), api.events.length);
    // A trigger may be cut into several pieces where it crosses an actor mention; adjacent pieces join up.
    const triggers = (await page.locator('.paste-result .m-trigger').allTextContents()).join('');
    for (const e of api.events) assert.ok(triggers.includes(e.trigger.text), `trigger “${e.trigger.text}” highlighted`);
    await screenshot(page, '06-paste');

    // Saving stores it: the answer links to the new document, which the API now lists.
    await page.check('input[name=save]');
    await page.click('button[type=submit]');
    await page.waitForSelector('.paste-result .saved a', WAIT);
    const href = await page.locator('.paste-result .saved a').getAttribute('href');
    const id = decodeURIComponent(/#\/doc\/(.+)$/.exec(href ?? '')?.[1] ?? '');
    assert.ok(id, `saved link ${href}`);
    const stored = await getJson<{ id: string; events: unknown[] }>(server.url, `/api/documents/${encodeURIComponent(id)}`);
    assert.equal(stored.events.length, api.events.length);
  });

  it('can be driven from the keyboard: g-shortcuts, row focus, Enter to open', async () => {
    await open('#/dyad');
    const { page } = browser;
    await page.locator('body').focus();
    await page.keyboard.press('g');
    await page.keyboard.press('e');
    await page.waitForFunction(() => location.hash === '#/events', null, WAIT);
    await settled();
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name), 'q');
    const rows = page.locator('[data-testid=events-table] tbody tr');
    await rows.first().focus();
    await page.keyboard.press('j');
    const second = await rows.nth(1).getAttribute('data-event');
    assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['event']), second);
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=evidence] .event-card.selected', WAIT);
    assert.equal(await page.locator('[data-testid=evidence] .event-card.selected').getAttribute('data-event'), second);
  });

  it('made no request outside 127.0.0.1 and raised no page errors', () => {
    assert.deepEqual(browser.problems.filter((p) => !p.includes('404')), []);
  });
});

const PASTED = `ROME, May 9 (Demo Wire) -- Italian Foreign Minister Paolo Greco met Tunisian President Karim Haddad in Tunis on Thursday to discuss migration.
Italy pledged 50 million euros in aid to Tunisia, according to a joint statement.
Separately, Tunisian police arrested 30 protesters outside the parliament.`;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
