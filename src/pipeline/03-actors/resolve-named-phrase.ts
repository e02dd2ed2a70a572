import type { Token } from '../../domain/segment.js';
import type { NounPhrase } from '../../domain/syntax.js';
import type { DocumentActors } from './document-actors.js';
import { countryPart, readPhrase, type PhraseReading } from './resolve-phrase.js';
import { resolveRole } from './resolve-role.js';

// Prepositions after which a bare title names an office.
const OFFICE_PREPOSITIONS = new Set(['for', 'as']);

/**
 * Resolves a phrase by its own words: a name, a country, or a role whose country comes from context.
 * Returns true when the phrase must wait until the phrases after it are resolved (see resolveRole).
 */
export function resolveNamedPhrase(actors: DocumentActors, p: NounPhrase, head: Token, deferring: boolean): boolean {
  const reading = readWithOf(actors, p);
  if (!reading) return false;
  if (reading.namesake) {
    actors.rememberNamesake(reading.namesake);
    return false;
  }
  // "the West African country's military government": a region word inside a possessor that names a
  // country ("the West African country" -> Burkina Faso) does not make the whole phrase the region's.
  const owner = p.possessor !== undefined ? actors.byPhrase.get(p.possessor)?.[0] : undefined;
  if (reading.code && reading.code.length > 3 && owner && /group-reference/.test(owner.rule) && /^[A-Z]{3}$/.test(countryPart(owner.code)) && regionCode(reading)) {
    addNamed(actors, p, { ...reading, rule: 'actors/agent+owner' }, withOwner(owner.code, reading.code));
    return false;
  }
  if (reading.code && isLanguage(actors, p, reading)) return false;
  // "the Hague-based court", "a London-based group": the city where a body is based is not whose it
  // is; the role alone is read, as for "the court". (A country is: "two Pakistan-based militant groups".)
  const based = reading.code && /\+agent/.test(reading.rule) && !reading.country ? basedAt(actors, p) : false;
  const role = based ? reading.agents?.[reading.agents.length - 1] : undefined;
  if (role) return resolveRole(actors, p, head, { rule: reading.rule, person: reading.person, agentOnly: role }, role, deferring);
  if (reading.code) {
    addNamed(actors, p, reading, reading.code);
    return false;
  }
  const agent = reading.agentOnly;
  if (!agent) return false;
  // "blocked Pita from a second vote for prime minister", "was sworn in as president": a bare title
  // after "for" or "as" names an office, not someone holding it.
  if (reading.person && !reading.newName && OFFICE_PREPOSITIONS.has(actors.tokens[p.tokenStart - 1]?.lower ?? '') && !/^(DET|PRON|NUM)$/.test(actors.tokens[p.tokenStart]?.pos ?? '')) return false;
  if (reading.rule === 'actors/agent-installation') actors.installations.add(p.id);
  return resolveRole(actors, p, head, reading, agent, deferring);
}

function readWithOf(actors: DocumentActors, p: NounPhrase): PhraseReading | undefined {
  const reading = readPhrase(p, actors.tokens, actors.index, actors.doc.date, actors.remembered, actors.countriesSeen, actors.options.petrarch);
  // "the Prince of Dol Amroth", "the Ministry of Silly Walks": a name that runs across "of".
  const of = p.ofPhrase !== undefined ? actors.phrases[p.ofPhrase] : undefined;
  if (reading?.code || !of || of.conjuncts || of.pronoun) return reading;
  const across = readPhrase({ ...p, tokenEnd: of.tokenEnd, end: of.end, head: of.head }, actors.tokens, actors.index, actors.doc.date, actors.remembered, undefined, actors.options.petrarch);
  // Only a dictionary name spanning "of" absorbs it; "the parliament of Gondor" stays two actors
  // (role + owner), and "the sidelines of the SCO summit" is no actor: the name is the owner's alone.
  const ofAlone = across ? readPhrase(of, actors.tokens, actors.index, actors.doc.date, actors.remembered, undefined, actors.options.petrarch) : undefined;
  const spans = across?.code && !across.rule.includes('+agent') && across.entry !== undefined
    && (actors.options.petrarch || ofAlone?.entry !== across.entry);
  if (spans) {
    actors.absorbed.add(of.id);
    return across;
  }
  // A role spanning "of" ("the minister of foreign affairs"), not one inside it ("the killing of a commander").
  if (across?.agentOnly && !reading && ofAlone?.agentOnly !== across.agentOnly) return across;
  return reading;
}

function addNamed(actors: DocumentActors, p: NounPhrase, reading: PhraseReading, code: string): void {
  if (actors.isLocative(p) && code.length > 3 && /capital/.test(reading.rule)) {
    // "marched through central Nairobi": a capital after a preposition of place is the place, not the government.
    const country = countryPart(code);
    actors.add(p, { code: country, rule: 'actors/capital-as-place', resolution: 'stated', ...(reading.entry ? { entry: reading.entry } : {}) }, { code: country, person: false, plural: false, role: undefined });
    return;
  }
  actors.add(p, {
    code, rule: reading.rule, resolution: reading.rule.startsWith('actors/document-memory') ? 'coreference' : 'stated',
    ...(reading.entry ? { entry: reading.entry } : {}), ...(reading.name ? { name: reading.name } : {}),
  }, {
    // "two Americans it had accused", "three Greek banks it accused": several counted are never "it";
    // nor are people named by a plural role ("ethnic Serb protesters attacked its peacekeepers").
    code, person: reading.person, plural: (counted(actors, p) && (actors.hasPluralHead(p.id) || /demonym/.test(reading.rule))) || (/\+agent$/.test(reading.rule) && HUMAN_PLURAL_ROLES.test(code) && actors.hasPluralHead(p.id)), role: code.length > 3 && /agent|person/.test(reading.rule) ? code.slice(3) : organisationRole(code, reading),
  });
  if (reading.person && reading.name) actors.remember(reading.name, code, reading.entry);
}

// People, not a state's bodies: "Iranian protesters", "Syrian rebels" (a state's "forces" may still be "it").
const HUMAN_PLURAL_ROLES = /^[A-Z]{3}(OPP|CVL|REB|INS|LAB|EDU|REF|MED|CRM|RAD)$/;

/** A phrase that opens with a number ("two Americans", "more than 200 Venezuelans", "three Greek banks"). */
function counted(actors: DocumentActors, p: NounPhrase): boolean {
  for (let i = p.tokenStart; i < p.head; i++) if (actors.tokens[i]?.pos === 'NUM') return true;
  return false;
}

/** Whether a reading's code comes from a region entry (CAMEO's WAF, EUR, MEA ...: regions.txt), not a country. */
function regionCode(reading: PhraseReading): boolean {
  return reading.entry !== undefined && /^regions\.txt:/.test(reading.entry);
}

/** The owner's country with the reading's role ("WAFGOV" read, Burkina Faso owning: "BFAGOV"). */
function withOwner(ownerCode: string, code: string): string {
  return countryPart(ownerCode) + code.slice(3);
}

/**
 * "foreigners who spoke English and Spanish", "said in Arabic": a country's adjective standing alone
 * after a verb of speaking or "in" is a language, not a party.
 */
function isLanguage(actors: DocumentActors, p: NounPhrase, reading: PhraseReading): boolean {
  if (p.tokenEnd - p.tokenStart !== 1 || !/adjective/.test(reading.rule)) return false;
  const tokens = actors.tokens;
  let i = p.tokenStart - 1;
  // Back over a list of languages ("English, French and Spanish").
  while (i >= 1 && /^(and|or|,)$/.test(tokens[i]?.lower ?? '') && /^[A-Z][a-z]+$/.test(tokens[i - 1]?.text ?? '')) i -= 2;
  const cue = tokens[i];
  return !!cue && (cue.lemma === 'speak' || cue.lower === 'in' || cue.lower === 'into') && tokens[p.tokenEnd]?.pos !== 'NOUN' && tokens[p.tokenEnd]?.pos !== 'PROPN';
}

/** Whether the phrase says where it is based ("the Hague-based court"). */
function basedAt(actors: DocumentActors, p: NounPhrase): boolean {
  for (let i = p.tokenStart; i < p.tokenEnd; i++) {
    const t = actors.tokens[i]?.lower ?? '';
    if (/.-based$/.test(t) || (t === 'based' && /^[-‐–]$/.test(actors.tokens[i - 1]?.text ?? ''))) return true;
  }
  return false;
}

/** An international court's role ("IGOJUDICC" -> JUD), so "the court" after it refers back to it. */
function organisationRole(code: string, reading: PhraseReading): string | undefined {
  return reading.rule === 'actors/organisation' && /^(IGO|NGO)JUD/.test(code) ? 'JUD' : undefined;
}
