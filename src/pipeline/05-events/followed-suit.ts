// "Trump recognized Guaido ... Canada, Brazil and Colombia followed suit", "did the same": doing the
// same as the act just told, by other parties, is that act again with them as its source.
import type { Clause } from '../../domain/syntax.js';
import type { EventDocument } from './event-document.js';

/** How many sentences back "followed suit" reaches for the act it repeats. */
const REACH = 1;

/** Codes a "followed suit" clause as the last act told before it; false when the clause is not one. */
export function codeFollowedSuit(d: EventDocument, c: Clause): boolean {
  const object = c.object !== undefined ? d.phrases[c.object] : undefined;
  // ("Canada and Brazil did the same", "did likewise": the same repetition.)
  const head = object ? d.tokens[object.head]?.lower : undefined;
  const followed = c.verb.lemma === 'follow' && head === 'suit';
  const same = c.verb.lemma === 'do' && head === 'same';
  if (!object || !(followed || same) || c.verb.negated) return false;
  const sources = d.actorsOf(d.subjectOf(c));
  const own = new Set(sources.map((m) => m.code));
  // "Mozambique said it was sending buses to bring its citizens home, and Malawi said it planned to do
  // the same": an act another party does earlier in the same sentence is the one repeated, coded or
  // not; an act of an earlier sentence is not reached for past it.
  const actedBefore = d.clausesOf(c.sentence).some((o) => o.verb.start < c.verb.start && !d.resources.frames.reportingVerbs.has(o.verb.lemma)
    && d.actorsOf(d.subjectOf(o)).some((m) => !own.has(m.code)));
  const act = d.events.findLast((e) => e.sentence <= c.sentence && c.sentence - e.sentence <= REACH && e.trigger.start < c.verb.start && !own.has(e.source.code)
    && (e.sentence === c.sentence || !actedBefore));
  if (!act) {
    d.resources.trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: '"followed suit", but no act told just before to repeat' });
    return true;
  }
  for (const m of sources) {
    if (act.target && m.code.slice(0, 3) === act.target.code.slice(0, 3)) continue;
    const n = d.perSentence.get(c.sentence) ?? 0;
    d.perSentence.set(c.sentence, n + 1);
    d.resources.trace?.({ kind: 'event', clause: c.id, event: `${m.code} -> ${act.target?.code ?? '-'} ${act.cameo}`, note: `followed suit: event ${act.id} again, by another party` });
    const { reportedBy: _reporter, ...told } = act;
    d.events.push({
      ...told,
      id: `${d.record.doc.id}:${c.sentence}:${n}`, sentence: c.sentence, clause: c.id,
      source: { code: m.code, phrase: m.phrase, start: m.start, end: m.end },
      trigger: { start: c.verb.start, end: object.end }, start: c.verb.start, end: object.end,
      rule: 'events/followed-suit',
    });
  }
  return true;
}
