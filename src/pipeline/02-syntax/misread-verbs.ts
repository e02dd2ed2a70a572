import type { Token } from '../../domain/segment.js';
import { ADJECTIVES_AS_HEADS, QUANTITY_LEADS, QUANTITY_NOUNS } from './_words.js';

/**
 * wink's tagger reads some past-tense verbs it has not seen as nouns ("The army rescued 20 hostages",
 * "The militia abducted two aid workers"). A lower-case "-ed" word tagged as a noun, straight after a
 * noun and straight before the start of another noun phrase, is read as the verb it almost always is.
 */
export function isMisreadPastVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  // (or, for a past form, an adjective: "Qatar mediated the talks").
  // ("striking Baghdad with cruise missiles": an "-ing" form read as an adjective, after a comma.)
  if (!t || (t.pos !== 'NOUN' && !(t.pos === 'ADJ' && /^[a-z]{3,}(ed|ing)$/.test(t.text)))) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || prev.sentence !== t.sentence || next.sentence !== t.sentence) return false;
  // "abducted more than 200 schoolchildren", "killed at least 12": a quantity's lead-in starts an object too.
  // ("overthrew President Omar al-Bashir": a capitalized title opens a name.)
  const objectNext = next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'PROPN' || (next.pos === 'PRON' && next.lower !== 'it') || (next.pos === 'NOUN' && /^[A-Z]/.test(next.text))
    || (QUANTITY_LEADS.has(next.lower) && tokens[i + 2]?.sentence === t.sentence && /^(than|least|\d)/.test(tokens[i + 2]?.lower ?? ''));
  // "talks mediated by China", "a truce brokered by Qatar": a participle after its noun with its agent.
  const agentNext = next.lower === 'by' && /^(DET|PROPN)$/.test(tokens[i + 2]?.pos ?? '') && tokens[i + 2]?.sentence === t.sentence;
  // ("stormed a girls' school and abducted more than 100 students": after "and" joining it to a clause before.)
  const afterAnd = prev.lower === 'and' && /^(NOUN|PROPN)$/.test(tokens[i - 2]?.pos ?? '') && objectNext && verbBefore(tokens, i - 2);
  if (/^[a-z]{3,}ed$/.test(t.text)) return ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && (objectNext || agentNext)) || afterAnd;
  // "police shot dead 19 protesters", "NATO aircraft shot down drones": irregular past forms too.
  // ("the presidential guard burst into a cabinet meeting")
  // ("Sudan's military overthrew ...": an adjective that heads phrases for a group is the subject's head.)
  // ("the troops had overrun a Thai outpost": after "have", the participle.)
  const nounBefore = prev.pos === 'NOUN' || prev.pos === 'PROPN' || (prev.pos === 'ADJ' && ADJECTIVES_AS_HEADS.has(prev.lower)) || (prev.pos === 'AUX' && prev.lemma === 'have');
  if (IRREGULAR_PAST.has(t.text)) return nounBefore && (objectNext || PARTICLES.has(next.lower) || next.lower === 'into');
  // "after meeting Swedish Foreign Minister Tobias Billstrom": a gerund after a preposition, with its object.
  if (/^[a-z]{3,}ing$/.test(t.text)) {
    if (GERUND_PREPOSITIONS.has(prev.lower)) return objectNext;
    // "shelled Kharkiv, wounding five people": a participle after a comma that ends a clause.
    const quantity = next.pos === 'NOUN' && QUANTITY_NOUNS.has(next.lower);
    return (prev.text === ',' && (objectNext || quantity) && verbBefore(tokens, i - 1)) || afterWithSubject(tokens, i, objectNext);
  }
  // "demanded that Hasina step down", "demanded the president step aside": a bare verb after its subject.
  if (STEP_VERBS.has(t.lower) && STEP_PARTICLES.has(next.lower) && (prev.pos === 'NOUN' || prev.pos === 'PROPN')) return true;
  // "demanded that China return seized rifles", "that France hand over Bacar": after a demand's
  // "that" and a name, a bare verb the tagger read as a noun.
  if (SUBJUNCTIVE_VERBS.has(t.lower) && prev.pos === 'PROPN' && (objectNext || PARTICLES.has(next.lower) || /^(ADJ|VERB)$/.test(next.pos)) && afterDemandThat(tokens, i - 1)) return true;
  // "the Gorno-Badakhshan region, which borders Afghanistan": after a relative pronoun, a form in "-s"
  // before its object is the verb, not a plural noun.
  if (RELATIVE_PRONOUNS.has(prev.lower) && /^[a-z]{3,}[^s]s$/.test(t.text) && objectNext) return true;
  return isMisreadToVerb(tokens, i);
}

const RELATIVE_PRONOUNS = new Set(['which', 'who', 'that']);

// Closed class: bare verbs of what is demanded that the tagger reads as nouns after a name.
const SUBJUNCTIVE_VERBS = new Set(['return', 'hand', 'release', 'pay', 'free', 'withdraw', 'halt', 'end', 'cease', 'lift', 'respect', 'comply', 'stop', 'reverse', 'apologise', 'apologize']);
const DEMANDING = new Set(['demand', 'insist', 'ask', 'urge', 'request', 'propose', 'order', 'require']);

/** Whether the name ending at `last` follows "that" after a verb of demanding ("demanded that China"). */
function afterDemandThat(tokens: readonly Token[], last: number): boolean {
  for (let k = last; k > last - 5 && k > 0; k--) {
    if (tokens[k]?.lower === 'that') return DEMANDING.has(tokens[k - 1]?.lemma ?? '');
    if (tokens[k]?.pos !== 'PROPN' && tokens[k]?.pos !== 'DET') return false;
  }
  return false;
}

// Closed class: "step down", "step aside", "stand down": leaving office, which a bare subject before
// them makes a verb (the tagger reads "step" there as the noun).
const STEP_VERBS = new Set(['step', 'stand']);
const STEP_PARTICLES = new Set(['down', 'aside']);

/**
 * "The European Union plans to impose sanctions": a verb whose third person is also a plural noun,
 * before "to" and a bare verb, straight after the subject's name (or "The ministry" opening the
 * sentence). After a common noun it stays a noun: "unveiled peace plans to end the war".
 */
function isMisreadToVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!TO_VERBS_READ_AS_NOUNS.has(t.text)) return false;
  const prev = tokens[i - 1]!;
  const to = tokens[i + 1]!;
  const verb = tokens[i + 2];
  if (to.lower !== 'to' || !verb || verb.sentence !== t.sentence || verb.pos !== 'VERB') return false;
  if (prev.pos === 'PROPN') return true;
  const det = tokens[i - 2];
  return prev.pos === 'NOUN' && det?.pos === 'DET' && det.sentence === t.sentence && tokens[i - 3]?.sentence !== t.sentence;
}

// Closed class: English verbs that take a to-infinitive and whose "-s" form is also a plural noun.
const TO_VERBS_READ_AS_NOUNS = new Set(['plans', 'aims', 'hopes', 'pledges', 'vows', 'promises', 'offers', 'threatens', 'needs', 'wants', 'seeks', 'intends', 'agrees', 'decides', 'refuses', 'fails', 'tries', 'expects', 'prepares']);

/** The verb a misread irregular past form stands for ("shot" -> shoot), for the verb group's lemma. */
export function misreadLemma(token: Token): string | undefined {
  return token.pos === 'NOUN' ? IRREGULAR_PAST.get(token.text) : undefined;
}

// Closed class: irregular past forms of event verbs that are also nouns, so the tagger may read them as such.
const IRREGULAR_PAST = new Map([
  ['shot', 'shoot'], ['struck', 'strike'], ['hit', 'hit'], ['fought', 'fight'], ['sought', 'seek'], ['led', 'lead'],
  ['held', 'hold'], ['met', 'meet'], ['sent', 'send'], ['beat', 'beat'], ['threw', 'throw'], ['fled', 'flee'],
  ['overthrew', 'overthrow'], ['took', 'take'], ['gave', 'give'], ['won', 'win'], ['lost', 'lose'], ['broke', 'break'],
  ['stole', 'steal'], ['bought', 'buy'], ['sold', 'sell'], ['built', 'build'], ['caught', 'catch'], ['shut', 'shut'],
  ['burst', 'burst'], ['retook', 'retake'], ['overran', 'overrun'], ['withdrew', 'withdraw'], ['drove', 'drive'],
  ['upheld', 'uphold'], ['overtook', 'overtake'], ['swore', 'swear'], ['overrun', 'overrun'],
]);
const PARTICLES = new Set(['dead', 'down', 'up', 'off', 'out']);

function verbBefore(tokens: readonly Token[], comma: number): boolean {
  const sentence = tokens[comma]!.sentence;
  for (let j = comma - 1; j >= 0 && tokens[j]!.sentence === sentence; j--) if (tokens[j]!.pos === 'VERB') return true;
  return false;
}

/**
 * ", with police firing tear gas at the crowds": after a comma and "with", a short noun phrase and an
 * "-ing" form read as a noun, then the start of its object, is the participle's clause: the phrase is
 * its subject. (A phrase of at most four words, so that a noun list after "with" is not read so.)
 */
function afterWithSubject(tokens: readonly Token[], i: number, objectNext: boolean): boolean {
  const next = tokens[i + 1]!;
  if (!objectNext && !(next.pos === 'NOUN' || next.pos === 'ADJ')) return false;
  let k = i - 1;
  if (tokens[k]?.pos !== 'NOUN' && tokens[k]?.pos !== 'PROPN') return false;
  while (k > i - 4 && /^(NOUN|PROPN|ADJ)$/.test(tokens[k - 1]?.pos ?? '')) k--;
  if (tokens[k - 1]?.pos === 'DET') k--;
  return tokens[k - 1]?.lower === 'with' && tokens[k - 2]?.text === ',' && tokens[k - 2]?.sentence === tokens[i]!.sentence;
}

const GERUND_PREPOSITIONS = new Set(['after', 'before', 'while', 'since', 'by', 'without', 'upon', 'despite']);
