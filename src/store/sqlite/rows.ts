import type { ActorRecord, EntityRecord, EventRecord, QuoteRecord, QuotePartyRecord } from '../../domain/event-record.js';
import type { DatePrecision } from '../../domain/dates.js';
import type { Cluster, DocumentSummary, QuadClass, RunRow, StoredEvent, StoredTimeExpression } from '../store.js';

/** An `events` row as SQLite returns it. */
export interface EventRow {
  seq: number;
  event_id: string;
  doc_id: string;
  sentence: number;
  date: string | null;
  date_precision: string | null;
  day: string | null;
  source_code: string;
  source_start: number;
  source_end: number;
  source_text: string;
  target_code: string | null;
  target_start: number | null;
  target_end: number | null;
  target_text: string | null;
  cameo: string;
  root: string;
  quad: number;
  goldstein: number;
  plover_type: string;
  plover_mode: string | null;
  plover_context: string | null;
  trigger_start: number;
  trigger_end: number;
  trigger_text: string;
  evidence_start: number;
  evidence_end: number;
  evidence_text: string;
  rule: string;
  reported_by_code: string | null;
  reported_by_start: number | null;
  reported_by_end: number | null;
  reported_by_text: string | null;
  cluster_key: string;
  cluster_id: string | null;
  run_id: number | null;
}

/** An event row joined with its document's fields. */
export interface EventWithDocumentRow extends EventRow {
  doc_title: string | null;
  doc_date: string | null;
  doc_url: string | null;
  doc_added_at: string;
}

/** Named parameters for inserting one event. */
export type EventParams = Omit<EventRow, 'seq' | 'cluster_id'> & { doc_seq: number };

export function asQuad(n: number): QuadClass {
  return n === 1 || n === 2 || n === 3 ? n : 4;
}

function asPrecision(p: string | null): DatePrecision | null {
  return p === 'day' || p === 'month' || p === 'year' ? p : null;
}

/** The event as the output contract has it, in a fixed key order so two codings compare as strings. */
export function eventFromRow(row: EventRow): EventRecord {
  const target: ActorRecord | null = row.target_code === null
    ? null
    : { code: row.target_code, start: row.target_start ?? 0, end: row.target_end ?? 0, text: row.target_text ?? '' };
  const plover: { type: string; mode?: string; context?: string } = { type: row.plover_type };
  if (row.plover_mode !== null) plover.mode = row.plover_mode;
  if (row.plover_context !== null) plover.context = row.plover_context;
  const base: EventRecord = {
    doc_id: row.doc_id,
    event_id: row.event_id,
    sentence: row.sentence,
    date: row.date,
    date_precision: asPrecision(row.date_precision),
    source: { code: row.source_code, start: row.source_start, end: row.source_end, text: row.source_text },
    target,
    cameo: row.cameo,
    root: row.root,
    quad: asQuad(row.quad),
    goldstein: row.goldstein,
    plover,
    trigger: { start: row.trigger_start, end: row.trigger_end, text: row.trigger_text },
    evidence: { start: row.evidence_start, end: row.evidence_end, text: row.evidence_text },
    rule: row.rule,
  };
  if (row.reported_by_code === null) return base;
  return {
    ...base,
    reported_by: {
      code: row.reported_by_code,
      start: row.reported_by_start ?? 0,
      end: row.reported_by_end ?? 0,
      text: row.reported_by_text ?? '',
    },
  };
}

export function storedEventFromRow(row: EventWithDocumentRow): StoredEvent {
  return {
    ...eventFromRow(row), seq: row.seq, day: row.day, cluster_id: row.cluster_id, run_id: row.run_id,
    doc_title: row.doc_title, doc_date: row.doc_date, doc_url: row.doc_url, doc_added_at: row.doc_added_at,
  };
}

/** A canonical string for an event, so a recoding can tell unchanged events from changed ones. */
export function eventSignature(e: EventRecord): string {
  const actor = (a: ActorRecord | null | undefined): unknown[] | null => (a ? [a.code, a.start, a.end, a.text] : null);
  return JSON.stringify([
    e.event_id, e.doc_id, e.sentence, e.date, e.date_precision, actor(e.source), actor(e.target), e.cameo, e.root,
    e.quad, e.goldstein, e.plover.type, e.plover.mode ?? null, e.plover.context ?? null,
    [e.trigger.start, e.trigger.end, e.trigger.text], [e.evidence.start, e.evidence.end, e.evidence.text],
    e.rule, actor(e.reported_by),
  ]);
}

export function eventParams(
  e: EventRecord, docSeq: number, docId: string, day: string | null, clusterKey: string, runId: number | null,
): EventParams {
  return {
    event_id: e.event_id,
    doc_seq: docSeq,
    doc_id: docId,
    sentence: e.sentence,
    date: e.date,
    date_precision: e.date_precision,
    day,
    source_code: e.source.code,
    source_start: e.source.start,
    source_end: e.source.end,
    source_text: e.source.text,
    target_code: e.target?.code ?? null,
    target_start: e.target?.start ?? null,
    target_end: e.target?.end ?? null,
    target_text: e.target?.text ?? null,
    cameo: e.cameo,
    root: e.root,
    quad: e.quad,
    goldstein: e.goldstein,
    plover_type: e.plover.type,
    plover_mode: e.plover.mode ?? null,
    plover_context: e.plover.context ?? null,
    trigger_start: e.trigger.start,
    trigger_end: e.trigger.end,
    trigger_text: e.trigger.text,
    evidence_start: e.evidence.start,
    evidence_end: e.evidence.end,
    evidence_text: e.evidence.text,
    rule: e.rule,
    reported_by_code: e.reported_by?.code ?? null,
    reported_by_start: e.reported_by?.start ?? null,
    reported_by_end: e.reported_by?.end ?? null,
    reported_by_text: e.reported_by?.text ?? null,
    cluster_key: clusterKey,
    run_id: runId,
  };
}

export const EVENT_INSERT_SQL = `INSERT INTO events (
  event_id, doc_seq, doc_id, sentence, date, date_precision, day, source_code, source_start, source_end, source_text,
  target_code, target_start, target_end, target_text, cameo, root, quad, goldstein, plover_type, plover_mode,
  plover_context, trigger_start, trigger_end, trigger_text, evidence_start, evidence_end, evidence_text, rule,
  reported_by_code, reported_by_start, reported_by_end, reported_by_text, cluster_key, run_id
) VALUES (
  @event_id, @doc_seq, @doc_id, @sentence, @date, @date_precision, @day, @source_code, @source_start, @source_end,
  @source_text, @target_code, @target_start, @target_end, @target_text, @cameo, @root, @quad, @goldstein,
  @plover_type, @plover_mode, @plover_context, @trigger_start, @trigger_end, @trigger_text, @evidence_start,
  @evidence_end, @evidence_text, @rule, @reported_by_code, @reported_by_start, @reported_by_end, @reported_by_text,
  @cluster_key, @run_id
)`;

export interface QuoteRow {
  quote_id: string;
  doc_id: string;
  sentence: number;
  quote_kind: string;
  text: string;
  content_start: number;
  content_end: number;
  content_text: string;
  speaker_code: string | null;
  speaker_name: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker_text: string | null;
  reporter_code: string | null;
  reporter_name: string | null;
  reporter_start: number | null;
  reporter_end: number | null;
  reporter_text: string | null;
  cue_start: number;
  cue_end: number;
  cue_text: string;
  rule: string;
}

export const QUOTE_INSERT_SQL = `INSERT INTO quotes (
  quote_id, doc_seq, doc_id, sentence, quote_kind, text, content_start, content_end, content_text,
  speaker_code, speaker_name, speaker_start, speaker_end, speaker_text,
  reporter_code, reporter_name, reporter_start, reporter_end, reporter_text, cue_start, cue_end, cue_text, rule
) VALUES (
  @quote_id, @doc_seq, @doc_id, @sentence, @quote_kind, @text, @content_start, @content_end, @content_text,
  @speaker_code, @speaker_name, @speaker_start, @speaker_end, @speaker_text,
  @reporter_code, @reporter_name, @reporter_start, @reporter_end, @reporter_text, @cue_start, @cue_end, @cue_text, @rule
)`;

export function quoteParams(q: QuoteRecord, docSeq: number, docId: string): QuoteRow & { doc_seq: number } {
  return {
    quote_id: q.quote_id,
    doc_seq: docSeq,
    doc_id: docId,
    sentence: q.sentence,
    quote_kind: q.quote_kind,
    text: q.text,
    content_start: q.content.start,
    content_end: q.content.end,
    content_text: q.content.text,
    speaker_code: q.speaker?.code ?? null,
    speaker_name: q.speaker?.name ?? null,
    speaker_start: q.speaker?.start ?? null,
    speaker_end: q.speaker?.end ?? null,
    speaker_text: q.speaker?.text ?? null,
    reporter_code: q.reported_by?.code ?? null,
    reporter_name: q.reported_by?.name ?? null,
    reporter_start: q.reported_by?.start ?? null,
    reporter_end: q.reported_by?.end ?? null,
    reporter_text: q.reported_by?.text ?? null,
    cue_start: q.cue.start,
    cue_end: q.cue.end,
    cue_text: q.cue.text,
    rule: q.rule,
  };
}

function party(
  code: string | null, name: string | null, start: number | null, end: number | null, text: string | null,
): QuotePartyRecord | null {
  if (start === null || end === null || text === null) return null;
  return { code, name, start, end, text };
}

export function quoteFromRow(row: QuoteRow): QuoteRecord {
  return {
    kind: 'quote',
    doc_id: row.doc_id,
    quote_id: row.quote_id,
    sentence: row.sentence,
    quote_kind: row.quote_kind === 'indirect' ? 'indirect' : 'direct',
    text: row.text,
    content: { start: row.content_start, end: row.content_end, text: row.content_text },
    speaker: party(row.speaker_code, row.speaker_name, row.speaker_start, row.speaker_end, row.speaker_text),
    reported_by: party(row.reporter_code, row.reporter_name, row.reporter_start, row.reporter_end, row.reporter_text),
    cue: { start: row.cue_start, end: row.cue_end, text: row.cue_text },
    rule: row.rule,
  };
}

export interface MentionRow {
  doc_id: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  code: string;
  name: string | null;
  resolution: string;
  rule: string;
  entry: string | null;
}

export function mentionFromRow(row: MentionRow): EntityRecord {
  return {
    kind: 'entity',
    doc_id: row.doc_id,
    sentence: row.sentence,
    start: row.start,
    end: row.end,
    text: row.text,
    code: row.code,
    name: row.name,
    resolution: row.resolution,
    rule: row.rule,
    entry: row.entry,
  };
}

export interface TimeRow {
  sentence: number;
  start: number;
  end: number;
  text: string;
  value: string;
  precision: string;
  explicit: number;
  rule: string;
}

export function timeFromRow(row: TimeRow): StoredTimeExpression {
  return {
    sentence: row.sentence,
    start: row.start,
    end: row.end,
    text: row.text,
    value: row.value,
    precision: asPrecision(row.precision) ?? 'day',
    explicit: row.explicit === 1,
    rule: row.rule,
  };
}

export interface DocumentRow {
  seq: number;
  id: string;
  title: string | null;
  date: string | null;
  url: string | null;
  origin: string | null;
  content_hash: string;
  length: number;
  events: number;
  added_at: string;
}

export function documentSummaryFromRow(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    date: row.date,
    url: row.url,
    origin: row.origin,
    contentHash: row.content_hash,
    length: row.length,
    eventCount: row.events,
    addedAt: row.added_at,
  };
}

export interface ClusterRow {
  id: string;
  dyad_a: string;
  dyad_b: string;
  family: string;
  first_date: string | null;
  last_date: string | null;
  num_mentions: number;
  num_documents: number;
  num_sources: number;
  representative_event_id: string;
  cameo: string;
  quad: number;
  goldstein: number;
}

export function clusterFromRow(row: ClusterRow): Cluster {
  return {
    id: row.id,
    dyad: [row.dyad_a, row.dyad_b],
    family: row.family,
    firstDate: row.first_date,
    lastDate: row.last_date,
    numMentions: row.num_mentions,
    numDocuments: row.num_documents,
    numSources: row.num_sources,
    representativeEventId: row.representative_event_id,
    cameo: row.cameo,
    quad: asQuad(row.quad),
    goldstein: row.goldstein,
  };
}

export interface RunDbRow {
  id: number;
  command: string;
  dictionary_version: string;
  started_at: string;
  finished_at: string | null;
  documents: number;
  sentences: number;
  events: number;
  quotes: number;
  skipped: number;
}

export function runFromRow(row: RunDbRow): RunRow {
  return {
    id: row.id,
    command: row.command,
    dictionaryVersion: row.dictionary_version,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    documents: row.documents,
    sentences: row.sentences,
    events: row.events,
    quotes: row.quotes,
    skipped: row.skipped,
  };
}
