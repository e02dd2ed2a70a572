/**
 * End-to-end harness: a real `parley serve` app (createApp + @hono/node-server on 127.0.0.1:0) over
 * a real SQLite file coded from the demo corpus, and Debian's Chromium driven by playwright-core.
 */
import { createExplainer } from '../../src/explain/explain.js';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { createApp, startServer } from '../../src/api/index.js';
import { createCoder } from '../../src/pipeline/index.js';
import type { Store } from '../../src/store/store.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { REPO_ROOT, WEB_DIST, ensureWebBuild, ingestMissing, readCorpus } from '../../scripts/demo-setup.js';
import type { IngestSummary } from '../../scripts/demo-setup.js';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = join(REPO_ROOT, 'test-output', 'screenshots');

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Fails loudly (never skips) when the browser the e2e tests need is not installed. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`e2e: Chromium not found at ${CHROMIUM}. These tests drive a real browser; install it with \`apt-get install -y chromium\` (Debian) and run them again.`);
  }
}

export interface DemoServer {
  readonly url: string;
  readonly store: Store;
  readonly ingest: IngestSummary;
  close(): Promise<void>;
}

/** Builds the UI if stale, codes the demo corpus into a fresh temp database and serves it. */
export async function startDemoServer(): Promise<DemoServer> {
  await ensureWebBuild();
  const dir = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
  const store = openSqliteStore(join(dir, 'e2e.sqlite'));
  const coder = await createCoder();
  const { docs, problems } = readCorpus();
  if (problems.length > 0) throw new Error(`e2e: demo corpus has bad lines: ${problems.map((p) => `${p.origin} ${p.message}`).join('; ')}`);
  const ingest = ingestMissing(store, coder, docs, 'e2e-ingest');
  const server = await startServer(createApp({ store, coder, explainer: async () => createExplainer(), webRoot: WEB_DIST }));
  return {
    url: server.url,
    store,
    ingest,
    close: async () => {
      await server.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Browser {
  readonly context: BrowserContext;
  readonly page: Page;
  /** Page errors and failed requests seen so far (a screen that throws should fail its test). */
  readonly problems: string[];
  close(): Promise<void>;
}

/** Starts headless Chromium with a throwaway profile; blocks every request that leaves 127.0.0.1. */
export async function launchBrowser(): Promise<Browser> {
  requireChromium();
  const profile = mkdtempSync(join(tmpdir(), 'parley-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    // Playwright adds --headless and --user-data-dir=<profile> itself (it refuses them in args).
    args: CHROMIUM_ARGS.filter((a) => a !== '--headless'),
    viewport: { width: 1366, height: 860 },
  });
  const problems: string[] = [];
  // The UI must work offline: any request to another host is a defect, so record and abort it.
  await context.route((url) => /^(https?|wss?):$/.test(url.protocol) && url.hostname !== '127.0.0.1', (route) => {
    problems.push(`external request: ${route.request().url()}`);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
  return {
    context, page, problems,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot under test-output/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** GETs JSON from the server under test (the tests compare what the UI shows with what the API says). */
export async function getJson<T>(base: string, path: string): Promise<T> {
  const res = await fetch(new URL(path, base));
  if (!res.ok) throw new Error(`GET ${path}: ${res.status}`);
  return (await res.json()) as T;
}
