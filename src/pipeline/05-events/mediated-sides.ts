// "The deal was signed in Pretoria after 10 days of talks mediated by the African Union": mediation
// (CAMEO 045) that names no one is between the two sides of the joint act the story tells, before
// it or, failing that, after it.
import type { CodedEvent } from '../../domain/events.js';
import { sideOf } from './referred-act.js';

const MEDIATION = '045';

/** Each mediation with no party named, aimed at both sides of the nearest act two parties did together. */
export function aimedAtSides(events: readonly CodedEvent[]): CodedEvent[] {
  return events.flatMap((e, i) => {
    if (e.cameo !== MEDIATION || e.target) return [e];
    const own = sideOf(e.source.code);
    const joint = (x: CodedEvent) => !!x.target && sideOf(x.source.code) !== own && sideOf(x.target.code) !== own
      && events.some((y) => y.source.code === x.target!.code && y.target?.code === x.source.code && y.cameo === x.cameo);
    const act = events.slice(0, i).findLast(joint) ?? events.slice(i + 1).find(joint);
    if (!act) return [e];
    return [act.source, act.target!].map((side, k) => ({ ...e, id: k === 0 ? e.id : `${e.id}:other-side`, target: side, rule: `events/mediation-between-sides+${e.rule}` }));
  });
}
