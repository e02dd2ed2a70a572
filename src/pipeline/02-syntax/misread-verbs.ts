import type { Token } from '../../domain/segment.js';

/**
 * wink's tagger reads some past-tense verbs it has not seen as nouns ("The army rescued 20 hostages",
 * "The militia abducted two aid workers"). A lower-case "-ed" word tagged as a noun, straight after a
 * noun and straight before the start of another noun phrase, is read as the verb it almost always is.
 */
export function isMisreadPastVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.pos !== 'NOUN' || !/^[a-z]{3,}ed$/.test(t.text)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (!prev || !next || prev.sentence !== t.sentence || next.sentence !== t.sentence) return false;
  return (prev.pos === 'NOUN' || prev.pos === 'PROPN') && (next.pos === 'DET' || next.pos === 'NUM' || next.pos === 'PROPN' || (next.pos === 'PRON' && next.lower !== 'it'));
}
