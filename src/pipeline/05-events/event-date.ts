import type { CalendarDate, TimeExpression } from '../../domain/dates.js';
import type { Clause } from '../../domain/syntax.js';
import type { EventDocument } from './event-document.js';

/**
 * The sentence's time expressions less those inside a later clause with a subject of its own that
 * does not hold this one: "released the crew of the Galaxy Leader, a ship they seized in 2023" is
 * not a release in 2023. A reporting clause keeps its time ("..., prosecutors said on Sunday"):
 * when it was said is the best clue to when it happened.
 */
export function ownTimes(d: EventDocument, action: Clause, expressions: readonly TimeExpression[]): readonly TimeExpression[] {
  if (expressions.length === 0) return expressions;
  // Only a clause set off by a comma, or one telling about the object ("suspended a declaration it
  // signed last month"): without either the parse is less sure which clause a time belongs to.
  const object = action.object !== undefined ? d.phrases[action.object] : undefined;
  const aboutObject = (o: Clause) => !!object && action.complement?.clause !== o.id && o.tokenStart >= object.tokenEnd && o.tokenStart <= object.tokenEnd + 1;
  const setOff = (o: Clause) => { if (aboutObject(o)) return true; for (let i = action.verb.tokenEnd; i < o.tokenStart; i++) if (d.tokens[i]?.text === ',') return true; return false; };
  const later = d.clausesOf(action.sentence).filter((o) => o.subject !== undefined && o.verb.start > action.verb.end && !d.resources.frames.reportingVerbs.has(o.verb.lemma) && !(o.start <= action.start && action.end <= o.end) && setOff(o));
  // A clause about the object runs on to the next clause or the sentence's end: its times ("last
  // month") are often left outside the span of its arguments.
  const reach = (o: Clause) => (aboutObject(o) ? d.clausesOf(action.sentence).find((x) => x.start > o.end)?.start ?? Infinity : o.end);
  return later.length === 0 ? expressions : expressions.filter((e) => !later.some((o) => o.start <= e.start && e.end <= reach(o)));
}

/**
 * The time expression of the event's own sentence nearest its trigger, else the reference date. A
 * time still ahead of the reference in a clause not in the past is skipped: an intent or threat is
 * dated when it was voiced ("said on Tuesday he would meet Xi in April" is Tuesday's).
 */
export function dateFor(
  expressions: readonly TimeExpression[],
  sentence: number,
  at: number,
  reference: CalendarDate | undefined,
  pastAt: (e: TimeExpression) => boolean = () => false,
): (CalendarDate & { fromText: boolean }) | undefined {
  const candidates = expressions.filter((e) => e.sentence === sentence && !e.limit);
  // Nearest first; of two as near, the earlier.
  candidates.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at) || a.start - b.start);
  for (const e of candidates) {
    let value = e.value;
    const ahead = reference !== undefined && value > reference.value.slice(0, value.length);
    // "visited Washington in June", written in April: a past act in a month named without its year is
    // last year's June, not the coming one chrono picks as nearest; "traded accusations on Tuesday",
    // written on a Monday, is last week's Tuesday.
    // A past act dated outright ahead of the reference ("visited in June 2024") trusts the text over
    // a publication date that may be wrong.
    if (ahead && !pastAt(e)) continue;
    if (ahead && !e.explicit) {
      // A time reckoned from the reference ("a day after", "next week") cannot be moved back a
      // year: in a past clause it counts from another event, which the text does not date.
      if (!e.weekday && !MONTH_NAME.test(e.text)) continue;
      value = e.weekday ? weekBefore(value) : yearBefore(value);
    }
    return { value, precision: e.precision, fromText: true };
  }
  // Fields named, not spread: a spread of the reference is a generic copy, and this runs for every event.
  return reference ? { value: reference.value, precision: reference.precision, fromText: false } : undefined;
}

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)/i;

function weekBefore(day: string): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 7);
  return d.toISOString().slice(0, 10);
}

function yearBefore(value: string): string {
  const shifted = String(Number(value.slice(0, 4)) - 1).padStart(4, '0') + value.slice(4);
  return shifted.endsWith('-02-29') ? shifted.slice(0, -2) + '28' : shifted;
}
