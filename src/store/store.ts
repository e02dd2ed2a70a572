import type { CodedDocument } from '../domain/coded-document.js';
import type { SourceDocument } from '../domain/document.js';
import type { EntityRecord, EventRecord, QuoteRecord } from '../domain/event-record.js';
import type { TextSpan } from '../domain/span.js';
import type { DatePrecision } from '../domain/dates.js';

/**
 * The corpus store: documents, their annotations, coded events, story clusters and runs.
 * Adapters are synchronous (the SQLite one is); every adapter passes `store-contract.ts`.
 */
export interface Store {
  /** Where the data lives (a file path, or `:memory:`). */
  readonly location: string;

  /** Whether a document with this id is stored, and whether its content hash matches. */
  documentState(id: string, contentHash: string): DocumentState;
  /** Saves coded documents in one transaction; a document already stored with the same hash is left alone. */
  saveCoded(batch: readonly CodedDocument[], runId: number | null): SaveOutcome[];
  /** Replaces one stored document's annotations with a new coding in one transaction. */
  recode(coded: CodedDocument, runId: number | null): SaveOutcome;

  /** Records the start of a run (ingest, recode, code) and returns its id. */
  startRun(run: RunStart): number;
  finishRun(id: number, counts: RunCounts): void;
  listRuns(page: Page): PageResult<RunRow>;

  getDocument(id: string): DocumentDetail | null;
  listDocuments(filter: DocumentFilter, page: Page): PageResult<DocumentSummary>;
  /** Source documents in storage order after a cursor (keyset paging, so a caller may write between pages). */
  documentsAfter(cursor: number, limit: number): { readonly cursor: number; readonly docs: readonly SourceDocument[] };

  queryEvents(filter: EventFilter, page: Page, sort?: EventSort): PageResult<StoredEvent>;
  /**
   * Streams matching events without loading them all. In `id` order the store may be written while
   * iterating; in other orders it must not be.
   */
  iterateEvents(filter: EventFilter, sort?: EventSort): IterableIterator<StoredEvent>;
  getEvent(id: string): StoredEvent | null;

  listClusters(filter: ClusterFilter, page: Page): PageResult<Cluster>;
  getCluster(id: string): Cluster | null;
  /** Rebuilds every cluster from scratch (after a change of window) and returns how many there are. */
  recluster(): number;

  listActors(filter: ActorFilter, page: Page): PageResult<ActorCount>;
  listQuotes(filter: QuoteFilter, page: Page): PageResult<StoredQuote>;
  dyadSeries(query: DyadQuery): DyadSeries;

  stats(): StoreStats;
  close(): void;
}

export type DocumentState = 'absent' | 'same' | 'changed';

export interface SaveOutcome {
  readonly docId: string;
  /** `unchanged`: same id and content already stored; `replaced`: same id, new content or new coding. */
  readonly status: 'added' | 'unchanged' | 'replaced';
  readonly sentences: number;
  readonly events: number;
  readonly quotes: number;
  /** Event ids that are new or changed compared with what was stored. */
  readonly addedEvents: readonly string[];
  /** Event ids that were stored and are gone or changed. */
  readonly removedEvents: readonly string[];
}

export interface RunStart {
  readonly command: string;
  readonly dictionaryVersion: string;
}

export interface RunCounts {
  readonly documents: number;
  readonly sentences: number;
  readonly events: number;
  readonly quotes: number;
  readonly skipped: number;
}

export interface RunRow extends RunStart, RunCounts {
  readonly id: number;
  readonly startedAt: string;
  readonly finishedAt: string | null;
}

export interface Page {
  readonly limit: number;
  readonly offset: number;
}

export interface PageResult<T> {
  readonly total: number;
  readonly items: readonly T[];
}

export interface DocumentFilter {
  readonly from?: string;
  readonly to?: string;
  /** Full-text search over title and text. */
  readonly q?: string;
}

export interface DocumentSummary {
  readonly id: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly url: string | null;
  readonly origin: string | null;
  readonly contentHash: string;
  readonly length: number;
  readonly eventCount: number;
  readonly addedAt: string;
}

export interface StoredSentence {
  readonly index: number;
  readonly start: number;
  readonly end: number;
}

export interface StoredTimeExpression extends TextSpan {
  readonly sentence: number;
  readonly value: string;
  readonly precision: DatePrecision;
  readonly explicit: boolean;
  readonly rule: string;
}

export interface DocumentDetail extends DocumentSummary {
  readonly text: string;
  /** The dateline ("BEIJING, March 1 (Reuters) -"), when the segmenter found one. */
  readonly dateline: { readonly start: number; readonly end: number } | null;
  readonly sentences: readonly StoredSentence[];
  readonly mentions: readonly EntityRecord[];
  readonly events: readonly StoredEvent[];
  readonly quotes: readonly QuoteRecord[];
  readonly timeExpressions: readonly StoredTimeExpression[];
}

export type QuadClass = 1 | 2 | 3 | 4;

/**
 * Event filters. Actor filters match a code prefix, so `CHN` matches `CHN`, `CHNGOV`, `CHNMIL`.
 * Dates compare against the event's day (its own day-precision date, else its document's date).
 */
export interface EventFilter {
  readonly from?: string;
  readonly to?: string;
  readonly source?: string;
  readonly target?: string;
  /** Either side. */
  readonly actor?: string;
  /** CAMEO code prefix (`04` matches `040`..`046`). */
  readonly cameo?: string;
  readonly root?: string;
  readonly quad?: QuadClass;
  readonly plover?: string;
  /** Full-text search over the event's document. */
  readonly q?: string;
  readonly docId?: string;
  readonly clusterId?: string;
  /** Only each cluster's representative event (one row per story). */
  readonly representative?: boolean;
}

export type EventSort = 'date' | '-date' | 'goldstein' | '-goldstein' | 'cameo' | 'id';

/** An event as stored: the output record plus where the corpus layer put it. */
export type StoredEvent = EventRecord & {
  /** Integer id, stable for the life of the row (GDELT's GLOBALEVENTID). */
  readonly seq: number;
  /** The day used for filtering and clustering (see `EventFilter`). */
  readonly day: string | null;
  readonly cluster_id: string | null;
  readonly run_id: number | null;
  readonly doc_title: string | null;
  readonly doc_date: string | null;
  readonly doc_url: string | null;
  /** When the document was first stored (ISO date-time; GDELT's DATEADDED). */
  readonly doc_added_at: string;
};

export interface ClusterFilter {
  readonly from?: string;
  readonly to?: string;
  /** Country or actor code on either side of the dyad. */
  readonly actor?: string;
  readonly root?: string;
  readonly minMentions?: number;
}

/** A story: events that report the same happening (same dyad, code family, days within the window). */
export interface Cluster {
  readonly id: string;
  /** The two sides' countries (or codes, when no country), in sorted order; `-` for no target. */
  readonly dyad: readonly [string, string];
  readonly family: string;
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  readonly numMentions: number;
  readonly numDocuments: number;
  readonly numSources: number;
  readonly representativeEventId: string;
  readonly cameo: string;
  readonly quad: QuadClass;
  readonly goldstein: number;
}

export interface ActorFilter {
  readonly from?: string;
  readonly to?: string;
  /** Code prefix. */
  readonly prefix?: string;
  readonly role?: 'source' | 'target' | 'any';
}

export interface ActorCount {
  readonly code: string;
  readonly asSource: number;
  readonly asTarget: number;
  readonly total: number;
}

export interface QuoteFilter {
  readonly docId?: string;
  /** Speaker code prefix. */
  readonly speaker?: string;
  readonly q?: string;
  readonly from?: string;
  readonly to?: string;
}

export type StoredQuote = QuoteRecord & { readonly date: string | null };

export type Interval = 'day' | 'week' | 'month';

export interface DyadQuery {
  readonly a: string;
  readonly b: string;
  readonly interval: Interval;
  readonly from?: string;
  readonly to?: string;
}

export interface DirectionTotals {
  readonly events: number;
  /** Counts per quad class, index 0 = quad 1. */
  readonly quad: readonly [number, number, number, number];
  readonly goldstein: number;
}

export interface DyadPeriod {
  /** `YYYY-MM-DD` (day, or the Monday starting the week) or `YYYY-MM`. */
  readonly period: string;
  readonly aToB: DirectionTotals;
  readonly bToA: DirectionTotals;
}

export interface DyadSeries {
  readonly a: string;
  readonly b: string;
  readonly interval: Interval;
  readonly periods: readonly DyadPeriod[];
}

export interface StoreStats {
  readonly documents: number;
  readonly sentences: number;
  readonly mentions: number;
  readonly events: number;
  readonly quotes: number;
  readonly clusters: number;
  readonly runs: number;
}

/** Options every adapter understands. */
export interface StoreOptions {
  /** Events whose days differ by at most this many days may share a cluster (default 2). */
  readonly clusterWindowDays?: number;
}

/** Makes a fresh store for each contract test. */
export type StoreFactory = () => Store;

/** Errors raised by a store, with stable codes. */
export class StoreError extends Error {
  constructor(readonly code: StoreErrorCode, message: string) {
    super(message);
    this.name = 'StoreError';
  }
}

export type StoreErrorCode =
  | 'store-open-failed'
  | 'store-schema-newer'
  | 'document-not-found'
  | 'document-text-mismatch'
  | 'duplicate-event-id';
