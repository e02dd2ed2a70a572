// One clause to events, in three steps: what the clause does (its action, pattern and code), who
// does it to whom, and the events that makes.
import type { ActorMention } from '../../domain/actors.js';
import type { CodedEvent, EventActor } from '../../domain/events.js';
import type { TimeExpression } from '../../domain/dates.js';
import type { Clause, PrepObject } from '../../domain/syntax.js';
import { cameoRoot, quadOfRoot } from '../../domain/cameo.js';
import type { PatternMatch } from './pattern-index.js';
import type { EventDocument } from './event-document.js';
import { bestMatch, literalFor } from './find-match.js';
import { attackIn, blameInNaming, isCondition, isIntentCue, namesObject, ownerInWords, reciprocal, reportAround, saysForeign } from './clause-readings.js';
import { threatenedOutcome } from './threatened-outcome.js';
import { actorInModifiers, countryAsPlace, defaultTarget, holderOfObject, isOtherParty, placeOf, placeOnlyMention } from './choose-target.js';
import { dateFor, ownTimes } from './event-date.js';
import { alsoTarget, lastAccuser, lastActByOther, lastRecipient, namesAnActAgain, referredAct, referringNoun, sideOf, toldBefore } from './referred-act.js';
import { answersForce, provokingAct, reprisalAhead, reprisalMeans, rightToReprisal } from './reprisal.js';
import {
  AHEAD_MODALS, AIMING_VERBS, ANNOUNCING_MODALS, CARRYING_VERBS, COMMAND_VERBS, FORCE_CODE, MEETING_CODE, FORCE_NOUNS, FORCE_OR_PRESSURE_CODE, FOREIGN_MISSIONS, DEONTIC_MODALS, NAMING_VERBS, NEGATIVE_DETERMINERS, NEGATORS_BEFORE_TO, NO_COUNTRY, REFUSAL_MODALS, STATE_CODE, STATE_ITSELF, STATE_ROLES,
} from './_words.js';
import { codeForParties } from './code-for-parties.js';
import { hostOfOwnEnvoys } from './own-envoys.js';
import { codeFollowedSuit } from './followed-suit.js';

/** What a clause comes to: the clause whose pattern codes it (its own, or the action it intends) and the code. */
interface Reading {
  readonly action: Clause;
  readonly intent: boolean;
  readonly match: PatternMatch;
  readonly code: string;
  readonly literal: boolean;
  readonly reporting: boolean;
  /** The group that claimed the act, when the story told it with no doer (see attributeClaim). */
  readonly claimedBy?: ActorMention;
}

interface Parties {
  readonly sources: readonly ActorMention[];
  readonly targets: readonly ActorMention[];
}

/** Codes one clause into the document's events, or explains to the trace why it codes none. */
export function codeClause(d: EventDocument, c: Clause): void {
  if (codeFollowedSuit(d, c)) return;
  const reading = readClause(d, c);
  if (!reading) return;
  const parties = findParties(d, c, reading);
  if (!parties) return;
  addEvents(d, c, reading, parties);
  if (reading.code === '015' && !reading.literal) attributeClaim(d, c, parties.sources);
}

// Codes a state aims at another country's people: threats (13), cuts and sanctions (16).
const SANCTIONING = /^1[36]/;

// Closed class: verbs whose negation in any tense is a refusal ("does not recognise", "did not accept").
const STANCE_VERBS = new Set(['recognize', 'recognise', 'accept']);

// Closed class: what an election's count is called; rejecting it rejects the state that declared it.
const ELECTION_OUTCOMES = new Set(['result', 'outcome', 'tally', 'count', 'verdict']);
// An election's outcome struck down by a court: "annulled the result of the run-off", "Kenyatta's victory"
// (not "annulled the election", which may undo a challenger's win as well as the state's; a
// re-election is the incumbent's: "annulled President Mutharika's re-election").
const ANNULLED_OUTCOMES = new Set([...ELECTION_OUTCOMES, 'victory', 'win', 're-election', 'reelection']);
// Closed class: ways that lead somewhere ("the highway to Bolivia").
const ROUTES = new Set(['highway', 'road', 'route', 'motorway', 'railway', 'crossing', 'bridge', 'border']);

// Acts of force told with no doer ("100 people were killed when two car bombs exploded"), per document, until a group claims one.
const unattributed = new WeakMap<EventDocument, { clause: Clause; reading: Reading }[]>();
/** How many sentences back a claim of responsibility reaches for the act it claims. */
const CLAIM_REACH = 2;

/**
 * "... were killed when two car bombs exploded ... The al-Shabab group claimed responsibility": the
 * group that claims an act the story told with no doer did it. An act by bomb is a bombing (183).
 */
function attributeClaim(d: EventDocument, c: Clause, claimants: readonly ActorMention[]): void {
  const acts = unattributed.get(d);
  const claimant = claimants[0];
  if (!acts || !claimant) return;
  const k = acts.findLastIndex((a) => a.clause.sentence <= c.sentence && c.sentence - a.clause.sentence <= CLAIM_REACH && a.clause.verb.start < c.verb.start);
  const act = acts[k];
  if (!act) return;
  acts.splice(k, 1);
  const sentence = d.sentences[act.clause.sentence];
  let bombing = false;
  for (let i = sentence?.firstToken ?? 0; i < (sentence?.endToken ?? 0) && !bombing; i++) bombing = d.resources.frames.bombNouns.has(d.tokens[i]?.lemma ?? '');
  const { match } = act.reading;
  const claimed: Reading = { ...act.reading, claimedBy: claimant, code: bombing ? '183' : act.reading.code, match: { ...match, pattern: { ...match.pattern, id: `events/claimed-act+${match.pattern.id}` } } };
  const parties = findParties(d, act.clause, claimed);
  if (parties) addEvents(d, act.clause, claimed, parties);
}

function readClause(d: EventDocument, c: Clause): Reading | undefined {
  const { tokens, phrases, resources } = d;
  const { patterns, frames, intents, trace } = resources;
  const head = tokens[c.verb.head];
  if (!head) return undefined;
  // Reporting verbs attribute their content; they make an event only where a dictionary codes them.
  const reporting = frames.reportingVerbs.has(c.verb.lemma);
  // "for what he called hostile remarks", "what Moscow calls a special operation", "a president whom
  // Beijing calls a separatist": a naming, not a call.
  const subjectStart = c.subject !== undefined ? phrases[c.subject]?.tokenStart : undefined;
  if (NAMING_VERBS.has(c.verb.lemma) && subjectStart !== undefined && /^(what|which|whom)$/.test(tokens[subjectStart - 1]?.lower ?? '')) {
    trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: 'a naming ("what X called Y"), not an event' });
    return undefined;
  }
  // "..., the first time a NATO member has downed a Russian aircraft in half a century": a record
  // that restates the act just told, not a second act.
  if (!resources.literalOnly && subjectStart !== undefined && /^(first|last|second|only)$/.test(tokens[subjectStart - 2]?.lower ?? '') && tokens[subjectStart - 1]?.lower === 'time') {
    trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: '"the first time ...": restates the act told, not an event' });
    return undefined;
  }
  // "Karimov denied that troops had been ordered to fire on civilians": what is denied is not told as
  // done, whether or not the denial itself is coded.
  if (!resources.literalOnly && c.complement?.kind === 'that' && DENYING_VERBS.has(c.verb.lemma) && !c.verb.negated) d.consume(c.complement.clause);
  // "unless Moscow agreed to a peace deal", "if Washington did not lift the sanctions": a condition
  // names what has not happened.
  if (!resources.literalOnly && isCondition(d, c)) {
    // Nor is what it governs ("unless Putin agreed to end the war").
    if (c.complement) d.consume(c.complement.clause);
    trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: 'a condition ("if", "unless"), not an event' });
    return undefined;
  }
  // "Netanyahu said Iran would pay for it", "vowed that the strikes would not go unpunished": a
  // threat against whoever is told what will befall them (negated or not, as the frame says).
  const threatened = threatenedOutcome(d, c);
  if (threatened) return { action: c, intent: false, match: threatened, code: threatened.pattern.code!, literal: false, reporting: false };
  // "calling them not wise": a naming. Only a pattern with words of its own ("called it a threat") codes it.
  const naming = NAMING_VERBS.has(c.verb.lemma) && namesObject(d, c);
  const complement = c.complement ? d.clauseById.get(c.complement.clause) : undefined;
  // Intent frames: the intended action is coded, wrapped into CAMEO's intent codes.
  // "Israel will not send a delegation to the talks": cooperation announced as not going to happen
  // is refused (root 12, dictionaries/frames/refusal-codes.txt); a past negation codes nothing.
  // ("EU leaders said they did not recognise the results": a stance, not a report that nothing happened.)
  const refusing = !resources.literalOnly && c.verb.negated && (REFUSAL_MODALS.has(c.verb.modal ?? '') || STANCE_VERBS.has(c.verb.lemma));
  // "neither leader signed the deal", "no country has recognised it": nobody did it.
  const nobody = !resources.literalOnly && c.subject !== undefined && NEGATIVE_DETERMINERS.has(d.tokens[d.phrases[c.subject]?.tokenStart ?? -1]?.lower ?? '');
  // "a deal the two leaders had been expected to sign", "was planned to": an intent no one committed
  // to, told in the passive past, is what others foresaw, and it did not happen.
  const foreseenOnce = c.verb.passive && frames.intentVerbs.has(c.verb.lemma) && !frames.commitmentVerbs.has(c.verb.lemma)
    && !frames.decisionVerbs.has(c.verb.lemma) && pastAuxiliary(d, c);
  // "Poland is no longer transferring weapons to Ukraine": cooperation that has ended is a reduction
  // of relations (dictionaries/frames/cessation-codes.txt), not an act that did not happen.
  let ceasing = !resources.literalOnly && c.verb.negated && !refusing && noLonger(d, c);
  if ((c.verb.negated && !refusing && !ceasing) || nobody || ((frames.unfulfilledVerbs.has(c.verb.lemma) || foreseenOnce) && c.complement?.kind === 'to-infinitive' && !resources.literalOnly)) {
    // "did not agree to meet": nothing it governs happened either. Only a literal pattern that
    // spells the negation out ("- &NEGATVAUXVRB * ..." in PETRARCH dictionaries) codes it.
    const spelled = bestMatch(d, c);
    if (!spelled || !patterns.isLiteral(spelled.pattern) || spelled.pattern.before.length === 0) {
      if (c.complement && !resources.literalOnly) d.consume(c.complement.clause);
      trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: c.verb.negated || nobody ? 'negated: not coded, nor what it governs' : `"${c.verb.lemma}" to: what it governs did not happen` });
      return undefined;
    }
  }
  let action = c;
  let intent = false;
  // "Israel will suspend its plans to annex parts of the West Bank": a plan stopped is no intent.
  if (complement && c.complement?.kind === 'to-infinitive' && frames.haltingVerbs.has(c.verb.lemma) && !frames.intentVerbs.has(c.verb.lemma) && isIntentCue(d, c) && !resources.literalOnly) {
    d.consume(complement.id);
    trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: `"${c.verb.lemma}" stops the plan: what it governs is not intended` });
    return undefined;
  }
  if (complement && c.complement?.kind === 'to-infinitive' && isIntentCue(d, c) && !literalFor(d, c)) {
    action = complement;
    intent = true;
    d.consume(complement.id);
  } else if (complement && c.complement?.kind === 'that' && agreedAhead(d, c, complement)) {
    // "India and Pakistan agreed that their foreign secretaries would meet": what the parties commit
    // their own people to is intended, as "agreed to meet" is.
    action = complement;
    intent = true;
    d.consume(complement.id);
  } else if (complement && c.complement?.kind === 'to-infinitive' && rightToReprisal(d, c, complement)) {
    action = complement;
    intent = true;
    d.consume(complement.id);
  } else if (complement && (c.complement?.kind === 'to-infinitive' || (c.complement?.kind === 'gerund' && c.object === undefined)) && frames.aspectVerbs.has(c.verb.lemma) && !resources.literalOnly) {
    // "began to withdraw", "Israel resumed bombing Gaza": the phase's action is the event.
    action = complement;
    intent = c.verb.modal !== undefined && frames.intentModals.has(c.verb.modal);
    d.consume(complement.id);
  } else if (complement && c.complement?.kind === 'gerund' && c.object === undefined && frames.ceasingVerbs.has(c.verb.lemma) && !resources.literalOnly && !bestMatch(d, c)) {
    // "Russia ceased supplying gas to Moldova": the action ended, coded as its ending (below).
    action = complement;
    ceasing = true;
    intent = c.verb.modal !== undefined && frames.intentModals.has(c.verb.modal);
    d.consume(complement.id);
  }
  if (intent) trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: `intent frame: codes the intended action "${action.verb.lemma}" as CAMEO 03x` });
  // "agreed not to threaten or use force against each other": what is intended is not to act, so
  // the action's own code does not apply; a commitment is still coded as one (030, below).
  const intendsNot = intent && !resources.literalOnly && NEGATORS_BEFORE_TO.has(tokens[action.verb.tokenStart - 2]?.lower ?? '') && tokens[action.verb.tokenStart - 1]?.lower === 'to';
  let match = intendsNot ? undefined : bestMatch(d, action);
  // "demanded that Gbagbo step down": words of the pattern found in what is asked for make it part of the demand.
  if (match && action === c && c.complement?.kind === 'that' && complement && match.wordTokens.some((t) => t >= complement.verb.tokenStart)) d.consume(complement.id);
  // "would respond by reducing Poland's diplomatic presence": the means is the act intended.
  const means = !match && !intendsNot ? reprisalMeans(d, action, intent) : undefined;
  if (means) {
    action = means;
    intent = true;
    d.consume(means.id);
    match = bestMatch(d, action);
  } else if (!match && !intendsNot) match = reprisalAhead(d, action, intent);
  // A reporting verb's bare default ("SAID [023]") would code the act of speaking itself;
  // what was said is coded instead.
  if (match && reporting && !resources.literalOnly && match.pattern.after.length === 0 && match.pattern.before.length === 0) match = undefined;
  let blame: ReturnType<typeof blameInNaming>;
  // Words of its own that are only prepositions ("calling them 'strong punishment' for separatist acts"
  // is no "call for") do not make a naming an appeal either.
  if (match && naming && match.pattern.verb.length === 1 && match.wordTokens.every((t) => tokens[t]?.pos === 'ADP')) {
    trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: 'a naming ("called the move a provocation"), not a call' });
    // A word of blame in it still denounces what it names ("called the incident dangerous"), below.
    blame = blameInNaming(d, c);
    if (!blame) return undefined;
    match = undefined;
  }
  // "Mnuchin said Riyadh must take appropriate steps": what a party is reported to say another must
  // do is its demand on that party (the act itself has not happened).
  const obliged = c.subject;
  const demanded = !intent && !resources.literalOnly && !c.verb.negated && !c.verb.passive && action === c && c.verb.modal === 'must' && obliged !== undefined
    ? reportAround(d.reportsBySentence.get(c.sentence) ?? [], c)?.speaker : undefined;
  if (demanded !== undefined && obliged !== undefined && demanded !== obliged && d.actorsOf(obliged).length > 0) {
    trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: 'what a speaker says another must do: a demand' });
    match = { pattern: { id: 'events/must-in-report', verb: [c.verb.lemma], code: '100', before: [], after: [] }, lastToken: c.tokenEnd, wordTokens: [], source: demanded, target: obliged };
  }
  // "police should shoot anyone caught torching businesses": what ought to happen has not happened.
  else if (match && !patterns.isLiteral(match.pattern) && action.verb.modal !== undefined && DEONTIC_MODALS.has(action.verb.modal)) {
    trace?.({ kind: 'clause', clause: action.id, verb: action.verb.lemma, note: `"${action.verb.modal}": what ought to happen, not an event` });
    return undefined;
  }
  // "Duterte was flown to The Hague": someone carried somewhere makes no visit (a visit received,
  // "was visited by", still is one).
  if (match && action.verb.passive && !patterns.isLiteral(match.pattern) && /^04[23]/.test(match.pattern.code ?? '') && CARRYING_VERBS.has(action.verb.lemma)) {
    trace?.({ kind: 'clause', clause: action.id, verb: action.verb.lemma, note: 'carried somewhere (passive), not a visit' });
    return undefined;
  }
  // "Russian paratroopers began arriving in Kazakhstan": forces that arrive are deployed, not visiting.
  if (match && !patterns.isLiteral(match.pattern) && /^04[23]/.test(match.pattern.code ?? '') && FORCE_NOUNS.has(tokens[phrases[d.subjectOf(action) ?? -1]?.head ?? -1]?.lemma ?? '')) {
    trace?.({ kind: 'clause', clause: action.id, verb: action.verb.lemma, note: 'forces arriving: a deployment, not a visit' });
    return undefined;
  }
  // "sent F-16 jets to bomb Cambodian targets": force sent to attack is the attack.
  // (Not a call-up: "calling up 300,000 reservists to fight in Ukraine" mobilises, 154.)
  if (match && !intent && complement && c.complement?.kind === 'to-infinitive' && /^(072|15[0-35-9])/.test(match.pattern.code ?? '') && !patterns.isLiteral(match.pattern)) {
    const purpose = bestMatch(d, complement);
    if (purpose?.pattern.code && FORCE_CODE.test(purpose.pattern.code)) {
      trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: `sent to attack: the attack (clause ${complement.id}) is coded` });
      action = complement;
      match = purpose;
      d.consume(complement.id);
    }
  }
  // "issued a statement condemning the strikes": what the statement does is the event, not its issuing
  // (010), nor the vote that passed it ("approved a resolution condemning ...": "approve +" is 051).
  const bareVerb = match !== undefined && match.pattern.verb.length === 1 && !match.pattern.after.some((e) => e.kind === 'words') && !match.pattern.before.some((e) => e.kind === 'words');
  if (match && !intent && (match.pattern.code === '010' || bareVerb) && !patterns.isLiteral(match.pattern) && complement?.subject !== undefined && d.isDocument(complement.subject)) {
    trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: `issues a text: what the text does is coded (clause ${complement.id})` });
    return undefined;
  }
  // "Biden said Putin was responsible for Navalny's death": a claim of blame, reported, accuses; the
  // reporting party is the source, the one blamed the target.
  // ("Stoltenberg said the assault was a grave breach of international law": a noun of blame as the predicate.)
  const predicateNoun = c.verb.lemma === 'be' && c.verb.predicate === undefined && c.object !== undefined ? d.tokens[d.phrases[c.object]?.head ?? -1]?.lemma : undefined;
  const predicate = c.verb.predicate ?? predicateNoun;
  if (!match && !intent && !resources.literalOnly && c.verb.lemma === 'be' && predicate !== undefined && c.subject !== undefined) {
    const accusing = resources.accusations?.get(predicate);
    const speaker = accusing ? reportAround(d.reportsBySentence.get(c.sentence) ?? [], c)?.speaker : undefined;
    if (accusing && speaker !== undefined) {
      match = { pattern: { id: `frames/accusing-predicates#${predicate}`, verb: ['be'], code: accusing, before: [], after: [] }, lastToken: c.tokenEnd, wordTokens: [], source: speaker, target: c.subject };
    }
  }
  // "Western missions said the ban undermined freedom of expression", "Moscow said the declaration
  // violated international law": an act named again, said to break a norm, is denounced (its doer
  // is the target), whatever the verb's own pattern would make of it.
  if (!intent && !resources.literalOnly && c.subject !== undefined && !c.verb.negated && c.verb.lemma !== 'be' && d.actorsOf(c.subject).length === 0) {
    const accusing = resources.accusations?.get(c.verb.lemma);
    const speaker = accusing ? reportAround(d.reportsBySentence.get(c.sentence) ?? [], c)?.speaker : undefined;
    const named = d.phrases[c.subject];
    if (accusing && speaker !== undefined && named && namesAnActAgain(d, named, true)) {
      match = { pattern: { id: `frames/accusing-predicates#${c.verb.lemma}`, verb: [c.verb.lemma], code: accusing, before: [], after: [] }, lastToken: c.tokenEnd, wordTokens: [], source: speaker, target: c.subject };
    }
  }
  // "Kerry said there was no justification for the coup": a warrant denied, reported, denounces the act its "for" phrase names.
  if (!match && !intent && !resources.literalOnly && c.verb.lemma === 'be' && c.subject === undefined && c.object !== undefined && !c.verb.negated) {
    const denied = deniedWarrant(d, c.object);
    const accusing = denied !== undefined ? resources.accusations?.get(denied) : undefined;
    const act = accusing ? c.preps.find((p) => p.prep === 'for')?.np : undefined;
    const speaker = act !== undefined ? reportAround(d.reportsBySentence.get(c.sentence) ?? [], c)?.speaker : undefined;
    if (accusing && act !== undefined && speaker !== undefined) {
      match = { pattern: { id: `frames/accusing-predicates#${denied}`, verb: ['be'], code: accusing, before: [], after: [] }, lastToken: c.tokenEnd, wordTokens: [], source: speaker, target: act };
    }
  }
  // "The Commission said it was deeply disappointed", "she was appalled": a party's own dismay
  // disapproves of what was done, by whoever a phrase after it names, else by the doer of the last act.
  // (Not a bare participle modifying a phrase: "protesters angered by a rise in fares" tells why they rallied.)
  if (!match && !intent && !resources.literalOnly && c.subject !== undefined && !c.verb.negated && (c.verb.lemma === 'be' || c.verb.tokenStart !== c.verb.head)) {
    const word = c.verb.lemma === 'be' ? c.verb.predicate : c.verb.passive ? d.tokens[c.verb.head]?.lower : undefined;
    const dismay = word !== undefined ? resources.dismay?.get(word) : undefined;
    const about = dismay ? c.preps.find((p) => DISMAY_PREPOSITIONS.has(p.prep))?.np : undefined;
    // "sorry for the death of a Chinese pilot": a phrase with no party of its own may name one in its "of" phrase.
    const of = about !== undefined && d.actorsOf(about).length === 0 ? d.phrases[about]?.ofPhrase : undefined;
    const at = of ?? about;
    if (dismay && (at !== undefined || !dismay.namedOnly)) match = { pattern: { id: `frames/dismay-predicates#${word}`, verb: [c.verb.lemma], code: dismay.code, before: [], after: [] }, lastToken: c.tokenEnd, wordTokens: [], source: c.subject, ...(at !== undefined ? { target: at } : {}) };
  }
  // "Tsahkna called the incursion 'unprecedentedly brazen'": a naming with a word of blame denounces
  // what it names (an act named again: whoever did it).
  if (!match && !blame && !intent && (naming || c.object === undefined) && !resources.literalOnly) blame = blameInNaming(d, c);
  if (!match && blame) match = { pattern: { id: `frames/accusing-predicates#${blame.word}`, verb: [c.verb.lemma], code: blame.code, before: [], after: [] }, lastToken: c.tokenEnd, wordTokens: [], ...(c.object !== undefined ? { target: c.object } : {}) };
  // "Saudi Arabia told Assad to begin withdrawing his troops": telling a party to act is a demand, as
  // ordering it is ("order + to", 100); what it is told to do has not happened. (Told to its own side,
  // "had told the Pentagon to prepare", it is an order, which is dropped below like any other.)
  if (!match && !intent && !resources.literalOnly && c.verb.lemma === 'tell' && !c.verb.negated && c.object !== undefined && c.complement?.kind === 'to-infinitive') {
    match = { pattern: { id: 'events/told-to', verb: ['tell'], code: '100', before: [], after: [] }, lastToken: c.tokenEnd, wordTokens: [], target: c.object };
    d.consume(c.complement.clause);
  }
  // "Turkey and Sweden agreed to set up a joint mechanism": a commitment whose action no pattern
  // codes is itself coded, as intent to cooperate (030).
  if (!match && intent && frames.commitmentVerbs.has(c.verb.lemma)) {
    match = { pattern: { id: `frames/intent-cues#${c.verb.lemma}`, verb: [c.verb.lemma], code: '030', before: [], after: [] }, lastToken: action.tokenEnd, wordTokens: [] };
  }
  if (!match || match.pattern.code === null) {
    if (intent) d.consumed.delete(complement!.id);
    trace?.({ kind: 'clause', clause: action.id, verb: action.verb.lemma, note: match ? `blocked by ${match.pattern.id}` : reporting ? 'reporting verb: its content is coded, not the verb' : 'no pattern matched' });
    return undefined;
  }
  let code = match.pattern.code;
  // "Guterres, who was visiting Addis Ababa, hailed ...", "where he was attending a U.N. conference":
  // a meeting or visit told in the past progressive inside a relative clause is the scene of what
  // the sentence tells, not an event of its own.
  const scene = action.rule === 'syntax/clause#relative' || SCENE_OPENERS.has(d.tokens[action.tokenStart - 1]?.lower ?? '');
  if (/^04/.test(code) && scene && pastProgressive(d, action)) {
    trace?.({ kind: 'clause', clause: action.id, verb: action.verb.lemma, note: `${code}: a visit or meeting told as the scene ("who was visiting"), not coded` });
    return undefined;
  }
  const literal = patterns.isLiteral(match.pattern);
  if (ceasing) {
    const ended = resources.cessations?.intentOf(code) ?? code;
    if (ended === code) { trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: `told as ending: ${code} has no code for its ending, not coded` }); return undefined; }
    trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: `told as ending: ${code} coded as ${ended}` });
    code = ended;
  }
  // "agreed to extend its sanctions": a coercive action decided on is taken (CAMEO roots 10-20, 13 aside).
  const decided = intent && frames.decisionVerbs.has(c.verb.lemma) && /^(1[0-24-9]|20)/.test(code) && c.verb.modal === undefined;
  if (refusing) {
    const refused = resources.refusals.intentOf(code);
    if (refused === code) { trace?.({ kind: 'clause', clause: c.id, verb: c.verb.lemma, note: `negated: ${code} has no refusal code, not coded` }); return undefined; }
    code = refused;
  } else if (!literal && !decided && !announced(d, action, intent, code) && (intent || (action.verb.modal !== undefined && frames.intentModals.has(action.verb.modal)))) code = intents.intentOf(code);
  return { action, intent, match, code, literal, reporting };
}

/** "is no longer sending", "will no longer fund": the negation says an action has ended. */
function noLonger(d: EventDocument, c: Clause): boolean {
  for (let i = c.verb.tokenStart + 1; i < c.verb.head; i++) if (d.tokens[i]?.lower === 'longer' && d.tokens[i - 1]?.lower === 'no') return true;
  return false;
}

/** "was visiting", "were attending": a past auxiliary and an "-ing" head. */
function pastProgressive(d: EventDocument, c: Clause): boolean {
  const head = d.tokens[c.verb.head];
  return !!head && /ing$/.test(head.lower) && head.lower !== head.lemma && pastAuxiliary(d, c);
}

/** Whether a verb group's auxiliaries put it in the past ("had been", "was", "were"). */
function pastAuxiliary(d: EventDocument, c: Clause): boolean {
  for (let i = c.verb.tokenStart; i < c.verb.tokenEnd; i++) if (/^(had|was|were)$/.test(d.tokens[i]?.lower ?? '')) return true;
  return false;
}

/**
 * "France will expel 12 Algerian officials", "China will raise its tariffs on U.S. goods": a measure
 * against another party (CAMEO roots 16, 17) announced with "will" is the decision taken, not a threat.
 * "would" (reported or conditional: "Trump said he would impose a 50% tariff") and a condition in the
 * sentence ("will impose sanctions unless ...") keep it a threat.
 */
function announced(d: EventDocument, action: Clause, intent: boolean, code: string): boolean {
  if (intent || !/^1[67]/.test(code) || !ANNOUNCING_MODALS.has(action.verb.modal ?? '')) return false;
  return !d.clausesOf(action.sentence).some((o) => o.verb.tokenStart > action.verb.tokenEnd && isCondition(d, o));
}

function findParties(d: EventDocument, c: Clause, reading: Reading): Parties | undefined {
  const { tokens, phrases, resources } = d;
  const { trace } = resources;
  const { action, intent, code, literal, reporting } = reading;
  let { match } = reading;
  let sourcePhrase = match.source ?? d.subjectOf(action);
  const sourceCodes = d.actorsOf(sourcePhrase).map((m) => m.code);
  // Several parties acting together ("X and Y met in Dubai"): a place is where, not whom.
  // "met in the South Korean city of Busan": the "of" phrase is part of the place.
  const placeOnly = (id: number) => {
    if (sourceCodes.length < 2) return false;
    let start = phrases[id]?.tokenStart ?? 0;
    for (let hops = 0; hops < 3 && !literal && tokens[start - 1]?.lower === 'of'; hops++) {
      const host = d.phraseEndingAt(start - 1);
      if (!host) break;
      start = host.tokenStart;
    }
    // (Unless a pattern of force names the preposition itself: "fired missiles at +".)
    if (!literal && FORCE_OR_PRESSURE_CODE.test(code) && match.wordTokens.includes(start - 1)) return false;
    return /^(in|at)$/.test(tokens[start - 1]?.lower ?? '') || (tokens[start - 1]?.lower === 'on' && countryAsPlace(d, id));
  };
  // "Ukraine received jets from $the Netherlands": a pattern that places the source elsewhere acts on the subject.
  const subjectAsTarget = !literal && match.source !== undefined && match.target === undefined ? d.subjectOf(action) : undefined;
  // "Macron condemned the attack": an act named again as the object; its doer is the target (see
  // referred-act.ts), before any party named further on ("condemned the incursion as a violation of
  // Syria's sovereignty").
  // A slot the pattern filled with such a phrase ("the strikes would not go unpunished") is read the same way.
  // So is a subject acted on ("The strike drew condemnation from $Russia").
  // "it" blamed or named as an achievement ("called it a massive step forward") is the act just told.
  const judging = /^11[01]/.test(match.pattern.code ?? '') ? 'blame' : match.pattern.code === '051' && NAMING_VERBS.has(action.verb.lemma) ? 'praise' : undefined;
  const namedAct = match.target !== undefined && phrases[match.target] && namesAnActAgain(d, phrases[match.target]!, judging === 'blame') ? match.target
    : subjectAsTarget !== undefined && phrases[subjectAsTarget] && namesAnActAgain(d, phrases[subjectAsTarget]!) ? subjectAsTarget : undefined;
  // (A passive of dismay names its cause, not an agent: "was shocked by the killings".)
  const dismayed = match.pattern.id.startsWith('frames/dismay-predicates#');
  const referred = !action.verb.passive || dismayed ? referredAct(d, action, sourceCodes, namedAct, judging) : undefined;
  // "will recognise the State of Palestine at the U.N. General Assembly": a slot that reached past an
  // object naming another party, onto where the act is done, yields to that object.
  const atVenue = !literal && match.target !== undefined && action.object !== undefined && match.target !== action.object
    && /^(at|in)$/.test(d.wordBefore(match.target)) && isOtherParty(d, action.object, sourceCodes)
    && d.actorsOf(action.object).every((m) => !sourceCodes.some((code) => code.slice(0, 3) === m.code.slice(0, 3)));
  if (atVenue) match = { ...match, target: action.object };
  // "met on the sidelines of an SCO summit": the gathering a slot reached is where, not whom.
  const sidelines = !literal && match.target !== undefined && d.wordBefore(match.target) === 'of' && d.tokens[(phrases[match.target]?.tokenStart ?? 0) - 2]?.lower === 'sidelines';
  if (sidelines) {
    const { target: _venue, ...rest } = match;
    match = rest;
  }
  // "a dozen officials it accused of financing the group": in a relative clause the object stands
  // before the verb, and a slot after the verb ("accuse +") is that object, not a party further on.
  const gapped = action.object !== undefined && (phrases[action.object]?.tokenEnd ?? Infinity) <= action.verb.tokenStart;
  if (!literal && gapped && match.target !== undefined && match.target !== action.object && (phrases[match.target]?.tokenStart ?? 0) >= action.verb.tokenEnd && d.actorsOf(action.object).length > 0) match = { ...match, target: action.object };
  const ownTarget = match.target !== undefined && isOtherParty(d, match.target, sourceCodes) && !placeOnly(match.target)
    && !(referred && phrases[match.target]!.tokenStart >= phrases[referred.phrase]!.tokenEnd);
  let targetPhrase = ownTarget ? match.target
    : subjectAsTarget !== undefined && subjectAsTarget !== match.source ? subjectAsTarget
    : referred ? referred.phrase
    : defaultTarget(d, action, sourceCodes, literal ? [] : match.wordTokens, !literal && MEETING_CODE.test(match.pattern.code ?? ''));
  // "pounded mountain villages in Dagestan held by Islamic militants": force on a place that names no
  // party is aimed at its holder, not at the region it lies in.
  const holder = !literal && FORCE_CODE.test(code) && (targetPhrase === undefined || placeOnlyMention(d, targetPhrase)) ? holderOfObject(d, action, (id) => isOtherParty(d, id, sourceCodes)) : undefined;
  if (holder !== undefined) targetPhrase = holder;
  // "welcomed any effort to help end the war in Yemen": what is praised names no party; a country in
  // the infinitive that tells what the effort is for is not whom the praise is for.
  const purpose = action.complement?.kind === 'to-infinitive' ? d.clauseById.get(action.complement.clause) : undefined;
  const describing = purpose && action.object !== undefined && d.actorsOf(action.object).length === 0;
  if (!literal && describing && /^05[0-3]/.test(match.pattern.code ?? '') && targetPhrase !== undefined && targetPhrase !== match.target && (phrases[targetPhrase]?.tokenStart ?? 0) > purpose.verb.tokenStart) targetPhrase = undefined;
  // "launched an offensive to retake Tskhinvali from separatists": force that names no one is aimed at
  // whom its purpose names.
  if (targetPhrase === undefined && !literal && purpose && FORCE_CODE.test(match.pattern.code ?? '')) targetPhrase = defaultTarget(d, purpose, sourceCodes, []);
  // Passive: the by-phrase acts on the subject. Without a by-phrase a literal dictionary keeps
  // the subject as source (its patterns were written that way); Parley's own lexicon has no source.
  const by = action.verb.passive && match.source === undefined ? action.preps.find((p) => p.prep === 'by') ?? attackIn(d, action, literal) : undefined;
  if (by || (action.verb.passive && match.source === undefined && !literal)) {
    // A "+" that landed on the by-phrase ("arrested by police"), or on one of its members ("put
    // forward by the United States, Saudi Arabia and Egypt"), is the agent, not the target.
    // (The whole list, when the by-phrase is its first member: "pushed back by government troops and U.N. peacekeepers".)
    const byPhrase = by ? phrases.find((q) => q.conjuncts?.[0] === by.np) ?? phrases[by.np] : undefined;
    const inBy = (id: number) => !!byPhrase && (id === byPhrase.id || (phrases[id]!.tokenStart >= byPhrase.tokenStart && phrases[id]!.tokenEnd <= byPhrase.tokenEnd));
    // Nor is the place it happened ("was arrested by police at Manila's airport"): the subject is acted on.
    const atPlace = (id: number) => !literal && /^(in|at)$/.test(d.wordBefore(id));
    // Nor is another verb's agent ("was detained after being questioned by the top prosecutor").
    const agentElsewhere = (id: number) => !literal && !by && d.wordBefore(id) === 'by';
    targetPhrase = (match.target !== undefined && !inBy(match.target) && !atPlace(match.target) && !agentElsewhere(match.target) ? match.target : undefined) ?? d.subjectOf(action);
    // "were placed under U.S. sanctions": with no by-phrase, the pattern's own words may say whose the act is.
    sourcePhrase = by?.np ?? (!literal ? ownerInWords(d, match.wordTokens, targetPhrase) : undefined);
  }
  // Protesters rally *in* a place; the place is not whom they protest against (CAMEO root 14).
  // ("blocked the highway to Bolivia": nor where a road they block leads.)
  const routeEnd = (id: number) => /^(to|from|towards|into)$/.test(d.wordBefore(id)) && ROUTES.has(tokens[(phrases[id]?.tokenStart ?? 0) - 2]?.lemma ?? '');
  if (!literal && code.startsWith('14') && targetPhrase !== undefined && match.target === undefined && (/^(in|at|through|across|outside)$/.test(d.wordBefore(targetPhrase)) || routeEnd(targetPhrase))) targetPhrase = undefined;
  let sources = d.actorsOf(sourcePhrase);
  // "the collapse of a canopy in Novi Sad that killed 15 people": a place named does no violence.
  if (!literal && FORCE_CODE.test(code)) sources = sources.filter((m) => !/^actors\/(place|capital-as-place)/.test(m.rule));
  // A role with no country of its own takes the other party's ("Iranian police arrested two journalists" -> IRNMED).
  // "Thousands rallied in Tbilisi": a crowd counted but not named is people.
  const sourceRole = d.roleOf(sourcePhrase) ?? (!literal && code.startsWith('14') && d.isBareCount(sourcePhrase) ? 'CVL' : undefined);
  if (sources.length === 0 && sourceRole !== undefined) {
    // Where they acted first: "thousands of protesters rallied in Tbilisi" are Georgian, and
    // "militias attacked U.S. troops in Syria" are Syrian, not American.
    const where = !literal ? placeOf(d, action) : undefined;
    // "Maduro ordered the military to prepare for ...": those commanded are the commander's own.
    const commander = !literal ? commanderOf(d, action, sourcePhrase) : undefined;
    if (commander) sources = [d.placedMention(sourcePhrase!, commander + sourceRole, 'events/role-country-from-commander')];
    else if (where) sources = [d.placedMention(sourcePhrase!, where + sourceRole, 'events/role-country-from-place')];
    // "Sudan's military overthrew Bashir ... Protesters condemned the takeover": people reacting to
    // an act named again are of the country it was done to.
    const actedOn = referred && referred.phrase === (match.target ?? targetPhrase) ? referred.event?.target ?? referred.event?.source : undefined;
    const other = sources.length === 0 ? d.actorsOf(match.target ?? targetPhrase)[0] ?? actedOn : undefined;
    // A state's organ acting on another state's organ is not of that state ("the finance ministry said,
    // retaliating against levies imposed by Trump's administration"): it is the sentence's other country.
    const otherState = !!other && !literal && STATE_ROLES.has(sourceRole) && STATE_CODE.test(other.code) && other.code.length > 3;
    if (other && !NO_COUNTRY.test(other.code) && !otherState) sources = [d.placedMention(sourcePhrase!, other.code.slice(0, 3) + sourceRole)];
    // "Nepal's prime minister resigned, a day after police shot dead 19 people": the one country
    // the sentence names.
    const only = sources.length === 0 && !literal ? d.soleCountry(action.sentence, otherState ? other.code.slice(0, 3) : undefined) : undefined;
    if (only) sources = [d.placedMention(sourcePhrase!, only + sourceRole, 'events/role-country-from-sentence')];
  }
  // PETRARCH reads a subject with its modifiers as one noun phrase and takes its first actor
  // ("Resumption of ties between Arnor and Gondor may spur ..." -> Arnor and Gondor).
  if (sources.length === 0 && resources.literalOnly && match.source === undefined && sourcePhrase !== undefined) {
    const modifier = actorInModifiers(d, sourcePhrase, action.verb.tokenStart);
    if (modifier !== undefined) { sourcePhrase = modifier; sources = d.actorsOf(modifier); }
  }
  if (sources.length === 0 && reading.claimedBy) sources = [reading.claimedBy];
  // "Former President Rodrigo Duterte was arrested at Manila's airport": an arrest told with no one
  // making it is by the police of the arrested person's country, when it happened there (or nowhere said).
  if (sources.length === 0 && !literal && action.verb.passive && code === '173' && sourcePhrase === undefined && targetPhrase !== undefined) {
    const held = [...countriesOf(d.actorsOf(targetPhrase))];
    const where = placeOf(d, action);
    if (held.length === 1 && (where === undefined || where === held[0])) sources = [d.placedMention(targetPhrase, `${held[0]}COP`, 'events/arrest-by-own-police')];
  }
  // "A night curfew was imposed on the capital": a curfew or an emergency with no one imposing it is
  // the government's of the country it is imposed on.
  if (sources.length === 0 && !literal && action.verb.passive && /^172[34]$/.test(code) && sourcePhrase === undefined && targetPhrase !== undefined) {
    // (Or, where the place names no country, "the capital", the dateline's.)
    const named = [...countriesOf(d.actorsOf(targetPhrase))];
    const on = named.length > 0 ? named : [d.record.actors.datelineCountry].filter((c): c is string => c !== undefined);
    if (on.length === 1) sources = [d.placedMention(targetPhrase, `${on[0]}GOV`, 'events/emergency-by-own-government')];
  }
  if (sources.length === 0) {
    trace?.({ kind: 'clause', clause: action.id, verb: action.verb.lemma, note: `${match.pattern.id} matched but the source has no actor` });
    if (!literal && FORCE_CODE.test(code)) {
      const acts = unattributed.get(d) ?? [];
      acts.push({ clause: c, reading });
      unattributed.set(d, acts);
    }
    return undefined;
  }
  // "Tens of thousands of Lebanese rallied", "Thousands of Cubans": people named by their country (a
  // demonym, or its adjective standing alone) protest as its people.
  const people = (m: ActorMention) => /demonym/.test(m.rule) || (/adjective/.test(m.rule) && d.phrases[m.phrase]?.tokenEnd === (d.phrases[m.phrase]?.tokenStart ?? 0) + 1);
  if (!literal && code.startsWith('14')) sources = sources.map((m) => (m.code.length === 3 && people(m) ? { ...m, code: `${m.code}CVL`, rule: 'events/people-from-demonym' } : m));
  // "Trump ordered 2,000 National Guard troops to Los Angeles", "Deby ordered his government to stop
  // issuing visas": a command to one's own state or forces is not a demand on another party.
  // (Not when the commander's country was only taken from the one commanded: "the court ordered Israel".)
  const placedByTarget = sources.some((m) => m.rule === 'events/role-country-from-other-party');
  if (!literal && code.startsWith('10') && COMMAND_VERBS.has(action.verb.lemma) && !placedByTarget && ownSide(d, match.target, sources)) {
    trace?.({ kind: 'clause', clause: action.id, verb: action.verb.lemma, note: `${match.pattern.id} matched, but an order to one's own side is no demand` });
    return undefined;
  }
  // What the clause governs is part of its event, once there is one ("were killed when militants
  // ambushed a convoy": with no source for the killing, the ambush is coded on its own).
  if (c.complement && !intent && !reporting) d.consume(c.complement.clause);
  // A compound pattern codes the members of a coordination acting on one another.
  let targets = match.compound && sources.length > 1 ? [] : referred && targetPhrase === referred.phrase ? referred.doers.map((code) => d.placedMention(referred.phrase, code, 'events/target-from-referred-act')) : d.actorsOf(targetPhrase);
  // "attacked Kyiv, killing 12 people": a participle that continues the clause before it acts on
  // that clause's side, so people it names without a country are the earlier target's ("raided
  // the Mexican embassy and arrested a former vice president" is a new act: not there).
  const earlier = action.subjectFrom !== undefined && action.rule === 'syntax/clause#participle' ? d.events.findLast((e) => e.sentence === action.sentence && e.clause === action.subjectFrom)?.target?.code : undefined;
  const earlierSide = earlier && /^[A-Z]{3}/.test(earlier) && !NO_COUNTRY.test(earlier) ? earlier.slice(0, 3) : undefined;
  // A role placed only by the dateline yields to the other party's country ("Police in Dhaka
  // fired at students" in a story datelined elsewhere): the parties of one act share a place.
  // Not protesters or those who demand: they rally where they are, at whatever government
  // ("HONG KONG - protesters blocked roads to demand that Beijing allow free elections").
  const firstTarget = targets[0];
  // (Nor crowds that speak: "Protesters were outraged that Sergei Gavrilov, a Russian MP, ..." are
  // still the dateline's.)
  // (Nor those who speak of a foreign state: "HAVANA - State media accused the United States".)
  const rallying = !literal && (/^1[04]/.test(code) || (/^(0|1[0-3])/.test(code) && (/^(OPP|CVL|LAB|EDU)$/.test(sources[0]?.code.slice(3) ?? '') || (/^(01|02|1[1-3])/.test(code) && firstTarget !== undefined && STATE_CODE.test(firstTarget.code)))));
  // (Not a foreign mission in the dateline's country: "LIMA - guerrillas stormed the Japanese ambassador's residence".)
  const mission = !literal && firstTarget !== undefined && FOREIGN_MISSIONS.has(tokens[phrases[firstTarget.phrase]?.head ?? -1]?.lemma ?? '');
  const where = firstTarget && !literal ? placeOf(d, action) : undefined;
  if (firstTarget && targets.length === 1 && sources.length === 1 && sources[0]!.rule === 'actors/agent+dateline' && firstTarget.rule !== 'actors/agent+dateline' && !/^(IGO|NGO|MNC)/.test(firstTarget.code) && (!rallying || where) && (!mission || where)) {
    // Unless the clause says where they acted ("protesters stormed the Swedish embassy in Baghdad").
    sources = [{ ...sources[0]!, code: (where ?? firstTarget.code.slice(0, 3)) + sources[0]!.code.slice(3), rule: where ? 'events/role-country-from-place' : 'events/role-country-from-other-party' }];
  } else if (firstTarget && targets.length === 1 && oneCountry(sources) && weaklyPlaced(firstTarget, sources[0]!) && sources[0]!.rule !== 'actors/agent+dateline' && !/^(IGO|NGO|MNC)/.test(sources[0]!.code)
    // (Not those a state sanctions or threatens: "YANGON - Washington tightened sanctions on the generals".)
    && !(!literal && SANCTIONING.test(code) && STATE_CODE.test(sources[0]!.code))
    // (Nor the organs of state another state speaks to: "ALMATY - The U.S. embassy urged the authorities".)
    && !(!literal && /^(0|1[0-3])/.test(code) && STATE_CODE.test(sources[0]!.code) && STATE_CODE.test(firstTarget.code) && sources[0]!.code.slice(0, 3) !== firstTarget.code.slice(0, 3))) {
    // "JERUSALEM - ... Gaza's civil defence agency said Israeli strikes killed several people": a
    // state's force kills people of the one other country the sentence names, if it names one.
    const own = sources[0]!.code.slice(0, 3);
    const abroad = !literal && !earlierSide && FORCE_CODE.test(code) && STATE_CODE.test(sources[0]!.code) ? d.soleCountry(action.sentence, own) : undefined;
    const side = earlierSide ?? abroad ?? own;
    if (side !== firstTarget.code.slice(0, 3)) targets = [{ ...firstTarget, code: side + firstTarget.code.slice(3), rule: earlierSide ? 'events/role-country-from-earlier-target' : abroad ? 'events/role-country-from-sentence' : 'events/role-country-from-other-party' }];
  }
  // "ISTANBUL - Russian and Ukrainian delegations agreed to exchange 1,000 prisoners": parties of two
  // countries agreeing or yielding together act on each other, not on people the dateline alone
  // places elsewhere ("urged all parties to respect the rule of law" does reach a third).
  const sourceCountries = countriesOf(sources);
  if (!literal && /^(03|04|05|08)/.test(code) && sourceCountries.size > 1 && targets.length > 0 && targets.every((t) => t.rule === 'actors/agent+dateline' && !sourceCountries.has(t.code.slice(0, 3)))) targets = [];
  // "The United States and Russia agreed on a framework for eliminating Syria's chemical weapons": an
  // act of two sides whose pattern names no other party is between them, not with a party the words after it name.
  // (Two sides of one country too: "Guebuza and Renamo leader Dhlakama signed an agreement to end clashes between ...".)
  if (!literal && match.pattern.reverseCode && match.target === undefined && !referred && (sourceCountries.size > 1 || new Set(sources.map((m) => m.code)).size > 1)) targets = [];
  const targetRole = d.roleOf(targetPhrase);
  // "DUBAI ... Iranian security forces clashed with protesters, and authorities restricted access to
  // the internet": with no other party, a role placed only by the dateline is of the one country its
  // sentence names.
  const datelined = sources.length === 1 && sources[0]!.rule === 'actors/agent+dateline' ? sources[0]! : undefined;
  if (datelined && !literal && targets.length === 0 && targetRole === undefined) {
    const only = d.soleCountry(action.sentence);
    // (Not a foreign mission named as a landmark: "threw up barricades near the French embassy".)
    const missionOnly = only !== undefined && d.mentions.every((m) => phrases[m.phrase]?.sentence !== action.sentence || !m.code.startsWith(only) || FOREIGN_MISSIONS.has(tokens[phrases[m.phrase]?.head ?? -1]?.lemma ?? ''));
    if (only && only !== datelined.code.slice(0, 3) && !missionOnly) sources = [{ ...datelined, code: only + datelined.code.slice(3), rule: 'events/role-country-from-sentence' }];
  }
  const firstSource = sources[0];
  if (targets.length === 0 && targetRole !== undefined && firstSource && !NO_COUNTRY.test(firstSource.code) && !saysForeign(d, targetPhrase)) {
    // "ministers killed in an Israeli air strike on Sanaa": a state does not attack its own state
    // roles, so they are the other country the sentence names, if it names just one.
    const stateAttack = !literal && FORCE_CODE.test(code) && STATE_CODE.test(firstSource.code);
    const ownState = stateAttack && STATE_ROLES.has(targetRole);
    // "31 people were killed in a wave of U.S. air strikes on Sanaa": a state's attack kills civilians
    // of the one other country the sentence names, when it names one.
    const abroad = stateAttack && targetRole === 'CVL' ? d.soleCountry(action.sentence, firstSource.code.slice(0, 3)) : undefined;
    // "Washington tightened sanctions on the generals": a state sanctions, cuts ties with or threatens
    // ("threatened to reimpose sanctions on the generals") another country's people: the sentence's
    // other country, else the one the story last named.
    const own = firstSource.code.slice(0, 3);
    const sanctioning = !literal && !earlierSide && SANCTIONING.test(code) && STATE_CODE.test(firstSource.code);
    const sanctioned = sanctioning ? d.soleCountry(action.sentence, own) ?? d.lastCountryBefore(action.sentence, own) : undefined;
    const side = sanctioning ? sanctioned : earlierSide ?? (ownState ? d.soleCountry(action.sentence, own) : abroad ?? own);
    if (side) targets = [d.placedMention(targetPhrase!, side + targetRole, earlierSide ? 'events/role-country-from-earlier-target' : ownState || abroad || sanctioning ? 'events/role-country-from-sentence' : 'events/role-country-from-other-party')];
  }
  // Parties acting together are not each other's target through their own capital or people.
  // Under PETRARCH's conventions only a pair with itself is dropped ("between Arnor and Gondor ...
  // reconciliation between Calenardhon and Gondor": Arnor -> Gondor stands).
  // "Joseph urged Haitians to remain calm": a state's own people, named by their country, are its civilians, not itself.
  if (!literal && /^(01|02|03|10)/.test(code)) targets = targets.map((t) => (t.code.length === 3 && /demonym/.test(t.rule) && sources.some((m) => STATE_CODE.test(m.code) && m.code.startsWith(t.code)) ? { ...t, code: `${t.code}CVL`, rule: 'events/people-from-demonym' } : t));
  if (!resources.literalOnly || targets.every((t) => sources.some((s) => sameParty(d, sources, s, t)))) targets = targets.filter((t) => !sources.some((s) => sameParty(d, sources, s, t)));
  // "attacked army posts" is an attack on the army; "gave U.S. forces access to its military bases"
  // does nothing to the Philippine army: a force's post or vehicle is a party only to force.
  if (!literal && !FORCE_OR_PRESSURE_CODE.test(code)) targets = targets.filter((t) => !d.installations.has(t.phrase));
  // A state and its government are one party (its rebels or opposition are not). The parties "all
  // sides" stands for do not include the state that speaks to them ("The United States ... urged all
  // sides to lay down their arms"), and a state cooperates with, or cuts its ties to, another party,
  // never itself ("Cambodia downgraded ties to their lowest level"; it may impose a curfew on its own
  // country: 17).
  const actsOnItself = (t: ActorMention) => (/^(03|04|05|06|07|16)/.test(code) || t.rule.startsWith('actors/group-reference#'))
    && sources.some((m) => m.code.slice(0, 3) === t.code.slice(0, 3) && isStateCode(m.code) && isStateCode(t.code));
  if (!literal) targets = targets.filter((t) => !actsOnItself(t));
  // "deployed troops to secure its ports": a show of force (15) is not aimed at the force shown, the
  // source's own soldiers or police (it needs no target).
  // So is a pull-back ("South Sudan announced it would pull its forces out": 0356, 087): its own forces
  // are what it withdraws, not whom it yields to.
  // (Not a rebel or an opposition leader surrendering to the country's forces.)
  const ownForces = (t: ActorMention) => /^[A-Z]{3}(MIL|COP)/.test(t.code) && sources.some((m) => m.code.slice(0, 3) === t.code.slice(0, 3) && (/^15/.test(code) || isStateCode(m.code) || /^[A-Z]{3}(MIL|COP)/.test(m.code)));
  if (!literal && /^(15|087|0356)/.test(code)) targets = targets.filter((t) => !ownForces(t));
  // "signed the treaty at Parliament House in Canberra": in cooperation, a body of the source's own
  // country named as where it happened is the venue, not a party.
  if (!literal && /^0/.test(code)) targets = targets.filter((t) => !(d.wordBefore(t.phrase) === 'at' && sources.some((m) => m.code.slice(0, 3) === t.code.slice(0, 3))));
  // "Putin warned in Beijing that ...": a statement, appeal, demand, rebuke or threat made in a city
  // is not aimed at it (a city named further on may be: "called for a ceasefire in Tripoli").
  const madeIn = (t: ActorMention) => t.rule === 'actors/capital-as-place' && /^(in|at)$/.test(d.wordBefore(t.phrase)) && phrases[t.phrase]?.tokenStart === action.verb.tokenEnd + 1;
  if (!literal && /^(01|02|10|11|12|13)/.test(code)) targets = targets.filter((t) => !madeIn(t));
  // "called the attack unacceptable" where the story told of no such act by another: whom it is
  // aimed at is not known, and the act named is no party.
  const unresolved = match.target !== undefined && phrases[match.target] && namesAnActAgain(d, phrases[match.target]!, judging === 'blame');
  if (!literal && targets.length === 0 && unresolved) {
    trace?.({ kind: 'clause', clause: action.id, verb: action.verb.lemma, note: `${match.pattern.id} matched an act named again, but the story told of no such act by another party` });
    return undefined;
  }
  // "imposed travel bans on Fiji's military leaders and suspended defence ties": a measure joined to
  // another by "and" with no party of its own is taken against the same party.
  if (targets.length === 0 && !literal && /^16/.test(code) && action.rule === 'syntax/clause#coordinated-verb' && action.subjectFrom !== undefined && match.target === undefined && !action.complement) {
    const joined = d.events.filter((e) => e.clause === action.subjectFrom && /^1[67]/.test(e.cameo) && e.target);
    targets = [...new Map(joined.map((e) => [e.target!.code, inferredFrom(e.target!, 'events/target-from-joined-measure')])).values()];
  }
  // "Washington would supply 31 tanks" after "Germany will send tanks to Ukraine": the same recipient.
  if (targets.length === 0 && !literal && match.target === undefined) {
    const recipient = lastRecipient(d, action, match.pattern.code ?? '', sources.map((m) => m.code));
    if (recipient) targets = [inferredFrom(recipient, 'events/target-from-earlier-recipient')];
    const also = recipient ? undefined : alsoTarget(d, action, code, sources.map((m) => m.code));
    if (also) targets = [inferredFrom(also, 'events/target-from-also')];
  }
  // "Poland and Japan recalled their ambassadors": the country they served in, not each other.
  const host = targets.length === 0 && !literal && /^16/.test(code) && match.target === undefined ? hostOfOwnEnvoys(d, action.object, sources) : undefined;
  if (host) targets = [d.placedMention(action.object!, host, 'events/host-of-own-envoys')];
  // "Russia's defence ministry denied that its troops had killed civilians": a denial on behalf of
  // one's own side is not aimed at it, but at whoever accused that side.
  if (!literal && code === '016') targets = targets.filter((t) => !sources.some((s) => sideOf(s.code) === sideOf(t.code)));
  // "Turkey's foreign ministry denied responsibility": a denial of the last accusation against it.
  if (targets.length === 0 && !literal && code === '016') {
    const accusation = lastAccuser(d, action, sources.map((m) => m.code));
    const accuser = accusation?.source;
    if (accuser) targets = [inferredFrom(accuser, 'events/target-from-accusation')];
  }
  // "South Korea warned that it would respond strongly if the North took further steps": a threat
  // that names no one is aimed at whoever its condition is about.
  if (targets.length === 0 && !literal && code.startsWith('13')) {
    const own = new Set(sources.map((m) => sideOf(m.code)));
    for (const o of d.clausesOf(action.sentence)) {
      if (o.verb.tokenStart <= action.verb.tokenStart || !isCondition(d, o)) continue;
      const about = d.actorsOf(d.subjectOf(o)).filter((m) => !own.has(sideOf(m.code)));
      if (about.length > 0) { targets = about.map((m) => inferredFrom(m, 'events/target-from-condition')); break; }
    }
  }
  // "Odinga rejected the result of the election": the count a challenger rejects is the state's.
  // ("refused to accept the official results": the count is what the refusal's infinitive takes.)
  const refusedAct = action.complement?.kind === 'to-infinitive' ? d.clauseById.get(action.complement.clause) : undefined;
  const outcome = [targetPhrase, action.object, refusedAct?.object].find((id) => id !== undefined && ELECTION_OUTCOMES.has(d.tokens[phrases[id]?.head ?? -1]?.lemma ?? ''));
  const challenger = sources[0];
  // (A challenger is a party, candidate or movement at home: "Argentina, Chile and Peru rejected the result" reject another state's count.)
  if (targets.length === 0 && !literal && /^12/.test(code) && outcome !== undefined && challenger && !NO_COUNTRY.test(challenger.code) && challenger.code.length > 3 && !STATE_ROLES.has(challenger.code.slice(3, 6))) {
    targets = [d.placedMention(outcome, `${challenger.code.slice(0, 3)}GOV`, 'events/target-from-election-result')];
  }
  // "Argentina, Chile and Peru refused to accept the official result announced by Venezuela's electoral
  // council": states rejecting a count reject the government of the one other country the sentence names.
  if (targets.length === 0 && !literal && /^12/.test(code) && outcome !== undefined && sources.length > 0 && sources.every((m) => STATE_CODE.test(m.code))) {
    const own = new Set(sources.map((m) => m.code.slice(0, 3)));
    const others = [...d.countriesIn(action.sentence)].filter((country) => !own.has(country));
    if (others.length === 1) targets = [d.placedMention(outcome, `${others[0]}GOV`, 'events/target-from-election-result')];
  }
  // "Ukraine's Supreme Court annulled the result of the presidential run-off": a state's court finding
  // against an election's outcome finds against the state's government.
  const court = sources[0];
  const annulled = action.object !== undefined && ANNULLED_OUTCOMES.has(d.tokens[phrases[action.object]?.head ?? -1]?.lemma ?? '');
  if (targets.length === 0 && !literal && code === '116' && annulled && court && /^[A-Z]{3}JUD/.test(court.code)) {
    targets = [d.placedMention(action.object!, `${court.code.slice(0, 3)}GOV`, 'events/target-from-election-result')];
  }
  // "Protesters demanded that Gyurcsany resign ... Gyurcsany refused to resign": a refusal that names no
  // one answers the last demand made of its side by another.
  if (targets.length === 0 && !literal && code.startsWith('12')) {
    const own = new Set(sources.map((m) => sideOf(m.code)));
    const demand = d.events.findLast((e) => /^10/.test(e.cameo) && !!e.target && own.has(sideOf(e.target.code)) && !own.has(sideOf(e.source.code)));
    if (demand) targets = [inferredFrom(demand.source, 'events/target-from-last-demand')];
  }
  // "Cambodia said it was extremely troubled": dismay that names no one is at the last act told by another side.
  if (targets.length === 0 && !literal && code.startsWith('11') && match.pattern.id.startsWith('frames/dismay-predicates#')) {
    const act = lastActByOther(d, action, sources.map((m) => m.code));
    if (act) targets = [inferredFrom(act.source, 'events/target-from-last-act')];
  }
  // "retaliating for Algeria's decision to expel 12 French embassy staff": a reprisal told as done is
  // force only after force against its side, or when aimed at a party ("retaliated against Israel");
  // in kind, the verbs around it tell what it was.
  // (A party, not an act of its: "retaliating against New Delhi's decision" answers the decision.)
  const aimed = action.preps.some((p) => p.prep === 'against' && d.actorsOf(p.np).length > 0 && !referringNoun(d, phrases[p.np]?.head ?? -1));
  // "retaliated with air strikes on Hamas targets": a reprisal whose pattern names its means (words
  // beyond prepositions) is force whatever came before.
  const armed = match.wordTokens.some((t) => d.tokens[t]?.pos !== 'ADP');
  if (!literal && !intent && !aimed && !armed && FORCE_CODE.test(code) && !answersForce(d, action, sources.map((m) => m.code))) {
    trace?.({ kind: 'clause', clause: action.id, verb: action.verb.lemma, note: `${match.pattern.id} matched, but the story told of no force this reprisal answers` });
    return undefined;
  }
  // "Mubarak stepped down, bowing to 18 days of mass protests": a leader who resigns with no one named
  // yields to the protesters (the story's last protest against his side, or those the sentence names).
  if (targets.length === 0 && !literal && code === '0831') {
    const yieldedTo = protestersBefore(d, action, sources.map((m) => m.code));
    if (yieldedTo) targets = [yieldedTo];
  }
  // "Israel struck Iran ... Iran vowed to retaliate": a reprisal answers the last hostile act against its side.
  if (targets.length === 0 && !literal) {
    const provoker = provokingAct(d, action, match.wordTokens, sources.map((m) => m.code))?.source;
    if (provoker) targets = [inferredFrom(provoker, 'events/target-from-provoking-act')];
  }
  // "a truce between Israel and Hezbollah ... brokered by the United States and France": a mediation
  // with no party of its own (or only its own place: "talks in Doha mediated by Qatar") is between the parties the sentence names.
  // So is hosting a gathering that names no guest ("Yeltsin hosted the signing ceremony").
  const hostingOthers = code === '043' && match.pattern.verb[0] === 'host' && !match.pattern.after.some((e) => e.kind === 'target');
  // (Not where the talks were held: "talks in Pretoria mediated by the African Union".)
  if (!literal && (code === '045' || hostingOthers)) targets = targets.filter((t) => !/^actors\/(place|capital-as-place)/.test(t.rule));
  if (targets.length === 0 && !literal && (code === '045' || hostingOthers)) {
    const parties = d.sentenceParties(action.sentence, sources.map((m) => m.code));
    // Mediation takes two sides; one other actor named is not enough to tell them.
    if (parties.length >= 2) targets = parties.slice(0, 2);
    // "... signed a peace agreement. Under the deal, brokered by Togo's President ...": the sides of the deal just told.
    else targets = lastAgreementSides(d, action.sentence, sources.map((m) => m.code));
  }
  // "Qatar mediated the deal", "the IMF hailed the agreement": both sides of the deal the story told of.
  if (referred?.joint && referred.event && targetPhrase === referred.phrase) {
    const { source: a, target: b } = referred.event;
    if (b) targets = [a, b].map((m) => inferredFrom(m, 'events/target-from-referred-act'));
  }
  return { sources, targets };
}

/**
 * Those a resignation yields to: the source of the story's last protest (CAMEO 14) against the
 * resigning side, else, when the sentence tells of protests as a noun ("after 11 days of mass street
 * protests"), the country's opposition.
 */
function protestersBefore(d: EventDocument, c: Clause, sourceCodes: readonly string[]): ActorMention | undefined {
  const own = new Set(sourceCodes.map(sideOf));
  for (const k of toldBefore(d, c.sentence, d.tokens[c.verb.head]?.start ?? c.start)) {
    const e = d.events[k]!;
    if (e.cameo.startsWith('14') && (!e.target || own.has(sideOf(e.target.code))) && !own.has(sideOf(e.source.code))) return inferredFrom(e.source, 'events/target-from-protest');
  }
  const country = sourceCodes[0]?.slice(0, 3);
  const nouns = d.resources.referringNouns;
  if (!country || NO_COUNTRY.test(sourceCodes[0]!) || !nouns) return undefined;
  const sentence = d.sentences[c.sentence];
  for (let i = sentence?.firstToken ?? 0; i < (sentence?.endToken ?? 0); i++) {
    const t = d.tokens[i]!;
    if (!nouns.get(t.lemma)?.codes?.includes('14')) continue;
    const p = d.phrases.find((q) => q.head === i && !q.conjuncts);
    if (p) return d.placedMention(p.id, `${country}OPP`, 'events/target-from-protest-noun');
  }
  // "Hasina resigned and fled as hundreds of thousands of protesters stormed her residence": protesters the sentence names.
  for (const p of d.phrases) {
    if (p.sentence !== c.sentence || p.conjuncts) continue;
    const protesters = d.actorsOf(p.id).find((m) => m.code === `${country}OPP` && m.phrase === p.id);
    if (protesters) return protesters;
  }
  return undefined;
}

/** The country of whoever ordered the clause's subject to act ("ordered the military to ..."). */
function commanderOf(d: EventDocument, c: Clause, subject: number | undefined): string | undefined {
  const parent = c.parent !== undefined ? d.clauseById.get(c.parent) : undefined;
  if (!parent || subject === undefined || parent.object !== subject || !COMMAND_VERBS.has(parent.verb.lemma)) return undefined;
  const code = d.actorsOf(d.subjectOf(parent))[0]?.code;
  return code && STATE_CODE.test(code) ? code.slice(0, 3) : undefined;
}

/** Whether every actor of a phrase is of the sources' own country (its state, forces or people). */
function ownSide(d: EventDocument, phrase: number | undefined, sources: readonly ActorMention[]): boolean {
  const named = d.actorsOf(phrase);
  const role = named.length === 0 ? d.roleOf(phrase) : undefined;
  if (role !== undefined) return STATE_ROLES.has(role) || role === 'COP';
  return named.length > 0 && named.every((t) => !NO_COUNTRY.test(t.code) && sources.some((s) => s.code.slice(0, 3) === t.code.slice(0, 3)));
}

/**
 * A state does not act on its own bare country ("Xi praised the friendship between China and
 * Pakistan" praises Pakistan); rebels and opposition do ("militants attacked Pakistan"). Several
 * sources acting together are one party with any of their country's actors.
 */
/** The countries of these mentions, bodies of no country left out. */
function countriesOf(mentions: readonly ActorMention[]): Set<string> {
  return new Set(mentions.filter((m) => !NO_COUNTRY.test(m.code)).map((m) => m.code.slice(0, 3)));
}

function sameParty(d: EventDocument, sources: readonly ActorMention[], s: ActorMention, t: ActorMention): boolean {
  const literalOnly = d.resources.literalOnly;
  const ownCountry = !literalOnly && t.code.length === 3 && STATE_CODE.test(s.code) && s.code.startsWith(t.code);
  // (Parties of one country acting together are no such group: "South Korean police and anti-corruption investigators arrested Yoon".)
  // (A body of no country is no second country: "pushed back by government troops and U.N. peacekeepers".)
  const countries = countriesOf(sources);
  return s.code === t.code || ownCountry || (!literalOnly && countries.size > 1 && s.code.slice(0, 3) === t.code.slice(0, 3));
}

function addEvents(d: EventDocument, c: Clause, reading: Reading, { sources, targets }: Parties): void {
  const { tokens, resources, events } = d;
  const { trace } = resources;
  const { action, intent, match, code, literal } = reading;
  const hasWords = match.pattern.after.some((e) => e.kind === 'words') || match.pattern.verb.length > 1;
  const report = reportAround(d.reportsBySentence.get(action.sentence) ?? [], action);
  // The trigger is the verb group and the pattern's own words, not the actors it bound.
  const lastWord = match.wordTokens.length > 0 ? Math.max(...match.wordTokens) : -1;
  const trigger = { start: Math.min(c.verb.start, action.verb.start), end: Math.max(action.verb.end, tokens[lastWord]?.end ?? action.verb.end) };
  // Whether a time is past is told by the verb of the clause it stands in ("would suspend the deal,
  // the prime minister said Tuesday": said last Tuesday), else by the event's own verbs.
  const eventPast = action.verb.tense === 'past' || c.verb.tense === 'past';
  const pastAt = (e: TimeExpression) => {
    let holder: Clause | undefined;
    for (const o of d.clausesOf(c.sentence)) if (o.start <= e.start && e.end <= o.end && (!holder || o.end - o.start < holder.end - holder.start)) holder = o;
    return holder ? holder.verb.tense === 'past' : eventPast;
  };
  const date = dateFor(ownTimes(d, action, d.expressionsBySentence.get(c.sentence) ?? []), c.sentence, trigger.start, d.dates.reference, pastAt);
  const pairs: [ActorMention, ActorMention | undefined][] = [];
  // Parties acting together with no target act on one another ("Moscow and Beijing agreed to ...",
  // "Azerbaijan and Armenia clashed on Sunday"), except:
  // - a joint statement or appeal (roots 01, 02), or a visit made together ("Australian and New
  //   Zealand aircraft landed in Vanuatu");
  // - aid, given or pledged (07, 033): donors together give to a third party ("Both Australia and New
  //   Zealand pledged millions of dollars in emergency aid"), not to each other;
  // - force used together on a party not resolved ("Soldiers and police surrounded the home",
  //   "Russian and Syrian troops clashed with rebels"); an object that is the pattern's own words
  //   ("exchanged artillery fire"), or arms fought with ("fought with tanks"), is no party;
  // - words of conflict said together ("Saudi Arabia, the UAE, Bahrain and Egypt cut ties, accusing
  //   the Gulf state of ..."), unless the clause says so ("accused each other", "traded accusations").
  // - an inquiry or watch kept together ("Qatar, Egypt and the United States would monitor its
  //   implementation"): on a third party, if any.
  const objectHead = action.object !== undefined ? d.phrases[action.object]?.head : undefined;
  const actedOnOther = /^(1[4-9]|20)/.test(code) && ((objectHead !== undefined && !match.wordTokens.includes(objectHead)) || action.preps.some((p) => /^(with|against)$/.test(p.prep) && !absolute(d, p) && (d.actorsOf(p.np).length > 0 || d.roleOf(p.np) !== undefined)));
  const wordsOfConflict = /^1[0-3]/.test(code) && !reciprocal(d, action);
  if (targets.length === 0 && sources.length > 1 && (literal || match.compound || (!/^(0[12]|04[23]|033|07)/.test(code) && !/^09/.test(match.pattern.code ?? '') && !wordsOfConflict && !actedOnOther))) {
    // Of three countries or more, the clause does not say which act on which ("The leaders of Russia,
    // Ukraine, Germany and France agreed on a ceasefire": two sides and two mediators).
    // (Bodies count apart: "The United Nations, the African Union and ECOWAS issued a joint statement".)
    const countries = new Set(sources.map((m) => m.code.slice(0, /^(IGO|NGO|MNC)/.test(m.code) ? 6 : 3)));
    if (literal || countries.size <= 2) {
      // (A state and its own government named apart are one party: "Cambodia ... downgraded its ties".)
      // Nor are a state's soldiers and police acting side by side ("Guatemalan soldiers and police
      // fired tear gas", "police and paramilitary forces ... ending a sit-in"): unless the clause says
      // they fought each other, they act on a third party.
      const oneForce = (a: ActorMention, b: ActorMention) => !reciprocal(d, action) && [a, b].every((m) => /^[A-Z]{3}(MIL|COP)/.test(m.code));
      const oneState = (a: ActorMention, b: ActorMention) => !literal && a.code.slice(0, 3) === b.code.slice(0, 3) && ((isStateCode(a.code) && isStateCode(b.code)) || oneForce(a, b));
      for (const a of sources) for (const b of sources) if (a !== b && a.code !== b.code && !oneState(a, b)) pairs.push([a, b]);
    } else trace?.({ kind: 'clause', clause: action.id, verb: action.verb.lemma, note: `${match.pattern.id} matched, but ${countries.size} countries acting together do not say who acts on whom` });
  } else if (targets.length === 0) {
    // A protest says enough with no target ("protesters rallied in Tbilisi"); other bare verbs do not.
    // (Acts with words of their own are kept for now: a participle after them may name whom they aim
    // at, and a later sentence may name them again; see the stage's final filter.)
    if ((!hasWords && !code.startsWith('14')) || literal) {
      trace?.({ kind: 'clause', clause: action.id, verb: action.verb.lemma, note: `${match.pattern.id} matched, but a bare verb with no target says too little to code` });
      // "The ambassador warned that China would impose sanctions": the warning is what it says will
      // happen, so that is coded by itself (its modal makes it the threat).
      if (c.complement && !literal && code.startsWith('13')) d.release(c.complement.clause);
      return;
    }
    for (const a of sources) pairs.push([a, undefined]);
  } else {
    // (Coded both ways, a pair is one side either way round: "Iran reached a deal to curb Tehran's nuclear program".)
    const both = !!match.pattern.reverseCode && !literal;
    for (const a of sources) for (const b of targets) if (!sameParty(d, sources, a, b) && !(both && sameParty(d, [b], b, a))) pairs.push([a, b]);
  }
  for (const [s, t] of pairs) {
    // An intent is one side's statement, so a paired pattern's reverse event is not coded for it.
    const reverse: [ActorMention, ActorMention | undefined, string][] = match.pattern.reverseCode && t && !intent && code === match.pattern.code ? [[t, s, match.pattern.reverseCode]] : [];
    const taken = !literal && t ? codeForParties(code, s, t, action.verb.lemma) : code;
    const directions: [ActorMention, ActorMention | undefined, string][] = [[s, t, taken], ...reverse];
    for (const [from, to, cameo] of directions) {
      const key = `${c.sentence}|${from.code}|${to?.code ?? ''}|${cameo}`;
      if (d.seen.has(key)) continue;
      d.seen.add(key);
      // "bombed a market in Omdurman, killing 20 civilians": the participle tells how the same act
      // ended. Its victims make a place-only target exact; they are not a second event.
      const same = action.rule === 'syntax/clause#participle' && to
        ? events.findIndex((e) => e.sentence === c.sentence && e.clause === action.subjectFrom && e.source.code === from.code && (e.cameo.slice(0, 2) === cameo.slice(0, 2) || e.cameo.slice(0, 2) === code.slice(0, 2) || AIMING_VERBS.has(action.verb.lemma)))
        : -1;
      // "attacked a village, setting fire to homes": a participle with no target of its own, of the
      // same quad class as the act it follows, tells how that act was done.
      if (!to && action.rule === 'syntax/clause#participle') {
        const governing = events.find((e) => e.sentence === c.sentence && e.clause === action.subjectFrom && e.source.code === from.code);
        if (governing && quadOfRoot(cameoRoot(governing.cameo)) === quadOfRoot(cameoRoot(cameo))) {
          trace?.({ kind: 'event', clause: action.id, event: `${from.code} -> - ${cameo}`, note: `how event ${governing.id} was done, merged into it` });
          continue;
        }
      }
      if (same >= 0 && to) {
        // "announced export controls, targeting U.S. defence firms": whom the act aims at, not a new act.
        const earlier: CodedEvent = events[same]!;
        // ("attacked two military checkpoints near the Afghan border, killing 24 Pakistani soldiers":
        // those killed say whose posts they were.)
        if (!earlier.target || earlier.target.code === to.code.slice(0, 3) || d.installations.has(earlier.target.phrase)) events[same] = { ...earlier, target: actorRef(to) };
        trace?.({ kind: 'event', clause: action.id, event: `${from.code} -> ${to.code} ${cameo}`, note: `the outcome of event ${earlier.id}, merged into it` });
        continue;
      }
      const n = d.perSentence.get(c.sentence) ?? 0;
      d.perSentence.set(c.sentence, n + 1);
      const reporter = report?.reporter ?? report?.speaker;
      trace?.({ kind: 'event', clause: action.id, event: `${from.code} -> ${to?.code ?? '-'} ${cameo}`, note: `${intent ? 'intent frame over ' : ''}${match.pattern.id}${action.verb.passive ? ' (passive: by-phrase is the source)' : ''}` });
      events.push({
        id: `${d.record.doc.id}:${c.sentence}:${n}`, sentence: c.sentence, clause: action.id,
        source: actorRef(from), cameo, trigger, dateSource: date ? (date.fromText ? 'expression' : 'document') : 'none',
        rule: (intent ? 'events/intent-frame+' : '') + match.pattern.id,
        start: trigger.start, end: trigger.end,
        ...(to ? { target: actorRef(to) } : {}),
        ...(date ? { date: { value: date.value, precision: date.precision } } : {}),
        ...(reporter !== undefined ? { reportedBy: reporter } : {}),
      });
    }
  }
}

/** An earlier event's party, taken as this one's by inference ("the last act against its side"). */
function inferredFrom(m: EventActor, rule: string): ActorMention {
  return { phrase: m.phrase, start: m.start, end: m.end, code: m.code, rule, resolution: 'inferred' };
}

function actorRef(m: ActorMention): EventActor {
  return { code: m.code, phrase: m.phrase, start: m.start, end: m.end };
}

// Where a party's dismay is aimed: "disappointed at", "outraged by", "dismayed over", "unhappy with", "troubled about".
const DISMAY_PREPOSITIONS = new Set(['at', 'by', 'over', 'with', 'about', 'for']);

// Words opening a clause that sets the scene of another ("where he was attending", "while she was visiting").
const SCENE_OPENERS = new Set(['where', 'while', 'as', 'when', 'who']);

/** Sources of one country ("Sudan's army and the paramilitary Rapid Support Forces"). */
function oneCountry(sources: readonly ActorMention[]): boolean {
  return sources.length > 0 && sources.every((m) => m.code.slice(0, 3) === sources[0]!.code.slice(0, 3));
}

/**
 * A target placed only by the dateline: a bare role, or a named person a state's force acts on
 * ("MEXICO CITY - Ecuadorean police arrested former Vice President Jorge Glas": Ecuador's own).
 */
function weaklyPlaced(target: ActorMention, source: ActorMention): boolean {
  return target.rule === 'actors/agent+dateline' || (target.rule === 'actors/named-agent+dateline' && /^[A-Z]{3}(COP|MIL|JUD|SPY)$/.test(source.code));
}

/**
 * The two sides of the last agreement, ceasefire or talks told in this sentence or the one before
 * (an event with a target, by parties other than `exclude`), for whoever brokered it.
 */
function lastAgreementSides(d: EventDocument, sentence: number, exclude: readonly string[]): ActorMention[] {
  // (Two sides: not a state and its own organs.)
  const sides = (a: string, b: string) => a !== b && !(a.slice(0, 3) === b.slice(0, 3) && STATE_CODE.test(a) && STATE_CODE.test(b));
  const e = d.events.findLast((x) => x.sentence <= sentence && sentence - x.sentence <= 1 && !!x.target && /^(057|03|087|046)/.test(x.cameo) && sides(x.source.code, x.target.code) && !exclude.includes(x.source.code) && !exclude.includes(x.target.code));
  return e?.target ? [inferredFrom(e.source, 'events/target-from-agreement'), inferredFrom(e.target, 'events/target-from-agreement')] : [];
}

/**
 * ", with warplanes striking RSF bases": "with" after a comma tells what went on meanwhile (an
 * absolute phrase), not whom the clause's parties acted with or against.
 */
function absolute(d: EventDocument, p: PrepObject): boolean {
  return p.prep === 'with' && d.tokens[p.tokenIndex - 1]?.text === ',';
}

/** "no justification", "no possible justification", "no legal basis": a phrase that opens with "no", as the key no_HEAD (its head's lemma). */
function deniedWarrant(d: EventDocument, np: number): string | undefined {
  const phrase = d.phrases[np];
  if (!phrase || d.tokens[phrase.tokenStart]?.lower !== 'no') return undefined;
  return `no_${d.tokens[phrase.head]?.lemma ?? ''}`;
}

/**
 * Whether a commitment ("agreed", "pledged", "promised") governs a "that" clause saying what its own
 * side will do: the clause's subject is one of the committing parties, or their own people
 * ("their foreign secretaries", "the two sides"), and its verb is in the future.
 */
function agreedAhead(d: EventDocument, c: Clause, complement: Clause): boolean {
  const { frames } = d.resources;
  if (d.resources.literalOnly || !frames.commitmentVerbs.has(c.verb.lemma) || c.verb.negated || complement.verb.negated) return false;
  if (!AHEAD_MODALS.has(complement.verb.modal ?? '')) return false;
  const committing = new Set(d.actorsOf(d.subjectOf(c)).map((m) => m.code.slice(0, 3)));
  const doing = d.actorsOf(d.subjectOf(complement)).map((m) => m.code.slice(0, 3));
  // (Only an action a pattern codes: "vowed that Nigeria would overcome the insurgents" is no commitment to cooperate.)
  return committing.size > 0 && doing.length > 0 && doing.every((code) => committing.has(code)) && bestMatch(d, complement) !== undefined;
}

// Verbs of denying that what follows happened.
const DENYING_VERBS = new Set(['deny', 'refute']);

/** A state's own code: the bare country, or its government. */
function isStateCode(code: string): boolean {
  return STATE_ITSELF.test(code);
}
