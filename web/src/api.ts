/** Fetches from the Parley HTTP API and turns failures into readable errors. */
import type { ActorCount, DocumentDetail, DocumentSummary, DyadSeries, EventPage, EventRow, NetworkGraph } from './api-types.js';
import type { EventFilter } from './filters.js';
import { filterParams } from './filters.js';
import { normalizeDocument, normalizeDyad } from './normalize.js';

/** An API failure with the server's message when it gave one. */
export class ApiError extends Error {
  constructor(message: string, readonly status: number, readonly code: string) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, init);
  } catch {
    throw new ApiError(`Cannot reach the Parley server (${path}). Is \`parley serve\` running?`, 0, 'network');
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = isRecord(body) && isRecord(body['error']) ? body['error'] : isRecord(body) ? body : {};
    const message = typeof err['message'] === 'string' ? err['message'] : `${res.status} ${res.statusText}`;
    const code = typeof err['code'] === 'string' ? err['code'] : `http-${res.status}`;
    throw new ApiError(message, res.status, code);
  }
  return body as T;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface EventQuery {
  readonly filter: EventFilter;
  readonly limit: number;
  readonly offset: number;
  readonly sort?: string;
}

/** GET /api/events for a filter and page. */
export function fetchEvents(query: EventQuery): Promise<EventPage> {
  const params = filterParams(query.filter, { limit: query.limit, offset: query.offset, sort: query.sort });
  return request<EventPage>(`api/events?${params}`);
}

/** GET /api/events/:id. */
export function fetchEvent(id: string): Promise<EventRow> {
  return request<EventRow>(`api/events/${encodeURIComponent(id)}`);
}

/** GET /api/documents/:id with every annotation span. */
export async function fetchDocument(id: string): Promise<DocumentDetail> {
  return normalizeDocument(await request<unknown>(`api/documents/${encodeURIComponent(id)}`));
}

/** GET /api/documents (a page of document summaries). */
export async function fetchDocuments(limit = 200, offset = 0): Promise<{ total: number; items: DocumentSummary[] }> {
  const page = await request<{ total: number; items: (DocumentSummary & { eventCount?: number })[] }>(`api/documents?limit=${limit}&offset=${offset}`);
  return { total: page.total, items: page.items.map((d) => ({ ...d, ...(d.eventCount !== undefined && d.events === undefined ? { events: d.eventCount } : {}) })) };
}

/** GET /api/actors for the pickers. */
export async function fetchActors(): Promise<ActorCount[]> {
  type Raw = { code: string; name?: string | null; count?: number; total?: number };
  const r = await request<Raw[] | { items: Raw[] }>('api/actors?limit=500');
  return (Array.isArray(r) ? r : r.items).map((a) => ({ code: a.code, name: a.name ?? null, count: a.count ?? a.total ?? 0 }));
}

/** GET /api/dyads for two actors in both directions. */
export async function fetchDyad(a: string, b: string, interval: string): Promise<DyadSeries> {
  const params = new URLSearchParams({ a, b, interval });
  return normalizeDyad(await request<unknown>(`api/dyads?${params}`));
}

/** POST /api/code: codes pasted text; with `save`, also stores it. */
export async function codeText(text: string, date: string, title: string, save: boolean): Promise<DocumentDetail> {
  const body: Record<string, unknown> = { text, save };
  if (date) body['date'] = date;
  if (title) body['title'] = title;
  return normalizeDocument(await request<unknown>('api/code', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }), save);
}

/**
 * Link to download the events matching a filter. CSV, JSONL and PLOVER hold every matching event
 * (as the table does); GDELT holds one row per story, as GDELT itself does.
 */
export function exportUrl(filter: EventFilter, format: 'csv' | 'gdelt' | 'jsonl' | 'plover'): string {
  const extra = format === 'gdelt' ? { format } : format === 'csv' ? { format, all_events: 'true', header: 'true' } : { format, all_events: 'true' };
  return `api/export?${filterParams(filter, extra)}`;
}

/** The actor network for a filter, aggregated in the browser from event pages (capped). */
export async function fetchNetwork(filter: EventFilter, level: 'country' | 'actor', cap = 5000): Promise<NetworkGraph> {
  const nodes = new Map<string, { id: string; count: number }>();
  const edges = new Map<string, { source: string; target: string; count: number; goldstein_sum: number }>();
  const key = (code: string): string => (level === 'actor' ? code : countryOf(code));
  let offset = 0;
  let total = Infinity;
  while (offset < total && offset < cap) {
    const page = await fetchEvents({ filter, limit: 500, offset });
    total = page.total;
    if (page.items.length === 0) break;
    offset += page.items.length;
    for (const e of page.items) {
      if (!e.target) continue;
      const s = key(e.source.code);
      const t = key(e.target.code);
      if (!s || !t || s === t) continue;
      for (const id of [s, t]) {
        const node = nodes.get(id) ?? { id, count: 0 };
        node.count += 1;
        nodes.set(id, node);
      }
      const edge = edges.get(`${s}>${t}`) ?? { source: s, target: t, count: 0, goldstein_sum: 0 };
      edge.count += 1;
      edge.goldstein_sum += e.goldstein;
      edges.set(`${s}>${t}`, edge);
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], partial: total > cap };
}

/** Country part of a CAMEO actor code: 3 letters, or 6 for IGO/NGO/MNC codes. */
export function countryOf(code: string): string {
  return /^(IGO|NGO|MNC)/.test(code) ? code.slice(0, 6) : code.slice(0, 3);
}

/** GET /api/events/:id/explain; null when the server has no trace for it. */
export async function fetchExplain(id: string): Promise<unknown> {
  try {
    return await request<unknown>(`api/events/${encodeURIComponent(id)}/explain`);
  } catch (err) {
    if (err instanceof ApiError && (err.status === 404 || err.status === 501)) return null;
    throw err;
  }
}
