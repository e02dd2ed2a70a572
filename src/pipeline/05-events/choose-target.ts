import type { Clause } from '../../domain/syntax.js';
import type { EventDocument } from './event-document.js';
import { CLAUSE_END, FOREIGN_MISSIONS, NO_COUNTRY, NON_TARGET_PREPS, STATE_CODE } from './_words.js';

/**
 * Whether a phrase names someone other than the source: a phrase that only refers back to the
 * source ("their resumption", "a violation of its airspace") is not a target.
 */
export function isOtherParty(d: EventDocument, id: number, sourceCodes: readonly string[]): boolean {
  const sourceCountries = sourceCodes.map((code) => code.slice(0, 3));
  // A person's pronoun is someone else unless it has the source's very code ("a court issued a
  // warrant for his arrest").
  // (Nor is "it" a rebel group or a party the state acts on: "attacked the TPLF, accusing it of ...".)
  return d.actorsOf(id).some((m) => !sourceCodes.includes(m.code) && !(m.rule.startsWith('actors/pronoun') && !/^actors\/pronoun#(he|she|him|her|his)$/.test(m.rule) && sourceCountries.includes(m.code.slice(0, 3))
    && !(NON_STATE_SIDE.test(m.code) && sourceCodes.every((code) => STATE_SIDE.test(code)))));
}

// Codes of a country's non-state sides, and of its state. ("Police broke up the sit-in and detained
// 230 of them": the people a pronoun names are not the police.)
const NON_STATE_SIDE = /^[A-Z]{3}(REB|INS|PTY|CVL|OPP|EDU|LAB|MED|REL|REF|CRM)/;
const STATE_SIDE = /^[A-Z]{3}(GOV|MIL|COP|JUD|SPY|LEG)/;

/** The object's actor, else the first prepositional object's, else the first actor further on. */
export function defaultTarget(d: EventDocument, c: Clause, sourceCodes: readonly string[], patternWords: readonly number[], meeting = false): number | undefined {
  const { tokens, phrases } = d;
  const other = (id: number) => {
    const p = phrases[id];
    // A phrase the pattern's own words matched names the act ("fired two missiles"), not a
    // party, unless the text itself says whose it is ("released Palestinian prisoners").
    const found = d.actorsOf(id);
    const named = !!p && patternWords.some((t) => t >= p.tokenStart && t < p.tokenEnd);
    // A role with no country yet ("clashed with police", "shot dead 19 protesters") is a party: it
    // takes the source's country later. (Weapons are not roles: "fired two ballistic missiles".)
    // A role word inside a longer pattern phrase is not a party ("declared a state of emergency").
    if (found.length === 0) return d.roleOf(id) !== undefined && !(named && !!p && patternWords.includes(p.head + 1));
    // (A name with its title is a person: "killed Prime Minister Vazgen Sarkisyan".)
    if (named && found.every((m) => m.resolution === 'inferred' && m.rule !== 'actors/agent+dateline' && m.rule !== 'actors/agent+same-head' && m.rule !== 'actors/named-agent+dateline')) return false;
    // "Mexico will send 10,000 National Guard troops to its border", "Iran recalled its ambassadors":
    // the source's own forces or envoys, sent or called home. (Not a person named, nor an executive a
    // legislature or a court acts on: "the Senate voted to dismiss Prime Minister Alexis".)
    if (named && found.every((m) => /^(GOV|MIL|COP|SPY)/.test(m.code.slice(3)) && !NO_COUNTRY.test(m.code) && !m.rule.startsWith('actors/person')
      && sourceCodes.some((code) => STATE_CODE.test(code) && !/^[A-Z]{3}(LEG|JUD)/.test(code) && code.slice(0, 3) === m.code.slice(0, 3)))) return false;
    return isOtherParty(d, id, sourceCodes);
  };
  // "condemned the killing of aid workers in Gaza": an attack's victims, and where it happened, unless
  // the pattern's own words name the attack.
  const victimsOnly = (id: number) => { const attack = d.victimOf(id); return attack !== undefined && !patternWords.includes(attack); };
  if (c.object !== undefined && other(c.object)) return c.object;
  // In a passive clause the by-phrase is the agent, never the target; when several parties act
  // together ("the two sides agreed to meet in Beijing") a place is where, not whom.
  const joint = sourceCodes.length > 1;
  // (So is it for a meeting or a signing: "Lebanon's rival leaders signed a deal in Qatar".)
  const where = joint || meeting;
  let inPlace = false;
  for (const p of c.preps) {
    // "suspended its role as a mediator between Israel and Hamas": a role named with "as" is no party,
    // but what follows it may be.
    if (p.prep === 'as' && !d.resources.literalOnly) continue;
    // "during Putin's visit to Pyongyang": an adjunct of time opens a phrase whose objects are not parties.
    if (NON_TARGET_PREPS.has(p.prep)) break;
    // "met on the sidelines of an SCO summit": the gathering where it happened is no party.
    if (p.prep === 'on' && tokens[phrases[p.np]?.head ?? -1]?.lower === 'sidelines') break;
    // "met in the South Korean city of Busan": the "of" phrase belongs to the place.
    const place: boolean = where && (p.prep === 'in' || p.prep === 'at' || (inPlace && p.prep === 'of' && !d.resources.literalOnly) || (p.prep === 'on' && countryAsPlace(d, p.np)));
    inPlace = place;
    if ((c.verb.passive && p.prep === 'by') || place) continue;
    if (victimsOnly(p.np)) continue;
    if (other(p.np)) return p.np;
  }
  // Else the first actor further on in the verb phrase, up to a clause-ending punctuation mark
  // ("arranged for the reopening of guest houses in Bree", "marched close to the border with Mordor").
  const sentence = d.sentences[c.sentence];
  const end = sentence?.endToken ?? c.tokenEnd;
  for (let i = c.verb.tokenEnd; i < end; i++) {
    const t = tokens[i];
    if (!t || (t.text === ',' && !d.listCommas.has(i)) || t.text === ';' || t.text === ':' || t.text === '"' || t.text === '“') break;
    // "condemned the decision and threatened ...": a coordinated verb starts another event.
    if ((t.lower === 'and' || t.lower === 'but') && d.clauseStarts.has(i + 1)) break;
    // "Russia and Ukraine agreed to a prisoner swap brokered by the United Arab Emirates": when two
    // sides act together, a passive participle's by-phrase is a third party's part, not the one acted on
    // (one side alone may answer it: "retaliating against levies imposed by Trump's administration").
    // "signed a treaty making Crimea part of Russia": what an "-ing" form says the object does names no party to the act.
    if (!d.resources.literalOnly && c.complement?.kind === 'gerund' && c.object !== undefined && d.clauseById.get(c.complement.clause)?.verb.tokenStart === i) break;
    if (joint && d.clauseStarts.has(i) && d.clausesOf(c.sentence).some((o) => o.verb.tokenStart === i && o.verb.passive && o.rule === 'syntax/clause#reduced-relative' && o.preps.some((p) => p.prep === 'by'))) break;
    if (t.pos === 'ADP' && (NON_TARGET_PREPS.has(t.lower) || (where && (t.lower === 'in' || t.lower === 'at')))) break;
    if (t.lower === 'sidelines') break;
    // "executed three Shi'ite men who had been convicted of killing three policemen": a relative clause
    // tells of another act, whose parties are not this one's.
    if (RELATIVE_WORDS.has(t.lower) && !d.resources.literalOnly) break;
    const p = d.phraseStarts.get(i);
    // Only actors proper this far from the verb: a role with no country ("drones", "a settlement")
    // is a party only as the verb's object or prepositional object.
    if (p && d.actorsOf(p.id).length > 0 && other(p.id) && !victimsOnly(p.id) && !(joint && tokens[i - 1]?.lower === 'on' && countryAsPlace(d, p.id))) return p.id;
  }
  return undefined;
}

const RELATIVE_WORDS = new Set(['who', 'whom', 'which']);

// Closed class: participles that tell who holds a place ("villages held by militants").
const HOLDING = new Set(['hold', 'control', 'occupy', 'seize', 'capture', 'defend', 'guard', 'man']);

/**
 * "pounded mountain villages in Dagestan on Tuesday held by Islamic militants": a place acted on that
 * names no party is its holder's, whom a participle after it names, or whoever a "where" clause
 * right after it puts there.
 */
export function holderOfObject(d: EventDocument, c: Clause, other: (id: number) => boolean): number | undefined {
  const object = c.object !== undefined ? d.phrases[c.object] : undefined;
  if (!object || d.resources.literalOnly || d.actorsOf(object.id).length > 0) return undefined;
  for (const o of d.clausesOf(c.sentence)) {
    if (o.subject === undefined) continue;
    // ("stormed a hideout where Islamic militants were holding 16 Western tourists": or who is there.)
    const there = d.phrases[o.subject];
    if (there && d.tokens[there.tokenStart - 1]?.lower === 'where' && there.tokenStart - 1 === object.tokenEnd && other(there.id)) return there.id;
    if (o.rule !== 'syntax/clause#reduced-relative' || !HOLDING.has(o.verb.lemma)) continue;
    const held = d.phrases[o.subject];
    const by = o.preps.find((p) => p.prep === 'by')?.np;
    if (held && by !== undefined && held.tokenStart >= object.tokenStart && held.tokenEnd <= o.verb.tokenStart && other(by)) return by;
  }
  return undefined;
}

/** "in Dagestan", "at the border town of Rafah": a phrase after "in" or "at" that names only a place. */
export function placeOnlyMention(d: EventDocument, id: number): boolean {
  const found = d.actorsOf(id);
  return /^(in|at)$/.test(d.wordBefore(id)) && found.length > 0 && found.every((m) => /^actors\/(country|place|capital)/.test(m.rule));
}

/**
 * "met on a Singapore resort island", "on Turkish soil": after "on", a common noun that a country
 * only qualifies names where, not a party.
 */
export function countryAsPlace(d: EventDocument, id: number): boolean {
  const head = d.tokens[d.phrases[id]?.head ?? -1];
  const found = d.actorsOf(id);
  return !d.resources.literalOnly && !!head && /^\p{Ll}/u.test(head.text) && found.length > 0 && found.every((m) => /^actors\/(country|place|capital)/.test(m.rule));
}

/** The country of the place a clause happened in ("in Tbilisi", "at the border with Mordor"), if it names one. */
export function placeOf(d: EventDocument, c: Clause, hops = 0): string | undefined {
  const countryOf = (np: number): string | undefined => {
    // "outside the French embassy": a mission stands on its host's ground, so it tells no place.
    if (FOREIGN_MISSIONS.has(d.tokens[d.phrases[np]?.head ?? -1]?.lemma ?? '')) return undefined;
    const code = d.actorsOf(np)[0]?.code;
    return code && /^[A-Z]{3}$/.test(code.slice(0, 3)) && !/^(IGO|NGO|MNC)/.test(code) ? code.slice(0, 3) : undefined;
  };
  for (const p of c.preps) {
    if (!/^(in|at|across|throughout|outside)$/.test(p.prep)) continue;
    const code = countryOf(p.np);
    if (code) return code;
  }
  // "In La Paz, demonstrators burned a French flag": a place set before the clause's subject.
  const sentence = d.sentences[c.sentence];
  const lead = sentence ? d.tokens[sentence.firstToken] : undefined;
  if (sentence && /^(in|at)$/.test(lead?.lower ?? '')) {
    let comma = sentence.firstToken + 1;
    while (comma < c.verb.tokenStart && d.tokens[comma]?.text !== ',') comma++;
    const where = d.tokens[comma]?.text === ',' ? d.phraseEndingAt(comma) : undefined;
    if (where && where.tokenStart === sentence.firstToken + 1) {
      const code = countryOf(where.id);
      if (code) return code;
    }
  }
  // "marched in Tbilisi, demanding new elections": a clause that borrows its subject acts where the lender did.
  const lender = c.subject === undefined && c.subjectFrom !== undefined && hops < 4 ? d.clauseById.get(c.subjectFrom) : undefined;
  return lender ? placeOf(d, lender, hops + 1) : undefined;
}

/** The first phrase with an actor among a subject's prepositional modifiers, before the verb. */
export function actorInModifiers(d: EventDocument, subject: number, verbStart: number): number | undefined {
  const head = d.phrases[subject];
  if (!head) return undefined;
  for (let i = head.tokenEnd; i < verbStart; i++) {
    const t = d.tokens[i];
    if (!t || CLAUSE_END.has(t.text)) return undefined;
    const p = d.phraseAt(i);
    if (p && d.tokens[i - 1]?.pos === 'ADP') return p.id;
  }
  return undefined;
}
