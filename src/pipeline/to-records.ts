import type { CameoCodeInfo } from '../domain/cameo.js';
import { cameoRoot, quadOfRoot } from '../domain/cameo.js';
import type { DocumentRecord } from '../domain/record.js';
import type { EntityRecord, EventRecord, QuoteRecord, QuotePartyRecord } from '../domain/event-record.js';
import type { QuoteParty } from '../domain/quotes.js';
import { sliceSpan, type Span } from '../domain/span.js';

/** Looks a code up, falling back from a 4-digit code to its parent. */
export type DescribeCode = (code: string) => CameoCodeInfo | undefined;

function evidenceOf(record: DocumentRecord, sentence: number): Span {
  const s = record.segment?.sentences[sentence];
  return s ? { start: s.start, end: s.end } : { start: 0, end: 0 };
}

/** Turns the events layer into output records (the contract of `parley code`). */
export function toEventRecords(record: DocumentRecord, describe: DescribeCode): EventRecord[] {
  const text = record.doc.text;
  const phrases = record.syntax?.phrases ?? [];
  const mentions = record.actors?.mentions ?? [];
  return (record.events?.events ?? []).map((e) => {
    const info = describe(e.cameo);
    const root = cameoRoot(e.cameo);
    const reporter = e.reportedBy !== undefined ? mentions.find((m) => m.phrase === e.reportedBy) : undefined;
    const reporterPhrase = e.reportedBy !== undefined ? phrases[e.reportedBy] : undefined;
    return {
      doc_id: record.doc.id,
      event_id: e.id,
      sentence: e.sentence,
      date: e.date?.value ?? null,
      date_precision: e.date?.precision ?? null,
      source: { code: e.source.code, ...sliceSpan(text, e.source) },
      target: e.target ? { code: e.target.code, ...sliceSpan(text, e.target) } : null,
      cameo: e.cameo,
      root,
      quad: info?.quad ?? quadOfRoot(root),
      goldstein: info?.goldstein ?? 0,
      plover: info?.plover ?? { type: 'UNKNOWN' },
      trigger: sliceSpan(text, e.trigger),
      evidence: sliceSpan(text, evidenceOf(record, e.sentence)),
      rule: e.rule,
      ...(reporter && reporterPhrase ? { reported_by: { code: reporter.code, ...sliceSpan(text, reporterPhrase) } } : {}),
    };
  });
}

function partyRecord(text: string, p: QuoteParty | undefined): QuotePartyRecord | null {
  if (!p) return null;
  return { ...sliceSpan(text, p), code: p.code ?? null, name: p.name ?? null };
}

export function toQuoteRecords(record: DocumentRecord): QuoteRecord[] {
  const text = record.doc.text;
  return (record.quotes?.quotes ?? []).map((q, n) => ({
    kind: 'quote',
    doc_id: record.doc.id,
    quote_id: `${record.doc.id}:q${n}`,
    sentence: q.sentence,
    quote_kind: q.kind,
    text: text.slice(q.content.start, q.content.end),
    content: sliceSpan(text, q.content),
    speaker: partyRecord(text, q.speaker),
    reported_by: partyRecord(text, q.reportedBy),
    cue: sliceSpan(text, q.cue),
    rule: q.rule,
  }));
}

export function toEntityRecords(record: DocumentRecord): EntityRecord[] {
  const text = record.doc.text;
  const phrases = record.syntax?.phrases ?? [];
  return (record.actors?.mentions ?? []).map((m) => ({
    kind: 'entity',
    doc_id: record.doc.id,
    sentence: phrases[m.phrase]?.sentence ?? -1,
    ...sliceSpan(text, m),
    code: m.code,
    name: m.name ?? null,
    resolution: m.resolution,
    rule: m.rule,
    entry: m.entry ?? null,
  }));
}
