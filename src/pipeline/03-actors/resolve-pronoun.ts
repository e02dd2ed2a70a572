import type { NounPhrase } from '../../domain/syntax.js';
import type { ActorMention } from '../../domain/actors.js';
import type { DocumentActors, Seen } from './document-actors.js';
import { foldedWords } from './actor-index.js';

/** First-person pronouns: the speaker of what is reported, once speakers are known (see resolve-speakers). */
export const SPEAKER_PRONOUNS = new Set(['we', 'us', 'our', 'i', 'me', 'my']);
export const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const THING_PRONOUNS = new Set(['it', 'its']);
const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);
// "Thousands protested, and some were dispersed": part of the group named last.
const PARTITIVE_PRONOUNS = new Set(['some', 'many', 'most', 'several', 'others']);

const isPerson = (s: Seen): boolean => s.person;
const isThing = (s: Seen): boolean => !s.person && !s.plural;
const isPlural = (s: Seen): boolean => s.plural;
const isNotPerson = (s: Seen): boolean => !s.person;
const isGroupOrBody = (s: Seen): boolean => s.plural || !s.person;
// People counted as a group ("thousands of people", "protesters"), not a state or a place.
const isGroup = (s: Seen): boolean => s.plural || (s.role !== undefined && s.role !== 'GOV');
// A conjunct is one of several: "it" is not one of "Mordor and Rohan".
const isThingAlone = (s: Seen, coordinationOf: ReadonlyMap<number, NounPhrase>): boolean => !s.person && !s.plural && !coordinationOf.has(s.phrase);
// Closed class: nouns plural in meaning with no plural form ("Police said they had detained ...").
const PLURAL_COLLECTIVES = new Set(['police', 'people', 'clergy']);
const isPluralSpeaker = (s: Seen, actors: DocumentActors): boolean => s.plural || actors.hasPluralHead(s.phrase) || PLURAL_COLLECTIVES.has(actors.tokens[actors.phrases[s.phrase]?.head ?? -1]?.lower ?? '');

/**
 * Resolves a pronoun phrase (`word` its head) to what it refers back to, if anything. Returns true
 * when what it refers to is a role set aside for its owner (see resolveRole): it must wait too.
 */
export function resolvePronoun(actors: DocumentActors, p: NounPhrase, word: string, deferring: boolean): boolean {
  if (SPEAKER_PRONOUNS.has(word)) return false; // resolved once speakers are known (resolveSpeakers)
  // "The United States and its allies", "Netanyahu and his cabinet": the conjunct just before.
  const owner = POSSESSIVES.has(word) ? earlierConjunct(actors, p) : undefined;
  if (owner) { actors.add(p, { code: owner.code, rule: `actors/pronoun#${word}-conjunct`, resolution: 'coreference' }, undefined); return false; }
  let antecedent: Seen | undefined;
  // "Chavez ... closed his embassy in Bogota": a possessive in a clause is its own subject's first.
  if (PERSON_PRONOUNS.has(word)) {
    // "Trump recognized him as the country's leader": "him" is never its own clause's subject.
    const subject = word === 'him' ? actors.subjectOfObject(p) : undefined;
    const person = (s: Seen) => isPerson(s) && (!subject || !insidePhrase(actors, s, subject));
    antecedent = (word === 'his' || word === 'her' ? actors.subjectOfOwnClause(p, isPerson, undefined) : undefined) ?? actors.previousSubject(p, person, undefined)
      ?? (subject ? actors.earlierSubject(p, subject, isPerson, undefined) : undefined) ?? actors.recent(p.sentence, person, undefined);
  }
  else if (THING_PRONOUNS.has(word)) antecedent = word === 'it' && (isExpletive(actors, p) || actors.followsTextSubject(p)) ? undefined : thingAntecedent(actors, p, word);
  else if (PARTITIVE_PRONOUNS.has(word)) antecedent = actors.recent(p.sentence, isGroup, undefined);
  else if (PLURAL_PRONOUNS.has(word)) {
    if (addPluralReferents(actors, p, word)) return false;
    // "police fired tear gas to disperse them": an object is not its own clause's subject.
    const subject = word === 'them' ? actors.subjectOfObject(p) : undefined;
    // (Nor what that subject, a pronoun itself, stands for: "they had given them shelter".)
    const subjectCodes = subject?.pronoun ? (actors.byPhrase.get(subject.id) ?? []).map((m) => m.code) : [];
    const notSubject = (s: Seen) => (!subject || !insidePhrase(actors, s, subject)) && !subjectCodes.includes(s.code);
    // "Militants killed 235 people when they set off a bomb", "The gunmen ... They also fired on
    // ambulances": a subject "they" after a time word or opening a sentence is the subject before.
    const acted = word === 'they' ? actors.objectBeforeProtestClause(p, isGroupOrBody, undefined, deferring) : undefined;
    if (acted === 'later' && !deferring) return true;
    const subjectBefore = word === 'they' ? (acted !== 'later' ? acted : undefined) ?? actors.subjectBeforeTimeClause(p, isGroupOrBody, undefined, true) ?? actors.previousSubject(p, isGroupOrBody, undefined) : undefined;
    antecedent = subjectBefore ?? actors.recent(p.sentence, (s) => isPlural(s) && notSubject(s), undefined) ?? actors.recent(p.sentence, (s) => isNotPerson(s) && notSubject(s), undefined);
  }
  // "as it launched its largest-ever drills": a subject pronoun is remembered, so the possessive after it follows it.
  // ("He later took refuge at the residence of Brazil's ambassador. ... had granted him asylum": so
  // is a person's, so that the next sentence's "him" finds him as its subject before the ambassador.)
  const remember = (word === 'it' || word === 'he' || word === 'she') && antecedent ? { code: antecedent.code, person: antecedent.person, plural: antecedent.plural, role: antecedent.role } : undefined;
  if (antecedent) actors.add(p, { code: antecedent.code, rule: `actors/pronoun#${word}`, resolution: 'coreference' }, remember);
  return false;
}

const POSSESSIVES = new Set(['its', 'his', 'her', 'their']);

/** For a possessive inside a coordination's later conjunct, the actor of the conjunct before it. */
function earlierConjunct(actors: DocumentActors, p: NounPhrase): ActorMention | undefined {
  for (const q of actors.coordinations) {
    if (q.sentence !== p.sentence || p.start < q.start || p.end > q.end) continue;
    const ids = q.conjuncts ?? [];
    const k = ids.findIndex((id) => { const c = actors.phrases[id]; return !!c && c.start <= p.start && p.end <= c.end; });
    if (k > 0) return actors.byPhrase.get(ids[k - 1]!)?.[0];
  }
  return undefined;
}

function thingAntecedent(actors: DocumentActors, p: NounPhrase, word: string): Seen | undefined {
  // "protesters stormed its embassy in Tehran": a mission in a country is not that country's own.
  const host = word === 'its' ? missionHost(actors, p) : undefined;
  const thing = (s: Seen) => isThing(s) && s.code.slice(0, 3) !== host;
  const own = word === 'its' ? actors.subjectOfOwnClause(p, thing, undefined) : undefined;
  const antecedent = own ?? actors.reportingSpeaker(p, thing, undefined) ?? actors.subjectBeforeTimeClause(p, thing, undefined) ?? actors.previousSubject(p, thing, undefined);
  if (antecedent) return antecedent;
  const nearest = actors.recent(p.sentence, (s, coordinationOf) => isThingAlone(s, coordinationOf) && s.code.slice(0, 3) !== host, actors.coordinationOf);
  // "Japan's prime minister called it inexcusable", "Fatah signed it": an object is not what its own
  // subject names, and the party named before that is seldom meant either; it is a thing or an act.
  const subject = word === 'it' && nearest ? actors.subjectOfObject(p) : undefined;
  if (subject && nearest && insidePhrase(actors, nearest, subject)) return undefined;
  // "rejected a truce proposal put forward by the United States and Egypt, saying it would only
  // help the RSF": a text named after the party, in the pronoun's sentence, is what "it" means.
  if (nearest && actors.textBetween(nearest, p)) return undefined;
  return nearest;
}

/** Adds the referents of a plural pronoun that names more than one actor, or the speakers; whether it did. */
function addPluralReferents(actors: DocumentActors, p: NounPhrase, word: string): boolean {
  // "M23 rebels, who are backed by Rwanda, said they had captured Goma": the speakers themselves.
  // (Not "them" after a "they" of its own clause: "the authorities said they had given them shelter".)
  const ownSubject = word === 'them' ? actors.subjectOfObject(p) : undefined;
  const speakers = ownSubject?.pronoun ? undefined : actors.reportingSpeaker(p, isPluralSpeaker, actors);
  if (speakers) {
    actors.add(p, { code: speakers.code, rule: `actors/pronoun#${word}-speaker`, resolution: 'coreference' });
    return true;
  }
  // "Mordor, Rohan and Bree welcomed their ...": a plural pronoun takes a whole coordination.
  const codes = coordinationCodes(actors, p);
  if (codes.length > 1) {
    for (const code of codes) actors.add(p, { code, rule: `actors/pronoun#${word}-group`, resolution: 'coreference' });
    return true;
  }
  // "Albanese met Trump at the White House, where they signed a deal": two people of different
  // sides just named in the sentence, not the place.
  const pair = actors.peopleOf(p.sentence);
  if (pair.length === 2) {
    for (const code of pair) actors.add(p, { code, rule: `actors/pronoun#${word}-pair`, resolution: 'coreference' });
    return true;
  }
  return false;
}

/**
 * The distinct codes of the last coordination before `p`, in this sentence or the one before, unless
 * a group was named after it ("The EU and the U.N. envoy called for an inquiry. Hundreds of protesters
 * marched, and security forces fired tear gas to disperse them": the protesters).
 */
function coordinationCodes(actors: DocumentActors, p: NounPhrase): string[] {
  const codes: string[] = [];
  const coordinations = actors.coordinations;
  for (let i = coordinations.length - 1; i >= 0; i--) {
    const q = coordinations[i]!;
    if (q.end > p.start || p.sentence - q.sentence > 1) continue;
    const groupAfter = actors.history.some((s) => s.plural && !s.person && (actors.phrases[s.phrase]?.start ?? 0) > q.end && (actors.phrases[s.phrase]?.end ?? Infinity) <= p.start);
    if (groupAfter) break;
    for (const id of q.conjuncts!) {
      for (const m of actors.byPhrase.get(id) ?? []) if (!codes.includes(m.code)) codes.push(m.code);
    }
    break;
  }
  return codes;
}

// Words after "it is" that make "it" stand for what follows; not "ready", "willing" or "able", which
// say something of a party ("Russia said it was ready to talk").
const EXPLETIVE_WORDS = new Set([
  'time', 'high', 'not', 'clear', 'unclear', 'important', 'necessary', 'unnecessary', 'possible', 'impossible', 'likely',
  'unlikely', 'essential', 'vital', 'crucial', 'difficult', 'hard', 'easy', 'true', 'obvious', 'evident', 'regrettable',
  'unfortunate', 'right', 'wrong', 'urgent', 'imperative', 'premature', 'too', 'early', 'understood', 'believed', 'reported',
]);
const BE_FORMS = new Set(['is', 'was', "'s", '’s', 'be', 'been', 'will', 'would', 'has', 'had']);

/**
 * "it is time to recognise ...", "it was clear that ...": an "it" that stands for the infinitive or
 * "that" clause after a copula and a word or two refers to no party.
 */
function isExpletive(actors: DocumentActors, p: NounPhrase): boolean {
  const tokens = actors.tokens;
  let i = p.tokenEnd;
  if (!BE_FORMS.has(tokens[i]?.lower ?? '')) return false;
  while (BE_FORMS.has(tokens[i]?.lower ?? '')) i++;
  for (let k = i; k < i + 4; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (k > i && (t.lower === 'to' || t.lower === 'that')) return true;
    if (!(EXPLETIVE_WORDS.has(t.lower) || (t.pos === 'ADV' && k + 1 < i + 4))) return false;
  }
  return false;
}

/** Whether what was seen was named inside the phrase (a clause's subject, say). */
function insidePhrase(actors: DocumentActors, s: Seen, p: NounPhrase): boolean {
  const at = actors.phrases[s.phrase];
  return !!at && at.sentence === p.sentence && at.start >= p.start && at.end <= p.end;
}

/** The country an embassy or consulate that `p` owns is said to be in ("its embassy in Tehran": IRN), if any. */
function missionHost(actors: DocumentActors, p: NounPhrase): string | undefined {
  const owned = actors.phrases.find((q) => q.possessor === p.id);
  if (!owned || !MISSIONS.has(actors.tokens[owned.head]?.lemma ?? '')) return undefined;
  const place = actors.phrases[actors.placeAfter(owned) ?? -1];
  if (!place) return undefined;
  // (Read from the dictionary, not the place's mention: in text order "its" is resolved before it.)
  const words = foldedWords(actors.tokens).slice(place.tokenStart, place.tokenEnd);
  return actors.index.scan(words).actors.find((m) => m.value.entry.country !== undefined)?.value.entry.country;
}

// Closed class: a state's missions abroad.
const MISSIONS = new Set(['embassy', 'consulate', 'mission', 'legation']);
