import type { Clause, NounPhrase } from '../../domain/syntax.js';
import type { GroupReference } from '../../dictionaries/frames/load-group-references.js';
import type { DocumentActors, Seen } from './document-actors.js';
import { ORGANISATION_CODE, countryPart, withRole } from './resolve-phrase.js';

const COMPASS = new Set(['north', 'south', 'east', 'west']);

// Roles of groups that are not the state: rebels, insurgents, separatists, radicals, parties, the opposition.
const NON_STATE_ROLE = /^(REB|INS|SEP|RAD|PTY|OPP|UAF)/;

const isOrganisation = (s: Seen): boolean => /^(IGO|NGO)/.test(s.code);
// Words that make a group reference an armed group's ("the rebels", "the militant group").
const ARMED_WORDS = new Set(['rebel', 'rebels', 'militant', 'militants', 'militia', 'militias', 'insurgent', 'insurgents', 'armed', 'guerrilla', 'guerrillas']);
const isArmedGroup = (s: Seen): boolean => /^IMG/.test(s.code) || /(REB|INS|RAD)/.test(s.code.slice(3)) || (s.role !== undefined && /^(REB|INS|RAD)$/.test(s.role));
const isGroup = (s: Seen): boolean => /^NGO/.test(s.code) || (!/^IGO/.test(s.code) && NON_STATE_ROLE.test(s.code.slice(3)));
// (A rebel group or party named with its country is no mention of the state: "the Afghan Taliban".)
const isState = (s: Seen, only: ReadonlySet<string> | undefined): boolean =>
  /^[A-Z]{3}/.test(s.code) && !ORGANISATION_CODE.test(s.code) && !NON_STATE_ROLE.test(s.code.slice(3)) && (!only || only.has(s.code.slice(0, 3)));

/**
 * Resolves a phrase that refers back to a group ("the bloc", "the country", "both sides") to the actors it
 * means. False when it refers to none and should be read as an ordinary phrase instead.
 */
export function resolveGroupReference(actors: DocumentActors, p: NounPhrase, reference: GroupReference): boolean {
  const group = reference.kind;
  if (group === 'organisation') {
    // "the bloc", "the alliance": the organisation named last.
    // A body is named in full once and then "the council" for paragraphs: it may be named further back than a pronoun's antecedent.
    const org = actors.recent(p.sentence, isOrganisation, undefined, ORGANISATION_REACH);
    if (org) actors.add(p, { code: org.code, rule: 'actors/group-reference#organisation', resolution: 'coreference' }, { code: org.code, person: false, plural: false, role: undefined });
    return true;
  }
  if (group === 'group') {
    // "Hamas political leader Ismail Haniyeh was killed, the group said": the armed group, party or
    // movement named last, or the group of a member named last. "The rebels", "the militants" are
    // an armed group, not the protesters named last; with none named before, they are a role like
    // any other (placed by the dateline, say), so the caller goes on to read them as one.
    const armed = actors.tokens.slice(p.tokenStart, p.tokenEnd).some((t) => ARMED_WORDS.has(t.lemma) || ARMED_WORDS.has(t.lower));
    const named = actors.recent(p.sentence, armed ? isArmedGroup : isGroup, undefined);
    if (!named) return false;
    actors.add(p, { code: named.code, rule: 'actors/group-reference#group', resolution: 'coreference' }, { code: named.code, person: false, plural: false, role: undefined });
    return true;
  }
  if (group === 'people') {
    // "Trump and Kim met ... The two men signed a joint statement": the two people named last (not
    // whoever acts on them: "Trudeau greeted the two men" is not Trudeau), each as what they are.
    for (const person of lastTwoPeople(actors, p)) actors.add(p, { code: person.code, rule: 'actors/group-reference#people', resolution: 'coreference' });
    return true;
  }
  // "the North" is a state; "in the north" is a direction.
  if (group === 'state' && COMPASS.has(actors.tokens[p.head]?.lower ?? '') && !/^[A-Z]/.test(actors.tokens[p.head]?.text ?? '')) return true;
  if (group === 'state') {
    // "Argentina's economy minister said the country would seek a loan": the country named last.
    // "the kingdom" after a Saudi prince and an American president is Saudi Arabia.
    // "Trump threatened to impose sanctions on the country": not the country of whoever acts on it
    // (but "fled the country", "protests across the country" are the actor's own). Nor whoever has
    // it as object ("Trump accused the country of giving Washington nothing but lies"), but for verbs
    // one does to one's own country ("fled the country", "ruled the country").
    const acting = new Set<string>();
    for (const id of actingOn(actors, p, AGAINST)) for (const m of actors.byPhrase.get(id) ?? []) acting.add(countryPart(m.code));
    for (const id of actingOn(actors, p, undefined, OWN_COUNTRY_VERBS)) for (const m of actors.byPhrase.get(id) ?? []) acting.add(countryPart(m.code));
    const state = acting.size > 0
      ? actors.recent(p.sentence, (h: Seen) => isState(h, reference.only) && !acting.has(countryPart(h.code)), undefined)
      : actors.recent(p.sentence, isState, reference.only);
    if (state) {
      const code = state.code.slice(0, 3);
      actors.add(p, { code, rule: 'actors/group-reference#state', resolution: 'coreference' }, { code, person: false, plural: false, role: undefined });
    }
    return true;
  }
  // "the Nordic states": only parties of those states.
  const only = reference.only;
  const seen = only ? sides(actors, p).filter((s) => only.has(s.code.slice(0, 3))) : sides(actors, p);
  // (Sides may be a state and its own rebels; "both leaders", "the two governments" are of two states.)
  const sidesWord = /^(side|sides|party|parties)$/.test(actors.tokens[p.head]?.lower ?? '');
  for (const party of namedTogether(actors, seen) ?? focusParties(seen, sidesWord)) {
    const code = group === 'country' ? countryPart(party.code) : party.code.length > 3 ? party.code : withRole(party.code, 'GOV');
    actors.add(p, { code, rule: `actors/group-reference#${group}`, resolution: 'coreference' });
  }
  return true;
}

/**
 * The parties are those mentioned before, except whoever acts on them in this clause
 * ("The United Nations urged both sides ..."); civilians are not a side.
 */
function sides(actors: DocumentActors, p: NounPhrase): readonly Seen[] {
  // "Trump and Kim met ... for the first summit between the two countries": two or more who act
  // together, with a noun "between" the sides, are the sides (not those who "mediate between" them).
  const acting = actingOn(actors, p);
  const nounBetween = actors.tokens[p.tokenStart - 1]?.lower === 'between' && actors.tokens[p.tokenStart - 2]?.pos === 'NOUN';
  if (nounBetween && acting.size > 2) acting.clear();
  const candidates: Seen[] = [];
  const sides: Seen[] = [];
  // From the latest back, and only as far as namedTogether looks (TOGETHER_REACH): a long
  // document's whole history, read for each "both sides", was quadratic.
  const history = actors.history;
  for (let i = history.length - 1; i >= 0 && (sides.length < TOGETHER_REACH || candidates.length < TOGETHER_REACH); i--) {
    const h = history[i]!;
    if (acting.has(h.phrase)) continue;
    candidates.push(h);
    // Bystanders (civilians, the press, business) are not sides.
    // Places ("met in Dubai") are not sides either.
    const at = actors.phrases[h.phrase];
    if (!/(CVL|MED|BUS|EDU)$/.test(h.code) && !(at && actors.isLocative(at))) sides.push(h);
  }
  return (sides.length >= 2 ? sides : candidates).reverse();
}

/** The two people last named, distinct by phrase, within FOCUS_REACH mentions; none unless there are two. */
function lastTwoPeople(actors: DocumentActors, p: NounPhrase): readonly Seen[] {
  const acting = actingOn(actors, p);
  const people: Seen[] = [];
  const history = actors.history;
  for (let i = history.length - 1; i >= 0 && i >= history.length - FOCUS_REACH && people.length < 2; i--) {
    const h = history[i]!;
    if (h.person && !acting.has(h.phrase) && h.phrase !== p.id && !people.some((x) => x.phrase === h.phrase)) people.push(h);
  }
  return people.length === 2 ? people.reverse() : [];
}

/** How many of the latest mentions the parties in focus are chosen from. */
const FOCUS_REACH = 12;
/** How many sentences back "the bloc", "the council" may find the organisation it names again. */
const ORGANISATION_REACH = 5;
/**
 * How far back two parties named together are looked for: further than the parties in focus, as a
 * signing's two sides stay the sides through a paragraph of who attended it ("Santos and the FARC
 * leader signed ... Ban Ki-moon, who attended with several presidents, congratulated both sides").
 */
const TOGETHER_REACH = 24;

// Verbs one does to one's own country: its object "the country" is the subject's own.
const OWN_COUNTRY_VERBS = new Set(['flee', 'leave', 'rule', 'govern', 'lead', 'run', 'serve', 'represent', 'unite', 'reform', 'modernize', 'modernise', 'rebuild', 'defend', 'love', 'tour', 'return']);

// Prepositions that direct an act at another party ("sanctions on", "war against", "ties with").
const AGAINST = new Set(['on', 'against', 'with']);

/** The phrases (subjects and their conjuncts) of the clauses that act on `p` as object or prepositional object (only after `only`'s prepositions, when given). */
function actingOn(actors: DocumentActors, p: NounPhrase, only?: ReadonlySet<string>, objectExcept?: ReadonlySet<string>): Set<number> {
  const acting = new Set<number>();
  for (const c of actors.clausesIn(p.sentence)) {
    if (objectExcept ? c.object !== p.id || objectExcept.has(c.verb.lemma) : only ? !c.preps.some((x) => x.np === p.id && only.has(x.prep)) : c.object !== p.id && !c.preps.some((x) => x.np === p.id)) continue;
    const s = subjectOf(actors, c, 0);
    if (s === undefined) continue;
    acting.add(s);
    for (const id of actors.phrases[s]?.conjuncts ?? []) acting.add(id);
  }
  return acting;
}

/** The subject of a clause, or of the clause it borrows its subject from ("agreed to ..."), a few hops at most. */
function subjectOf(actors: DocumentActors, c: Clause | undefined, hops: number): number | undefined {
  return c === undefined || hops > 5 ? undefined : c.subject ?? subjectOf(actors, c.subjectFrom === undefined ? undefined : actors.clause(c.subjectFrom), hops + 1);
}

/**
 * "India and Pakistan agreed to a ceasefire, Trump said ... each side accused the other": two parties
 * last named together, as one coordination or one earlier "both sides", are the sides, ahead of
 * whoever was named since on their own (the mediator, the reporter).
 */
function namedTogether(actors: DocumentActors, history: readonly Seen[]): { code: string }[] | undefined {
  const recent = history.slice(-TOGETHER_REACH);
  // A member's "of" phrase stands for it while the member itself waits for its owner ("Santos and
  // the leader of the FARC": "the leader" is resolved after the rest of the document).
  const ownerOf = new Map<number, NounPhrase>();
  for (const q of actors.phrases) if (q.ofPhrase !== undefined && actors.coordinationOf.has(q.id)) ownerOf.set(q.ofPhrase, q);
  const coordinationOf = (phrase: number) => {
    const member = ownerOf.get(phrase);
    return actors.coordinationOf.get(phrase) ?? (member ? actors.coordinationOf.get(member.id) : undefined);
  };
  for (let i = recent.length - 1; i >= 0; i--) {
    const h = recent[i]!;
    const together = coordinationOf(h.phrase)?.id;
    const members = recent.filter((x) => x.phrase === h.phrase || (together !== undefined && coordinationOf(x.phrase)?.id === together));
    const codes = [...new Set(members.map((x) => x.code))];
    if (codes.length === 2 && codes.every((c) => !ORGANISATION_CODE.test(c))) return codes.map((code) => ({ code }));
  }
  return undefined;
}

/**
 * The two parties in focus ("the two sides"): the two most recently mentioned distinct countries,
 * each by its most recent role-bearing mention. When only one country is in view beside
 * organisations (a civil war: the army and the RSF, with the UN looking on), its two most recent
 * distinct actors; failing both, the two most recent distinct actors of any kind.
 */
function focusParties(history: readonly { code: string }[], domesticSides = false): { code: string }[] {
  const recent = history.slice(-FOCUS_REACH).reverse();
  const isOrganisation = (code: string) => ORGANISATION_CODE.test(code);
  const mostRecentCode = (country: string) =>
    recent.find((x) => countryPart(x.code) === country && x.code.length > country.length)?.code ?? country;
  const countries = [...new Set(recent.map((h) => countryPart(h.code)))];
  const states = countries.filter((c) => !isOrganisation(c));
  // "Ethiopia's government and the TPLF signed ... in the South African capital ... urged both sides":
  // the last two parties named are the sides, and a state and an armed group of its own are two.
  const partyOf = (code: string) => { const role = code.slice(countryPart(code).length); return countryPart(code) + (role === '' || role === 'GOV' ? '' : `/${role.slice(0, 3)}`); };
  const parties = [...new Set(recent.map((h) => partyOf(h.code)))];
  const domestic = domesticSides && parties.length >= 2 && countryPart(parties[0]!.split('/')[0]!) === countryPart(parties[1]!.split('/')[0]!) && !isOrganisation(parties[0]!) && NON_STATE_ROLE.test(parties.slice(0, 2).map((x) => x.split('/')[1] ?? '').join(''));
  if (domestic) {
    const pick = (party: string) => recent.find((h) => partyOf(h.code) === party)!.code;
    return parties.slice(0, 2).reverse().map((party) => ({ code: party.includes('/') ? pick(party) : mostRecentCode(party) }));
  }
  if (states.length >= 2) return states.slice(0, 2).reverse().map((c) => ({ code: mostRecentCode(c) }));
  const single = states[0];
  if (single) {
    const codes = [...new Set(recent.filter((h) => countryPart(h.code) === single).map((h) => h.code))];
    if (codes.length >= 2) return codes.slice(0, 2).reverse().map((code) => ({ code }));
  }
  return countries.slice(0, 2).reverse().map((c) => ({ code: mostRecentCode(c) }));
}
