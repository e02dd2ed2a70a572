import type { Cluster, StoredEvent } from '../store/store.js';

/** Columns of the flat CSV export, one event per row. */
export const CSV_COLUMNS = [
  'event_id', 'seq', 'doc_id', 'sentence', 'date', 'date_precision', 'day', 'source_code', 'source_text',
  'target_code', 'target_text', 'cameo', 'root', 'quad', 'goldstein', 'plover_type', 'plover_mode', 'plover_context',
  'trigger_text', 'evidence_text', 'rule', 'reported_by_code', 'reported_by_text', 'cluster_id', 'num_mentions',
  'num_sources', 'num_documents', 'doc_title', 'doc_date', 'doc_url',
] as const;

/** Quotes a field per RFC 4180: only when it holds a comma, quote or line break; quotes are doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

/** One CSV record with the RFC 4180 CRLF line ending. */
export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

export function csvRow(e: StoredEvent, cluster: Cluster | null): string[] {
  const s = (v: string | number | null | undefined): string => (v === null || v === undefined ? '' : String(v));
  return [
    e.event_id, s(e.seq), e.doc_id, s(e.sentence), s(e.date), s(e.date_precision), s(e.day), e.source.code, e.source.text,
    s(e.target?.code), s(e.target?.text), e.cameo, e.root, s(e.quad), s(e.goldstein), e.plover.type, s(e.plover.mode),
    s(e.plover.context), e.trigger.text, e.evidence.text, e.rule, s(e.reported_by?.code), s(e.reported_by?.text),
    s(e.cluster_id), s(cluster?.numMentions), s(cluster?.numSources), s(cluster?.numDocuments), s(e.doc_title),
    s(e.doc_date), s(e.doc_url),
  ];
}
