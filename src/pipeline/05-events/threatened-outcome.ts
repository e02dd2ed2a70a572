import type { Clause } from '../../domain/syntax.js';
import type { PatternMatch } from './pattern-index.js';
import type { EventDocument } from './event-document.js';
import { reportAround } from './clause-readings.js';
import { forceToldBefore } from './reprisal.js';

// "will pay", "would be punished", "should expect a response": what is said to lie ahead.
const AHEAD_MODALS = new Set(['will', 'would', 'shall', "'ll", 'should', 'wo']);
// Verbs whose "that" clause is a promise of what lies ahead, not a report of what is.
const VOWING_VERBS = new Set(['vow', 'warn', 'threaten', 'promise', 'pledge', 'swear']);

/**
 * "Netanyahu said Iran would pay for it", "the group vowed that the strikes would not go unpunished":
 * in reported speech, a party told what will befall it (dictionaries/frames/threatened-outcomes.txt)
 * is threatened by the speaker. The clause's subject is the target, the speaker the source; after
 * force told of in the last few sentences, it is a threat of force (138).
 */
export function threatenedOutcome(d: EventDocument, c: Clause): PatternMatch | undefined {
  const table = d.resources.threatenedOutcomes;
  const entry = table?.get(c.verb.lemma);
  if (!entry || d.resources.literalOnly || c.subject === undefined) return undefined;
  if (entry.negated !== c.verb.negated || entry.passive !== c.verb.passive || !AHEAD_MODALS.has(c.verb.modal ?? '')) return undefined;
  const word = entry.words.length > 0 ? followedAt(d, c, entry.words) : undefined;
  if (entry.words.length > 0 && word === undefined) return undefined;
  const speaker = reportAround(d.reportsBySentence.get(c.sentence) ?? [], c)?.speaker ?? vower(d, c);
  if (speaker === undefined || speaker === c.subject) return undefined;
  const code = forceToldBefore(d, c.sentence, c.end) ? '138' : '130';
  return { pattern: { id: `frames/threatened-outcomes#${c.verb.lemma}`, verb: [c.verb.lemma], code, before: [], after: [] }, lastToken: c.tokenEnd, wordTokens: word !== undefined ? [word] : [], source: speaker, target: c.subject };
}

/** "Khamenei vowed that Israel would be punished": who vowed or warned what the clause says. */
function vower(d: EventDocument, c: Clause): number | undefined {
  const parent = c.parent !== undefined ? d.clauseById.get(c.parent) : undefined;
  return parent && VOWING_VERBS.has(parent.verb.lemma) ? d.subjectOf(parent) : undefined;
}

/** Where one of the words (or word runs) follows the verb within a few words, in its sentence. */
function followedAt(d: EventDocument, c: Clause, words: readonly string[]): number | undefined {
  const end = Math.min(d.sentences[c.sentence]?.endToken ?? c.tokenEnd, c.verb.tokenEnd + 8);
  for (let i = c.verb.tokenEnd; i < end; i++) {
    for (const w of words) {
      const parts = w.split(' ');
      if (parts.every((part, k) => d.tokens[i + k]?.lower === part || d.tokens[i + k]?.lemma === part)) return i;
    }
  }
  return undefined;
}
