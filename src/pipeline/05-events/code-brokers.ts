import type { CodedEvent } from '../../domain/events.js';
import type { EventDocument } from './event-document.js';
import { dateFor } from './event-date.js';

const MEDIATION = '045';

/**
 * "The government and the rebels signed a Norwegian-brokered ceasefire": the go-between of a
 * phrase's modifier (actors layer `brokers`) mediates, with no party named yet; it is placed right
 * after the events of its sentence, so that the sides of the joint act told there are found first
 * (mediated-sides.ts). Not when the sentence already codes that party's mediation.
 */
export function codeBrokers(d: EventDocument): void {
  for (const b of d.record.actors.brokers ?? []) {
    const p = d.phrases[b.phrase];
    if (!p) continue;
    if (d.events.some((e) => e.sentence === p.sentence && e.cameo === MEDIATION && e.source.code === b.code)) continue;
    let clause = -1;
    for (const c of d.clausesOf(p.sentence)) if (c.start <= p.start && p.end <= c.end && (clause < 0 || c.end - c.start < (d.clauseById.get(clause)!.end - d.clauseById.get(clause)!.start))) clause = c.id;
    const n = d.perSentence.get(p.sentence) ?? 0;
    d.perSentence.set(p.sentence, n + 1);
    const date = dateFor(d.expressionsBySentence.get(p.sentence) ?? [], p.sentence, b.start, d.dates.reference, () => true);
    const event: CodedEvent = {
      id: `${d.record.doc.id}:${p.sentence}:${n}`, sentence: p.sentence, clause,
      source: { code: b.code, phrase: b.phrase, start: b.start, end: b.end },
      cameo: MEDIATION, trigger: { start: b.start, end: b.end }, rule: b.rule, start: b.start, end: b.end,
      dateSource: date ? (date.fromText ? 'expression' : 'document') : 'none',
      ...(date ? { date: { value: date.value, precision: date.precision } } : {}),
    };
    const after = d.events.findLastIndex((e) => e.sentence <= p.sentence);
    d.events.splice(after + 1, 0, event);
  }
}
