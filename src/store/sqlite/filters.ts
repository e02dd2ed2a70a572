import type { ClusterFilter, EventFilter, EventSort } from '../store.js';

/** A WHERE clause and its positional parameters; values never enter the SQL text. */
export interface SqlWhere {
  readonly sql: string;
  readonly params: unknown[];
}

/** Code prefixes compare as ranges so the indexes on code columns are used. */
const TOP = '\u{10FFFF}';

function prefix(column: string, value: string, params: unknown[]): string {
  params.push(value, value + TOP);
  return `(${column} >= ? AND ${column} < ?)`;
}

/**
 * Adds the bounds a filter sets as parameterized conditions: `fromColumn >= from`, `toColumn <= to`
 * (one column for a day; two for a span, so a span overlapping the range is kept).
 */
export function addDateRange(parts: string[], params: unknown[], fromColumn: string, filter: { readonly from?: string; readonly to?: string }, toColumn = fromColumn): void {
  if (filter.from !== undefined) {
    parts.push(`${fromColumn} >= ?`);
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    parts.push(`${toColumn} <= ?`);
    params.push(filter.to);
  }
}

/**
 * Turns free text into an FTS5 query of quoted terms (all must occur), so user input can never be
 * read as FTS syntax. Returns null when no searchable term remains.
 */
export function ftsQuery(text: string): string | null {
  const terms = text.split(/\s+/u).map((t) => t.replace(/["*^:(){}[\]]/gu, '')).filter((t) => t.length > 0);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t}"`).join(' ');
}

/** WHERE for the events table aliased `e`. */
export function eventWhere(f: EventFilter): SqlWhere {
  const parts: string[] = [];
  const params: unknown[] = [];
  addDateRange(parts, params, 'e.day', f);
  if (f.source !== undefined) parts.push(prefix('e.source_code', f.source, params));
  if (f.target !== undefined) parts.push(prefix('e.target_code', f.target, params));
  if (f.actor !== undefined) {
    parts.push(`(${prefix('e.source_code', f.actor, params)} OR ${prefix('e.target_code', f.actor, params)})`);
  }
  if (f.cameo !== undefined) parts.push(prefix('e.cameo', f.cameo, params));
  if (f.root !== undefined) {
    parts.push('e.root = ?');
    params.push(f.root);
  }
  if (f.quad !== undefined) {
    parts.push('e.quad = ?');
    params.push(f.quad);
  }
  if (f.plover !== undefined) {
    parts.push('e.plover_type = ? COLLATE NOCASE');
    params.push(f.plover);
  }
  if (f.q !== undefined) {
    const match = ftsQuery(f.q);
    if (match === null) parts.push('0');
    else {
      parts.push('e.doc_seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)');
      params.push(match);
    }
  }
  if (f.docId !== undefined) {
    parts.push('e.doc_id = ?');
    params.push(f.docId);
  }
  if (f.clusterId !== undefined) {
    parts.push('e.cluster_id = ?');
    params.push(f.clusterId);
  }
  if (f.representative === true) parts.push('e.seq IN (SELECT representative_seq FROM clusters)');
  return { sql: parts.length > 0 ? 'WHERE ' + parts.join(' AND ') : '', params };
}

const EVENT_ORDER: Readonly<Record<EventSort, string>> = {
  'date': 'e.day IS NULL, e.day, e.seq',
  '-date': 'e.day DESC, e.seq DESC',
  'goldstein': 'e.goldstein, e.seq',
  '-goldstein': 'e.goldstein DESC, e.seq',
  'cameo': 'e.cameo, e.seq',
  'id': 'e.seq',
};

export function eventOrder(sort: EventSort): string {
  return EVENT_ORDER[sort];
}

/** WHERE for the clusters table aliased `c`; a date range keeps clusters that overlap it. */
export function clusterWhere(f: ClusterFilter): SqlWhere {
  const parts: string[] = [];
  const params: unknown[] = [];
  addDateRange(parts, params, 'c.last_date', f, 'c.first_date');
  if (f.actor !== undefined) {
    parts.push(`(${prefix('c.dyad_a', f.actor, params)} OR ${prefix('c.dyad_b', f.actor, params)})`);
  }
  if (f.root !== undefined) {
    parts.push('c.family = ?');
    params.push(f.root);
  }
  if (f.minMentions !== undefined) {
    parts.push('c.num_mentions >= ?');
    params.push(f.minMentions);
  }
  return { sql: parts.length > 0 ? 'WHERE ' + parts.join(' AND ') : '', params };
}

/** Escapes `%`, `_` and `\` for a LIKE pattern used with `ESCAPE '\'`. */
export function likeEscape(text: string): string {
  return text.replace(/[\\%_]/gu, (c) => '\\' + c);
}
