import type { Token } from '../../domain/segment.js';

/**
 * wink's tagger reads some past-tense verbs it has not seen as nouns ("The army rescued 20 hostages",
 * "The militia abducted two aid workers"). A lower-case "-ed" word tagged as a noun, straight after a
 * noun and straight before the start of another noun phrase, is read as the verb it almost always is.
 */
export function isMisreadPastVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.pos !== 'NOUN') return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || prev.sentence !== t.sentence || next.sentence !== t.sentence) return false;
  const objectNext = next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'PROPN' || (next.pos === 'PRON' && next.lower !== 'it');
  if (/^[a-z]{3,}ed$/.test(t.text)) return (prev.pos === 'NOUN' || prev.pos === 'PROPN') && objectNext;
  // "after meeting Swedish Foreign Minister Tobias Billstrom": a gerund after a preposition, with its object.
  return /^[a-z]{3,}ing$/.test(t.text) && GERUND_PREPOSITIONS.has(prev.lower) && objectNext;
}

const GERUND_PREPOSITIONS = new Set(['after', 'before', 'while', 'since', 'by', 'without', 'upon', 'despite']);
