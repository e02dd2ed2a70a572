import type { Token } from '../../domain/segment.js';
import type { NounPhrase } from '../../domain/syntax.js';
import type { ActorPhrase, AgentEntry, DatedCode } from '../../domain/actor-dictionary.js';
import type { RememberedName } from './document-actors.js';
import { NAME_PARTICLES } from '../02-syntax/_words.js';
import { codeOn, personCodeOn, foldWord, foldedWords, type ActorIndex, type PhraseMatch } from './actor-index.js';

/** What the words of one noun phrase say about its actor, before any context is used. */
export interface PhraseReading {
  readonly code?: string;
  readonly entry?: string;
  readonly name?: string;
  readonly rule: string;
  /** Person-like (a named person, or a singular human role such as "the president"). */
  readonly person: boolean;
  /** A role noun with no country of its own ("the ministry", "officials"): context may supply one. */
  readonly agentOnly?: AgentEntry;
  /** Every role noun of the phrase, prefixes included, for composing a code once a country is known. */
  readonly agents?: readonly AgentEntry[];
  /** Words of an unknown person named beside a role and nationality, to remember for later mentions. */
  readonly newName?: string;
  /** The words of a person no dictionary lists whose surname a listed person shares ("Keiko Fujimori"). */
  readonly namesake?: string;
  /** "Former officials": once a country is known, they are its elites (ELI), not its government. */
  readonly former?: true;
  /** A role read with a place: whether the place is a whole country ("Pakistan-based groups"), not a city. */
  readonly country?: true;
}

/** Codes of international bodies, NGOs and companies: no country's. */
export const ORGANISATION_CODE = /^(IGO|NGO|MNC)/;

export function countryPart(code: string): string {
  return ORGANISATION_CODE.test(code) ? code : code.slice(0, 3);
}

/**
 * Appends a role to an actor's country, unless the actor is an organisation with its own code.
 * Parley's role replaces any role the actor's code had ("residents" of Kyiv [UKRGOV] are UKRCVL);
 * with `stack` (PETRARCH's convention) it is appended to the whole code unless already in it
 * (WEST_GERMAN [GMWGOV] + world government [~WGO] = GMWGOVWGO).
 */
export function withRole(code: string, role: string, stack = false): string {
  if (code === '') return role;
  if (ORGANISATION_CODE.test(code)) return code;
  if (stack) return code.slice(3).includes(role) ? code : code + role;
  const country = code.slice(0, 3);
  return role.startsWith(country) ? role : country + role;
}

/**
 * Applies the role nouns of a phrase to a base code: prefix agents go before the country
 * (PETRARCH's `NGO~`: "MSF Arnor" -> NGOARN), and the last suffix agent, the head's role, after it.
 */
export function withAgents(base: string, agents: readonly AgentEntry[], stack = false): string {
  const prefix = [...new Set(agents.filter((a) => a.prefix).map((a) => a.code))].join('');
  const suffix = agents.filter((a) => !a.prefix).pop();
  return prefix + (suffix ? withRole(base, suffix.code, stack) : base);
}

/** A former office-holder's code: the country's elites, or under PETRARCH's stacking, ELI after the whole code. */
export function asFormer(code: string, stack = false): string {
  return stack ? withRole(code, 'ELI', true) : countryPart(code) + 'ELI';
}

/** Second halves of hyphenated modifiers whose first half is a go-between ("a Norwegian-brokered ceasefire"). */
export const BROKER_SUFFIXES: ReadonlySet<string> = new Set(['brokered', 'mediated', 'sponsored', 'facilitated']);

/** Second halves of hyphenated modifiers whose first half is the owner ("Greek-flagged", "Saudi-led", "Qatar-based", "Israel-linked"). */
const OWNERSHIP_SUFFIXES = new Set(['flagged', 'led', 'owned', 'registered', 'operated', 'controlled', 'run', 'funded', 'based', 'linked']);

/** Folded words of a phrase's tokens, with hyphenated pieces joined ("Ki - moon" -> "ki-moon"). */
export function phraseWords(tokens: readonly Token[], from: number, to: number, acronym?: (text: string) => readonly string[] | undefined): { words: string[]; tokenOf: number[] } {
  const words: string[] = [];
  const tokenOf: number[] = [];
  const folded = foldedWords(tokens);
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) continue;
    const expanded = acronym?.(t.text);
    if (expanded) {
      for (const w of expanded) { words.push(w); tokenOf.push(i); }
      continue;
    }
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if ((t.text === '-' || t.text === '‐') && prev && next && prev.end === t.start && t.end === next.start && words.length > 0 && i + 1 < to) {
      // "a Greek-flagged tanker", "the US-led coalition": the first half names whose it is.
      if (OWNERSHIP_SUFFIXES.has(next.lower)) { i++; continue; }
      // "African Union-brokered talks": the words before name a go-between (find-brokers.ts), no party to them.
      if (BROKER_SUFFIXES.has(next.lower)) { words.length = 0; tokenOf.length = 0; i++; continue; }
      words[words.length - 1] += '-' + folded[i + 1]!;
      i++;
      continue;
    }
    if (t.pos === 'PART' && (t.lower === "'s" || t.lower === '’s')) { words.push("'s"); tokenOf.push(i); continue; }
    // PETRARCH-style joined names ("Dol_Amroth") are the same words as written apart.
    if (!t.text.includes('_')) { words.push(folded[i]!); tokenOf.push(i); continue; }
    for (const part of t.text.split('_').filter(Boolean)) {
      words.push(foldWord(part));
      tokenOf.push(i);
    }
  }
  return { words, tokenOf };
}

// Titles before a surname that are no given name ("Mr. Putin", "Dr. Tedros").
// Closed class: words of a title that may stand before a body's name ("Chief U.N. prosecutor").
const TITLE_WORDS = new Set(['chief', 'deputy', 'acting', 'former', 'top', 'senior', 'special', 'interim', 'outgoing', 'then']);
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sir', 'dame', 'lord', 'lady', 'sheikh', 'sheik', 'emir', 'king', 'queen', 'prince', 'princess', 'pope']);

const HUMAN_ROLES = new Set(['GOV', 'MIL', 'COP', 'JUD', 'LEG', 'OPP', 'REB', 'CVL', 'BUS', 'MED', 'ELI', 'CRM', 'LAB', 'EDU', 'HRI', 'SPY', 'REL', 'HLH']);

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'new', 'old']);

/** "al-Shabaab", "el-Sisi": an Arabic article written lower-case before a capitalized name. */
function arabicArticle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !/^(al|el|ad|an|ar|as|ash|at|az)$/.test(t.text)) return false;
  // Written as one token ("al-Shabaab") or as three ("al", "-", "Shabaab").
  const name = tokens[i + 1]?.text === '-' ? tokens[i + 2] : undefined;
  return /^\p{Lu}/u.test(name?.text ?? '');
}

/** Reads one noun phrase: a known person or organisation, or a country (name, adjective, capital) with a role. */
export function readPhrase(
  phrase: NounPhrase,
  tokens: readonly Token[],
  index: ActorIndex,
  date: string | undefined,
  remembered: ReadonlyMap<string, RememberedName>,
  countriesInView: ReadonlySet<string> = new Set(),
  stackAgents = false,
): PhraseReading | undefined {
  const { words, tokenOf } = phraseWords(tokens, phrase.tokenStart, phrase.tokenEnd, (text) => index.acronym(text));
  if (words.length === 0) return undefined;
  // "Former US President Donald Trump", "ex-minister": CAMEO codes former officials as elites.
  const former = words.some((w) => w === 'former' || w.startsWith('ex-'));
  // (No key is built before the document has remembered a name.)
  const known = remembered.size > 0 ? remembered.get(words.filter((w) => w !== 'the').join(' ')) : undefined;
  // (No code: a namesake of a listed person, whom no dictionary lists.)
  if (known) return known.code === undefined ? undefined : { code: known.code, name: known.name, rule: 'actors/document-memory', person: true, ...(known.entry ? { entry: known.entry } : {}) };
  const scanned = index.scan(words);
  // "his companion Sofia Sapega", "Chad Smith": a one-word place opening a name whose next word no
  // entry, role or place accounts for is a given name, not the place.
  const covered = (w: number) => scanned.actors.some((a) => a.from <= w && w < a.to) || scanned.agents.some((a) => a.from <= w && w < a.to);
  const givenName = (m: PhraseMatch<ActorPhrase>) => {
    if (m.to - m.from !== 1 || !PLACE_KINDS.has(m.value.entry.kind) || m.value.form === 'adjective' || m.value.form === 'demonym' || m.to !== words.length - 1) return false;
    const next = tokens[tokenOf[m.to] ?? -1];
    return !!next && next.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !covered(m.to) && !PLACE_TAILS.has(words[m.to] ?? '');
  };
  // "Major Fernando Pereira": a one-word city after a given name no entry or role accounts for is a
  // surname, not the city (Pereira, Colombia). (A country ends names of parties: "Tehreek-e-Labaik Pakistan".)
  const surnameOfPlace = (m: PhraseMatch<ActorPhrase>) => {
    if (m.to - m.from !== 1 || (m.value.entry.kind !== 'place' && m.value.entry.kind !== 'capital') || m.value.form === 'adjective' || m.value.form === 'demonym' || m.from === 0) return false;
    // ("Senator Leila de Lima": across a name's particle too.)
    const particle = m.from >= 2 && NAME_PARTICLES.has(tokens[tokenOf[m.from - 1] ?? -1]?.text ?? '');
    const at = m.from - (particle ? 2 : 1);
    const before = tokens[tokenOf[at] ?? -1];
    return !!before && before.pos === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(before.text) && !covered(at) && !DIRECTIONS.has(words[at] ?? '') && !HONORIFICS.has(words[at] ?? '');
  };
  // "the Zapatista National Liberation Army" is not Colombia's National Liberation Army: a name of
  // generic words ("National ...", "Popular ...") right after a proper name nothing else accounts for
  // is part of a longer name, another body's.
  // So is one right after another country's adjective ("the Indonesian Democratic Party", "the Serb
  // Democratic Party" are not the US party): that country's own party of the name, which no entry lists.
  const longerName = (m: PhraseMatch<ActorPhrase>) => {
    if (m.from === 0 || m.to - m.from < 2 || !GENERIC_NAME_OPENERS.has(words[m.from] ?? '') || (m.value.entry.kind !== 'organisation' && m.value.entry.kind !== 'group')) return false;
    const before = tokens[tokenOf[m.from - 1] ?? -1];
    if (!before || !/^\p{Lu}/u.test(before.text)) return false;
    if (before.pos === 'PROPN' && !covered(m.from - 1)) return true;
    return scanned.actors.some((a) => a.to === m.from && a.value.entry.kind === 'country' && (a.value.form === 'adjective' || a.value.form === 'demonym')
      && m.value.entry.country !== undefined && a.value.entry.country !== m.value.entry.country);
  };
  // Names are proper nouns: a match must begin with a capitalized word ("turkey" the bird is not TUR).
  const actors = scanned.actors.filter((m) => {
    // "clashes between Kyrgyz and ethnic Uzbeks": people of an ethnic group, not the state its name
    // comes from (an adjective stays: "ethnic Armenian forces" are coded as Armenia's).
    if (words[m.from - 1] === 'ethnic' && m.value.form === 'demonym') return false;
    // ("45 Tzotzil Indians", "Mayan Indians": a people's name before "Indians" makes them no Indian citizens.)
    if (m.value.form === 'demonym' && (words[m.from] === 'indians' || words[m.from] === 'indian') && m.from > 0 && /^\p{Lu}/u.test(tokens[tokenOf[m.from - 1] ?? -1]?.text ?? '') && !covered(m.from - 1)) return false;
    if (givenName(m) || surnameOfPlace(m) || longerName(m)) return false;
    let w = m.from;
    while (w < m.to - 1 && (words[w] === 'the' || words[w] === 'a')) w++;
    const at = tokenOf[w] ?? -1;
    if (/^[\p{Lu}\d]/u.test(tokens[at]?.text ?? '') || arabicArticle(tokens, at)) return true;
    // An entry whose own name is written lower-case names a kind of body, not a proper name ("aid agencies").
    if (/^\p{Ll}/u.test(m.value.entry.name)) return true;
    // An entry written with a lower-case modifier first ("paramilitary Rapid Support Forces") still
    // needs a capitalized word of the name itself; a lower-case direction is not part of a name
    // ("northern Ireland" is not Northern Ireland).
    if (DIRECTIONS.has(words[w] ?? '')) return false;
    for (let k = w + 1; k < m.to; k++) if (/^\p{Lu}/u.test(tokens[tokenOf[k] ?? -1]?.text ?? '')) return /^\p{Ll}/u.test(tokens[at]?.text ?? '') && m.to - m.from >= 2;
    return false;
  });
  const agents = scanned.agents;
  // "former Prime Minister Betssy Chavez" is not Hugo Chávez: a surname right after a given name the
  // entry does not have (a capitalized word no role or title accounts for) names someone else.
  const givenNameBefore = (from: number) => {
    const at = from - 1;
    const t = tokens[tokenOf[at] ?? -1];
    return at >= 0 && !!t && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !HONORIFICS.has(words[at] ?? '')
      && !scanned.agents.some((a) => a.from <= at && at < a.to) && !scanned.actors.some((a) => a.from <= at && at < a.to);
  };
  // ("rebel leader Marcos" after "Subcomandante Marcos": the surname is the namesake's in this document.)
  const namesakes = (m: PhraseMatch<ActorPhrase>) => { const r = remembered.size > 0 ? remembered.get(words[m.from] ?? '') : undefined; return r !== undefined && r.code === undefined; };
  const person = actors.find((m) => m.value.entry.kind === 'person' && !(m.value.form === 'surname' && (givenNameBefore(m.from) || namesakes(m))));
  const roles = agents.map((m) => m.value);
  const agent = roles.filter((a) => !a.prefix).pop() ?? roles[roles.length - 1];
  if (person) {
    const dated = personCodeOn(person.value.entry.codes, date, !stackAgents);
    // The text's own title beats a dictionary fallback that has no role on this date.
    const country = actors.find((m) => m !== person && m.value.entry.kind === 'country');
    let code = dated?.code;
    if (agent && (!dated || (dated.from === undefined && dated.to === undefined))) {
      const base = code ?? (country ? codeOn(country.value.entry.codes, date)?.code : undefined);
      if (base) code = withAgents(base, roles, stackAgents);
    } else if (agent && dated && !former && !agent.prefix) {
      // "Army chief Frank Bainimarama" the day after his coup: the title says which of the offices
      // he held, around that date, the text means (his army command), not the one the dates pick.
      const named = countryPart(dated.code) + agent.code;
      if (named !== dated.code && date && person.value.entry.codes.some((c) => c.code === named && c !== dated && heldAround(c, date))) code = named;
    }
    if (code && former) code = asFormer(code, stackAgents);
    // "President Joao Bernardo Vieira's troops", "Putin's soldiers": a head of state's forces are the state's forces.
    const forces = agents.find((m) => m.from >= person.to && m.to === words.length && STATE_FORCES.has(m.value.code));
    if (code && forces && !former && /^[A-Z]{3}GOV/.test(code)) code = countryPart(code) + forces.value.code;
    // "The Trump administration" names a body, referred to as "it", not the person.
    if (code) return { code, entry: person.value.entry.id, name: person.value.entry.name, rule: `actors/person:${person.value.form}${former ? '+former' : ''}`, person: !COLLECTIVE_HEADS.has(tokens[phrase.head]?.lower ?? '') && forces === undefined };
  }
  // A single surname remembered from an earlier full mention in this document.
  for (let i = words.length - 1; i >= 0; i--) {
    const r = remembered.get(words[i]!);
    // ("Foreign Minister Alpha Barry" after "Alpha Conde": a name word followed by another name is a
    // given name, and the person is someone else.)
    if (r && i < words.length - 1 && tokens[tokenOf[i + 1] ?? -1]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[tokenOf[i + 1] ?? -1]?.text ?? '')) continue;
    if (r && tokens[tokenOf[i] ?? -1]?.pos === 'PROPN') return r.code === undefined ? undefined : { code: r.code, name: r.name, rule: 'actors/document-memory#surname', person: true, ...(r.entry ? { entry: r.entry } : {}) };
  }
  // A lone name no phrase lists, held in office on the date by exactly one known person whose
  // country the story has already named ("China will ..., the ministry quoted Qin": Qin Gang).
  if (actors.length === 0 && agents.length === 0 && words.length === 1 && tokens[tokenOf[0] ?? -1]?.pos === 'PROPN') {
    const holder = index.personInOffice(words[0]!, date);
    const code = holder ? codeOn(holder.entry.codes, date)?.code : undefined;
    if (holder && code && countriesInView.has(code.slice(0, 3))) return { code, entry: holder.entry.id, name: holder.entry.name, rule: 'actors/person:surname-in-office', person: true };
  }
  // "Iran's Supreme National Security Council", "the State Security Council": an international body's
  // name at the end of a longer proper name is another body's.
  const inLongerName = (m: PhraseMatch<ActorPhrase>) => {
    const before = tokens[tokenOf[m.from - 1] ?? -1];
    // (Not a title before it: "Chief U.N. war crimes prosecutor Carla Del Ponte".)
    return m.value.entry.kind === 'organisation' && m.from > 0 && (before?.pos === 'PROPN' || before?.pos === 'NOUN') && /^\p{Lu}/u.test(before.text) && !TITLE_WORDS.has(before.lower)
      && !actors.some((o) => o !== m && o.from < m.from && o.to >= m.from) && !agents.some((a) => a.from < m.from && a.to >= m.from);
  };
  const organisation = actors.find((m) => (m.value.entry.kind === 'organisation' || m.value.entry.kind === 'group') && !inLongerName(m));
  // "North Korea's U.N. ambassador": a state's envoy to a body is the state's, the body only where it serves.
  const envoyOf = organisation && DIPLOMAT_HEADS.has(tokens[phrase.head]?.lemma ?? '')
    && actors.some((m) => m.value.entry.kind === 'country' && m.to <= organisation.from && words[m.to] === "'s");
  if (organisation && !envoyOf) {
    const code = codeOn(organisation.value.entry.codes, date)?.code;
    // A group's or organisation's own code stands ("Hamas militants" stay PSEREBHMS); only a prefix
    // role (PETRARCH "NGO~") is added.
    const prefixes = roles.filter((r) => r.prefix);
    // ("the Frelimo government": a ruling party's government is its state's.)
    const partyGovernment = code && /^[A-Z]{3}PTY$/.test(code) && RULING_BODIES.has(tokens[phrase.head]?.lemma ?? '') && organisation.to < words.length;
    if (code && partyGovernment) return { code: `${code.slice(0, 3)}GOV`, entry: organisation.value.entry.id, name: organisation.value.entry.name, rule: 'actors/organisation+government', person: false };
    // ("Renamo gunmen ambushed vehicles": a party's armed men are rebels, not the party in politics.)
    const armedWing = code && /^[A-Z]{3}(OPP|PTY)$/.test(code) && agent?.code === 'REB' && agents[agents.length - 1]!.to === words.length && agents[agents.length - 1]!.from >= organisation.to;
    if (code && armedWing) return { code: `${code.slice(0, 3)}REB`, entry: organisation.value.entry.id, name: organisation.value.entry.name, rule: 'actors/organisation+armed', person: false };
    // ("Move Forward Party leader Pita Limjaroenrat": a body's officer, named, is a person of the body.)
    const officer = !!agent && HUMAN_ROLES.has(agent.code) && agents.some((a) => a.from >= organisation.to) && isIndividual(tokens[phrase.head]);
    if (code) return { code: prefixes.length ? withAgents(code, prefixes) : code, entry: organisation.value.entry.id, name: organisation.value.entry.name, rule: 'actors/organisation', person: officer };
  }
  const country = pick(actors, (k) => k === 'country' || k === 'capital' || k === 'place' || k === 'other');
  if (country) {
    const base = codeOn(country.value.entry.codes, date)?.code;
    if (!base) return undefined;
    if (agent) {
      const code = former ? asFormer(base, stackAgents) : withAgents(base, roles, stackAgents);
      const named = unknownName(tokens, tokenOf, Math.max(country.to, agents[agents.length - 1]!.to));
      return {
        code, entry: country.value.entry.id, rule: `actors/${country.value.form}+agent`, ...(country.value.entry.kind === 'country' ? { country: true as const } : {}),
        person: HUMAN_ROLES.has(agent.code) && isIndividual(tokens[phrase.head]), agents: roles,
        ...(named ? { newName: named, name: named } : {}),
      };
    }
    return { code: base, entry: country.value.entry.id, name: country.value.entry.name, rule: `actors/${country.value.entry.kind}:${country.value.form}`, person: false };
  }
  // A role noun alone names an actor only as the phrase's head ("the military", not "a military agreement").
  const lastAgent = agents[agents.length - 1];
  // "colluding with foreign forces", "foreign journalists": people said to be foreign are of no country the story can supply.
  // ("a foreign ministry spokesman" is not: there "foreign" is a word of the role.)
  const foreign = agent && lastAgent && lastAgent.to === words.length ? words.indexOf('foreign') : -1;
  if (lastAgent && foreign >= 0 && foreign < lastAgent.from && !agents.some((a) => a.from <= foreign && foreign < a.to)) return undefined;
  if (agent && lastAgent && lastAgent.to === words.length) return { rule: 'actors/agent-only', person: HUMAN_ROLES.has(agent.code) && isIndividual(tokens[phrase.head]), agentOnly: agent, agents: roles, ...(former ? { former: true as const } : {}) };
  // "attacked army posts", "a police station", "an army helicopter": an armed body's post is the
  // body, for what is done to it (CAMEO codes the attack on the post as one on its force).
  if (agent && lastAgent && lastAgent.to === words.length - 1 && STATE_FORCES.has(agent.code) && INSTALLATIONS.has(tokens[phrase.head]?.lemma ?? '')) {
    return { rule: 'actors/agent-installation', person: false, agentOnly: agent, agents: roles };
  }
  // "condemned the rebel advance", "the army's offensive", "a police crackdown": an armed body's
  // use of force, named by its doer, stands for the doer.
  if (agent && lastAgent && lastAgent.to === words.length - 1 && (STATE_FORCES.has(agent.code) || agent.code === 'REB') && ACTS_OF_FORCE.has(tokens[phrase.head]?.lemma ?? '')) {
    return { rule: 'actors/agent-act', person: false, agentOnly: agent, agents: roles };
  }
  // "regional governor Oleh Syniehubov": a role and a name no dictionary lists; context gives the country.
  const named = agent && lastAgent && actors.length === 0 ? unknownName(tokens, tokenOf, lastAgent.to) : undefined;
  // "The opposition Social Democratic Front", "the rebel Popular Front": a body's name no dictionary
  // lists, after the word of its role, is a body of that role, not a person.
  const head = tokens[phrase.head];
  if (agent && named && head?.pos === 'PROPN' && NAMED_BODY_HEADS.has(head.lower)) return { rule: 'actors/agent-named-body', person: false, agentOnly: agent, agents: roles, newName: named, name: named };
  if (agent && named && HUMAN_ROLES.has(agent.code)) return { rule: 'actors/agent-only', person: true, agentOnly: agent, agents: roles, newName: named, name: named, ...(former ? { former: true as const } : {}) };
  // "Subcomandante Marcos", "Keiko Fujimori": a listed surname after a given name its person lacks
  // names someone else, whom the document remembers (DocumentActors.rememberNamesake).
  const namesake = actors.find((m) => m.value.entry.kind === 'person' && m.value.form === 'surname' && m.to === words.length && givenNameBefore(m.from));
  if (namesake) {
    const name = unknownName(tokens, tokenOf, Math.max(0, namesake.from - 1));
    if (name) return { rule: 'actors/namesake', person: true, namesake: name };
  }
  return undefined;
}

function pick(actors: readonly PhraseMatch<ActorPhrase>[], kind: (k: string) => boolean): PhraseMatch<ActorPhrase> | undefined {
  return actors.find((m) => kind(m.value.entry.kind));
}

/** A singular noun for one human being: not plural, not a body of people ("the military said it ..."). */
function isIndividual(t: Token | undefined): boolean {
  return !!t && !isPlural(t) && !COLLECTIVE_HEADS.has(t.lower);
}

// Closed class: last words of the names of parties, movements and armed bodies.
const NAMED_BODY_HEADS = new Set(['front', 'party', 'movement', 'alliance', 'union', 'congress', 'coalition', 'council', 'army', 'forces', 'brigades', 'league', 'rally', 'bloc', 'platform', 'organisation', 'organization']);

// A state's forces only: a rebel post's side is told by the story, not by the dateline's country.
const STATE_FORCES = new Set(['MIL', 'COP', 'SPY']);

// Closed class: places and units an armed body holds or sends out ("army posts", "police stations").
const INSTALLATIONS = new Set(['post', 'outpost', 'base', 'position', 'checkpoint', 'station', 'barracks', 'headquarters', 'convoy', 'patrol', 'camp', 'stronghold', 'garrison', 'vehicle', 'helicopter', 'aircraft', 'jet', 'plane', 'drone', 'ship', 'vessel', 'boat', 'warship', 'tank']);

// Closed class: uses of force named by who uses them ("the rebel advance", "a military crackdown").
const ACTS_OF_FORCE = new Set(['advance', 'offensive', 'crackdown', 'assault', 'raid', 'incursion', 'bombardment', 'shelling', 'onslaught', 'takeover', 'siege', 'blockade']);

// Closed class: the heads of a state's representation abroad.
const DIPLOMAT_HEADS = new Set(['ambassador', 'envoy', 'representative', 'delegate', 'delegation', 'mission', 'emissary']);

// Closed class: nouns for bodies of people, referred to as "it" ("Israel's military said it had killed").
const COLLECTIVE_HEADS = new Set([
  'military', 'army', 'navy', 'government', 'ministry', 'police', 'administration', 'cabinet', 'parliament',
  'court', 'junta', 'regime', 'agency', 'service', 'council', 'office', 'department', 'guard', 'force', 'command',
  'embassy', 'mission', 'delegation', 'party', 'opposition', 'coalition', 'legislature', 'assembly', 'senate', 'congress',
  'gang', 'cartel', 'union', 'university', 'school', 'group', 'commission', 'committee', 'board', 'bureau', 'authority',
  'tribunal', 'body', 'directorate', 'secretariat',
]);

/** A plural by its form: the tagger's lemma drops an "s", or it is "people", or "gunmen", "women", "children". */
export function isPlural(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.lower.endsWith('s')) return t.lower !== t.lemma;
  return t.lower === 'people' || (t.lower !== t.lemma && /(?:men|children)$/.test(t.lower));
}

const PLACE_KINDS = new Set(['country', 'capital', 'place']);

// Closed class: the generic words many bodies' names open with ("National Liberation Army", "Popular Front").
const GENERIC_NAME_OPENERS = new Set(['national', 'popular', 'democratic', 'revolutionary', 'liberation', 'united', 'socialist', 'republican', 'progressive', 'patriotic', 'federal', 'free', 'people', "people's", 'peoples']);

/** Capitalized words that follow a place's name in names of places and institutions ("Idlib Province", "Gaza City"). */
const PLACE_TAILS = new Set(['province', 'region', 'state', 'city', 'strip', 'valley', 'oblast', 'governorate', 'district', 'county', 'peninsula', 'island', 'islands', 'airport', 'street', 'square', 'bay', 'sea', 'river', 'mountains', 'plain', 'plateau', 'desert', 'basin', 'gulf', 'port', 'harbour', 'harbor', 'station', 'bridge', 'dam', 'canal', 'corridor', 'crossing', 'prison', 'stadium', 'hotel', 'summit', 'declaration', 'accord', 'accords', 'agreement', 'protocol', 'process', 'talks', 'conference', 'convention', 'format', 'group', 'forum', 'club', 'times', 'post', 'herald', 'tribune', 'daily', 'university', 'institute', 'center', 'centre', 'bank', 'exchange', 'zone', 'front', 'line', 'border', 'embassy', 'consulate', 'palace', 'court', 'tribunal', 'council', 'assembly', 'parliament', 'cabinet', 'government', 'police', 'army']);

/** Days either side of a date within which an office just left or about to be taken is still the text's to name. */
const TITLE_OVERLAP_DAYS = 60;

/** Whether a dated office was held within TITLE_OVERLAP_DAYS of the date. */
function heldAround(c: DatedCode, date: string): boolean {
  const day = Date.parse(date);
  const from = c.from === undefined ? -Infinity : Date.parse(c.from) - TITLE_OVERLAP_DAYS * 86_400_000;
  const to = c.to === undefined ? Infinity : Date.parse(c.to) + TITLE_OVERLAP_DAYS * 86_400_000;
  return from <= day && day <= to;
}

/** Capitalized words after the role ("... Foreign Minister Retno Marsudi"): an unknown person's name. */
function unknownName(tokens: readonly Token[], tokenOf: readonly number[], fromWord: number): string | undefined {
  const names: string[] = [];
  for (let w = fromWord; w < tokenOf.length; w++) {
    const t = tokens[tokenOf[w]!];
    // "Alexandre de Moraes", "Ursula von der Leyen": a lower-case particle inside a name.
    const particle = !!t && NAME_PARTICLES.has(t.text) && w > fromWord && w + 1 < tokenOf.length;
    // ("Social Democratic Front": a capitalized adjective inside a name.)
    const inner = !!t && t.pos === 'ADJ' && w > fromWord && w + 1 < tokenOf.length;
    if (!t || (!particle && ((t.pos !== 'PROPN' && !inner) || !/^\p{Lu}/u.test(t.text)))) return undefined;
    names.push(t.text);
  }
  return names.length > 0 ? names.join(' ') : undefined;
}

// Closed class: what a ruling party forms ("the Frelimo government", "the ANC administration").
export const RULING_BODIES: ReadonlySet<string> = new Set(['government', 'administration', 'regime', 'cabinet']);

