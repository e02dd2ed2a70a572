import { timingSafeEqual } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import type { Coder } from '../domain/coded-document.js';
import type { EventFilter, Page, Store } from '../store/store.js';
import { contentId } from '../io/document-id.js';
import { EXPORT_CONTENT_TYPES, EXPORT_EXTENSIONS, exportLines } from '../export/export-events.js';
import { ApiHttpError, validationError } from './errors.js';
import { buildOpenApi } from './openapi.js';
import {
  ActorsQuery, ClustersQuery, CodeRequest, DocumentsQuery, DyadsQuery, EventsQuery, ExportQuery, QuotesQuery, RunsQuery,
} from './schemas.js';
import { serveStatic } from './static-files.js';
import { sentenceTrace, type Explainer } from '../explain/explain.js';

/** What the app needs; nothing is read from the environment. */
export interface AppDeps {
  readonly store: Store;
  /** Codes pasted text for POST /api/code: a coder, or a function building one on first use. */
  readonly coder?: Coder | (() => Promise<Coder>) | null;
  /** Explains how a document was coded, for GET /api/events/:id/explain; absent: that route answers 503. */
  readonly explainer?: (() => Promise<Explainer>) | null;
  /** When set, every /api route except /api/health needs `Authorization: Bearer <token>`. */
  readonly token?: string | null;
  /** The built UI (`web/dist`); served with an SPA fallback when it holds an index.html. */
  readonly webRoot?: string | null;
  /** Largest request body accepted, in bytes (default 1 MiB). */
  readonly maxBodyBytes?: number;
  readonly version?: string;
  /** Where unexpected errors are reported (default: stderr). */
  readonly log?: (message: string) => void;
}

type Query = Record<string, string>;

/** Query parameters as single values; a parameter given twice is an error rather than silently dropped. */
function queryOf(c: Context): Query {
  const out: Query = {};
  for (const [key, values] of Object.entries(c.req.queries())) {
    if (values.length > 1) throw new ApiHttpError('bad-request', `invalid query: ${key}: given more than once`, [{ path: key, message: 'given more than once' }]);
    const value = values[0];
    // An empty parameter (`?from=`) means "not set", as HTML forms send it.
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}

function parse<S extends z.ZodType>(schema: S, input: unknown, where: string): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationError(where, result.error);
  return result.data;
}

function page(q: { limit: number; offset: number }): Page {
  return { limit: q.limit, offset: q.offset };
}

/** Drops undefined entries so optional filter fields stay absent (exactOptionalPropertyTypes). */
function defined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

function eventFilter(q: z.output<typeof EventsQuery> | z.output<typeof ExportQuery>): EventFilter {
  return defined({
    from: q.from, to: q.to, source: q.source, target: q.target, actor: q.actor, cameo: q.cameo, root: q.root,
    quad: q.quad, plover: q.plover, q: q.q, docId: q.doc_id, clusterId: q.cluster_id, representative: q.representative,
  });
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Builds the HTTP app (routes under /api, the UI elsewhere) without listening; `parley serve` and tests listen. */
export function createApp(deps: AppDeps): Hono {
  const { store } = deps;
  const app = new Hono();
  const log = deps.log ?? ((message: string) => process.stderr.write(message + '\n'));
  const maxBody = deps.maxBodyBytes ?? 1024 * 1024;
  let coderPromise: Promise<Coder> | null = null;
  const getCoder = (): Promise<Coder> | null => {
    const source = deps.coder;
    if (!source) return null;
    coderPromise ??= typeof source === 'function' ? source() : Promise.resolve(source);
    return coderPromise;
  };
  let openApi: Record<string, unknown> | null = null;

  app.onError((error, c) => {
    if (error instanceof ApiHttpError) return c.json(error.toJSON(), error.status);
    log(`parley serve: ${c.req.method} ${c.req.path}: ${error.stack ?? error.message}`);
    return c.json(new ApiHttpError('internal', 'internal error; see the server log').toJSON(), 500);
  });

  app.use('/api/*', async (c, next) => {
    c.header('cache-control', 'no-store');
    if (deps.token && c.req.path !== '/api/health') {
      const header = c.req.header('authorization') ?? '';
      const match = /^Bearer\s+(.+)$/iu.exec(header);
      if (!match || !sameSecret(match[1] ?? '', deps.token)) {
        c.header('www-authenticate', 'Bearer');
        throw new ApiHttpError('unauthorized', 'this server needs a bearer token (Authorization: Bearer <token>)');
      }
    }
    await next();
  });
  app.use('/api/*', bodyLimit({
    maxSize: maxBody,
    onError: () => {
      throw new ApiHttpError('payload-too-large', `request body is larger than ${maxBody} bytes`);
    },
  }));

  app.get('/api/health', (c) => c.json({
    status: 'ok' as const,
    version: deps.version ?? 'unknown',
    coder: Boolean(deps.coder),
    stats: store.stats(),
  }));

  app.get('/api/openapi.json', (c) => {
    openApi ??= buildOpenApi({ version: deps.version ?? 'unknown', bearer: Boolean(deps.token) });
    return c.json(openApi);
  });

  app.get('/api/events', (c) => {
    const q = parse(EventsQuery, queryOf(c), 'query');
    const result = store.queryEvents(eventFilter(q), page(q), q.sort);
    return c.json({ total: result.total, limit: q.limit, offset: q.offset, items: result.items });
  });

  app.get('/api/events/:id', (c) => {
    const id = c.req.param('id');
    const event = store.getEvent(id);
    if (!event) throw new ApiHttpError('not-found', `no event with id ${JSON.stringify(id)}`);
    return c.json(event);
  });

  let explainerPromise: Promise<Explainer> | null = null;
  app.get('/api/events/:id/explain', async (c) => {
    const id = c.req.param('id');
    const event = store.getEvent(id);
    if (!event) throw new ApiHttpError('not-found', `no event with id ${JSON.stringify(id)}`);
    if (!deps.explainer) throw new ApiHttpError('coder-unavailable', 'this server has no explainer (start it with the coder)');
    const doc = store.getDocument(event.doc_id);
    if (!doc) throw new ApiHttpError('not-found', `the document of event ${id} is not stored`);
    explainerPromise ??= deps.explainer();
    const explain = await explainerPromise;
    const trace = sentenceTrace(explain({ id: doc.id, text: doc.text, ...(doc.date ? { date: doc.date } : {}) }), event.sentence);
    return c.json({ event_id: id, sentence: event.sentence, ...trace });
  });

  app.get('/api/documents', (c) => {
    const q = parse(DocumentsQuery, queryOf(c), 'query');
    const result = store.listDocuments(defined({ from: q.from, to: q.to, q: q.q }), page(q));
    return c.json({ total: result.total, limit: q.limit, offset: q.offset, items: result.items });
  });

  app.get('/api/documents/:id', (c) => {
    const id = c.req.param('id');
    const doc = store.getDocument(id);
    if (!doc) throw new ApiHttpError('not-found', `no document with id ${JSON.stringify(id)}`);
    return c.json(doc);
  });

  app.get('/api/clusters', (c) => {
    const q = parse(ClustersQuery, queryOf(c), 'query');
    const result = store.listClusters(defined({ from: q.from, to: q.to, actor: q.actor, root: q.root, minMentions: q.min_mentions }), page(q));
    return c.json({ total: result.total, limit: q.limit, offset: q.offset, items: result.items });
  });

  app.get('/api/clusters/:id', (c) => {
    const id = c.req.param('id');
    const cluster = store.getCluster(id);
    if (!cluster) throw new ApiHttpError('not-found', `no story with id ${JSON.stringify(id)}`);
    const events = store.queryEvents({ clusterId: id }, { limit: 500, offset: 0 }, 'date').items;
    return c.json({ ...cluster, events });
  });

  app.get('/api/actors', (c) => {
    const q = parse(ActorsQuery, queryOf(c), 'query');
    const result = store.listActors(defined({ from: q.from, to: q.to, prefix: q.prefix, role: q.role }), page(q));
    return c.json({ total: result.total, limit: q.limit, offset: q.offset, items: result.items });
  });

  app.get('/api/quotes', (c) => {
    const q = parse(QuotesQuery, queryOf(c), 'query');
    const result = store.listQuotes(defined({ docId: q.doc_id, speaker: q.speaker, q: q.q, from: q.from, to: q.to }), page(q));
    return c.json({ total: result.total, limit: q.limit, offset: q.offset, items: result.items });
  });

  app.get('/api/dyads', (c) => {
    const q = parse(DyadsQuery, queryOf(c), 'query');
    return c.json(store.dyadSeries(defined({ a: q.a, b: q.b, interval: q.interval, from: q.from, to: q.to })));
  });

  app.get('/api/runs', (c) => {
    const q = parse(RunsQuery, queryOf(c), 'query');
    const result = store.listRuns(page(q));
    return c.json({ total: result.total, limit: q.limit, offset: q.offset, items: result.items });
  });

  app.get('/api/export', (c) => {
    const q = parse(ExportQuery, queryOf(c), 'query');
    const lines = exportLines(store, {
      format: q.format, filter: eventFilter(q), storiesOnly: q.all_events !== true, header: q.header === true,
    });
    const encoder = new TextEncoder();
    // Pulled a chunk at a time, so a large export streams at the client's pace.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        let chunk = '';
        while (chunk.length < 64 * 1024) {
          const next = lines.next();
          if (next.done) {
            if (chunk !== '') controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += next.value;
        }
        controller.enqueue(encoder.encode(chunk));
      },
      cancel() {
        lines.return(undefined);
      },
    });
    return new Response(body, {
      headers: {
        'content-type': EXPORT_CONTENT_TYPES[q.format],
        'content-disposition': `attachment; filename="parley-events.${EXPORT_EXTENSIONS[q.format]}"`,
        'cache-control': 'no-store',
      },
    });
  });

  app.post('/api/code', async (c) => {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\b/iu.test(type)) {
      throw new ApiHttpError('unsupported-media-type', 'send the body as JSON (content-type: application/json)');
    }
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw new ApiHttpError('bad-request', 'request body is not valid JSON');
    }
    const body = parse(CodeRequest, raw, 'body');
    const pending = getCoder();
    if (!pending) throw new ApiHttpError('coder-unavailable', 'this server was started without a coder');
    let coder: Coder;
    try {
      coder = await pending;
    } catch (error) {
      throw new ApiHttpError('coder-unavailable', `the coder could not be loaded: ${(error as Error).message}`);
    }
    const doc = {
      id: body.id ?? contentId(body.text),
      text: body.text,
      origin: 'api',
      ...defined({ date: body.date, title: body.title, url: body.url }),
    };
    const coded = coder.code(doc);
    let save: { status: 'added' | 'unchanged' | 'replaced'; addedEvents: readonly string[]; removedEvents: readonly string[] } | null = null;
    if (body.save) {
      const runId = store.startRun({ command: 'api-code', dictionaryVersion: coder.dictionaryVersion });
      const outcome = store.saveCoded([coded], runId)[0];
      store.finishRun(runId, {
        documents: outcome?.status === 'unchanged' ? 0 : 1, sentences: outcome?.sentences ?? 0, events: outcome?.events ?? 0,
        quotes: outcome?.quotes ?? 0, skipped: outcome?.status === 'unchanged' ? 1 : 0,
      });
      if (outcome) save = { status: outcome.status, addedEvents: outcome.addedEvents, removedEvents: outcome.removedEvents };
    }
    const segment = coded.record.segment;
    return c.json({
      id: doc.id,
      text: doc.text,
      date: body.date ?? null,
      title: body.title ?? null,
      url: body.url ?? null,
      dateline: segment?.dateline ? { start: segment.dateline.start, end: segment.dateline.end } : null,
      sentences: (segment?.sentences ?? []).map((s) => ({ index: s.index, start: s.start, end: s.end })),
      mentions: coded.entities,
      events: coded.events,
      quotes: coded.quotes,
      timeExpressions: (coded.record.dates?.expressions ?? []).map((t) => ({
        sentence: t.sentence, start: t.start, end: t.end, text: t.text, value: t.value, precision: t.precision,
        explicit: t.explicit, rule: t.rule,
      })),
      issues: coded.issues,
      dictionaryVersion: coder.dictionaryVersion,
      saved: save !== null,
      save,
    });
  });

  app.all('/api/*', (c) => {
    throw new ApiHttpError('not-found', `no API route ${c.req.method} ${c.req.path}; see /api/openapi.json`);
  });

  app.on(['GET', 'HEAD'], '*', (c) => {
    const response = deps.webRoot ? serveStatic(deps.webRoot, c.req.path, c.req.method) : null;
    return response ?? c.text('Not found. The web UI is not built (npm run build:web); the API is under /api.', 404);
  });

  return app;
}
