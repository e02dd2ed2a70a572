import type { Clause, NounPhrase } from '../../domain/syntax.js';
import type { CodedEvent } from '../../domain/events.js';
import type { EventDocument } from './event-document.js';
import type { ReferredKind } from '../../dictionaries/frames/load-referring-nouns.js';
import { FORCE_CODE, NAMING_VERBS, NO_COUNTRY } from './_words.js';
import { isCondition } from './clause-readings.js';

const DEFINITE = new Set(['the', 'this', 'these', 'that', 'those', 'such']);
// Closed class: risings against a state's own government.
const COUP_WORDS = new Set(['coup', 'putsch', 'mutiny', 'uprising', 'rebellion', 'revolt']);
// Closed class: verbs that make, issue or announce a step ("issued a decree", "took the decision",
// "read out its ruling": a court's ruling is announced so).
const MAKING_VERBS = new Set(['issue', 'sign', 'pass', 'adopt', 'impose', 'announce', 'propose', 'introduce', 'declare', 'enact', 'approve', 'unveil', 'present', 'table', 'submit', 'take', 'make', 'launch', 'order', 'deliver', 'hand', 'read', 'draft', 'decree']);
const INDEFINITE = new Set(['a', 'an']);
/**
 * How many sentences back a noun may reach for the act it names again. Long articles name the act
 * again after a paragraph of reactions ("North Korea conducted its sixth nuclear test ... [four
 * sentences] ... Abe called the test absolutely unacceptable"); three sentences missed those.
 */
const REACH = 5;
/** Most words between a verb and the "what" of a naming it acts on ("expressed 'strong dissatisfaction and protest' at what"). */
const NAMING_GAP = 8;
/** Acts of aid or material help, done or promised. */
const AID = /^(06|07|031|033)/;

// Pronouns that a naming with blame may give an act ("called it inexcusable", "called this a provocation").
const ACT_PRONOUNS = new Set(['it', 'this', 'that']);
// ... and only a threat or a material act: a statement condemned as "it" is seldom the one just told.
const ANY_CODED_ACT: ReferredKind = { codes: ['13', '14', '15', '16', '17', '18', '19', '20'], joint: false, anyAct: false };
// Praise ("called it a massive step forward") is of something done: cooperation or force, not a threat or a protest.
const ANY_PRAISED_ACT: ReferredKind = { codes: ['0', '15', '16', '17', '18', '19', '20'], joint: false, anyAct: false };

export interface ReferredAct {
  /** The phrase that names the act again. */
  readonly phrase: number;
  /** The act as coded; none when the act is one no pattern codes ("a move" after "Japan began discharging water"). */
  readonly event?: CodedEvent;
  /** Whoever did it: the act's source, with those it was done together with ("Britain, Canada and Australia recognised ..."). */
  readonly doers: readonly string[];
  /** An act of two sides ("the deal"): both are acted on. */
  readonly joint: boolean;
}

/**
 * "Two Russian missiles struck Sumy ... Macron condemned the attack": the clause's object names again,
 * with a definite noun and no party of its own, the last act of its kind the story told of. That
 * act's doer is whom the clause acts on. The reacting side's own act, or one it did jointly, has
 * no other doer to act on: the reference stops there.
 */
export function referredAct(d: EventDocument, c: Clause, sourceCodes: readonly string[], named?: number, judging: 'blame' | 'praise' | undefined = undefined): ReferredAct | undefined {
  const nouns = d.resources.referringNouns;
  if (!nouns || d.resources.literalOnly) return undefined;
  const naming = named === undefined && c.object === undefined ? namedInNaming(d, c) : undefined;
  const p = named !== undefined ? d.phrases[named] : c.object !== undefined ? d.phrases[c.object] : naming ?? gappedObject(d, c);
  if (!p) return undefined;
  const own = new Set(sourceCodes.map(sideOf));
  // "Hatoyama called it inexcusable", "Turkey condemned it": "it" blamed, unless it is another party,
  // is the act just told.
  // So is one that takes its party from an earlier sentence: an act is named more often than a party.
  const pronoun = judging !== undefined && p.id === c.object && ACT_PRONOUNS.has(d.tokens[p.head]?.lower ?? '')
    && (d.actorsOf(p.id).every((m) => own.has(sideOf(m.code))) || !namedEarlierInSentence(d, p));
  if (!pronoun && d.actorsOf(p.id).length > 0) return undefined;
  if (!pronoun && (p.id === c.object || p.id === named) && !namesAnActAgain(d, p, judging === 'blame')) return undefined;
  const kind = pronoun ? (judging === 'praise' ? ANY_PRAISED_ACT : ANY_CODED_ACT) : referringNoun(d, p.head);
  if (kind === undefined) return undefined;
  const roots = kind.codes;
  const doneBy = pronoun ? undefined : doneByBefore(d, p, own, sourceCodes);
  if (doneBy !== undefined) return doneBy ?? undefined;
  // (A step named again by the noun it was made with is that maker's, before any act told since.)
  const made = pronoun || !kind.anyAct ? undefined : sameNounBefore(d, c, p, own);
  if (made) return made;
  // "..., a move Beijing condemned as selfish": an aside renames what the clause just before it told.
  const aside = kind.anyAct && p.id !== c.object && p.id !== named && d.tokens[p.tokenStart - 1]?.text === ',';
  if (aside) return actBefore(d, c, p, p.tokenStart - 1, p.sentence, own, takenOnly(kind));
  // "Britain, which expelled 23 Russian diplomats earlier this month, ...": an act told in passing in a
  // relative clause is named again only when no act of the kind was told in the story's own clauses.
  for (const k of passingLast(d, [toldBefore(d, c.sentence, p.start), toldInLead(d, c.sentence)])) {
    const e = d.events[k]!;
    if ((roots !== null && !roots.some((r) => e.cameo.startsWith(r))) || (kind.joint && !e.target)) continue;
    // "North Korea shelled the island and the South fired back ... The White House condemned the
    // attack": an answer in kind is not the act named again.
    const told = d.clauseById.get(e.clause);
    if (told && toldAsReprisal(d, told)) continue;
    const doers = sameClause(d, k);
    // The act's doers include the reacting side (its own act, or one done jointly): no target.
    if (doers.some((o) => own.has(sideOf(o.source.code)))) return undefined;
    const together = [...new Set(doers.filter((o) => o.cameo === e.cameo && o.target?.code === e.target?.code).map((o) => o.source.code))];
    return { phrase: p.id, event: e, doers: together.length > 0 ? together : [e.source.code], joint: kind.joint };
  }
  // "Sall said he had repealed the decree ... Opposition candidates denounced the move": a step no
  // pattern codes is still someone's; its doer is whoever last did something in the story.
  return kind.anyAct ? actBefore(d, c, p, p.tokenStart, p.sentence - ACT_REACH, own, takenOnly(kind)) : undefined;
}

/**
 * "foiled a coup attempt by a group of soldiers ... The African Union condemned the attempt": the same
 * noun told before with its doer in a "by" phrase. `null` when that doer is the reacting side.
 */
function doneByBefore(d: EventDocument, p: NounPhrase, own: ReadonlySet<string>, sourceCodes: readonly string[]): ReferredAct | null | undefined {
  const lemma = d.tokens[p.head]?.lemma;
  for (let k = p.id - 1; k >= 0; k--) {
    const q = d.phrases[k]!;
    if (q.sentence < p.sentence - REACH) break;
    if (q.tokenEnd > p.tokenStart || d.tokens[q.head]?.lemma !== lemma || d.tokens[q.tokenEnd]?.lower !== 'by') continue;
    const by = d.phraseStarts.get(q.tokenEnd + 1);
    const doers = by ? d.actorsOf(by.id).map((m) => m.code) : [];
    if (doers.length === 0) continue;
    // (A state's soldiers rising against its government are not its side: "a coup attempt by a group of
    // soldiers ... the government spokesman called the attempt cowardly".)
    const rising = COUP_WORDS.has(lemma ?? '') || COUP_WORDS.has(d.tokens[q.head - 1]?.lemma ?? '');
    if (doers.some((code) => (rising ? sourceCodes.includes(code) : own.has(sideOf(code))))) return null;
    return { phrase: p.id, doers: [...new Set(doers)], joint: false };
  }
  return undefined;
}

/**
 * "Wahid had issued a decree ..., but the armed forces refused to enforce it and the Supreme Court said
 * the decree was unconstitutional": a step named again by the noun an earlier clause gave it as its
 * object is that clause's subject's, whatever was told in between.
 */
function sameNounBefore(d: EventDocument, c: Clause, p: NounPhrase, own: ReadonlySet<string>): ReferredAct | undefined {
  const lemma = d.tokens[p.head]?.lemma;
  const reporting = d.resources.frames.reportingVerbs;
  // (Back to the story's start: "Montenegro's parliament passed a law ... [six sentences] ... Vucic criticised the law".)
  for (let s = p.sentence; s >= 0; s--) {
    const clauses = d.clausesOf(s).filter((o) => o.verb.tokenEnd <= p.tokenStart && o.id !== c.id && o.object !== undefined && o.object !== p.id).sort((a, b) => b.verb.tokenStart - a.verb.tokenStart);
    for (const o of clauses) {
      const object = d.phrases[o.object!]!;
      // (Only where the step is made, not where it is named again or answered: "Kishida called the move
      // dangerous", "Medvedev endorsed a peace plan brokered by Sarkozy".)
      if (reporting.has(o.verb.lemma) || o.verb.passive || !MAKING_VERBS.has(o.verb.lemma) || DEFINITE.has(d.tokens[object.tokenStart]?.lower ?? '') || d.tokens[object.head]?.lemma !== lemma) continue;
      const coded = d.events.filter((e) => e.clause === o.id);
      const doers = coded.length > 0 ? coded.map((e) => e.source.code) : d.actorsOf(d.subjectOf(o)).map((m) => m.code);
      if (doers.length === 0) continue;
      if (doers.some((code) => own.has(sideOf(code)))) return undefined;
      return { phrase: p.id, doers: [...new Set(doers)], joint: false };
    }
  }
  return undefined;
}

/**
 * A step ("the move", "the decision") is one taken, told in the past; a proposal or offer (nouns that
 * can name an appeal, 02) is told as what a party would do ("Russia would order a ceasefire").
 */
function takenOnly(kind: ReferredKind): boolean {
  return !(kind.codes ?? []).includes('02');
}

// Who takes steps: a state's organs and international bodies.
const STEP_TAKERS = /^(IGO|[A-Z]{3}(GOV|MIL|COP|SPY|JUD|LEG)?$)/;

/** Sentences back a step named again ("the move") may reach for an act no pattern coded: one, unlike a coded act (REACH). */
const ACT_REACH = 1;

/**
 * The doers of the last act told before token `before`, back to sentence `from`, coded or not:
 * the last clause that is no report and whose doer is known (a coded event's source, else the
 * subject, inherited by a gerund or participle: "Japan began discharging water"). The reacting
 * side's own act has no other doer: none.
 */
function actBefore(d: EventDocument, c: Clause, p: NounPhrase, before: number, from: number, own: ReadonlySet<string>, taken: boolean): ReferredAct | undefined {
  const reporting = d.resources.frames.reportingVerbs;
  for (let s = p.sentence; s >= Math.max(0, from); s--) {
    const clauses = d.clausesOf(s).filter((o) => o.verb.tokenEnd <= before).sort((a, b) => b.verb.tokenStart - a.verb.tokenStart);
    for (const o of clauses) {
      // (Not the reacting clause itself: "Ukraine's foreign ministry dismissed the proposal".)
      if (o.id === c.id || reporting.has(o.verb.lemma) || NAMING_VERBS.has(o.verb.lemma) || (taken && o.verb.tense !== 'past') || isCondition(d, o)) continue;
      const coded = d.events.filter((e) => e.clause === o.id && e.sentence === s);
      const by = o.verb.passive ? o.preps.find((q) => q.prep === 'by')?.np : undefined;
      // A step no pattern coded is a state's or a body's (a government's decision, not rescuers' search).
      const doers = (coded.length > 0 ? coded.map((e) => e.source.code) : d.actorsOf(o.verb.passive ? by : d.subjectOf(o)).map((m) => m.code)).filter((code) => STEP_TAKERS.test(code));
      if (doers.length === 0) continue;
      if (doers.some((code) => own.has(sideOf(code)))) return undefined;
      return { phrase: p.id, doers: [...new Set(doers)], joint: false };
    }
  }
  return undefined;
}

/** A clause told by a verb of reprisal, alone or with the word after it ("retaliated", "fired back", "returned fire"). */
export function toldAsReprisal(d: EventDocument, c: Clause): boolean {
  const verbs = d.resources.frames.reprisalVerbs;
  return verbs.has(c.verb.lemma) || verbs.has(`${c.verb.lemma}_${d.tokens[c.verb.head + 1]?.lower ?? ''}`);
}

/** The kind of act a noun names again, by its lemma or, for a gerund the tagger took for a verb ("the downing" -> "down"), its word. */
export function referringNoun(d: EventDocument, token: number): ReferredKind | undefined {
  const t = d.tokens[token];
  const nouns = d.resources.referringNouns;
  if (!t || !nouns) return undefined;
  // "the hostage-taking": a hyphenated compound is looked up whole first; its head alone ("taking") names nothing.
  const hyphen = d.tokens[token - 1];
  const first = d.tokens[token - 2];
  const compound = hyphen?.text === '-' && first && first.end === hyphen.start && hyphen.end === t.start ? nouns.get(`${first.lower}-${t.lower}`) : undefined;
  return compound ?? nouns.get(t.lemma) ?? nouns.get(t.lower);
}

/**
 * "the attack", "these strikes": a definite phrase headed by a noun that names an act again. Blamed,
 * an indefinite one with a word of judgement names it again too ("Biden condemned an unprovoked
 * attack", "denounced a reckless assault"): a reaction seldom introduces an act of its own. Only acts
 * of force: "demanded an immediate ceasefire" asks for a new one.
 */
export function namesAnActAgain(d: EventDocument, p: NounPhrase, blamed = false): boolean {
  const kind = referringNoun(d, p.head);
  if (!kind) return false;
  const first = d.tokens[p.tokenStart]?.lower ?? '';
  // ("Condemned a brutal attack on a school in Berlin" tells of an act of its own.)
  const ownAct = /^(on|against|in|at|by)$/.test(d.tokens[p.tokenEnd]?.lower ?? '');
  return DEFINITE.has(first) || (blamed && INDEFINITE.has(first) && p.head > p.tokenStart + 1 && !ownAct && !!kind.codes?.some((r) => FORCE_CODE.test(r)));
}

/**
 * "..., a move Beijing condemned as selfish", "in a move the court condemned", "a decision that
 * Netanyahu said rewarded terror": the phrase just before a clause's subject, set off as an aside,
 * is what the clause acts on.
 */
function gappedObject(d: EventDocument, c: Clause): NounPhrase | undefined {
  const subject = c.subject !== undefined ? d.phrases[c.subject] : undefined;
  if (!subject) return undefined;
  const linked = /^(that|which)$/.test(d.tokens[subject.tokenStart - 1]?.lower ?? '');
  const p = d.phraseEndingAt(subject.tokenStart - (linked ? 1 : 0));
  if (!p || !/^(a|an)$/.test(d.tokens[p.tokenStart]?.lower ?? '')) return undefined;
  return /^(,|in|—|–|-)$/.test(d.tokens[p.tokenStart - 1]?.text ?? '') ? p : undefined;
}

/**
 * "The UAE condemned what it called terrorist attacks", "expressed protest at what it called a clear
 * overreaction": the clause acts on what the naming right after its verb names. The naming says the
 * speaker means an act already told of, so the noun needs no "the".
 */
function namedInNaming(d: EventDocument, c: Clause): NounPhrase | undefined {
  const next = d.clausesOf(c.sentence).find((o) => o.verb.tokenStart >= c.verb.tokenEnd);
  if (!next || next.object === undefined || next.subject === undefined || !NAMING_VERBS.has(next.verb.lemma)) return undefined;
  const what = (d.phrases[next.subject]?.tokenStart ?? 0) - 1;
  if (d.tokens[what]?.lower !== 'what' || what - c.verb.tokenEnd > NAMING_GAP) return undefined;
  return d.phrases[next.object];
}

/**
 * Indexes of the events told before character `at`, in `sentence` and the REACH sentences before
 * it, latest first. Clauses are coded in text order, so the story's events are in sentence order
 * while they are coded, and the walk stops at the first one too far back.
 */
export function* toldBefore(d: EventDocument, sentence: number, at: number): Generator<number> {
  for (let k = d.events.length - 1; k >= 0; k--) {
    const e = d.events[k]!;
    if (e.sentence < sentence - REACH) return;
    if (e.end <= at) yield k;
  }
}

/** Events in the order given, those told in a relative clause held back until the others are spent. */
function* passingLast(d: EventDocument, runs: readonly Iterable<number>[]): Generator<number> {
  const held: number[] = [];
  for (const run of runs) for (const k of run) {
    if (d.clauseById.get(d.events[k]!.clause)?.rule === 'syntax/clause#relative') held.push(k);
    else yield k;
  }
  yield* held;
}

/**
 * The events of the story's lead sentence, when it lies beyond REACH: reactions at the end of a long
 * story ("Japan's government also condemned the shelling") name again the act its lead told.
 */
function* toldInLead(d: EventDocument, sentence: number): Generator<number> {
  const lead = d.events[0]?.sentence;
  if (lead === undefined || lead >= sentence - REACH) return;
  for (let k = d.events.length - 1; k >= 0; k--) if (d.events[k]!.sentence === lead) yield k;
}

/** The events coded from the same clause as event `k`: a clause's events are added together, among its sentence's. */
function sameClause(d: EventDocument, k: number): CodedEvent[] {
  const e = d.events[k]!;
  let from = k;
  while (from > 0 && d.events[from - 1]!.sentence === e.sentence) from--;
  const found: CodedEvent[] = [];
  for (let i = from; i < d.events.length && d.events[i]!.sentence === e.sentence; i++) if (d.events[i]!.clause === e.clause) found.push(d.events[i]!);
  return found;
}

/**
 * Which side an actor is on: an organisation, or a country's state (its government, forces, police
 * and spies act as one), or one of the country's other parts (its parliament, opposition, rebels,
 * people), which react to the state's acts as parties of their own ("Parliament speaker Ghannouchi
 * denounced the move" after the president froze parliament).
 */
export function sideOf(code: string): string {
  if (NO_COUNTRY.test(code)) return code.slice(0, 6);
  const role = code.slice(3, 6);
  return STATE_SIDE.test(role) ? code.slice(0, 3) : code.slice(0, 6);
}

// Roles of a country's state: they act as one side with the bare country.
const STATE_SIDE = /^(|GOV|MIL|COP|SPY)$/;

/**
 * "an attack Baghdad blamed on Turkish forces ... Turkey's foreign ministry denied responsibility":
 * a denial that names no one answers the last accusation (CAMEO 11) made against the denying side.
 */
export function lastAccuser(d: EventDocument, c: Clause, sourceCodes: readonly string[]): CodedEvent | undefined {
  if (d.resources.literalOnly) return undefined;
  const own = new Set(sourceCodes.map(sideOf));
  for (const k of toldBefore(d, c.sentence, d.tokens[c.verb.head]?.start ?? c.start)) {
    const e = d.events[k]!;
    if (e.cameo.startsWith('11') && e.target && own.has(sideOf(e.target.code)) && !own.has(sideOf(e.source.code))) return e;
  }
  return undefined;
}

/**
 * "Germany will send tanks to Ukraine ... Washington would supply 31 M1 Abrams tanks": aid or
 * material help (CAMEO 06, 07) that names no recipient goes to whoever the story's last such act,
 * by another party, went to. `code` is the act's own code, before any intent frame.
 */
export function lastRecipient(d: EventDocument, c: Clause, code: string, sourceCodes: readonly string[]): CodedEvent['target'] {
  if (d.resources.literalOnly || !/^0[67]/.test(code)) return undefined;
  const own = new Set(sourceCodes.map(sideOf));
  for (const k of toldBefore(d, c.sentence, d.tokens[c.verb.head]?.start ?? c.start)) {
    const e = d.events[k]!;
    if (!AID.test(e.cameo) || !e.target) continue;
    return own.has(sideOf(e.source.code)) || own.has(sideOf(e.target.code)) ? undefined : e.target;
  }
  return undefined;
}

/**
 * "Venezuela recalled its ambassador from Brasilia, while Ecuador and Bolivia also withdrew their
 * envoys": an act told with "also" and no one it acts on is aimed where the last act of its root
 * was, when that was at another party.
 */
export function alsoTarget(d: EventDocument, c: Clause, code: string, sourceCodes: readonly string[]): CodedEvent['target'] {
  if (d.resources.literalOnly) return undefined;
  if (!d.tokens.slice(Math.min(c.tokenStart, c.verb.tokenStart - 1), c.verb.tokenStart).some((t) => t.lower === 'also')) return undefined;
  const own = new Set(sourceCodes.map(sideOf));
  for (const k of toldBefore(d, c.sentence, d.tokens[c.verb.head]?.start ?? c.start)) {
    const e = d.events[k]!;
    if (e.cameo.slice(0, 2) !== code.slice(0, 2) || !e.target) continue;
    return own.has(sideOf(e.target.code)) ? undefined : e.target;
  }
  return undefined;
}

/** Whether a party the pronoun `p` stands for is named before it in its own sentence. */
function namedEarlierInSentence(d: EventDocument, p: NounPhrase): boolean {
  const codes = new Set(d.actorsOf(p.id).map((m) => m.code));
  for (let i = p.id - 1; i >= 0; i--) {
    const q = d.phrases[i];
    if (!q || q.sentence !== p.sentence) return false;
    if (!d.tokens[q.head] || q.pronoun) continue;
    if (d.actorsOf(q.id).some((m) => codes.has(m.code))) return true;
  }
  return false;
}

/** The last threat or material act (roots 13-20) told before the clause, done by a side other than the sources'. */
export function lastActByOther(d: EventDocument, c: Clause, sourceCodes: readonly string[]): CodedEvent | undefined {
  if (d.resources.literalOnly || sourceCodes.length === 0) return undefined;
  const own = new Set(sourceCodes.map(sideOf));
  const roots = ANY_CODED_ACT.codes ?? [];
  for (const k of toldBefore(d, c.sentence, d.tokens[c.verb.head]?.start ?? c.start)) {
    const e = d.events[k]!;
    if (roots.some((r) => e.cameo.startsWith(r)) && !own.has(sideOf(e.source.code))) return e;
  }
  return undefined;
}
