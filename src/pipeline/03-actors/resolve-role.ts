import type { ActorMention } from '../../domain/actors.js';
import type { AgentEntry } from '../../domain/actor-dictionary.js';
import type { Token } from '../../domain/segment.js';
import type { NounPhrase } from '../../domain/syntax.js';
import { MISSION_BUILDINGS, PLACE_RULE, type DocumentActors, type Seen } from './document-actors.js';
import { ORGANISATION_CODE, RULING_BODIES, asFormer, countryPart, withAgents, type PhraseReading } from './resolve-phrase.js';
import { isBodyOfMembers } from './bodies-of-members.js';

// Nouns for the people who work for a body, and codes of bodies of state.
const STAFF = new Set(['employee', 'staff', 'staffer', 'worker']);
const STATE_OWNER = /^[A-Z]{3}(GOV|MIL|COP|JUD|LEG|SPY)/;
// Roles of groups and people that are not the state: their leaders and spokesmen speak for them ("farmers' leaders").
const NON_STATE_OWNER = /^(REB|OPP|PTY|RAD|CRM|INS|AGR|LAB|EDU|BUS|MED|CVL|REF|HRI)$/;
// A group named for itself carries its role in its code ("FARC rebels" COLREB is a rebel group).
// (Not a state's: a capital is coded as its government, which names no role.)
const hasRole = (s: Seen, role: string): boolean => s.role === role || (s.role === undefined && s.code.length === 6 && s.code.slice(3) === role && NON_STATE_OWNER.test(role));
// Roles of armed men outside a state's forces.
const ARMED_ROLES = new Set(['REB', 'INS']);
// Closed class: nouns for a government of soldiers.
const MILITARY_RULE = new Set(['junta']);
// Closed class: words that make a role a new one, not the one named before.
const FRESH_WORDS = new Set(['new', 'interim', 'incoming', 'transitional', 'caretaker']);
// State bodies whose own leaders are of the body: soldiers, police, intelligence.
const SECURITY_OWNER = /^(MIL|COP|SPY)$/;
// ... and legislatures and courts: "the leaders of Congress demanded he step down" are legislators.
const BENCH_OWNER = /^(LEG|JUD)$/;
const GROUP_SPEAKERS = new Set(['leader', 'head', 'chief', 'spokesman', 'spokeswoman', 'spokesperson', 'commander']);
// Closed class: a state's own organs. An international body or company has none, so these never
// refer back to one ("Guterres named an envoy ... the government" is a state's).
const STATE_ORGANS = new Set([...RULING_BODIES, 'junta', 'ministry', 'authority']);
// Closed class: a state's missions and envoys abroad.
const MISSIONS = new Set([...MISSION_BUILDINGS, 'mission', 'ambassador', 'envoy', 'diplomat']);

/**
 * The international court named last, unless a court of a state was named (not merely placed) since:
 * the story's "the court" is then that one.
 */
function internationalCourt(actors: DocumentActors): Seen | undefined {
  const history = actors.history;
  for (let i = history.length - 1; i >= 0; i--) {
    const s = history[i]!;
    if (/^IGO\w*JUD/.test(s.code)) return s;
    if (s.role === 'JUD' && (actors.byPhrase.get(s.phrase) ?? []).some((m) => m.resolution === 'stated')) return undefined;
  }
  return undefined;
}

/**
 * Resolves a bare role ("the ministry", "officials", `agent` its head's role) to a country from context.
 * Returns true when its owner comes later in the text and it must wait until the rest is resolved.
 */
export function resolveRole(actors: DocumentActors, p: NounPhrase, head: Token, reading: PhraseReading, agent: AgentEntry, deferring: boolean): boolean {
  // Its owner ("the ambassadors of A, B and C") comes later in the text: resolve it first.
  const headed = actors.headedBody(p);
  if (!deferring && (p.ofPhrase !== undefined || actors.placeAfter(p) !== undefined || actors.bodyAfter(p) !== undefined || headed !== undefined || actors.firedFrom(p) !== undefined || actors.coordinationOf.has(p.id))) return true;
  // "General Salim Idriss, who heads the Free Syrian Army's Supreme Military Council": who leads a
  // body named stands for it, whatever the title.
  const body = actors.options.petrarch ? undefined : actors.mentionsWithin(headed).find((m) => m.code.length > 3 && !PLACE_RULE.test(m.rule));
  if (body) {
    actors.add(p, { code: body.code, rule: 'actors/agent+headed-body', resolution: 'stated', ...(reading.name ? { name: reading.name } : {}) }, { code: body.code, person: reading.person, plural: false, role: agent.code });
    if (reading.newName) actors.remember(reading.newName, body.code, undefined);
    return false;
  }
  const agents = reading.agents ?? [agent];
  const plural = actors.isPluralWord(head);
  // "the International Criminal Court ... Judges at the court in The Hague": "the court" is the
  // international court named before, whatever place follows it.
  const international = agent.code === 'JUD' && /^(the|this|that)$/.test(actors.tokens[p.tokenStart]?.lower ?? '') ? internationalCourt(actors) : undefined;
  if (international) {
    actors.add(p, { code: international.code, rule: 'actors/agent-coreference', resolution: 'coreference' }, { code: international.code, person: false, plural, role: agent.code });
    return false;
  }
  const owners = ownersOf(actors, p);
  if (owners.length > 0) {
    for (const owner of owners) {
      // "the leader of the FARC guerrillas": a group's leader is the group, not a government
      // ("a top commander of the FARC rebels": nor an army).
      // (Not its ministers: "the Houthis' prime minister" is of the government they run.)
      // (Nor are the leaders of soldiers or police a government: "the mutineers' leaders" are soldiers.)
      const groupLeader = !actors.options.petrarch && (agent.code === 'GOV' || agent.code === 'MIL') && GROUP_SPEAKERS.has(head.lemma)
        && (NON_STATE_OWNER.test(owner.code.slice(3, 6)) || (agent.code === 'GOV' && (SECURITY_OWNER.test(owner.code.slice(3, 6)) || BENCH_OWNER.test(owner.code.slice(3, 6)))));
      // (Nor is "the Congress of South African Trade Unions" a legislature: a body of its members.)
      const memberBody = !actors.options.petrarch && isBodyOfMembers(head.lemma, owner.code);
      // ("two employees of Azerbaijan's embassy": the staff of a body of state serve it; they are no workers'
      // side. A capital named as a place is no body: "employees of a Moscow factory" are workers.)
      const stateStaff = !actors.options.petrarch && agent.code === 'LAB' && STAFF.has(head.lemma) && STATE_OWNER.test(owner.code) && !PLACE_RULE.test(owner.rule);
      const code = reading.former ? asFormer(owner.code, actors.options.petrarch) : groupLeader || memberBody || stateStaff ? owner.code : withAgents(owner.code, agents, actors.options.petrarch);
      // An owner placed only by the dateline passes that weakness on.
      const rule = owner.rule === 'actors/agent+dateline' ? owner.rule : 'actors/agent+owner';
      actors.add(p, { code, rule, resolution: owner.resolution === 'inferred' ? 'inferred' : 'stated', ...(reading.name ? { name: reading.name } : {}) }, { code, person: reading.person, plural, role: agent.code });
      if (reading.newName) actors.remember(reading.newName, code, undefined);
    }
    return false;
  }
  // A weapon or craft with no written owner is nobody's actor (see AgentEntry.instrument), unless
  // the text says where it was fired from ("a mortar bomb fired from Gaza": the territory's).
  if (agent.instrument) {
    const from = actors.mentionsWithin(actors.firedFrom(p)).find((m) => m.code.length >= 3);
    if (from) actors.add(p, { code: countryPart(from.code), rule: 'actors/instrument+fired-from', resolution: 'inferred' }, { code: countryPart(from.code), person: false, plural, role: undefined });
    return false;
  }
  // (A role set aside for its owner is resolved last: only what the text named before it counts.)
  // ("accused the Islamic Renaissance Party, the country's main opposition group ... The party denied":
  // "the party" is a party in opposition too.)
  // (Not "the ruling party".)
  const inPower = actors.tokens.slice(p.tokenStart, p.head).some((t) => t.lower === 'ruling' || t.lower === 'governing');
  const roleOf = (seen: Seen, role: string) => hasRole(seen, role) || (role === 'PTY' && !inPower && !seen.person && hasRole(seen, 'OPP'));
  const before = (seen: Seen, role: string) => roleOf(seen, role) && (actors.phrases[seen.phrase]?.start ?? 0) < p.start;
  // "the 27 leaders" are not the one president named last.
  const counted = plural && actors.tokens.slice(p.tokenStart, p.head).some((t) => t.pos === 'NUM');
  const organ = STATE_ORGANS.has(head.lemma);
  // ("George Simion, leader of the opposition party, accused the authorities": an organ of state is
  // never a party's or a rebel group's, though their leaders speak as heads.)
  const notTheState = (seen: Seen) => ORGANISATION_CODE.test(seen.code) || NON_STATE_OWNER.test(seen.code.slice(3, 6));
  // ("Vieira took refuge in the Portuguese embassy ... the president", "The U.S. embassy said it was
  // shocked ... and urged the authorities": no role but a mission's own is of a state the story has
  // named only by its missions, pronouns for them aside.)
  const headOf = (phrase: number) => actors.tokens[actors.phrases[phrase]?.head ?? -1];
  const missionOnlyByCode = new Map<string, boolean>();
  const missionOnly = (code: string) => {
    let only = missionOnlyByCode.get(code);
    if (only === undefined) {
      const named = actors.mentions.filter((m) => m.code === code && headOf(m.phrase)?.pos !== 'PRON');
      only = named.length > 0 && named.every((m) => MISSIONS.has(headOf(m.phrase)?.lemma ?? ''));
      missionOnlyByCode.set(code, only);
    }
    return only;
  };
  const fits = (seen: Seen, role: string) => (deferring ? before(seen, role) : roleOf(seen, role)) && !(counted && seen.person && !seen.plural) && !(organ && notTheState(seen))
    && !(!MISSIONS.has(head.lemma) && missionOnly(seen.code));
  // "would not recognise the new government": a new, interim or incoming body is not one named before.
  const fresh = actors.tokens.slice(p.tokenStart, p.head).some((t) => FRESH_WORDS.has(t.lower));
  // "the junta": military rulers, so the soldiers who took power, not the last official quoted.
  const ruling = MILITARY_RULE.has(head.lemma) && !fresh ? actors.recent(p.sentence, fits, 'MIL') : undefined;
  // "TBILISI - ... The U.S. embassy said ..., while the EU called on the government": the government,
  // bare, is the story's own country's, once the story has named it, before a foreign one named later.
  const storyCountry = head.lemma === 'government' && p.head === p.tokenStart + 1 ? actors.fallbackCountry(p.sentence) : undefined;
  const ownGovernment = storyCountry ? actors.recent(p.sentence, (s: Seen) => fits(s, agent.code) && s.code.startsWith(storyCountry), undefined, Infinity) : undefined;
  const antecedent = reading.newName || fresh ? undefined : ruling ? { ...ruling, code: `${ruling.code.slice(0, 3)}${agent.code}` } : ownGovernment ?? actors.recent(p.sentence, fits, agent.code);
  // "Senior General Min Aung Hlaing attended ... he had asked the general to stop": "the" and a title
  // the story gave a person it named refer to that person, whatever office the person's code is for.
  // ("European Union leaders agreed ... the leaders also called on": so do a body's, named with the same noun.)
  const definite = /^(the|this|that)$/.test(actors.tokens[p.tokenStart]?.lower ?? '') && p.head === p.tokenStart + 1;
  const sameNoun = (s: Seen) => (s.person && !plural ? actors.phraseHasLemma(s.phrase, head.lemma) : !s.person && plural && actors.tokens[actors.phrases[s.phrase]?.head ?? -1]?.lemma === head.lemma);
  const titled = !antecedent && definite && !reading.newName ? actors.recent(p.sentence, sameNoun, undefined) : undefined;
  if (titled) {
    actors.add(p, { code: titled.code, rule: 'actors/agent-coreference#title', resolution: 'coreference' }, { code: titled.code, person: titled.person, plural, role: agent.code });
    return false;
  }
  // "Somalia's al Shabaab militants said ... Kenyan troops were still battling gunmen": armed men the
  // text places nowhere are of the armed group the story named, not of the dateline's country.
  const namedGroup = antecedent && ARMED_ROLES.has(agent.code) && antecedent.role === undefined && !antecedent.person;
  if (antecedent && (namedGroup || /^(the|this|that)$/.test(actors.tokens[p.tokenStart]?.lower ?? ''))) {
    actors.add(p, { code: antecedent.code, rule: 'actors/agent-coreference', resolution: 'coreference' }, { code: antecedent.code, person: reading.person, plural, role: agent.code });
    return false;
  }
  // "OSLO - Colombia's government and FARC rebels opened talks ... Government chief negotiator
  // Humberto de la Calle said": a named official of a role the story has already placed belongs to
  // that country, not to the dateline's venue.
  // (Not where the dateline's country is itself a party so far: "QUITO - Ecuador granted asylum ...".)
  const dateline = actors.datelineCountry;
  const sameRole = reading.newName && dateline ? actors.recent(p.sentence, hasRole, agent.code) : undefined;
  const venueOnly = () => !actors.mentions.some((m) => m.code.startsWith(dateline!) && !/^actors\/(place|capital-as-place)/.test(m.rule));
  if (sameRole && !ORGANISATION_CODE.test(sameRole.code) && !sameRole.code.startsWith(dateline!) && venueOnly()) {
    const code = reading.former ? asFormer(sameRole.code.slice(0, 3), actors.options.petrarch) : withAgents(sameRole.code.slice(0, 3), agents);
    actors.add(p, { code, rule: 'actors/named-agent+same-role', resolution: 'inferred', ...(reading.name ? { name: reading.name } : {}) }, { code, person: reading.person, plural, role: agent.code });
    actors.remember(reading.newName!, code, undefined);
    return false;
  }
  // "would expel Russian diplomats ... Germany expelled four diplomats": counted people of a kind the
  // story named before with their country are of that country.
  // So are bare ones ("Ecuadorean police forced their way in ... police had assaulted diplomats").
  const bare = p.tokenStart === p.head;
  const sameKind = (counted || bare) && !reading.newName ? sameHeadBefore(actors, p, head) : undefined;
  if (sameKind) {
    actors.add(p, { code: sameKind.code, rule: 'actors/agent+same-head', resolution: 'inferred' }, { code: sameKind.code, person: false, plural, role: agent.code });
    return false;
  }
  // Last resort: where the sentence says it is ("In Beijing, a ministry spokesman said"), else the
  // country of the dateline ("NAIROBI (Wire) -- Police fired ..." -> KENCOP).
  const opening = actors.sentencePlace(p);
  const place = opening ?? actors.fallbackCountry(p.sentence);
  if (place) {
    const code = reading.former ? asFormer(place, actors.options.petrarch) : withAgents(place, agents);
    // A named official keeps the dateline's country; only a bare role yields to the other party's (events stage).
    const rule = `actors/${reading.newName ? 'named-agent' : 'agent'}+${opening ? 'sentence-place' : 'dateline'}`;
    actors.add(p, { code, rule, resolution: 'inferred', ...(reading.name ? { name: reading.name } : {}) }, { code, person: reading.person, plural, role: agent.code });
    if (reading.newName) actors.remember(reading.newName, code, undefined);
    return false;
  }
  if (actors.options.unknownCountry) {
    // PETRARCH's convention: a role with no country is still an actor, country "---".
    const code = withAgents(actors.options.unknownCountry, agents, actors.options.petrarch);
    actors.add(p, { code, rule: 'actors/agent-unknown-country', resolution: 'stated' });
    return false;
  }
  actors.unplaced.push({ phrase: p.id, role: reading.former ? 'ELI' : withAgents('', agents) });
  actors.issues.push({ code: 'unresolved-actor', stage: 'actors', span: p, message: `"${actors.doc.text.slice(p.start, p.end)}": a role with no country in context` });
  return false;
}

/**
 * A bare role takes its country from a possessor, an "of"/"from"/"in" phrase, or the last actor with that role.
 * A conjunct shares the owner of its coordination ("lawmakers and officials in Fornost").
 */
function ownersOf(actors: DocumentActors, p: NounPhrase): readonly ActorMention[] {
  const coordination = actors.coordinationOf.get(p.id);
  let owners = actors.mentionsWithin(p.possessor);
  if (owners.length === 0) owners = actors.mentionsWithin(p.ofPhrase);
  // The phrase a relative set off by a comma follows, the comma at `comma`.
  const hostBefore = (comma: number) => actors.tokens[comma]?.text === ',' ? actors.phrases.find((q) => q.sentence === p.sentence && q.tokenEnd === comma && !q.pronoun)?.id : undefined;
  // "fled into Kyrgyzstan, where the authorities said": the place a "where" clause follows.
  if (owners.length === 0 && actors.tokens[p.tokenStart - 1]?.lower === 'where') owners = actors.mentionsWithin(hostBefore(p.tokenStart - 2)).filter((m) => PLACE_RULE.test(m.rule));
  // "Kuwait, whose emir has tried to mediate": the phrase the relative follows.
  if (owners.length === 0 && actors.tokens[p.tokenStart]?.lower === 'whose') owners = actors.mentionsWithin(hostBefore(p.tokenStart - 1));
  if (owners.length === 0) owners = placedIn(actors, actors.placeAfter(p));
  if (owners.length === 0 && coordination) owners = placedIn(actors, actors.placeAfter(coordination));
  // "Judges at the Hague-based court": a body a role serves at, not a place it stands at ("welcomed the troops at Honiara airport").
  if (owners.length === 0) owners = actors.mentionsWithin(actors.bodyAfter(p)).filter((m) => !PLACE_RULE.test(m.rule));
  if (owners.length > 0 || !coordination?.conjuncts) return owners;
  // ... or a sibling's nationality ("Danish media and government" -> DNKGOV).
  for (const id of coordination.conjuncts) {
    if (id === p.id) continue;
    for (const m of actors.byPhrase.get(id) ?? []) if (m.rule.includes('+agent')) return [{ ...m, code: countryPart(m.code) }];
  }
  return owners;
}

/** The actors a place phrase names, or else its "of" phrase names ("rebel groups from the western region of Darfur"). */
function placedIn(actors: DocumentActors, place: number | undefined): ActorMention[] {
  const owners = actors.mentionsWithin(place);
  if (owners.length > 0 || place === undefined) return owners;
  const of = actors.phrases[place]?.ofPhrase;
  return of === undefined ? owners : actors.mentionsWithin(of).filter((m) => PLACE_RULE.test(m.rule));
}

/** The last stated mention, in an earlier sentence, of a phrase with the same head word and a country of its own. */
function sameHeadBefore(actors: DocumentActors, p: NounPhrase, head: Token): ActorMention | undefined {
  let found: ActorMention | undefined;
  for (const m of actors.mentions) {
    const q = actors.phrases[m.phrase];
    if (!q || q.sentence >= p.sentence || m.resolution !== 'stated' || m.code.length <= 3 || ORGANISATION_CODE.test(m.code) || actors.tokens[q.head]?.lemma !== head.lemma) continue;
    // ("Russian and Ukrainian officials ... 21 officials": a phrase of two countries says neither.)
    const group = actors.coordinationOf.get(m.phrase)?.conjuncts ?? [m.phrase];
    if (group.some((id) => (actors.byPhrase.get(id) ?? []).some((o) => o.code.slice(0, 3) !== m.code.slice(0, 3)))) continue;
    if (!found || q.start > (actors.phrases[found.phrase]?.start ?? -1)) found = m;
  }
  return found;
}
