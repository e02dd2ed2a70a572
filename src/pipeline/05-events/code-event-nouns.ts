import type { ActorMention } from '../../domain/actors.js';
import type { NounPhrase } from '../../domain/syntax.js';
import type { EventDocument } from './event-document.js';
import type { EventNoun } from '../../dictionaries/frames/load-event-nouns.js';
import { placeOf } from './choose-target.js';
import { dateFor } from './event-date.js';
import { NO_COUNTRY, QUANTITY_HEADS } from './_words.js';

// Phrases of circumstance that tell the event took place: "during his visit", "after a trip".
const TOOK_PLACE = new Set(['during', 'on', 'after', 'following']);

/**
 * "signed a defence pact during the Russian leader's first visit to North Korea": a noun that tells
 * of an event by itself (dictionaries/frames/event-nouns.txt) is coded from the phrase alone, once
 * per sentence, with its reverse ("North Korea hosted").
 */
export function codeEventNouns(d: EventDocument, skip: ReadonlySet<number>): void {
  const nouns = d.resources.eventNouns;
  if (!nouns || d.resources.literalOnly) return;
  for (const p of d.phrases) {
    const noun = nouns.get(d.tokens[p.head]?.lemma ?? '');
    if (noun?.targetPrep === 'of-by' && !skip.has(p.sentence)) { codeOfBy(d, p, noun); continue; }
    if (!noun || noun.targetPrep === 'between' || skip.has(p.sentence) || !TOOK_PLACE.has(d.tokens[p.tokenStart - 1]?.lower ?? '')) continue;
    const source = visitorOf(d, p);
    if (!source || NO_COUNTRY.test(source.code)) continue;
    const target = hostOf(d, p, noun, source);
    if (!target || target.code.slice(0, 3) === source.code.slice(0, 3)) continue;
    emit(d, p, source, target, noun.code, `frames/event-nouns#${d.tokens[p.head]!.lemma}`);
    if (noun.reverseCode) emit(d, p, target, source, noun.reverseCode, `frames/event-nouns#${d.tokens[p.head]!.lemma}`);
  }
  // The tagger reads "fighting" as a verb and a capitalised "Clashes" as a name: nouns of fighting are found by token.
  const fighting = fightingWords(nouns);
  for (const t of d.tokens) {
    // Most tokens are no noun of fighting in any form: two set lookups say so.
    if (!fighting.has(t.lemma) && !fighting.has(t.lower)) continue;
    const key = nouns.has(t.lemma) ? t.lemma : nouns.has(t.lower) ? t.lower : t.lower.endsWith('s') ? singular(nouns, t.lower) : undefined;
    const noun = key !== undefined ? nouns.get(key) : undefined;
    if (noun?.targetPrep === 'between' && !skip.has(t.sentence)) codeFighting(d, t.i, noun, `frames/event-nouns#${key}`);
  }
}

/**
 * "the shooting of Malala Yousafzai by Pakistani Taliban gunmen": the "of" phrase is acted on and
 * the "by" phrase right after it acts (a role with no country of its own takes the country of the
 * one acted on, or of the sentence).
 */
function codeOfBy(d: EventDocument, p: NounPhrase, noun: EventNoun): void {
  const of = p.ofPhrase !== undefined ? d.phrases[p.ofPhrase] : undefined;
  if (!of) return;
  // "the shooting of Malala Yousafzai, a 14-year-old campaigner, by ...": past an appositive.
  const aside = of.appositive !== undefined ? d.phrases[of.appositive] : undefined;
  let at = aside && aside.tokenStart === of.tokenEnd + 1 ? aside.tokenEnd : of.tokenEnd;
  if (at !== of.tokenEnd && d.tokens[at]?.text === ',') at++;
  if (d.tokens[at]?.lower !== 'by') return;
  const by = d.phrases.find((q) => q.tokenStart === at + 1 && !q.conjuncts);
  if (!by) return;
  // The one acted on may be named only in the appositive ("Malala Yousafzai, a campaigner").
  const acted = aside && d.actorsOf(of.id).length === 0 && d.roleOf(of.id) === undefined ? aside.id : of.id;
  const namedSource = d.actorsOf(by.id)[0];
  const target = partyOf(d, acted, namedSource, p.sentence, 'events/role-country-from-other-party');
  const source = namedSource ?? partyOf(d, by.id, target, p.sentence, 'events/role-country-from-other-party');
  if (!source || !target || source.code === target.code) return;
  emit(d, p, source, target, noun.code, `frames/event-nouns#${d.tokens[p.head]!.lemma}`);
}

// Verbs that may stand between the noun and "between": "fighting broke out between", "clashes erupted between".
const ONSET_WORDS = new Set(['break', 'broke', 'out', 'erupt', 'erupted', 'flare', 'flared', 'up', 'rage', 'raged', 'continue', 'continued', 'has', 'have', 'had', 'heavy']);
// Words of a phrase of place or time that may also stand there ("broke out in Sudan's capital on Saturday between").
const PHRASE_POS = new Set(['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PART']);
/** Most tokens between the noun and "between". */
const BETWEEN_REACH = 12;

/**
 * "days of fighting between the army and the Fano militia", "Heavy fighting broke out between the
 * army and the RSF", "killed in a clash with Chinese troops": a noun of fighting says each side acted
 * on the other, wherever it stands ("between"), or in a phrase of circumstance ("with"). A side
 * named only by its role ("the army") is of the other side's country, else of the one the sentence names.
 */
function codeFighting(d: EventDocument, head: number, noun: EventNoun, rule: string): void {
  const h = d.tokens[head]!;
  const p = { sentence: h.sentence, head, start: h.start, end: h.end };
  const sides = withSides(d, p) ?? betweenSides(d, p);
  if (!sides) return;
  const [a, b] = sides;
  if (a === undefined || b === undefined) return;
  const first = partyOf(d, a, d.actorsOf(b)[0], p.sentence, 'events/role-country-from-sentence');
  const second = partyOf(d, b, d.actorsOf(a)[0], p.sentence, 'events/role-country-from-sentence');
  if (!first || !second || first.code === second.code) return;
  emit(d, p, first, second, noun.code, rule);
  emit(d, p, second, first, noun.reverseCode ?? noun.code, rule);
}

/**
 * A side of an event noun: its actor, or its role placed in the other side's country (else the one
 * country the sentence names): "clashes between the army and the RSF", "the arrest of ... by police".
 */
function partyOf(d: EventDocument, id: number, other: ActorMention | undefined, sentence: number, rule: string): ActorMention | undefined {
  const named = d.actorsOf(id)[0];
  if (named) return named;
  const role = d.roleOf(id);
  if (role === undefined) return undefined;
  const where = other && !NO_COUNTRY.test(other.code) ? other.code.slice(0, 3) : d.soleCountry(sentence);
  return where ? d.placedMention(id, where + role, rule) : undefined;
}

/** "fighting broke out in Sudan's capital between the army and the RSF": the pair after "between". */
function betweenSides(d: EventDocument, p: NounAt): readonly number[] | undefined {
  let at = p.head + 1;
  for (; at < p.head + BETWEEN_REACH; at++) {
    const t = d.tokens[at];
    if (!t || t.sentence !== p.sentence || t.lower === 'between' || !(ONSET_WORDS.has(t.lower) || PHRASE_POS.has(t.pos))) break;
  }
  if (d.tokens[at]?.lower !== 'between' || d.tokens[at]?.sentence !== p.sentence) return undefined;
  return d.phrases.filter((q) => q.tokenStart === at + 1 && q.conjuncts?.length === 2).sort((a, b) => b.tokenEnd - a.tokenEnd)[0]?.conjuncts;
}

/**
 * "Twenty Indian soldiers were killed in a clash with Chinese troops": fighting told in a phrase of
 * circumstance, "with" a party, is between that party and the subject of the clause around it.
 */
function withSides(d: EventDocument, p: NounAt): readonly number[] | undefined {
  if (d.tokens[p.head + 1]?.lower !== 'with') return undefined;
  // Before the noun's phrase ("in hand-to-hand fighting with"), else its determiners and adjectives.
  const own = d.phrases.find((q) => q.head === p.head && q.conjuncts === undefined);
  let opener = own ? own.tokenStart - 1 : p.head - 1;
  while (!own && opener > p.head - 4 && /^(DET|ADJ|NUM)$/.test(d.tokens[opener]?.pos ?? '')) opener--;
  if (!FIGHT_OPENERS.has(d.tokens[opener]?.lower ?? '')) return undefined;
  const other = d.phrases.filter((q) => q.tokenStart === p.head + 2).sort((a, b) => b.tokenEnd - a.tokenEnd)[0];
  const clause = clauseAround(d, p);
  const subject = clause ? d.subjectOf(clause) : undefined;
  return other && subject !== undefined ? [subject, other.id] : undefined;
}

// Phrases of circumstance a fight told "with" a party stands in: it took place.
const FIGHT_OPENERS = new Set(['in', 'during', 'after', 'following', 'amid']);

/** "Putin's visit", "his visit" (the possessor), "a visit by Pakistan's prime minister", else the clause's subject. */
function visitorOf(d: EventDocument, p: NounPhrase): ActorMention | undefined {
  // "a visit by Modi", "a visit to Colombo by Modi".
  const to = d.tokens[p.tokenEnd]?.pos === 'ADP' && d.tokens[p.tokenEnd]?.lower !== 'by' ? d.phrases.filter((q) => q.tokenStart === p.tokenEnd + 1).sort((a, b) => b.tokenEnd - a.tokenEnd)[0] : undefined;
  const at = to ? to.tokenEnd : p.tokenEnd;
  if (d.tokens[at]?.lower === 'by') {
    const by = d.phrases.filter((q) => q.tokenStart === at + 1).sort((a, b) => b.tokenEnd - a.tokenEnd)[0];
    const found = by ? d.actorsOf(by.id)[0] : undefined;
    if (found) return found;
  }
  if (p.possessor !== undefined) return d.actorsOf(p.possessor)[0];
  // "Sheinbaum said on Monday after a telephone call with Trump": the one who acts in the clause.
  const clause = clauseAround(d, p);
  return clause ? d.actorsOf(d.subjectOf(clause))[0] : undefined;
}

/** "to North Korea", else the country of the place the clause around it happened in ("in Riyadh"). */
function hostOf(d: EventDocument, p: NounPhrase, noun: EventNoun, visitor: ActorMention): ActorMention | undefined {
  if (d.tokens[p.tokenEnd]?.lower === noun.targetPrep) {
    const to = d.phrases.filter((q) => q.tokenStart === p.tokenEnd + 1).sort((a, b) => b.tokenEnd - a.tokenEnd)[0];
    // "to a member of the ICC": a member is not the body; where the visit took place may still tell.
    const counted = !!to && QUANTITY_HEADS.has(d.tokens[to.head]?.lemma ?? '');
    const found = to && !counted ? d.actorsOf(to.id).find((m) => m.code.slice(0, 3) !== visitor.code.slice(0, 3)) : undefined;
    if (found) return found;
    if (to && !counted) return undefined;
  }
  if (!noun.placeIsTarget) return undefined;
  const clause = clauseAround(d, p);
  const where = clause ? placeOf(d, clause) : undefined;
  return where ? d.placedMention(p.id, where, 'events/host-from-place') : undefined;
}

/** Where an event noun stands: its sentence, its head token and its span. */
type NounAt = Pick<NounPhrase, 'sentence' | 'head' | 'start' | 'end'>;

function clauseAround(d: EventDocument, p: NounAt) {
  let best;
  for (const c of d.clausesOf(p.sentence)) if (c.start <= p.start && p.end <= c.end && (!best || c.end - c.start < best.end - best.start)) best = c;
  return best;
}

function emit(d: EventDocument, p: NounAt, from: ActorMention, to: ActorMention, cameo: string, rule: string): void {
  const key = `${p.sentence}|${from.code}|${to.code}|${cameo}`;
  if (d.seen.has(key)) return;
  // "during a visit to Colombo by Modi, who was hosted by Dissanayake": a verb told it already.
  // (Sides of one country, "security forces and protesters", are told apart by their roles.)
  const oneCountry = from.code.slice(0, 3) === to.code.slice(0, 3);
  const side = (code: string) => (oneCountry ? code : code.slice(0, 3));
  if (d.events.some((e) => e.sentence === p.sentence && e.cameo === cameo && side(e.source.code) === side(from.code) && !!e.target && side(e.target.code) === side(to.code))) return;
  d.seen.add(key);
  const head = d.tokens[p.head]!;
  const n = d.perSentence.get(p.sentence) ?? 0;
  d.perSentence.set(p.sentence, n + 1);
  const date = dateFor(d.expressionsBySentence.get(p.sentence) ?? [], p.sentence, head.start, d.dates.reference, () => true);
  d.events.push({
    id: `${d.record.doc.id}:${p.sentence}:${n}`, sentence: p.sentence, clause: clauseAround(d, p)?.id ?? -1,
    source: { code: from.code, phrase: from.phrase, start: from.start, end: from.end },
    target: { code: to.code, phrase: to.phrase, start: to.start, end: to.end },
    cameo, trigger: { start: head.start, end: head.end }, rule, start: head.start, end: head.end,
    dateSource: date ? (date.fromText ? 'expression' : 'document') : 'none',
    ...(date ? { date: { value: date.value, precision: date.precision } } : {}),
  });
}

/** "clashes" -> "clash", "battles" -> "battle": the listed noun a plural the tagger left unlemmatised stands for. */
const fightingWordsOf = new WeakMap<ReadonlyMap<string, EventNoun>, ReadonlySet<string>>();

/**
 * The words a token's form or lemma must be for it to find a noun of fighting (targetPrep
 * "between") as codeEventNouns looks nouns up: the noun itself, or its plural in "-s" or "-es".
 * Built once per noun list, which lives as long as the coder.
 */
function fightingWords(nouns: ReadonlyMap<string, EventNoun>): ReadonlySet<string> {
  let words = fightingWordsOf.get(nouns);
  if (!words) {
    const set = new Set<string>();
    for (const [word, noun] of nouns) if (noun.targetPrep === 'between') set.add(word).add(`${word}s`).add(`${word}es`);
    fightingWordsOf.set(nouns, words = set);
  }
  return words;
}

function singular(nouns: ReadonlyMap<string, EventNoun>, plural: string): string | undefined {
  const es = plural.slice(0, -2);
  if (plural.endsWith('es') && nouns.has(es)) return es;
  const s = plural.slice(0, -1);
  return nouns.has(s) ? s : undefined;
}
