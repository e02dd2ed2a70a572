// "Jiang Yu ... demanded his immediate release", "Guterres called for the release of Keita": a call
// to free someone is made to whoever holds them, as coders code it, not to the one held. ("urged the
// Russian authorities to free ..." names whom it is made to, and stays.)
import type { CodedEvent } from '../../domain/events.js';

// Appeals for (0253) and demands of (1053) a release.
const RELEASE = new Set(['0253', '1053']);
// Holding someone: arrest and detention (17), abduction and hostage-taking (18).
const HOLDING = /^(17|18)/;
// Told to the holder: "urged Moscow to free", "called on Russia to release", "demanded that the group free".
const TOLD_TO_FREE = /^\s*(?:to\s+)?(?:\w+ly\s+)?(release|free|return|hand)\b/i;

/** Each release demand whose target is the one to be freed, aimed instead at who holds them: the last told to hold one of that side, else their own government. */
export function aimedAtHolders(events: readonly CodedEvent[], text: string): CodedEvent[] {
  return events.map((e, i) => {
    if (!RELEASE.has(e.cameo)) return e;
    // "demanded the captain's immediate release", the captain no party of his own: the last to hold someone.
    if (!e.target) {
      const holder = events.slice(0, i).findLast((x) => HOLDING.test(x.cameo) && x.source.code.slice(0, 3) !== e.source.code.slice(0, 3));
      return holder ? { ...e, target: holder.source, rule: `events/release-from-holder+${e.rule}` } : e;
    }
    if (TOLD_TO_FREE.test(text.slice(e.target.end, e.trigger.end))) return e;
    const held = e.target.code.slice(0, 3);
    const demander = e.source.code.slice(0, 3);
    const holding = events.slice(0, i).findLast((x) => HOLDING.test(x.cameo) && x.target?.code.slice(0, 3) === held && x.source.code.slice(0, 3) !== demander);
    if (holding) return holding.source.code === e.target.code ? e : { ...e, target: holding.source, rule: `events/release-from-holder+${e.rule}` };
    if (held !== demander && !/^[A-Z]{3}GOV/.test(e.target.code)) return { ...e, target: { ...e.target, code: `${held}GOV` }, rule: `events/release-from-own-state+${e.rule}` };
    return e;
  });
}
