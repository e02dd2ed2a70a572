// Test-only fixtures: a stand-in Coder that reads bracketed markers instead of English, so corpus-layer
// tests control exactly which events a document yields. Never imported by product code.
import type { Coder, CodedDocument } from '../domain/coded-document.js';
import type { SourceDocument } from '../domain/document.js';
import type { EntityRecord, EventRecord, QuoteRecord } from '../domain/event-record.js';
import type { Sentence } from '../domain/segment.js';
import type { TimeExpression } from '../domain/dates.js';
import { cameoRoot, quadOfRoot } from '../domain/cameo.js';

const GOLDSTEIN: Readonly<Record<string, number>> = {
  '010': 0, '020': 3, '036': 4, '040': 1, '042': 1.9, '043': 2.8, '057': 8, '112': -2, '173': -5, '190': -10, '193': -10,
};

const PLOVER: Readonly<Record<string, string>> = {
  '01': 'CONSULT', '02': 'APPEAL', '03': 'COOPERATE', '04': 'CONSULT', '05': 'COOPERATE', '11': 'ACCUSE',
  '17': 'COERCE', '19': 'FIGHT',
};

/**
 * Codes a document by its markers, one per line: `[SRC CAMEO TGT DATE] words...` (TGT may be `-`, DATE
 * optional), and `[Q SPEAKER] "quoted words" ...` for a quote. Each line is one sentence.
 */
export function fixtureCode(doc: SourceDocument): CodedDocument {
  const events: EventRecord[] = [];
  const quotes: QuoteRecord[] = [];
  const entities: EntityRecord[] = [];
  const sentences: Sentence[] = [];
  const times: TimeExpression[] = [];
  let offset = 0;
  const lines = doc.text.split('\n');
  lines.forEach((line, index) => {
    const start = offset;
    offset += line.length + 1;
    if (line.trim() === '') return;
    const sentence = sentences.length;
    sentences.push({ index: sentence, start, end: start + line.length, firstToken: 0, endToken: 0, rule: 'fixture:line' });
    const quote = /^\[Q ([A-Z]+)\] "([^"]*)"/u.exec(line);
    if (quote) {
      const speaker = quote[1] ?? '';
      const content = quote[2] ?? '';
      const contentStart = start + line.indexOf('"') + 1;
      quotes.push({
        kind: 'quote', doc_id: doc.id, quote_id: `${doc.id}:q${quotes.length}`, sentence, quote_kind: 'direct',
        text: content, content: { start: contentStart, end: contentStart + content.length, text: content },
        speaker: { code: speaker, name: null, start: start + 3, end: start + 3 + speaker.length, text: speaker },
        reported_by: null, cue: { start, end: start + 1, text: '[' }, rule: 'fixture:quote',
      });
      return;
    }
    const marker = /^\[([A-Z]+) (\d{3,4}) ([A-Z]+|-)(?: (\d{4}-\d{2}-\d{2}))?\]/u.exec(line);
    if (!marker) return;
    const [whole, src = '', cameo = '', tgt = '', date] = marker;
    const srcStart = start + 1;
    const cameoStart = srcStart + src.length + 1;
    const tgtStart = cameoStart + cameo.length + 1;
    const root = cameoRoot(cameo);
    const evidenceText = line.slice(whole.length).trim() || whole;
    const evidenceStart = start + line.indexOf(evidenceText);
    entities.push({ kind: 'entity', doc_id: doc.id, sentence, start: srcStart, end: srcStart + src.length, text: src,
      code: src, name: null, resolution: 'stated', rule: 'fixture:actor', entry: null });
    if (tgt !== '-') {
      entities.push({ kind: 'entity', doc_id: doc.id, sentence, start: tgtStart, end: tgtStart + tgt.length, text: tgt,
        code: tgt, name: null, resolution: 'stated', rule: 'fixture:actor', entry: null });
    }
    if (date !== undefined) {
      const dateStart = tgtStart + tgt.length + 1;
      times.push({ sentence, start: dateStart, end: dateStart + date.length, text: date, value: date, precision: 'day',
        explicit: true, rule: 'fixture:date' });
    }
    events.push({
      doc_id: doc.id,
      event_id: `${doc.id}:${sentence}:0`,
      sentence,
      date: date ?? doc.date ?? null,
      date_precision: date !== undefined || doc.date !== undefined ? 'day' : null,
      source: { code: src, start: srcStart, end: srcStart + src.length, text: src },
      target: tgt === '-' ? null : { code: tgt, start: tgtStart, end: tgtStart + tgt.length, text: tgt },
      cameo,
      root,
      quad: quadOfRoot(root),
      goldstein: GOLDSTEIN[cameo] ?? 0,
      plover: { type: PLOVER[root] ?? 'OTHER' },
      trigger: { start: cameoStart, end: cameoStart + cameo.length, text: cameo },
      evidence: { start: evidenceStart, end: evidenceStart + evidenceText.length, text: evidenceText },
      rule: `fixture:${cameo}`,
    });
  });
  return {
    doc,
    record: {
      doc,
      issues: [],
      segment: { tokens: [], sentences, ignored: [] },
      dates: { expressions: times },
    },
    events,
    quotes,
    entities,
    issues: [],
  };
}

/** The fixture coder as a Coder. */
export function fixtureCoder(dictionaryVersion = 'fixture-1'): Coder {
  return { code: fixtureCode, dictionaryVersion };
}

/** A document whose lines are the given markers plus some words, with an optional date and URL. */
export function fixtureDoc(id: string, lines: readonly string[], extra: Partial<Omit<SourceDocument, 'id' | 'text'>> = {}): SourceDocument {
  return { id, text: lines.join('\n'), ...extra };
}
