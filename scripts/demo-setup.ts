/**
 * The steps `npm start` and the end-to-end tests share: build the web UI when it is missing or
 * stale, read the demo corpus, and code and store the documents not stored yet.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Coder } from '../src/domain/coded-document.js';
import type { SourceDocument } from '../src/domain/document.js';
import type { Store } from '../src/store/store.js';
import { contentHash, stableDocumentId } from '../src/io/document-id.js';

/** The repository root (this file lives in `scripts/`). */
export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WEB_DIR = join(REPO_ROOT, 'web');
export const WEB_DIST = join(WEB_DIR, 'dist');
export const CORPUS_DIR = join(REPO_ROOT, 'examples', 'corpus');

/** Newest modification time (ms) of the UI's sources. */
function newestSourceTime(): number {
  let newest = 0;
  const visit = (path: string): void => {
    const st = statSync(path);
    if (st.isDirectory()) for (const name of readdirSync(path)) visit(join(path, name));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const entry of ['index.html', 'vite.config.ts', 'tsconfig.json', 'src']) {
    const path = join(WEB_DIR, entry);
    if (existsSync(path)) visit(path);
  }
  return newest;
}

/** True when `web/dist` is missing or older than any UI source file. */
export function webBuildIsStale(): boolean {
  const index = join(WEB_DIST, 'index.html');
  if (!existsSync(index)) return true;
  return statSync(index).mtimeMs < newestSourceTime();
}

/** Builds the UI with Vite when needed; returns whether it built. */
export async function ensureWebBuild(options: { readonly force?: boolean } = {}): Promise<boolean> {
  if (!options.force && !webBuildIsStale()) return false;
  // Imported lazily: Vite is a dev dependency and costs ~0.3 s to load when nothing needs building.
  const { build } = await import('vite');
  await build({ root: WEB_DIR, configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}

/** A corpus line that could not be read, with where it was. */
export interface CorpusProblem {
  readonly origin: string;
  readonly message: string;
}

/** Reads every `*.jsonl` file of the demo corpus into source documents; bad lines are reported, not fatal. */
export function readCorpus(dir: string = CORPUS_DIR): { readonly docs: SourceDocument[]; readonly problems: CorpusProblem[] } {
  const docs: SourceDocument[] = [];
  const problems: CorpusProblem[] = [];
  const files = readdirSync(dir).filter((name) => name.endsWith('.jsonl')).sort();
  for (const name of files) {
    const lines = readFileSync(join(dir, name), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const origin = `${name}:${i + 1}`;
      try {
        const raw = JSON.parse(line) as Record<string, unknown>;
        const text = raw['text'];
        if (typeof text !== 'string' || !text.trim()) throw new Error('missing "text"');
        const doc: { -readonly [K in keyof SourceDocument]: SourceDocument[K] } = { id: typeof raw['id'] === 'string' ? raw['id'] : '', text, origin };
        for (const key of ['date', 'title', 'url'] as const) {
          const value = raw[key];
          if (typeof value === 'string' && value) doc[key] = value;
        }
        docs.push(doc);
      } catch (error) {
        problems.push({ origin, message: (error as Error).message });
      }
    });
  }
  return { docs, problems };
}

export interface IngestSummary {
  /** Documents coded and saved now (new, changed, or recoded because the dictionaries changed). */
  readonly coded: number;
  readonly recoded: number;
  readonly alreadyStored: number;
  readonly events: number;
  readonly failed: readonly CorpusProblem[];
}

/**
 * Codes and saves the documents the store does not hold yet (same id and text). When the last run of
 * this `command` used other dictionaries, stored documents are recoded too, so a demo database never
 * shows an old coder's output. One failure never stops the rest.
 */
export function ingestMissing(store: Store, coder: Coder, docs: readonly SourceDocument[], command = 'demo-ingest'): IngestSummary {
  const lastRun = store.listRuns({ limit: 100, offset: 0 }).items.find((r) => r.command === command);
  const dictionariesChanged = lastRun !== undefined && lastRun.dictionaryVersion !== coder.dictionaryVersion;
  const states = docs.map((d) => store.documentState(stableDocumentId(d), contentHash(d.text)));
  const work = docs.filter((_, i) => states[i] !== 'same' || dictionariesChanged);
  if (work.length === 0) return { coded: 0, recoded: 0, alreadyStored: docs.length, events: 0, failed: [] };
  const runId = store.startRun({ command, dictionaryVersion: coder.dictionaryVersion });
  const failed: CorpusProblem[] = [];
  let events = 0;
  let sentences = 0;
  let quotes = 0;
  let coded = 0;
  let recoded = 0;
  for (const doc of work) {
    try {
      const result = coder.code(doc);
      const same = store.documentState(stableDocumentId(doc), contentHash(doc.text)) === 'same';
      const outcome = same ? store.recode(result, runId) : store.saveCoded([result], runId)[0];
      coded += 1;
      if (same) recoded += 1;
      events += outcome?.events ?? 0;
      sentences += outcome?.sentences ?? 0;
      quotes += outcome?.quotes ?? 0;
    } catch (error) {
      failed.push({ origin: doc.origin ?? doc.id, message: (error as Error).message });
    }
  }
  store.finishRun(runId, { documents: coded, sentences, events, quotes, skipped: failed.length });
  return { coded, recoded, alreadyStored: docs.length - work.length, events, failed };
}
