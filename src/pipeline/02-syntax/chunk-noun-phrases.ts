import type { Token } from '../../domain/segment.js';
import type { NounPhrase } from '../../domain/syntax.js';
import { isMisreadPastVerb } from './misread-verbs.js';
import { ADJECTIVES_AS_HEADS, COORDINATORS, NAME_PARTICLES, NAMING_VERBS, NON_NP_PRONOUNS, POSSESSIVE_PRONOUNS, QUANTITY_LEADS, QUANTITY_NOUNS, QUOTE_MARKS, TIME_MODIFIERS, TIME_NOUNS } from './_words.js';

/** A noun phrase under construction; ids are assigned by the caller's counter. */
export interface MutablePhrase {
  id: number;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  head: number;
  pronoun: boolean;
  possessor: number | undefined;
  conjuncts: number[] | undefined;
  appositive: number | undefined;
  ofPhrase: number | undefined;
  rule: string;
  /** Contained in another phrase (possessor, conjunct or appositive): not an argument by itself. */
  inner: boolean;
}

/**
 * A phrase with every field present from the start, links unset: all phrases then share one object
 * layout, so the rules that read them run on one shape (phrases made with different fields were read
 * through slow generic lookups).
 */
export function newPhrase(id: number, sentence: number, tokenStart: number, tokenEnd: number, head: number, pronoun: boolean, rule: string, inner: boolean): MutablePhrase {
  return { id, sentence, tokenStart, tokenEnd, head, pronoun, possessor: undefined, conjuncts: undefined, appositive: undefined, ofPhrase: undefined, rule, inner };
}

const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'NUM']);
// Closed class: quantifiers that stand for part of a group ("some were arrested").
const PARTITIVES = new Set(['some', 'many', 'most', 'several', 'others']);
// Closed class: adverbs that grade or date a participle used as a modifier ("most wanted", "newly elected").
const MODIFIER_ADVERBS = new Set(['most', 'more', 'least', 'less', 'best', 'worst', 'well', 'highly', 'widely', 'newly', 'recently', 'democratically', 'internationally', 'heavily', 'lightly', 'hotly', 'bitterly', 'closely', 'jointly', 'privately', 'publicly', 'illegally', 'legally', 'popularly', 'freely']);
const PARTICIPLE = /^[a-z]{3,}(ing|ed)$/;
// Closed class: past forms that "dead" follows as their result ("shot dead two protesters").
const RESULT_VERBS = new Set(['shot', 'beat', 'beaten', 'stabbed', 'hacked', 'clubbed', 'stoned', 'left']);

// Closed class: ordinals the tagger may read as adverbs.
const ORDINALS = new Set(['first', 'second', 'third', 'last']);

const GERUND_NOUN_LEADS = new Set(['the', 'in', 'amid', 'amidst', 'during']);

// Tags of a word after which a clause can start.
const CLAUSE_START_TAGS = new Set(['PUNCT', 'CCONJ', 'SCONJ']);

/** A noun (or two) and then a verb right after token i ("in which police fired"). */
function nounThenVerbAfter(tokens: readonly Token[], i: number): boolean {
  return /^(NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? '') && (/^(VERB|AUX)$/.test(tokens[i + 2]?.pos ?? '') || (/^(NOUN|PROPN)$/.test(tokens[i + 2]?.pos ?? '') && /^(VERB|AUX)$/.test(tokens[i + 3]?.pos ?? '')));
}

/** Nouns, plus capitalized words mid-sentence that the tagger took for verbs ("Shanghai Cooperation"). */
function isNominal(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (NOMINAL_TAGS.has(t.pos)) return !isMisreadPastVerb(tokens, i);
  // "De Lima denied the charges": a name's particle, written capitalized, opens the name.
  if (tokens[i + 1]?.pos === 'PROPN' && NAME_PARTICLES.has(t.lower) && /^\p{Lu}/u.test(t.text) && t.end < (tokens[i + 1]?.start ?? 0)) return true;
  const prev = tokens[i - 1];
  // "under cover of a barrage of rockets": a bare form between a preposition and "of" is a noun.
  if (t.pos === 'VERB' && t.lower === t.lemma && prev?.pos === 'ADP' && prev.lower !== 'to' && tokens[i + 1]?.lower === 'of') return true;
  // "called the downing a stab in the back", "died in hand-to-hand fighting with Chinese troops",
  // "condemned the hostage-taking": an "-ing" form after "the", "in", "amid", a compound modifier or
  // a noun and a hyphen, with no object of its own, is a noun.
  const next = tokens[i + 1];
  const nounLead = prev && (GERUND_NOUN_LEADS.has(prev.lower) || (QUOTE_MARKS.has(prev.text) && closesQuotedModifier(tokens, i - 1)) || (prev.pos === 'NOUN' && tokens[i - 2]?.text === '-') || (isHyphenJoin(tokens, i - 1) && tokens[i - 2]?.pos === 'NOUN'));
  if (t.pos === 'VERB' && nounLead && /^[a-z]{3,}ing$/.test(t.text) && !(next && next.sentence === t.sentence && /^(DET|NUM|PROPN|NOUN|PRON|ADJ)$/.test(next.pos))) return true;
  // "bowed to demands for reform": after "to", a form in "-s" is no infinitive but a plural noun.
  if (t.pos === 'VERB' && prev?.lower === 'to' && t.lower !== t.lemma && /[a-z]s$/.test(t.lower) && !/ss$/.test(t.lower)) return true;
  return t.pos === 'VERB' && /^[A-Z]/.test(t.text) && !!prev && prev.sentence === t.sentence && prev.pos !== 'PUNCT' && /^[A-Z]/.test(tokens[i + 1]?.text ?? '');
}

/** "that" after a verb or a time, before a noun and then a verb: a complementizer, not a determiner. */
function opensClause(tokens: readonly Token[], i: number, end: number): boolean {
  const prev = tokens[i - 1];
  const noun = tokens[i + 1];
  const after = tokens[i + 2];
  if (!prev || !noun || !after || i + 2 >= end) return false;
  const governed = prev.pos === 'VERB' || TIME_NOUNS.has(prev.lower) || prev.pos === 'PROPN' && /day$/i.test(prev.text);
  // ("ruled on Thursday that President Sirisena's decision was unconstitutional": no "that" points at a name or title.)
  return governed && ((noun.pos === 'NOUN' && (after.pos === 'AUX' || after.pos === 'VERB')) || noun.pos === 'PROPN' || /^\p{Lu}/u.test(noun.text));
}

/** A hyphenated past form followed by a number or determiner ("air-dropped 38,000 meals") is a verb. */
function hyphenatedVerb(tokens: readonly Token[], second: number): boolean {
  const t = tokens[second];
  const after = tokens[second + 1];
  // "test-fired a hypersonic missile" is a test, not a firing at anyone: left to the phrase as before.
  if (tokens[second - 2]?.lower === 'test') return false;
  return !!t && /ed$/.test(t.lower) && !!after && (after.pos === 'NUM' || after.pos === 'DET' || QUANTITY_LEADS.has(after.lower) || QUANTITY_NOUNS.has(after.lower));
}

function isHyphenJoin(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return !!t && !!prev && !!next && (t.text === '-' || t.text === '–') && prev.end === t.start && t.end === next.start;
}

/** "next month", "last Friday": a time expression starts here, so the phrase before it ends. */
function startsTimeExpression(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && TIME_MODIFIERS.has(t.lower) && TIME_NOUNS.has(tokens[i + 1]?.lower ?? '');
}

/** Whether a name at i, after "a NOUN" set off by a comma or "in", is the subject of a verb right after it. */
function opensAsideClause(tokens: readonly Token[], i: number, end: number, chunkStart: number): boolean {
  // chunkStart is the first word after the determiner.
  if (!/^(a|an)$/.test(tokens[chunkStart - 1]?.lower ?? '') || !/^(,|in)$/.test(tokens[chunkStart - 2]?.lower ?? '') || i - chunkStart !== 1) return false;
  let n = i;
  while (n < end && tokens[n]?.pos === 'PROPN') n++;
  // "a move China on Thursday called irresponsible", "a step Tokyo has swiftly condemned".
  const skipAdverbs = () => { while (n < end && (tokens[n]?.pos === 'ADV' || tokens[n]?.pos === 'AUX')) n++; };
  skipAdverbs();
  if (tokens[n]?.lower === 'on' && /day$/.test(tokens[n + 1]?.lower ?? '')) { n += 2; skipAdverbs(); }
  return n < end && tokens[n]?.pos === 'VERB';
}

/**
 * "told reporters Russia would pay a price": a name after a lone plural noun that is a verb's object
 * is the subject of the verb right after the name, not part of the noun's phrase.
 */
function opensObjectClause(tokens: readonly Token[], i: number, end: number, chunkStart: number): boolean {
  const noun = tokens[i - 1];
  if (i - chunkStart !== 1 || !noun || noun.pos !== 'NOUN' || noun.lower === noun.lemma || tokens[chunkStart - 1]?.pos !== 'VERB') return false;
  let n = i;
  while (n < end && tokens[n]?.pos === 'PROPN') n++;
  return n < end && (tokens[n]?.pos === 'VERB' || tokens[n]?.pos === 'AUX');
}

const inNickname = (t: Token | undefined) => t?.pos === 'PROPN' || t?.pos === 'DET';

/** The quotation marks around one or two modifiers between a determiner or adjective and a noun ('the "heinous" attack'). */
function isQuotedModifierMark(tokens: readonly Token[], i: number, end: number): boolean {
  if (!QUOTE_MARKS.has(tokens[i]?.text ?? '')) return false;
  const modifier = (k: number) => k < end && /^(ADJ|VERB|NOUN)$/.test(tokens[k]?.pos ?? '');
  // Opening: after a determiner or adjective, one or two words, the closing mark, then a noun.
  if (/^(DET|ADJ)$/.test(tokens[i - 1]?.pos ?? '')) {
    for (const n of [1, 2]) {
      if (QUOTE_MARKS.has(tokens[i + n + 1]?.text ?? '') && modifier(i + 1) && (n === 1 || modifier(i + 2)) && nounOrGerund(tokens, i + n + 2) && i + n + 2 < end) return true;
    }
  }
  // Closing: the opening mark one or two words back, after a determiner or adjective, and a noun next.
  if (!nounOrGerund(tokens, i + 1) || i + 1 >= end) return false;
  return closesQuotedModifier(tokens, i);
}

/** Whether the mark at i closes one or two words quoted after a determiner or adjective ('the "odious"'). */
function closesQuotedModifier(tokens: readonly Token[], i: number): boolean {
  for (const n of [1, 2]) {
    const open = i - n - 1;
    if (QUOTE_MARKS.has(tokens[open]?.text ?? '') && /^(DET|ADJ)$/.test(tokens[open - 1]?.pos ?? '')) return true;
  }
  return false;
}

/** A noun, or an "-ing" form with no object after it ('the "odious" killing' is tagged as a verb). */
function nounOrGerund(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.pos === 'NOUN') return true;
  return t?.pos === 'VERB' && /^[a-z]{3,}ing$/.test(t.text) && !/^(DET|NUM|PROPN|PRON)$/.test(tokens[k + 1]?.pos ?? '');
}

// Words that may stand inside a quoted phrase after its determiner: modifiers, nouns, "and", hyphens.
const QUOTED_PHRASE_WORD = /^(ADJ|VERB|NOUN|PROPN|ADV|CCONJ|NUM)$/;

/**
 * Whether token i lies in a quoted phrase that follows its determiner or adjective and ends in a noun
 * ('condemned an "unprovoked and unjustified attack"', 'called it a "land grab"'): the marks and
 * the words between them stay in the phrase, so it can name an act again.
 */
function isInQuotedPhrase(tokens: readonly Token[], i: number, end: number): boolean {
  const MAX_WORDS = 6;
  for (let open = i; open >= i - MAX_WORDS - 1 && open >= 0; open--) {
    if (!QUOTE_MARKS.has(tokens[open]?.text ?? '')) continue;
    // Token i itself may be the closing mark.
    if (!/^(DET|ADJ)$/.test(tokens[open - 1]?.pos ?? '')) {
      if (open === i) continue;
      return false;
    }
    let k = open + 1;
    while (k < end && k - open <= MAX_WORDS && (QUOTED_PHRASE_WORD.test(tokens[k]?.pos ?? '') || tokens[k]?.text === '-')) k++;
    return k > open + 1 && k >= i && k < end && QUOTE_MARKS.has(tokens[k]?.text ?? '') && tokens[k - 1]?.pos === 'NOUN';
  }
  return false;
}

/** A quote mark that opens or closes a nickname of at most four words between a name's parts. */
function isNicknameQuote(tokens: readonly Token[], i: number, end: number): boolean {
  if (!QUOTE_MARKS.has(tokens[i]?.text ?? '')) return false;
  const sentence = tokens[i]!.sentence;
  const name = (k: number) => tokens[k]?.pos === 'PROPN' && tokens[k]!.sentence === sentence && k < end;
  const closes = (q: number) => QUOTE_MARKS.has(tokens[q]?.text ?? '') && name(q + 1);
  if (name(i - 1)) {
    let k = i + 1;
    while (k < end && k - i <= 4 && inNickname(tokens[k])) k++;
    if (k > i + 1 && name(k - 1) && closes(k)) return true;
  }
  if (!name(i + 1)) return false;
  let k = i - 1;
  while (k > i - 5 && inNickname(tokens[k]) && tokens[k]!.sentence === sentence) k--;
  return k < i - 1 && QUOTE_MARKS.has(tokens[k]?.text ?? '') && name(k - 1);
}

/**
 * "arrested impeached President Yoon", "met ousted leader Viktor Yanukovych": a past participle
 * straight after a finite past verb and before a noun is that verb's object's modifier, not a verb.
 */
function participleOpensPhrase(tokens: readonly Token[], i: number, end: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!t || !prev || !next || i + 1 >= end || t.pos !== 'VERB' || !/^[a-z]{3,}ed$/.test(t.text)) return false;
  if (prev.pos !== 'VERB' || prev.sentence !== t.sentence || !/ed$|^(met|held|freed|sent|hit|struck|shot|caught)$/.test(prev.lower) || prev.lower === 'said') return false;
  return next.pos === 'NOUN' || next.pos === 'PROPN';
}

const DURATION_UNITS = /^(minute|hour|day|week|month|year)s?$/;

/** Where a phrase headed at `head` ends: after the head, or after a hyphenated tail of a name the tagger reads as no noun ("Moon Jae-in"), within [head, limit). */
function hyphenatedTailEnd(tokens: readonly Token[], head: number, limit: number): number {
  let last = head;
  while (last + 2 < limit && tokens[head]?.pos === 'PROPN' && isHyphenJoin(tokens, last + 1)) last += 2;
  return last + 1;
}

/** "Monday" ... "Sunday", capitalized. */
function isWeekday(t: Token | undefined): boolean {
  return !!t && /^[A-Z][a-z]+day$/.test(t.text) && TIME_NOUNS.has(t.lower);
}

// Closed class: nouns written in the plural when they modify another ("arms dealers", "human rights groups").
const PLURAL_MODIFIERS = new Set(['rights', 'arms', 'weapons', 'forces', 'affairs', 'sports', 'goods', 'news', 'savings', 'customs', 'operations', 'relations', 'talks', 'elections', 'communications', 'securities', 'services', 'troops', 'drugs', 'narcotics']);

function isPlural(t: Token | undefined): boolean {
  return !!t && t.lower !== t.lemma && /[a-z]s$/.test(t.lower);
}

// Closed class: verbs whose object "home" follows to say where it is sent, not what kind it is.
const SENDING_HOME = new Set(['call', 'bring', 'send', 'order', 'fly', 'ship', 'summon', 'recall', 'take']);

// Closed class: what a party taken or held is made ("took officials hostage") and the verbs that make it.
const CAPTIVE_WORDS = new Set(['hostage', 'hostages', 'captive', 'captives', 'prisoner', 'prisoners']);
const CAPTIVE_VERBS = new Set(['take', 'hold', 'keep', 'seize']);

/** True when token i can continue a phrase whose previous token is i-1. */
function continuesPhrase(tokens: readonly Token[], i: number, end: number, chunkStart: number): boolean {
  const t = tokens[i];
  if (!t || i >= end) return false;
  if (i > chunkStart && startsTimeExpression(tokens, i)) return false;
  // "On Tuesday Iraq rejected the ultimatum": a weekday is a time of its own, not a modifier of the name after it.
  if (i > chunkStart && t.pos === 'PROPN' && isWeekday(tokens[i - 1])) return false;
  // "gave Saddam Hussein and his sons 48 hours": a count after a plural noun opens the next phrase
  // (a number after a name stays in it: "Resolution 1441", "Flight 17").
  const before = tokens[i - 1];
  if (i > chunkStart && t.pos === 'NUM' && before?.pos === 'NOUN' && /[a-z]s$/.test(before.text) && tokens[i + 1]?.pos === 'NOUN') return false;
  // So does a length of time after a name or noun ("gave the junta in Niger one week to reinstate
  // Bazoum", "gave parliament three months to pass the changes").
  if (i > chunkStart && t.pos === 'NUM' && (before?.pos === 'PROPN' || before?.pos === 'NOUN') && DURATION_UNITS.test(tokens[i + 1]?.lower ?? '')) return false;
  // "air" in "air-dropped 38,000 meals" belongs to the verb.
  if (isHyphenJoin(tokens, i + 1) && hyphenatedVerb(tokens, i + 2)) return false;
  // ", a move Germany called a devastating signal", "in a move the court condemned": an aside that
  // opens a clause of its own, whose subject is the name after the noun.
  if (t.pos === 'PROPN' && tokens[i - 1]?.pos === 'NOUN' && (opensAsideClause(tokens, i, end, chunkStart) || opensObjectClause(tokens, i, end, chunkStart))) return false;
  // "ordered its ambassadors to Spain home": after a bare name, "home" says where to, not what kind
  // ("his Gaza home" opens with a possessive and stays one phrase).
  if (t.lower === 'home' && tokens[i - 1]?.pos === 'PROPN' && tokens[chunkStart]?.pos === 'PROPN' && !/^(DET|PRON)$/.test(tokens[chunkStart - 1]?.pos ?? '')) return false;
  // ("calling their ambassadors home", "brought the troops home": so after a verb that sends someone.)
  if (t.lower === 'home' && i > chunkStart && SENDING_HOME.has((/^(DET|PRON)$/.test(tokens[chunkStart - 1]?.pos ?? '') ? tokens[chunkStart - 2] : tokens[chunkStart - 1])?.lemma ?? '')) return false;
  // "took officials hostage", "held the crew captive": what the object was made, not a word of it.
  // (After the party's own noun or name: "holding 30 hostages" counts them.)
  if (i > chunkStart && CAPTIVE_WORDS.has(t.lower) && tokens[i + 1]?.pos !== 'NOUN' && /^(NOUN|PROPN)$/.test(tokens[i - 1]?.pos ?? '')) {
    const verb = tokens[chunkStart - 1]?.pos === 'DET' ? tokens[chunkStart - 2] : tokens[chunkStart - 1];
    if (verb && (verb.pos === 'VERB' || verb.pos === 'AUX') && CAPTIVE_VERBS.has(verb.lemma)) return false;
  }
  // "the completely unjustified decision", "a highly provocative act": an adverb grading the
  // adjective of a noun to come stays in the phrase.
  if (i >= chunkStart && t.pos === 'ADV' && /^[a-z]+ly$/.test(t.text) && /^(ADJ|VERB)$/.test(tokens[i + 1]?.pos ?? '') && i + 2 < end && tokens[i + 2]?.pos === 'NOUN') return true;
  // "Joaquin 'El Chapo' Guzman": a nickname in quotes inside a name.
  if (isNicknameQuote(tokens, i, end)) return true;
  // 'condemned the "heinous" attack': a modifier quoted inside a phrase.
  if (isQuotedModifierMark(tokens, i, end) || isInQuotedPhrase(tokens, i, end)) return true;
  // "a 50% tariff", "a 10% stake": the sign goes with its number.
  if (t.text === '%' && tokens[i - 1]?.pos === 'NUM') return true;
  // "called the diversion outrageous": after a naming verb's object, an adjective is what it is called;
  // so is a plural noun after a plural one ("called the protesters bandits"), but for the plurals
  // that modify as such ("the human rights activists", "arms dealers").
  if ((t.pos === 'ADJ' || (t.pos === 'NOUN' && isPlural(t) && isPlural(tokens[i - 1]) && !PLURAL_MODIFIERS.has(tokens[i - 1]?.lower ?? ''))) && tokens[i - 1]?.pos === 'NOUN') {
    const verb = tokens[chunkStart - 1]?.pos === 'DET' ? tokens[chunkStart - 2] : tokens[chunkStart - 1];
    if (verb?.pos === 'VERB' && NAMING_VERBS.has(verb.lemma)) return false;
  }
  if (isNominal(tokens, i) || (t.pos === 'ADJ' && !isMisreadPastVerb(tokens, i))) return true;
  // Both halves of a hyphenated modifier ("state-run", "war-torn"), whatever the tagger made of them.
  // Not a past form with an object after it: "The U.S. military air-dropped 38,000 meals".
  if (isHyphenJoin(tokens, i) || (i > chunkStart && isHyphenJoin(tokens, i - 1))) return !hyphenatedVerb(tokens, isHyphenJoin(tokens, i) ? i + 1 : i);
  const next = tokens[i + 1];
  // A participle as modifier ("armed groups", "the ruling party", "the remaining living hostages",
  // "four suspected gunmen") only between a determiner, adjective or number (or another such
  // participle) and a noun.
  // ("said" is never one: "Israel's military said Sunday" is a clause.)
  // (After a possessive too: "China's acting ambassador".)
  // ("the guerrillas' masked leader": a plural's possessive is the apostrophe alone.)
  const mark = tokens[i - 1]?.lower;
  const possessed = mark === "'s" || mark === '’s' || ((mark === "'" || mark === '’') && /s$/i.test(tokens[i - 2]?.text ?? ''));
  if (i === chunkStart && participleOpensPhrase(tokens, i, end)) return true;
  if (t.pos === 'VERB' && (PARTICIPLE.test(t.lower) || /^[a-z]{3,}en$/.test(t.lower) || t.lower === t.lemma) && (i > chunkStart || tokens[i - 1]?.pos === 'DET' || possessed) && next && i + 1 < end) {
    let n = i + 1;
    // (Across hyphenated modifiers too: "all planned high-level contacts".)
    while (n < end && (tokens[n]?.pos === 'ADJ' || (tokens[n]?.pos === 'VERB' && PARTICIPLE.test(tokens[n]!.lower)) || isHyphenJoin(tokens, n) || isHyphenJoin(tokens, n - 1))) n++;
    const noun = tokens[n];
    if (n < end && noun && (noun.pos === 'NOUN' || noun.pos === 'PROPN') && (n === i + 1 || PARTICIPLE.test(t.lower))) {
      const prev = tokens[i - 1];
      if (prev?.pos === 'ADJ' && ADJECTIVES_AS_HEADS.has(prev.lower) && t.lower.endsWith('ed')) return false;
      return !!prev && (prev.pos === 'DET' || prev.pos === 'ADJ' || prev.pos === 'NUM' || possessed || (COORDINATORS.has(prev.lower) && tokens[i - 2]?.pos === 'ADJ')
        || (MODIFIER_ADVERBS.has(prev.lower) && i - 1 >= chunkStart)
        || (prev.pos === 'VERB' && PARTICIPLE.test(prev.lower) && i - 1 > chunkStart));
    }
  }
  // "&" inside names ("Procter & Gamble"), and "'s"-less name particles are rare enough to ignore.
  if (t.text === '&' && next && isNominal(tokens, i + 1)) return true;
  // Coordinated adjectives inside one phrase ("Ithilen's awful and evil minister").
  // A word the tagger read as a verb counts when a noun follows it ("awful and cool minister").
  const nounAfter = (k: number) => tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN';
  const adjectiveNext = next?.pos === 'ADJ' || (next?.pos === 'ADV' && tokens[i + 2]?.pos === 'ADJ') || (next?.pos === 'VERB' && next.lower === next.lemma && nounAfter(i + 2));
  if ((t.lower === 'and' || t.lower === 'or' || t.text === ',') && i > chunkStart && tokens[i - 1]?.pos === 'ADJ' && adjectiveNext) return true;
  // An adverb only before an adjective ("very large"), or before a participle that modifies the head
  // ("the world's most wanted drug lord", "a democratically elected government").
  if (t.pos === 'ADV' && next && i + 1 < end && next.pos === 'ADJ' && i > chunkStart) return true;
  // "opened their first direct talks": an ordinal the tagger read as an adverb, after a determiner or possessive.
  if (t.pos === 'ADV' && ORDINALS.has(t.lower) && i + 1 < end && (next?.pos === 'ADJ' || nounAfter(i + 1)) && (i > chunkStart || tokens[i - 1]?.pos === 'DET' || POSSESSIVE_PRONOUNS.has(tokens[i - 1]?.lower ?? '') || possessed)) return true;
  if (t.pos === 'ADV' && MODIFIER_ADVERBS.has(t.lower) && next?.pos === 'VERB' && PARTICIPLE.test(next.lower) && i + 1 < end && (i > chunkStart || tokens[i - 1]?.pos === 'DET' || possessed) && nounAfter(i + 2)) return true;
  // "the country's most senior Shi'ite cleric": a grading adverb before the adjectives of a noun to come.
  if (t.pos === 'ADV' && MODIFIER_ADVERBS.has(t.lower) && next?.pos === 'ADJ' && i + 1 < end && (i > chunkStart || tokens[i - 1]?.pos === 'DET' || possessed)) {
    let n = i + 1;
    while (n < end && (tokens[n]?.pos === 'ADJ' || (tokens[n]?.pos === 'PROPN' && nounAfter(n + 1)))) n++;
    if (n < end && nounAfter(n)) return true;
  }
  return false;
}

/**
 * Chunks one sentence's tokens into noun phrases: determiner or possessive, modifiers, head.
 * "China's stance" yields "China" (inner) and "China's stance" with it as possessor.
 */
export function chunkNounPhrases(
  tokens: readonly Token[],
  first: number,
  end: number,
  sentence: number,
  nextId: () => number,
  names: readonly (readonly [number, number])[] = [],
): MutablePhrase[] {
  const phrases: MutablePhrase[] = [];
  const nameAt = new Map(names.map(([a, b]) => [a, b]));
  let i = first;
  let pendingPossessor: MutablePhrase | undefined;
  while (i < end) {
    const t = tokens[i];
    if (!t) break;
    // A known multiword name is one phrase whatever its words' tags ("Doctors Without Borders").
    const nameStart = nameAt.has(i) ? i : t.pos === 'DET' && nameAt.has(i + 1) ? i + 1 : -1;
    if (nameStart >= 0 && !pendingPossessor) {
      const nameEnd = nameAt.get(nameStart)!;
      let j = nameEnd;
      // (A word the tagger reads as a preposition may end a hyphenated name: "Moon Jae-in".)
      while (j < end && continuesPhrase(tokens, j, end, i) && (tokens[j]?.pos !== 'ADP' || isHyphenJoin(tokens, j - 1))) j++;
      // The name's last word heads it even when tagged as a verb ("Human Rights Watch").
      let head = j - 1;
      while (head >= nameEnd && !isNominal(tokens, head)) head--;
      const phrase = newPhrase(nextId(), sentence, i, hyphenatedTailEnd(tokens, head, j), head, false, 'syntax/np#known-name', false);
      phrases.push(phrase);
      i = phrase.tokenEnd;
      const after = tokens[i];
      if (after && i < end && isPossessiveMark(tokens, i)) { pendingPossessor = phrase; i++; }
      continue;
    }
    // "Thousands protested, and some were dispersed": a quantifier standing alone before a verb is a
    // pronoun for some of a group named before.
    // (Only where a clause can start: not "the world's most wanted man".)
    // (The closed class is tested first: this runs for every token.)
    const partitive = PARTITIVES.has(t.lower) && (i === first || CLAUSE_START_TAGS.has(tokens[i - 1]?.pos ?? '')) && (tokens[i + 1]?.pos === 'AUX' || tokens[i + 1]?.pos === 'VERB') && i + 1 < end;
    if ((t.pos === 'PRON' && !POSSESSIVE_PRONOUNS.has(t.lower) && !NON_NP_PRONOUNS.has(t.lower)) || partitive) {
      phrases.push(newPhrase(nextId(), sentence, i, i + 1, i, true, 'syntax/np#pronoun', false));
      i++;
      continue;
    }
    // "said on Wednesday that police should shoot": "that" opening a clause, whatever the tagger says.
    if (t.lower === 'that' && t.pos === 'DET' && opensClause(tokens, i, end)) { i++; continue; }
    // "the assault, in which security forces killed all five gunmen": "which" after a preposition
    // opens a relative clause; the noun after it is that clause's subject, not "which"'s.
    // (Without the comma too, when a noun and its verb follow: "two nights of protests in which police fired".)
    if (t.lower === 'which' && tokens[i - 1]?.pos === 'ADP' && (tokens[i - 2]?.text === ',' || nounThenVerbAfter(tokens, i))) { i++; continue; }
    // "shot dead two protesters": "dead" after the verb tells what the shooting did; it is no word of the phrase after it.
    // (The tagger often reads "shot" there as a noun.)
    if (t.lower === 'dead' && (tokens[i - 1]?.pos === 'VERB' || RESULT_VERBS.has(tokens[i - 1]?.lower ?? '')) && /^(DET|NUM|PROPN)$/.test(tokens[i + 1]?.pos ?? '')) { i++; continue; }
    const startsWithDeterminer = t.pos === 'DET' || (t.pos === 'PRON' && POSSESSIVE_PRONOUNS.has(t.lower));
    if (!startsWithDeterminer && !isNominal(tokens, i) && t.pos !== 'ADJ' && !pendingPossessor && !participleOpensPhrase(tokens, i, end)) {
      i++;
      continue;
    }
    let possessor = pendingPossessor;
    pendingPossessor = undefined;
    let start = possessor ? possessor.tokenStart : i;
    let j = i;
    if (startsWithDeterminer) {
      if (t.pos === 'PRON') {
        // "their readiness": the possessive pronoun is a phrase of its own, the possessor.
        possessor = newPhrase(nextId(), sentence, i, i + 1, i, true, 'syntax/np#possessive-pronoun', true);
        phrases.push(possessor);
        start = i;
      }
      j++;
    }
    const bodyStart = j;
    // A known name inside the phrase is taken whole ("the Calenardhon Ministry of Silly Walks"), and
    // its last word heads the phrase whatever its tag.
    let nameEnd = -1;
    for (;;) {
      const named = j > bodyStart ? nameAt.get(j) : undefined;
      if (named !== undefined && named <= end) { j = named; nameEnd = named; continue; }
      if (!continuesPhrase(tokens, j, end, bodyStart)) break;
      j++;
    }
    let head = nameEnd === j ? j - 1 : -1;
    // "The Burmese military": an adjective that heads phrases for a group, last in the phrase, heads it.
    if (head < 0 && j > bodyStart && tokens[j - 1]?.pos === 'ADJ' && ADJECTIVES_AS_HEADS.has(tokens[j - 1]!.lower)) head = j - 1;
    for (let k = j - 1; head < 0 && k >= bodyStart; k--) {
      const tk = tokens[k];
      if (tk && isNominal(tokens, k)) { head = k; break; }
    }
    // An adjective used as a noun after a determiner or possessor ("South Korea's military", "the wounded").
    if (head < 0 && j > bodyStart && (possessor || startsWithDeterminer) && tokens[j - 1]?.pos === 'ADJ') head = j - 1;
    if (head < 0) {
      // No noun: a bare determiner or a predicate adjective ("is ready"); not a phrase.
      i = Math.max(j, i + 1);
      continue;
    }
    // The closing mark of a phrase quoted after its determiner belongs to it, so what follows the
    // mark ("an "unprovoked attack" on Ukraine") attaches as it would to the bare phrase.
    const closingMark = QUOTE_MARKS.has(tokens[head + 1]?.text ?? '') && isInQuotedPhrase(tokens, head + 1, end);
    const phrase = newPhrase(nextId(), sentence, start, closingMark ? head + 2 : hyphenatedTailEnd(tokens, head, j), head, false, possessor ? 'syntax/np#possessive' : 'syntax/np#chunk', false);
    if (possessor) {
      phrase.possessor = possessor.id;
      possessor.inner = true;
    }
    phrases.push(phrase);
    i = phrase.tokenEnd;
    const after = tokens[i];
    if (after && i < end && isPossessiveMark(tokens, i)) {
      pendingPossessor = phrase;
      i++;
    }
  }
  if (pendingPossessor) pendingPossessor.inner = false;
  return phrases;
}

export function freezePhrase(p: MutablePhrase, tokens: readonly Token[]): NounPhrase {
  const first = tokens[p.tokenStart];
  const last = tokens[p.tokenEnd - 1];
  return {
    id: p.id, sentence: p.sentence, tokenStart: p.tokenStart, tokenEnd: p.tokenEnd, head: p.head,
    pronoun: p.pronoun, start: first?.start ?? 0, end: last?.end ?? 0, rule: p.rule,
    possessor: p.possessor, conjuncts: p.conjuncts, appositive: p.appositive, ofPhrase: p.ofPhrase,
  };
}

/**
 * "'s" after a name or noun, or a bare apostrophe after a plural ending in s ("The United Nations' top
 * official", "the rebels' leader"; the tagger reads that one as punctuation). A bare apostrophe counts
 * only when attached to its word and followed by one a phrase goes on with, so a closing quote does not.
 */
function isPossessiveMark(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.pos === 'PART' && (t.lower === "'s" || t.lower === '’s')) return true;
  if (t.text !== "'" && t.text !== '’') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // (A participle modifying the noun after may come first: "the guerrillas' masked leader".)
  const modified = /^(NOUN|PROPN|ADJ|NUM)$/.test(next?.pos ?? '') || (next?.pos === 'VERB' && PARTICIPLE.test(next.lower) && /^(NOUN|PROPN)$/.test(tokens[i + 2]?.pos ?? ''));
  return !!prev && !!next && prev.end === t.start && /s$/i.test(prev.text) && t.end < next.start && modified;
}
