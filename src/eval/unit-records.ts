/**
 * Record-level judging of PETRARCH-style unit tests: a record passes when the set of
 * (source, target, code) triples produced equals the set expected; no events expected means none produced.
 */

export interface EventTriple {
  readonly source: string;
  readonly target: string;
  readonly code: string;
}

export interface UnitRecord {
  readonly id: string;
  readonly category: string;
  readonly date?: string;
  readonly text: string;
  readonly events: readonly EventTriple[];
  readonly notes?: readonly string[];
}

export interface UnitJudgement {
  readonly id: string;
  readonly category: string;
  readonly pass: boolean;
  /** Expected triples that were not produced. */
  readonly missing: readonly EventTriple[];
  /** Produced triples that were not expected. */
  readonly extra: readonly EventTriple[];
}

export interface CategorySummary {
  readonly category: string;
  readonly records: number;
  readonly passed: number;
  readonly rate: number;
}

type Loose = Record<string, unknown>;

function side(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim().toUpperCase();
  if (typeof v === 'object') return side((v as Loose)['code']);
  return String(v).trim().toUpperCase();
}

/** A triple from an expected event (`code`) or a produced one (`cameo`, actors as strings or `{code}`). */
export function toTriple(e: unknown): EventTriple {
  const r = e !== null && typeof e === 'object' ? (e as Loose) : {};
  return { source: side(r['source']), target: side(r['target']), code: side(r['cameo'] ?? r['code']) };
}

function key(t: EventTriple): string {
  return `${t.source}\u0000${t.target}\u0000${t.code}`;
}

/** Judges one record: compares the expected and produced triple sets (duplicates collapse). */
export function judgeUnitRecord(record: Pick<UnitRecord, 'id' | 'category' | 'events'>, produced: readonly unknown[]): UnitJudgement {
  const expected = new Map(record.events.map((e) => toTriple(e)).map((t) => [key(t), t]));
  const got = new Map(produced.map((e) => toTriple(e)).map((t) => [key(t), t]));
  const missing = [...expected].filter(([k]) => !got.has(k)).map(([, t]) => t);
  const extra = [...got].filter(([k]) => !expected.has(k)).map(([, t]) => t);
  return { id: record.id, category: record.category, pass: missing.length === 0 && extra.length === 0, missing, extra };
}

/** Reads a unit-test record from parsed JSON, or returns why it cannot be used. */
export function toUnitRecord(value: unknown): UnitRecord | { error: string } {
  const r = value !== null && typeof value === 'object' ? (value as Loose) : null;
  if (!r || typeof r['id'] !== 'string' || typeof r['text'] !== 'string') return { error: 'record needs a string "id" and "text"' };
  if (!Array.isArray(r['events'])) return { error: `record ${r['id']} has no "events" array` };
  const date = typeof r['date'] === 'string' ? { date: r['date'] } : {};
  const notes = Array.isArray(r['notes']) ? { notes: r['notes'].map(String) } : {};
  return {
    id: r['id'],
    category: typeof r['category'] === 'string' ? r['category'] : 'NONE',
    text: r['text'],
    events: (r['events'] as unknown[]).map(toTriple),
    ...date,
    ...notes,
  };
}

/** Pass counts per category, in first-seen order, followed by an `ALL` row. */
export function summarizeByCategory(judgements: readonly UnitJudgement[]): CategorySummary[] {
  const rows = new Map<string, { records: number; passed: number }>();
  for (const j of judgements) {
    const r = rows.get(j.category) ?? { records: 0, passed: 0 };
    r.records++;
    if (j.pass) r.passed++;
    rows.set(j.category, r);
  }
  const all = { records: judgements.length, passed: judgements.filter((j) => j.pass).length };
  return [...rows, ['ALL', all] as const].map(([category, r]) => ({
    category, records: r.records, passed: r.passed, rate: r.records ? r.passed / r.records : 0,
  }));
}
