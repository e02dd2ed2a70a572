import type { Stage } from '../../domain/record.js';
import type { CodedEvent, EventsLayer } from '../../domain/events.js';
import type { EventResources } from './event-resources.js';
import { EventDocument } from './event-document.js';
import { codeClause } from './code-clause.js';
import { discardedSentences } from './discards.js';
import { codeEventNouns } from './code-event-nouns.js';
import { codeBrokers } from './code-brokers.js';
import { aimedAtHolders } from './release-demands.js';
import { aimedAtAccusers } from './answered-accusations.js';
import { aimedAtSides } from './mediated-sides.js';
import { NO_COUNTRY, STATE_ITSELF } from './_words.js';

export { PatternIndex, matchPattern } from './pattern-index.js';
export type { EventResources, EventTrace } from './event-resources.js';

/** Codes each clause's verb pattern, then nouns that tell of events by themselves, into CAMEO events between the resolved actors. */
export function eventsStage(resources: EventResources): Stage<'segment' | 'syntax' | 'actors' | 'dates', 'events'> {
  const { trace } = resources;
  return {
    name: 'events',
    needs: ['segment', 'syntax', 'actors', 'dates'],
    adds: 'events',
    run(record) {
      const d = new EventDocument(resources, record);
      const discarded = discardedSentences(d.tokens, d.sentences, resources.discards, record.doc.text);
      for (const c of d.clauses) {
        if (discarded.has(c.sentence)) { trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: 'sentence discarded by a discard phrase' }); continue; }
        if (d.consumed.has(c.id)) { trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: 'part of an event coded from the clause that governs it' }); continue; }
        codeClause(d, c);
      }
      codeEventNouns(d, discarded);
      codeBrokers(d);
      const kept = dropUntargetedRepeats(d.events);
      const recoded = resources.literalOnly ? kept : withInferredTargets(kept.map((e) => aimedAtOwnState(recodedByParties(e, record.doc.text))), record.doc.text);
      const layer: EventsLayer = { events: keepTargeted(recoded, resources, trace) };
      return { layer };
    },
  };
}

/**
 * Parties a clause leaves unnamed (or names wrongly) that the whole story supplies, once every clause
 * is coded: who holds those a release is demanded for, who made the accusation a denial answers,
 * and the two sides a mediation is between.
 */
function withInferredTargets(events: CodedEvent[], text: string): CodedEvent[] {
  return aimedAtSides(aimedAtAccusers(aimedAtHolders(events, text)));
}

/**
 * Police or soldiers do not protest (CAMEO 14 is an act of the governed). An act that names no party
 * it acts on is left out, once every clause is coded (a participle may have named its target, a later
 * sentence the act again): coders of news code such acts only where the category needs no one acted
 * on: protests (14), a demonstration of military power (150: a missile or nuclear test, a parade) and
 * a state of emergency, martial law or a curfew (1724, 1723). "would supply 31 tanks", "called for
 * calm" and other shows of force aimed at no one named ("put troops on alert", "deployed special
 * police units", 152-154) are not coded: the held-out coders coded 7 of those in 8,541 events, where
 * Parley had coded 19.
 */
function keepTargeted(events: CodedEvent[], resources: EventResources, trace: EventResources['trace']): CodedEvent[] {
  if (resources.literalOnly) return events;
  return events.filter((e) => {
    // A protest is by people, not by police or soldiers ("police stormed the building" is no riot).
    if (/^14/.test(e.cameo) && /^[A-Z]{3}(COP|MIL)/.test(e.source.code)) {
      trace?.({ kind: 'clause', clause: e.clause, verb: '', note: `${e.source.code} -> ${e.target?.code ?? '-'} ${e.cameo} dropped: police and soldiers do not protest` });
      return false;
    }
    // "Putin spoke to Reuters", "met reporters": talking to the press is how statements are made, not a consultation.
    if (/^04/.test(e.cameo) && [e.source.code, e.target?.code ?? ''].some((code) => /^[A-Z]{3}MED/.test(code))) {
      trace?.({ kind: 'clause', clause: e.clause, verb: '', note: `${e.source.code} -> ${e.target?.code ?? '-'} ${e.cameo} dropped: talking to the press is no consultation` });
      return false;
    }
    // (A state's boycott or walk-out with no one named says too little: "Kenya, which boycotted the hearings".)
    const kept = !!e.target || (/^14/.test(e.cameo) && !STATE_ITSELF.test(e.source.code)) || e.cameo === '150' || ON_OWN_COUNTRY.has(e.cameo);
    if (!kept) trace?.({ kind: 'clause', clause: e.clause, verb: '', note: `${e.source.code} -> - ${e.cameo} dropped: it names no party it acts on` });
    return kept;
  });
}

/**
 * What the parties show an act to be: "Security forces clashed with protesters", a violent protest
 * (145) the other way round, by police or soldiers on people, is violent repression (175); force used
 * by protesters is a riot (145), and a riot by armed men an assault (180); a party suspended by its own
 * state is banned (1722).
 */
function recodedByParties(e: CodedEvent, text: string): CodedEvent {
  if (e.cameo === '145' && e.target && /^[A-Z]{3}(COP|MIL)/.test(e.source.code) && /^[A-Z]{3}(OPP|CVL|EDU|LAB|REF)/.test(e.target.code)) return { ...e, cameo: '175', rule: `events/repression+${e.rule}` };
  // "Protesters attacked several foreign embassies", "angry traders attacked the National Assembly":
  // force by a crowd, unarmed people, workers, traders or farmers is a violent protest (145); not when
  // it is told as armed ("traded fire with security forces").
  if ((e.cameo === '190' || e.cameo === '180') && /^[A-Z]{3}(OPP|CVL|EDU|LAB|BUS|AGR)$/.test(e.source.code) && !ARMED.test(text.slice(e.trigger.start, e.trigger.end))) return { ...e, cameo: '145', rule: `events/riot+${e.rule}` };
  // "a Bahraini court suspended the main opposition group, al-Wefaq": a state body cutting off a party
  // of its own country bans it (1722); reducing relations (16) is between parties that have them.
  if (e.cameo === '161' && e.target && /^([A-Z]{3})(GOV|JUD|LEG|MIL|COP)/.test(e.source.code) && /^[A-Z]{3}(OPP|PTY)/.test(e.target.code) && e.source.code.slice(0, 3) === e.target.code.slice(0, 3)) return { ...e, cameo: '1722', rule: `events/party-banned+${e.rule}` };
  // "Pro-Jakarta militiamen stormed a U.N. refugee agency office": a riot by armed men is an assault
  // (180), or fighting when it is aimed at armed men (190); no protest.
  if (e.cameo === '145' && /^[A-Z]{3}REB/.test(e.source.code)) return { ...e, cameo: e.target && /^[A-Z]{3}(MIL|COP|REB)/.test(e.target.code) ? '190' : '180', rule: `events/armed-riot+${e.rule}` };
  // "Rioters blocked roads with burning tyres": any protest the text says rioters or a mob made is a riot.
  if (/^14[0-4]/.test(e.cameo) && RIOTING.test(text.slice(e.source.start, e.source.end))) return { ...e, cameo: '145', rule: `events/rioters+${e.rule}` };
  return e;
}

// Words that name a crowd by its violence.
const RIOTING = /\b(rioters?|mobs?|looters?)\b/i;

// Words that tell force as armed (fire, guns, bombs), not a crowd's.
const ARMED = /\b(fire|fired|firing|shoot|shot|shots|gun|guns|gunfire|rocket|rockets|missile|missiles|mortar|grenade|grenades|bomb|bombs)\b/i;

// A state of emergency or martial law (1724) and a curfew (1723): imposed on the country when no one
// is named; and so is their lifting (0814, 0813): "Yoon lifted martial law".
const ON_OWN_COUNTRY = new Set(['1723', '1724', '0813', '0814']);

// The people of a country, as opposed to its state: a protest by them with no one named is aimed at their government.
const PEOPLE_ROLES = /^[A-Z]{3}(CVL|OPP|LAB|EDU|AGR|REF|HRI|BUS|MED|RAD|PTY)/;

/**
 * A protest that names no one is aimed at its country's government ("thousands rallied in Beirut,
 * calling for the cabinet to resign"), a state of emergency, martial law or a curfew that names no
 * one is imposed on (or lifted from) the country (CAMEO 1724, 1723, 0814, 0813), and police force on
 * no one named is used on the country's people (175): so coders of news code them, and dyads need the target.
 * The target is inferred, so it carries the source's words and the rule says so.
 */
function aimedAtOwnState(e: CodedEvent): CodedEvent {
  if (e.target || NO_COUNTRY.test(e.source.code)) return e;
  const country = e.source.code.slice(0, 3);
  if (ON_OWN_COUNTRY.has(e.cameo)) return { ...e, target: { ...e.source, code: country }, rule: `events/emergency-on-own-country+${e.rule}` };
  if (/^14/.test(e.cameo) && PEOPLE_ROLES.test(e.source.code)) return { ...e, target: { ...e.source, code: `${country}GOV` }, rule: `events/protest-at-own-government+${e.rule}` };
  // "Police fired tear gas to disperse them": force used by police or soldiers on a crowd the clause
  // does not name is used on the country's people.
  if (e.cameo === '175' && /^[A-Z]{3}(COP|MIL)/.test(e.source.code)) return { ...e, target: { ...e.source, code: `${country}CVL` }, rule: `events/repression-of-own-people+${e.rule}` };
  return e;
}

/** A target-less event repeats what the same sentence already codes with a target ("attaches importance to the plan ... and agrees with Beijing"). */
function dropUntargetedRepeats(events: readonly CodedEvent[]): CodedEvent[] {
  // (A curfew or martial law is an act of its own beside the arrests told with it: "Soldiers
  // detained leaders ..., and the military imposed a nationwide curfew".)
  return events.filter((e) => e.target || !events.some((o) => o !== e && o.target && o.sentence === e.sentence && o.source.code === e.source.code && o.cameo.slice(0, 2) === e.cameo.slice(0, 2) && !(ON_OWN_COUNTRY.has(e.cameo) && o.cameo !== e.cameo)));
}
