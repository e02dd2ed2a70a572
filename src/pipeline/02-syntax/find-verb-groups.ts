import type { Token } from '../../domain/segment.js';
import type { Tense, VerbGroup } from '../../domain/syntax.js';
import { FUTURE_MODALS, IRREGULAR_PAST, MODALS, NEGATORS, PARTICLES } from './_words.js';
import { isMisreadPastVerb, misreadLemma } from './misread-verbs.js';

// (The tagger gives "being" its own lemma.)
const BE = new Set(['be', 'get', 'being']);

function isParticiple(t: Token): boolean {
  if (t.lower.endsWith('ing')) return false;
  return t.lower.endsWith('ed') || t.lower.endsWith('en') || IRREGULAR_PAST.has(t.lower);
}

function isPastForm(t: Token): boolean {
  return t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower) || t.lower === 'was' || t.lower === 'were' || t.lower === 'had' || t.lower === 'did';
}

/**
 * Finds verb groups: auxiliaries, modals, negation and adverbs up to the main verb, then a particle.
 * A copula with a predicate adjective ("is ready") is a group headed by the copula.
 * Tokens inside noun phrases are skipped (`inPhrase`).
 */
export function findVerbGroups(
  tokens: readonly Token[],
  first: number,
  end: number,
  sentence: number,
  inPhrase: (i: number) => boolean,
  nextId: () => number,
): VerbGroup[] {
  const groups: VerbGroup[] = [];
  let i = first;
  while (i < end) {
    const t = tokens[i];
    if (!t || inPhrase(i) || (t.pos !== 'AUX' && t.pos !== 'VERB' && !isMisreadPastVerb(tokens, i)) || isAliasAside(tokens, i)) { i++; continue; }
    let j = i;
    let head = -1;
    let modal: string | undefined;
    let negated = false;
    let beSeen = false;
    let lastAux = -1;
    while (j < end) {
      const tk = tokens[j];
      if (!tk || inPhrase(j)) break;
      if (tk.pos === 'AUX') {
        if (head >= 0) break;
        if (MODALS.has(tk.lower)) modal ??= tk.lower === 'wo' ? 'will' : tk.lower === 'ca' ? 'can' : tk.lower;
        if (BE.has(tk.lemma)) beSeen = true;
        lastAux = j;
        j++;
        continue;
      }
      if (tk.pos === 'VERB' || isMisreadPastVerb(tokens, j)) {
        if (head >= 0) break;
        head = j;
        j++;
        continue;
      }
      if (NEGATORS.has(tk.lower) && head < 0) { negated = true; j++; continue; }
      // Adverbs between auxiliary and verb ("will actively promote", "also reaffirmed").
      if (tk.pos === 'ADV' && head < 0 && lastAux >= 0) { j++; continue; }
      break;
    }
    let predicate: string | undefined;
    if (head < 0) {
      if (lastAux < 0) { i = Math.max(j, i + 1); continue; }
      head = lastAux;
      // "is (not) ready to": the copula's predicate adjective.
      let k = j;
      while (k < end && tokens[k]?.pos === 'ADV') k++;
      const adj = tokens[k];
      // "Israel will free 2,000 prisoners": after a modal with no copula, a word read as an adjective is the verb.
      if (adj && k < end && adj.pos === 'ADJ' && modal !== undefined && !beSeen) { head = k; j = k + 1; }
      else if (adj && k < end && adj.pos === 'ADJ') { predicate = adj.lemma; j = k + 1; }
    }
    const headToken = tokens[head];
    if (!headToken) { i = j; continue; }
    let tokenEnd = Math.max(j, head + 1);
    let particle: string | undefined;
    const next = tokens[head + 1];
    // ("send up to 3,000 troops": "up to" before a number leads a quantity, not a particle.)
    const quantity = next?.lower === 'up' && tokens[head + 2]?.lower === 'to' && tokens[head + 3]?.pos === 'NUM';
    if (next && head + 1 < end && predicate === undefined && !quantity && PARTICLES.has(next.lower) && (next.pos === 'ADP' || next.pos === 'ADV' || next.pos === 'PART')) {
      particle = next.lower;
      tokenEnd = head + 2;
    }
    const passive = beSeen && headToken.pos === 'VERB' && isParticiple(headToken);
    let tense: Tense = 'present';
    if (modal && FUTURE_MODALS.has(modal)) tense = 'future';
    else if (isPastForm(headToken) || (lastAux >= 0 && isPastForm(tokens[lastAux] ?? headToken))) tense = 'past';
    const first = tokens[i];
    const last = tokens[tokenEnd - 1];
    groups.push({
      id: nextId(), sentence, tokenStart: i, tokenEnd, head, lemma: misreadLemma(headToken) ?? headToken.lemma,
      negated, passive, tense, start: first?.start ?? headToken.start, end: last?.end ?? headToken.end,
      rule: predicate ? 'syntax/vg#copula' : passive ? 'syntax/vg#passive' : 'syntax/vg#active',
      ...(particle ? { particle } : {}),
      ...(modal ? { modal } : {}),
      ...(predicate ? { predicate } : {}),
    });
    i = tokenEnd;
  }
  return groups;
}

/**
 * ", better known as Bobi Wine,": another name set off by commas, no clause of its own, so the clause
 * around it runs on past it ("charged lawmaker Robert Kyagulanyi, better known as Bobi Wine, with ...").
 */
export function isAliasAside(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'known' || tokens[i + 1]?.lower !== 'as') return false;
  const before = tokens[i - 1]?.pos === 'ADV' ? i - 2 : i - 1;
  return tokens[before]?.text === ',';
}
