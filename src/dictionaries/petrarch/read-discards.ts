import type { DiscardList } from '../../domain/verb-lexicon.js';
import { contentLines, phraseWords, type DictionaryWarning } from './_lines.js';

export interface DiscardReadResult {
  readonly discards: DiscardList;
  readonly warnings: DictionaryWarning[];
}

/**
 * Reads a PETRARCH discards list: one phrase a line; a leading `+` discards the whole story, otherwise
 * only the sentence. Matching is case-insensitive, so phrases are lower-cased.
 */
export function readPetrarchDiscards(text: string, origin: string): DiscardReadResult {
  const warnings: DictionaryWarning[] = [];
  const sentence: string[][] = [];
  const story: string[][] = [];
  for (const { line, text: raw } of contentLines(text)) {
    const t = raw.trim();
    const whole = t.startsWith('+');
    const words = phraseWords(whole ? t.slice(1) : t);
    if (words.length === 0) {
      warnings.push({ file: origin, line, message: 'empty discard phrase; line skipped' });
      continue;
    }
    if (t.includes('[')) {
      warnings.push({ file: origin, line, message: 'discard phrases take no [code]; is this an actor or verb file? line skipped' });
      continue;
    }
    (whole ? story : sentence).push(words);
  }
  return { discards: { origin, sentence, story }, warnings };
}
