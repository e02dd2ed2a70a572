// "Iran rejected the accusation", "Moscow has denied any involvement": a denial (CAMEO 016) answers
// whoever made the accusation. The clause coder finds an accusation told before it (lastAccuser);
// once every clause is coded, one told after it can be found too, and failing both, the side the
// denier last dealt with.
import type { CodedEvent } from '../../domain/events.js';
import { sideOf } from './referred-act.js';

// Denying responsibility.
const DENIAL = '016';
// Accusing and criticising: root 11.
const ACCUSING = /^11/;

/** Each denial still with no party named, aimed at the party that accused the denier's side after it, else at the side it last dealt with. */
export function aimedAtAccusers(events: readonly CodedEvent[]): CodedEvent[] {
  return events.map((e, i) => {
    if (e.cameo !== DENIAL || e.target) return e;
    const side = sideOf(e.source.code);
    const accuser = events.slice(i + 1).find((x) => ACCUSING.test(x.cameo) && !!x.target && sideOf(x.target.code) === side && sideOf(x.source.code) !== side);
    if (accuser) return { ...e, target: accuser.source, rule: `events/denial-to-accuser+${e.rule}` };
    // "Prague expelled 18 Russian diplomats ... Moscow rejected the accusations".
    const dealt = events.slice(0, i).findLast((x) => !!x.target && (sideOf(x.source.code) === side) !== (sideOf(x.target.code) === side));
    const other = dealt ? (sideOf(dealt.source.code) === side ? dealt.target : dealt.source) : undefined;
    return other ? { ...e, target: other, rule: `events/denial-to-counterpart+${e.rule}` } : e;
  });
}
