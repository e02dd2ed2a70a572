import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { Cluster, EventFilter, Store } from '../store/store.js';
import { CSV_COLUMNS, csvLine, csvRow } from './csv.js';
import { GDELT_COLUMNS, gdeltRow } from './gdelt.js';
import { ploverRecord } from './plover.js';

export type ExportFormat = 'gdelt' | 'plover' | 'csv' | 'jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['gdelt', 'plover', 'csv', 'jsonl'];

export interface ExportOptions {
  readonly format: ExportFormat;
  readonly filter: EventFilter;
  /**
   * For `gdelt`: one row per story (its representative event, GDELT's own de-duplicated form) unless
   * false, which writes every event with its story's counts. Ignored by other formats.
   */
  readonly storiesOnly?: boolean;
  /** Write a header line for `gdelt` (GDELT's files have none). CSV always has one. */
  readonly header?: boolean;
}

/** MIME type for each format, for HTTP downloads. */
export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  gdelt: 'text/tab-separated-values; charset=utf-8',
  plover: 'application/x-ndjson; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  gdelt: 'tsv', plover: 'jsonl', csv: 'csv', jsonl: 'jsonl',
};

/**
 * The export as lines (each ending in its newline), produced one event at a time from the store, so
 * exports of any size run in constant memory.
 */
export function* exportLines(store: Store, options: ExportOptions): Generator<string> {
  const filter: EventFilter = options.format === 'gdelt' && options.storiesOnly !== false
    ? { ...options.filter, representative: true }
    : options.filter;
  // Stories repeat across consecutive events; a small cache avoids one lookup per row.
  const clusters = new Map<string, Cluster | null>();
  const clusterOf = (id: string | null): Cluster | null => {
    if (id === null) return null;
    let c = clusters.get(id);
    if (c === undefined) {
      if (clusters.size > 10_000) clusters.clear();
      c = store.getCluster(id);
      clusters.set(id, c);
    }
    return c;
  };
  if (options.format === 'csv') yield csvLine(CSV_COLUMNS);
  if (options.format === 'gdelt' && options.header) yield GDELT_COLUMNS.join('\t') + '\n';
  for (const event of store.iterateEvents(filter, 'id')) {
    const cluster = clusterOf(event.cluster_id);
    switch (options.format) {
      case 'gdelt':
        yield gdeltRow(event, cluster).join('\t') + '\n';
        break;
      case 'csv':
        yield csvLine(csvRow(event, cluster));
        break;
      case 'plover':
        yield JSON.stringify(ploverRecord(event, cluster)) + '\n';
        break;
      case 'jsonl':
        yield JSON.stringify({ ...event, story: cluster }) + '\n';
        break;
    }
  }
}

/** Writes an export to a stream, waiting when the stream is full; returns the number of events written. */
export async function writeExport(store: Store, options: ExportOptions, out: Writable): Promise<number> {
  let rows = 0;
  const headerLines = options.format === 'csv' || (options.format === 'gdelt' && options.header) ? 1 : 0;
  let buffer = '';
  for (const line of exportLines(store, options)) {
    rows += 1;
    buffer += line;
    if (buffer.length >= 64 * 1024) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  if (buffer !== '' && !out.write(buffer)) await once(out, 'drain');
  return rows - headerLines;
}
