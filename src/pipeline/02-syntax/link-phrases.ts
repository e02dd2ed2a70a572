import type { Token } from '../../domain/segment.js';
import { newPhrase, type MutablePhrase } from './chunk-noun-phrases.js';
import { CLAUSE_OPENERS, ROLE_COMPLEMENTS } from './_words.js';

/** Top-level phrases by the token they start and end at, for neighbour checks. */
export interface PhraseIndex {
  startingAt(i: number): MutablePhrase | undefined;
  endingBefore(i: number): MutablePhrase | undefined;
}

export function indexPhrases(phrases: readonly MutablePhrase[]): PhraseIndex {
  const byStart = new Map<number, MutablePhrase>();
  const byEnd = new Map<number, MutablePhrase>();
  for (const p of phrases) {
    if (p.inner) continue;
    const s = byStart.get(p.tokenStart);
    if (!s || s.tokenEnd < p.tokenEnd) byStart.set(p.tokenStart, p);
    const e = byEnd.get(p.tokenEnd);
    if (!e || e.tokenStart > p.tokenStart) byEnd.set(p.tokenEnd, p);
  }
  return { startingAt: (i) => byStart.get(i), endingBefore: (i) => byEnd.get(i) };
}

/**
 * Joins "A and B", "A, B and C" into coordinations, and links appositives ("Qin Gang, China's
 * foreign minister,") and "of" complements. `verbStartsAt` tells whether a verb group starts at a token:
 * "Putin and Lavrov met" coordinates, but in "Xi met Putin and Lavrov said" the second name opens a clause.
 */
// Pronouns that stand for a person as a subject, which may be coordinated with a name.
const PERSONAL_SUBJECTS = new Set(['he', 'she']);

// Closed class: prepositions whose phrase tells about the noun before it.
const NOUN_COMPLEMENTS = new Set(['of', 'to', 'in', 'at', 'from']);

/**
 * Where a verb would stand after a phrase ending at `from`, past what may come between a subject and
 * its verb: the phrase's "of", "to" or "in" phrases, a bracketed short name, an aside set off by commas, and
 * adverbs ("..., and the Economic Community of West African States (ECOWAS) said", "..., and France,
 * the former colonial power, said", "..., and its envoy to the Organization of American States, Luis
 * Lauredo, warned", "..., and Norway temporarily closed").
 */
function verbPlaceAfter(tokens: readonly Token[], index: PhraseIndex, from: number, end: number): number {
  const pastComplements = (at: number) => {
    while (NOUN_COMPLEMENTS.has(tokens[at]?.lower ?? '')) {
      const complement = index.startingAt(at + 1);
      if (!complement) break;
      at = complement.tokenEnd;
    }
    return at;
  };
  let after = pastComplements(from);
  if (tokens[after]?.text === '(') {
    const close = tokens.findIndex((t, i) => i > after && i <= after + 6 && t.text === ')');
    if (close > 0) after = close + 1;
  }
  const aside = tokens[after]?.text === ',' ? index.startingAt(after + 1) : undefined;
  if (aside) {
    const asideEnd = pastComplements(aside.tokenEnd);
    if (tokens[asideEnd]?.text === ',') after = asideEnd + 1;
  }
  return skipAdverbs(tokens, after, end);
}

function skipAdverbs(tokens: readonly Token[], from: number, end: number): number {
  let at = from;
  while (at < end && tokens[at]?.pos === 'ADV') at++;
  return at;
}

export function linkPhrases(
  tokens: readonly Token[],
  phrases: MutablePhrase[],
  end: number,
  verbStartsAt: (i: number) => boolean,
  verbBefore: (i: number) => boolean,
  complementVerbBefore: (i: number) => boolean,
  nextId: () => number,
): void {
  const top = () => phrases.filter((p) => !p.inner).sort((a, b) => a.tokenStart - b.tokenStart);
  // Coordinations first: a list may contain appositive-looking commas.
  // The index is rebuilt only after a change to the phrases (building it per phrase was quadratic).
  let index = indexPhrases(phrases);
  for (const p of top()) {
    if (p.inner) continue;
    const members: MutablePhrase[] = [p];
    let cursor = p.tokenEnd;
    let closed = false;
    // Members up to a list that may go on ("U.S. and British warplanes, ships and a submarine"): if
    // no "and" closes it, the coordination ends where it stood.
    let closedAt = 0;
    while (cursor < end) {
      let k = cursor;
      let sawAnd = false;
      // "The Nigeria Labour Congress (NLC) and the Trade Union Congress": a member's short form in
      // brackets does not end the list.
      if (tokens[k]?.text === '(') {
        let close = k + 1;
        while (close < end && close - k <= 4 && tokens[close]?.text !== ')') close++;
        if (tokens[close]?.text === ')' && close - k >= 2 && /^(,|and|or)$/.test(tokens[close + 1]?.lower ?? '')) k = close + 1;
      }
      if (tokens[k]?.text === ',') k++;
      const word = tokens[k]?.lower;
      if (word === 'and' || word === 'or' || word === 'nor') { sawAnd = true; k++; }
      if (k === cursor) break;
      const q = index.startingAt(k);
      // "he and Kyrgyz President Almazbek Atambayev signed": a personal pronoun joins a name.
      if (!q || (q.pronoun !== p.pronoun && !(members.length === 1 && sawAnd && PERSONAL_SUBJECTS.has(tokens[p.head]?.lower ?? '') && !q.pronoun))) break;
      // "recognised South Sudan, and U.N. Secretary-General Ban Ki-moon, who attended, welcomed ...":
      // ", and" before a phrase that a relative clause set off by commas follows opens a new clause.
      if (sawAnd && tokens[k - 2]?.text === ',' && tokens[q.tokenEnd]?.text === ',' && /^(who|which)$/.test(tokens[q.tokenEnd + 1]?.lower ?? '')) break;
      // "Canada expelled four and Ukraine ... expelled 13": a bare count is no conjunct of a name.
      const bareCount = (x: MutablePhrase) => tokens.slice(x.tokenStart, x.tokenEnd).every((t) => t.pos === 'NUM');
      if (bareCount(p) !== bareCount(q) && (tokens[q.head]?.pos === 'PROPN' || tokens[p.head]?.pos === 'PROPN')) break;
      members.push(q);
      cursor = q.tokenEnd;
      // "U.S. and British warplanes and warships": another "and" goes on with the list.
      if (sawAnd) {
        closed = true;
        // "U.S. and British warplanes, ships and a submarine": an "and" between two modifiers of one
        // noun joins one item of a list that a comma carries on.
        if (members.length === 2 && p.tokenEnd - p.tokenStart === 1 && tokens[p.head]?.pos !== 'NOUN' && tokens[cursor]?.text === ',' && index.startingAt(cursor + 1)) {
          closedAt = members.length;
          closed = false;
          continue;
        }
        if (tokens[cursor]?.lower !== 'and' || !index.startingAt(cursor + 1)) break;
      }
    }
    if (!closed && closedAt > 0) { members.length = closedAt; closed = true; }
    if (members.length < 2 || !closed) continue;
    const last = members[members.length - 1]!;
    // "China, the North's main ally and trading partner, said": a name, then "the ..." closed by a
    // comma before the verb, is the name and what it is, not a list.
    if (members.length >= 3 && tokens[p.head]?.pos === 'PROPN' && tokens[members[1]!.tokenStart]?.lower === 'the'
      && tokens[last.tokenEnd]?.text === ',' && verbStartsAt(last.tokenEnd + 1) && tokens[last.tokenStart]?.pos !== 'PROPN') continue;
    // A verb right after the last conjunct means it opens a new clause ("Xi met Putin and Lavrov
    // said ..."), unless no verb came before or the one before takes a clause ("believes A and B can").
    // After "between" the two always go together ("the deal between Congo and Rwanda signed in Washington").
    const between = tokens[p.tokenStart - 1]?.lower === 'between';
    // Nor after a word that opens a clause: "a day after the government and the opposition signed".
    // Nor after ", and" or ", but", which open a clause of their own: "Biden threatened sanctions, and
    // Australia and Britain called for the release of the detained leaders".
    const opensClause = CLAUSE_OPENERS.has(tokens[p.tokenStart - 1]?.lower ?? '')
      || (/^(and|but)$/.test(tokens[p.tokenStart - 1]?.lower ?? '') && tokens[p.tokenStart - 2]?.text === ',');
    const after = verbPlaceAfter(tokens, index, last.tokenEnd, end);
    if (!between && !opensClause && verbStartsAt(after) && verbBefore(p.tokenStart) && !complementVerbBefore(p.tokenStart)) continue;
    // Two phrases joined by ", and" with a verb after the second are two clauses, even when a word
    // that opens a clause comes first: "surrounded the building until dawn, and the attackers were taken".
    const commaAnd = members.length === 2 && tokens[last.tokenStart - 1]?.lower === 'and' && tokens[last.tokenStart - 2]?.text === ',';
    if (!between && commaAnd && opensClause && verbStartsAt(after) && verbBefore(p.tokenStart)) continue;
    // "Ukraine's rival presidential candidates, Prime Minister Viktor Yanukovich and opposition leader
    // Viktor Yushchenko, agreed": a plural noun, then names set off by commas, is what the names are;
    // the names alone are the list, and its appositive.
    const named = members.length >= 3 && tokens[p.head]?.pos === 'NOUN' && tokens[p.head]!.lower !== tokens[p.head]!.lemma && tokens[p.tokenEnd]?.text === ','
      && members.slice(1).every((m) => tokens[m.head]?.pos === 'PROPN') && tokens[last.tokenEnd]?.text === ',';
    if (named) members.shift();
    const coordination = newPhrase(nextId(), p.sentence, members[0]!.tokenStart, last.tokenEnd, last.head, false, 'syntax/np#coordination', false);
    coordination.conjuncts = members.map((m) => m.id);
    for (const m of members) m.inner = true;
    phrases.push(coordination);
    if (named) { p.appositive = coordination.id; coordination.inner = true; }
    index = indexPhrases(phrases);
  }
  for (const p of top()) {
    const comma = tokens[p.tokenEnd];
    const before = tokens[p.tokenStart - 1];
    // "The Prime Minister of India, Narendra Modi, ...": the appositive belongs to the head of the "of" phrase.
    const host = before?.lower === 'of' ? index.endingBefore(p.tokenStart - 1) : undefined;
    if (comma?.text === ',' && (before?.pos !== 'ADP' || (host && !host.pronoun))) {
      const q = index.startingAt(p.tokenEnd + 1);
      // "Nyusi and Ossufo Momade, leader of the former rebel movement Renamo, signed": one role set off
      // after a list of names tells what its last name is.
      const lastName = p.conjuncts ? phrases.find((x) => x.id === p.conjuncts![p.conjuncts!.length - 1]) : undefined;
      const ofLast = lastName && q && tokens[lastName.head]?.pos === 'PROPN' && tokens[q.head]?.pos === 'NOUN' && tokens[q.head]!.lower === tokens[q.head]!.lemma;
      const owner = before?.pos === 'ADP' ? host! : ofLast ? lastName : p;
      const pHead = tokens[owner.head];
      const qHead = q ? tokens[q.head] : undefined;
      // "Rached Ghannouchi, leader of the main opposition Ennahda party, ...": a role with its "of" phrase.
      // ("Claude Erignac, the government's top official on Corsica, ...": or with a place.)
      const ofPart = q && ROLE_COMPLEMENTS.has(tokens[q.tokenEnd]?.lower ?? '') ? index.startingAt(q.tokenEnd + 1) : undefined;
      const closing = q ? tokens[ofPart && !ofPart.pronoun ? ofPart.tokenEnd : q.tokenEnd] : undefined;
      const title = tokens[owner.tokenStart]?.lower === 'the' && pHead?.pos === 'PROPN' && qHead?.pos === 'PROPN';
      // (A phrase's head the tagger read as an adjective is still its noun: "The army chief, John Smith,".)
      const nounHead = (t: Token) => t.pos === 'NOUN' || t.pos === 'ADJ';
      const nameAndRole = title || (pHead && qHead && ((pHead.pos === 'PROPN' && nounHead(qHead)) || (nounHead(pHead) && qHead.pos === 'PROPN')));
      // Closed by a comma or the sentence's end; "X, the ministry said" is a reporting frame, not an appositive.
      const closed = closing?.text === ',' || q === undefined || q.tokenEnd >= end || closing?.text === '.';
      if (q && !q.pronoun && !owner.pronoun && nameAndRole && closed) {
        owner.appositive = q.id;
        q.inner = true;
        index = indexPhrases(phrases);
        continue;
      }
    }
  }
  // "of" complements for every phrase, conjuncts included ("Ithilen and the government of Gondor").
  for (const p of phrases) {
    if (tokens[p.tokenEnd]?.lower !== 'of' || p.ofPhrase !== undefined) continue;
    const q = index.startingAt(p.tokenEnd + 1);
    if (q && q.id !== p.id) p.ofPhrase = q.id;
  }
}
