/**
 * Turns API answers into the shapes the screens draw. The store names some fields differently
 * (`timeExpressions`, `aToB` with a quad tuple); reading both spellings keeps the UI working while
 * the API settles, and missing optional layers become empty lists rather than crashes.
 */
import type { DocumentDetail, DyadPeriod, DyadSeries, QuadCounts } from './api-types.js';

type Loose = Record<string, unknown>;

function obj(value: unknown): Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {};
}

function list<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** A document (GET /api/documents/:id or POST /api/code), possibly wrapped as `{document, ...}`. */
export function normalizeDocument(raw: unknown, savedRequested = false): DocumentDetail {
  const top = obj(raw);
  // Accept `{ document: {...}, events: [...] }` as well as a flat object.
  const doc = { ...obj(top['document'] ?? top['doc']), ...top };
  const text = str(doc['text']) ?? '';
  const dateline = obj(doc['dateline']);
  return {
    id: str(doc['id']) ?? str(doc['doc_id']) ?? '',
    title: str(doc['title']),
    date: str(doc['date']),
    url: str(doc['url']),
    text,
    sentences: list(doc['sentences']),
    dateline: typeof dateline['start'] === 'number' && typeof dateline['end'] === 'number' ? { start: dateline['start'], end: dateline['end'] } : null,
    mentions: list(doc['mentions'] ?? doc['entities']),
    events: list(doc['events']),
    quotes: list(doc['quotes']),
    times: list(doc['times'] ?? doc['timeExpressions'] ?? doc['time_expressions'] ?? doc['dates']),
    // The API answers `saved: {status, ...}` when it stored the text, null when it did not.
    saved: doc['saved'] === true || (savedRequested && typeof doc['saved'] === 'object' && doc['saved'] !== null),
  };
}

function counts(raw: unknown): QuadCounts {
  const o = obj(raw);
  const quad = list<number>(o['quad']);
  const n = (k: string, i: number): number => (typeof o[k] === 'number' ? (o[k] as number) : quad[i] ?? 0);
  return { q1: n('q1', 0), q2: n('q2', 1), q3: n('q3', 2), q4: n('q4', 3), goldstein: typeof o['goldstein'] === 'number' ? o['goldstein'] : 0 };
}

/** A dyad series in either the `{ab, ba}` or the store's `{aToB, bToA}` form. */
export function normalizeDyad(raw: unknown): DyadSeries {
  const o = obj(raw);
  const periods: DyadPeriod[] = list<unknown>(o['periods']).map((p) => {
    const q = obj(p);
    return { period: str(q['period']) ?? '', ab: counts(q['ab'] ?? q['aToB']), ba: counts(q['ba'] ?? q['bToA']) };
  });
  return { a: str(o['a']) ?? '', b: str(o['b']) ?? '', interval: str(o['interval']) ?? '', periods };
}

const EMPTY: QuadCounts = { q1: 0, q2: 0, q3: 0, q4: 0, goldstein: 0 };

/** Adds empty periods between the first and last one, so quiet months show as gaps rather than vanish. */
export function fillPeriods(periods: readonly DyadPeriod[], interval: string, max = 400): DyadPeriod[] {
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) return [];
  const next = stepper(interval, first.period);
  if (!next) return [...periods];
  const byPeriod = new Map(periods.map((p) => [p.period, p]));
  const out: DyadPeriod[] = [];
  for (let p: string | null = first.period; p !== null && out.length < max; p = p === last.period ? null : next(p)) {
    out.push(byPeriod.get(p) ?? { period: p, ab: EMPTY, ba: EMPTY });
  }
  return out;
}

function stepper(interval: string, sample: string): ((period: string) => string) | null {
  if (/^\d{4}-\d{2}$/.test(sample)) {
    return (p) => {
      const [y, m] = p.split('-').map(Number) as [number, number];
      return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(sample) && (interval === 'day' || interval === 'week')) {
    const days = interval === 'week' ? 7 : 1;
    return (p) => {
      const d = new Date(`${p}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + days);
      return d.toISOString().slice(0, 10);
    };
  }
  return null;
}
