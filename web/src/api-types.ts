/**
 * The shapes the UI reads from `/api/*`. Event, quote and entity records are the domain's output
 * contract; the envelopes around them are what the API sends (see docs/notes-ui-for-api.md).
 * Fields marked optional are ones the UI copes without.
 */
import type { EventRecord, QuoteRecord, EntityRecord, ActorRecord } from '../../src/domain/event-record.js';
import type { TextSpan, Span } from '../../src/domain/span.js';

export type { EventRecord, QuoteRecord, EntityRecord, ActorRecord, TextSpan, Span };

/** An event row as `/api/events` lists it: the record plus a little document context. */
export type EventRow = EventRecord & {
  readonly doc_title?: string | null;
  readonly doc_date?: string | null;
  readonly cameo_name?: string | null;
  readonly explain?: unknown;
};

export interface EventPage {
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly items: readonly EventRow[];
}

/** A time expression as the document endpoint lists it. */
export interface TimeSpan extends Span {
  readonly text?: string;
  readonly value?: string;
  readonly precision?: string;
  readonly explicit?: boolean;
  readonly sentence?: number;
  readonly rule?: string;
}

export interface SentenceSpan extends Span {
  readonly index: number;
}

/** One document with every annotation the evidence view draws (also what POST /api/code returns). */
export interface DocumentDetail {
  readonly id: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly url: string | null;
  readonly text: string;
  readonly sentences: readonly SentenceSpan[];
  readonly dateline: Span | null;
  readonly mentions: readonly EntityRecord[];
  readonly events: readonly EventRow[];
  readonly quotes: readonly QuoteRecord[];
  readonly times: readonly TimeSpan[];
  readonly saved: boolean;
}

export interface DocumentSummary {
  readonly id: string;
  readonly title: string | null;
  readonly date: string | null;
  readonly url: string | null;
  readonly events?: number;
}

export interface ActorCount {
  readonly code: string;
  readonly name?: string | null;
  readonly count: number;
}

export interface QuadCounts {
  readonly q1: number;
  readonly q2: number;
  readonly q3: number;
  readonly q4: number;
  readonly goldstein: number;
}

export interface DyadPeriod {
  readonly period: string;
  readonly ab: QuadCounts;
  readonly ba: QuadCounts;
}

export interface DyadSeries {
  readonly a: string;
  readonly b: string;
  readonly interval: string;
  readonly periods: readonly DyadPeriod[];
}

export interface NetworkNode {
  readonly id: string;
  readonly label?: string;
  readonly count: number;
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly count: number;
  readonly goldstein_sum: number;
}

export interface NetworkGraph {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  /** True when built from a capped number of events in the browser. */
  readonly partial?: boolean;
}
