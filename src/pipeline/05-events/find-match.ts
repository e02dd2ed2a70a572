import type { Sentence, Token } from '../../domain/segment.js';
import type { Clause, NounPhrase } from '../../domain/syntax.js';
import type { VerbPattern } from '../../domain/verb-lexicon.js';
import { canTakeIn, matchPattern, patternHasWord, sameRank, type IndexedPattern, type PatternMatch } from './pattern-index.js';
import type { EventDocument } from './event-document.js';
import { CLAUSE_END, DEMANDING_VERBS } from './_words.js';

/** A clause's best pattern match, asked for up to three times (negation, intent cue, the event itself). */
export function bestMatch(d: EventDocument, c: Clause): PatternMatch | undefined {
  if (d.matches.has(c.id)) return d.matches.get(c.id);
  const found = findMatch(d, c);
  d.matches.set(c.id, found);
  return found;
}

/** Whether the clause's own verb is coded by a literal dictionary pattern (which then decides alone). */
export function literalFor(d: EventDocument, c: Clause): boolean {
  const m = bestMatch(d, c);
  return !!m && d.resources.patterns.isLiteral(m.pattern);
}

function findMatch(d: EventDocument, c: Clause): PatternMatch | undefined {
  const { tokens, phrases, resources } = d;
  const { patterns, trace } = resources;
  const verb = tokens[c.verb.head];
  if (!verb) return undefined;
  const sentence = d.sentences[c.sentence];
  // Pattern words may reach past the clause's own arguments, up to a clause-ending mark
  // ("abandon improved economic relations": "improved" was read as a verb of its own).
  let to = Math.max(c.tokenEnd, c.verb.tokenEnd);
  const limit = sentence?.endToken ?? to;
  // Not into a clause with a subject of its own ("..., as demonstrators set fire to ..."), except for
  // PETRARCH's dictionaries, whose patterns reach into what a verb governs ("ALLOWED THAT ... PLEASANT").
  // A comma inside a list of nouns ends nothing ("threatened to impose high taxes, tariffs and sanctions").
  // (What a demand asks for may have a subject of its own: "demanded that Gbagbo step down".)
  const asked = c.complement?.kind === 'that' && DEMANDING_VERBS.has(c.verb.lemma) && !resources.literalOnly ? d.clauseById.get(c.complement.clause) : undefined;
  const askedSubject = asked?.subject !== undefined ? d.phrases[asked.subject]?.tokenStart : undefined;
  while (to < limit && !(CLAUSE_END.has(tokens[to]?.text ?? '') && !d.listCommas.has(to)) && !(isAndOrBut(tokens[to]?.lower) && d.clauseStarts.has(to + 1)) && !(d.subjectClauseAt.has(to) && to !== askedSubject && !resources.literalOnly)) to++;
  // "ordered diplomats from seven countries, including Argentina and Chile, to leave": a list set off
  // after "including" does not end the clause before the infinitive it governs.
  const infinitive = c.complement?.kind === 'to-infinitive' ? d.clauseById.get(c.complement.clause) : undefined;
  // Nor does the object's name set off by commas ("ordered France's ambassador, Joel Meyer, to leave").
  const aside = c.object !== undefined ? phrases[phrases[c.object]?.appositive ?? -1] : undefined;
  if (infinitive && tokens[to]?.text === ',' && (tokens[to + 1]?.lower === 'including' || aside?.tokenStart === to + 1) && infinitive.verb.head > to) to = infinitive.verb.head + 1;
  // The words of that name's role are the object's too ("shot dead Claude Erignac, the top official on Corsica").
  else if (aside && tokens[to]?.text === ',' && aside.tokenStart === to + 1) to = Math.min(limit, aside.tokenEnd);
  const subjectId = d.subjectOf(c);
  const subjectPhrase = subjectId !== undefined ? phrases[subjectId] : undefined;
  const slots = {
    phraseAt: d.phraseAtSlot, victimOf: d.victimOfSlot,
    ...(subjectPhrase ? { subject: { id: subjectPhrase.id, start: subjectPhrase.tokenStart } } : {}), ...(c.object !== undefined ? { object: c.object } : {}),
    ...(c.verb.passive && subjectPhrase ? { passiveSubject: { start: subjectPhrase.tokenStart, end: subjectPhrase.tokenEnd } } : {}),
  };
  const beforeFrom = sentence?.firstToken ?? c.tokenStart;
  const candidates = patterns.candidates(verb, c.verb.lemma);
  if (candidates.length === 0) return undefined;
  // A pattern's words start before the verb (from beforeFrom) or after it (up to `to`); most
  // patterns need a word that is not there, which a set lookup tells before matching.
  readWordsIn(d, Math.min(beforeFrom, c.verb.head + 1), Math.max(to, c.verb.head), sentence);
  let best: PatternMatch | undefined;
  let bestEntry: IndexedPattern | undefined;
  let bestWords: Token[] = [];
  // The direct object, where a pattern's noun is surest ("suspended the pact in protest at ..."), or
  // with none the first phrase after a preposition ("agreed to a ceasefire at talks hosted by ...").
  const firstNp = c.object ?? c.preps[0]?.np;
  const object = firstNp !== undefined && !resources.literalOnly ? phrases[firstNp] : undefined;
  const from = object && c.object === undefined ? object.tokenStart - 1 : object?.tokenStart ?? 0;
  const inObject = (m: PatternMatch) => !!object && m.wordTokens.some((t) => t >= object.tokenStart) && m.wordTokens.every((t) => t >= from && t < object.tokenEnd);
  let bestInObject = false;
  // "reached a deal to salvage NAFTA as a pact with Mexico": a pattern ("reach a deal with +") does
  // not find its party inside what a to-infinitive governs by words found there too, unless they
  // take in its verb ("urged both sides to show restraint").
  const complementClause = c.complement?.kind === 'to-infinitive' && !resources.literalOnly ? d.clauseById.get(c.complement.clause) : undefined;
  const complementVerb = complementClause?.verb.head;
  for (const entry of candidates) {
    const p = entry.pattern;
    // Of patterns ranked alike, one whose words take in another's and more fits the text better:
    // "launched a wave of air strikes" is "launch &AIRSTRIKE", not the labour strike of "launch
    // &LABORSTRIKE"; "held live-fire drills" is not "hold fire". So does one whose words are the
    // verb's object when the other's are not. Otherwise the earlier pattern stands.
    if (bestEntry && !sameRank(bestEntry, entry)) break;
    // Only a pattern with a longer alternative holding the words found can take them in and more.
    if (best && !canTakeIn(entry, bestWords) && (bestInObject || !object || !mayMatchIn(tokens, entry, object))) continue;
    // "called off his fighters' advance on Moscow" is no "call on": a verb with a particle of its own
    // does not take a pattern that opens with another.
    if (!resources.literalOnly && c.verb.particle && otherParticle(p, c.verb.particle)) continue;
    // Literal dictionaries spell out the word forms they mean ("EFFORT" is not "efforts").
    let m = d.presentWords.mayMatch(entry) ? matchPattern(p, tokens, c.verb.head, to, beforeFrom, slots, entry.literal) : undefined;
    if (m && (reachesIntoComplement(m, complementVerb, phrases) || prepositionOfParticiple(d, c, m))) m = undefined;
    trace?.({ kind: 'pattern', clause: c.id, pattern: p.id, code: p.code, matched: !!m });
    if (m && (!best || fitsBetter(m, best) || (!bestInObject && inObject(m) && !fitsBetter(best, m)))) {
      best = m;
      bestEntry = entry;
      bestWords = m.wordTokens.map((t) => tokens[t]!);
      bestInObject = inObject(m);
    }
  }
  return best;
}

function reachesIntoComplement(m: PatternMatch, complementVerb: number | undefined, phrases: EventDocument['phrases']): boolean {
  if (complementVerb === undefined || m.target === undefined || m.wordTokens.includes(complementVerb)) return false;
  return (phrases[m.target]?.tokenStart ?? -1) > complementVerb && m.wordTokens.some((t) => t > complementVerb);
}

/**
 * "calling the prison sentence passed on him by a Thai court politically motivated" is no "call on":
 * a pattern's preposition right after a participle telling about a phrase is that participle's.
 */
function prepositionOfParticiple(d: EventDocument, c: Clause, m: PatternMatch): boolean {
  if (d.resources.literalOnly) return false;
  return m.wordTokens.some((t) => t > c.verb.tokenEnd && d.tokens[t]?.pos === 'ADP' && d.clausesOf(c.sentence).some((o) => o.id !== c.id && o.rule === 'syntax/clause#reduced-relative' && o.verb.tokenEnd === t));
}

/** Whether a's words are b's and more: the reading that accounts for more of the same words. */
function fitsBetter(a: PatternMatch, b: PatternMatch): boolean {
  return a.wordTokens.length > b.wordTokens.length && b.wordTokens.every((t) => a.wordTokens.includes(t));
}

/** Whether any word of the pattern is among the phrase's words. */
function mayMatchIn(tokens: readonly Token[], p: IndexedPattern, phrase: NounPhrase): boolean {
  for (let i = phrase.tokenStart; i < phrase.tokenEnd; i++) {
    const t = tokens[i];
    if (t && patternHasWord(p, t)) return true;
  }
  return false;
}

/**
 * Reads the words of at least the tokens in [from, to) into the document's PresentWords: those of
 * the whole sentence when the range lies within it (one reading serves all its clauses).
 */
function readWordsIn(d: EventDocument, from: number, to: number, sentence: Sentence | undefined): void {
  if (sentence !== undefined && from >= sentence.firstToken && to <= sentence.endToken) d.presentWords.readSpan(sentence.firstToken, sentence.endToken);
  else d.presentWords.readSpan(from, to);
}

export function isAndOrBut(word: string | undefined): boolean {
  return word === 'and' || word === 'but';
}

/**
 * Whether a one-word verb pattern reads the verb without its particle: it opens with another
 * particle ("call on" for "called off"), or with none at all ("call +", a phone call, for "called off").
 */
function otherParticle(p: VerbPattern, particle: string): boolean {
  const first = p.after[0];
  if (p.verb.length > 1) return false;
  return first?.kind !== 'words' || !first.alternatives.some((a) => a[0] === particle);
}
