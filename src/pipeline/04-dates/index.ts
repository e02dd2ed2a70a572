import * as chrono from 'chrono-node';
import type { Stage } from '../../domain/record.js';
import type { CalendarDate, DatePrecision, DatesLayer, TimeExpression } from '../../domain/dates.js';
import type { PipelineIssue } from '../../domain/issues.js';
import type { Sentence } from '../../domain/segment.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
// Words that belong to a time expression but that chrono leaves out ("In late April" -> "April").
const LEAD_IN = /\b(?:(in|on|at|since|by|during|from|until|till|of)\s+)?(?:(?:late|early|mid|the end of|the start of|the beginning of)[\s-]+)?$/i;
// Words and shapes any time expression chrono reads contains: years, clock times, numeric dates and
// ordinals (a bare count, "30 militants", is no time), month and day names and their
// abbreviations (whole words: "Maritime", "Mongolia" and "Decree" are not dates), and the words of
// relative time. "this", "last", "since" and the like need one of these beside them to make a date.
const DATE_CUE = /\b\d{4}\b|\d[:/.]\d|\d(?:st|nd|rd|th)\b|\d\s*(?:a\.?m\b|p\.?m\b|gmt|utc|bst|edt|est)|\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|weekends?|weekdays?)\b|\b(?:yesterday|today|tonight|tomorrow|ago|later|earlier|now|noon|midnight|morning|afternoon|evening|night|week|weeks|month|months|year|years|day|days|decade|decades|century|fortnight|hour|hours|minute|minutes|quarter|spring|summer|autumn|fall|winter)\b/i;
// A year chrono leaves alone: "in 2019", "since early 2019", "by mid-2020".
const BARE_YEAR = /\b(in|since|during|by|of|until)\s+(?:(?:early|late|mid)[\s-]+)?((?:19|20)\d{2})\b/gi;
const FROM_ANOTHER_EVENT = /\b(?:before|after|later|earlier|next day|following day|previous day)$/i;
// The words before "of YEAR" that make it part of a span: "until the end of", "by the middle of".
const SPAN_PART = /\b(until|till|by|in|since)\s+the\s+(?:end|start|beginning|middle)\s+$/i;

function toDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function atPrecision(date: Date, precision: DatePrecision): string {
  const day = iso(date);
  return precision === 'day' ? day : precision === 'month' ? day.slice(0, 7) : day.slice(0, 4);
}

function precisionOf(c: chrono.ParsedComponents): DatePrecision | undefined {
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return undefined;
}

function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * "until the end of 2026", "by 2030": the end of a span or a deadline, which says when something is
 * to be done by, not when the act told of took place. "by" marks a limit only ahead of the reference
 * ("had left by Tuesday" still dates the leaving).
 */
function limitMark(lead: string | undefined, value: string, reference: CalendarDate): { limit?: true } {
  const word = lead?.toLowerCase();
  if (word === 'until' || word === 'till') return { limit: true };
  if (word === 'by' && value > reference.value.slice(0, value.length)) return { limit: true };
  return {};
}

/**
 * "a day after", "tomorrow", "two days ago": chrono computes every field of a time counted from the
 * reference and calls them all certain, but the text names no date outright.
 */
function reckoned(r: chrono.ParsedResult): boolean {
  for (const tag of r.tags()) if (tag === 'result/relativeDate' || tag.startsWith('casualReference/') || tag.startsWith('parser/ENCasual')) return true;
  return false;
}

// chrono's options, the same for every call.
const CHRONO_OPTIONS: chrono.ParsingOption = { forwardDate: false };

interface FoundTime {
  readonly r: chrono.ParsedResult;
  /** Offset of the result in the document text. */
  readonly index: number;
  readonly sentence: number;
}

/**
 * chrono runs sentence by sentence: some of its refiners look back over all the text before each
 * match, which grows with the square of a long document's length. Most sentences name no time at
 * all; a cheap look for any word chrono could start from spares them its thirty-odd parsers.
 */
function parseSentences(text: string, sentences: readonly Sentence[], reference: chrono.ParsingReference): FoundTime[] {
  const found: FoundTime[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!DATE_CUE.test(sentence)) continue;
    for (const r of chrono.parse(sentence, reference, CHRONO_OPTIONS)) found.push({ r, index: s.start + r.index, sentence: s.index });
  }
  return found;
}

/** Time expressions normalized by chrono-node against the dateline's date, else the publication date. */
export function datesStage(): Stage<'segment', 'dates'> {
  return {
    name: 'dates',
    needs: ['segment'],
    adds: 'dates',
    run({ doc, segment }) {
      const issues: PipelineIssue[] = [];
      let reference: CalendarDate | undefined;
      // The publication date's instant, parsed once: it is both the validity check and, unless the
      // dateline names another day, the instant chrono counts from.
      const published = doc.date && ISO_DAY.test(doc.date) ? toDate(doc.date) : undefined;
      let instant: Date | undefined;
      if (doc.date && published && !Number.isNaN(published.getTime())) {
        reference = { value: doc.date, precision: 'day' };
        instant = published;
        const dl = segment.dateline?.dateText;
        if (dl) {
          const parsed = chrono.parse(dl, { instant: published, timezone: 0 }, CHRONO_OPTIONS)[0];
          if (parsed && precisionOf(parsed.start) === 'day') {
            reference = { value: iso(parsed.start.date()), precision: 'day' };
            instant = toDate(reference.value);
          }
        }
      } else if (doc.date) {
        issues.push({ code: 'unknown-date', stage: 'dates', message: `document date "${doc.date}" is not YYYY-MM-DD; relative dates stay unresolved` });
      }
      const expressions: TimeExpression[] = [];
      if (reference && instant) {
        const text = doc.text;
        for (const { r, index, sentence } of parseSentences(text, segment.sentences, { instant, timezone: 0 })) {
          const precision = precisionOf(r.start);
          if (!precision) continue;
          // r.tags() copies chrono's tag set on every call: read it once a result.
          const relative = reckoned(r);
          // "a day before the results were due", "a week later", "the next day": counted from another
          // event, which chrono cannot know, not from the reference it counts from. No date is better
          // than a wrong one.
          if (relative && FROM_ANOTHER_EVENT.test(r.text)) continue;
          // "jailed a journalist for seven years": a length of time, not a time.
          if (relative && /^for\b/i.test(r.text)) continue;
          // Lower-case single words ("may", "march") are verbs far more often than months.
          if (/^[a-z]+$/.test(r.text) && !/^(today|yesterday|tonight|tomorrow)$/.test(r.text)) continue;
          const lead = LEAD_IN.exec(text.slice(Math.max(0, index - 30), index));
          const start = index - (lead?.[0].length ?? 0);
          const end = index + r.text.replace(/[\s,.;:]+$/, '').length;
          const value = atPrecision(r.start.date(), precision);
          expressions.push({
            start, end, text: text.slice(start, end), sentence, rule: 'dates/chrono',
            value, precision, ...limitMark(lead?.[1], value, reference),
            explicit: !relative && r.start.isCertain('year') && (precision !== 'day' || r.start.isCertain('day')),
            ...(r.start.isCertain('weekday') && !r.start.isCertain('month') ? { weekday: true as const } : {}),
          });
        }
        for (const m of text.matchAll(BARE_YEAR)) {
          const at = m.index ?? 0;
          const end = at + m[0].length;
          if (expressions.some((e) => e.start < end && at < e.end)) continue;
          const sentence = sentenceAt(segment.sentences, at);
          if (sentence < 0) continue;
          // "until the end of 2026": the words before the year's own "of" open the phrase and belong to it.
          const span = m[1]!.toLowerCase() === 'of' ? SPAN_PART.exec(text.slice(Math.max(0, at - 30), at)) : null;
          const start = span ? at - span[0].length : at;
          const value = m[2]!;
          expressions.push({
            start, end, text: text.slice(start, end), sentence, rule: 'dates/bare-year', value, precision: 'year', explicit: true,
            ...limitMark(span ? span[1] : m[1], value, reference),
          });
        }
        expressions.sort((a, b) => a.start - b.start);
      }
      const layer: DatesLayer = { expressions, ...(reference ? { reference } : {}) };
      return { layer, issues };
    },
  };
}
