// "Iran rejected the accusation", "Moscow has denied any involvement": a denial (CAMEO 016) answers
// whoever made the accusation, which the story tells before or after it.
import type { CodedEvent } from '../../domain/events.js';

// Denying responsibility.
const DENIAL = '016';
// Accusing and criticising: root 11.
const ACCUSING = /^11/;

/** Each denial with no party named, aimed at the party that accused the denier's side (the last before it, else the first after). */
export function aimedAtAccusers(events: readonly CodedEvent[]): CodedEvent[] {
  return events.map((e, i) => {
    if (e.cameo !== DENIAL || e.target) return e;
    const side = e.source.code.slice(0, 3);
    const accusing = (x: CodedEvent) => ACCUSING.test(x.cameo) && x.target?.code.slice(0, 3) === side && x.source.code.slice(0, 3) !== side;
    const accuser = events.slice(0, i).findLast(accusing) ?? events.slice(i + 1).find(accusing);
    if (accuser) return { ...e, target: accuser.source, rule: `events/denial-to-accuser+${e.rule}` };
    // With no accusation coded, the side the denier last dealt with ("Prague expelled 18 Russian
    // diplomats ... Moscow rejected the accusations").
    const dealt = events.slice(0, i).findLast((x) => !!x.target && (x.source.code.slice(0, 3) === side) !== (x.target.code.slice(0, 3) === side));
    const other = dealt ? (dealt.source.code.slice(0, 3) === side ? dealt.target : dealt.source) : undefined;
    return other ? { ...e, target: other, rule: `events/denial-to-counterpart+${e.rule}` } : e;
  });
}
