import type { Token } from '../../domain/segment.js';
import type { DiscardList } from '../../domain/verb-lexicon.js';
import { pushTo } from './_collections.js';

/** Sentences holding a sentence-discard phrase; every sentence when a story-discard phrase occurs anywhere. */
export function discardedSentences(tokens: readonly Token[], sentences: readonly { firstToken: number; endToken: number; index: number }[], discards: DiscardList | undefined, text: string): Set<number> {
  const out = new Set<number>();
  if (!discards || (discards.sentence.length === 0 && discards.story.length === 0)) return out;
  const { prefilter, byFirst } = compiledDiscards(discards);
  // Most documents hold none of the phrases: one regular-expression pass over the text says so.
  if (!prefilter.test(text)) return out;
  if (discards.story.some((p) => containsPhrase(tokens, 0, tokens.length, p))) {
    for (const s of sentences) out.add(s.index);
    return out;
  }
  // One pass over the tokens, trying only the phrases that start with a token's form or lemma.
  const startsAt = (word: string, i: number, end: number) =>
    byFirst.get(word)?.some((p) => containsPhrase(tokens, i, Math.min(end, i + p.length), p)) ?? false;
  for (const s of sentences) {
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = tokens[i]!;
      if (startsAt(t.lower, i, s.endToken) || (t.lemma !== t.lower && startsAt(t.lemma, i, s.endToken))) { out.add(s.index); break; }
    }
  }
  return out;
}

function containsPhrase(tokens: readonly Token[], from: number, to: number, phrase: readonly string[]): boolean {
  outer: for (let i = from; i + phrase.length <= to; i++) {
    for (let k = 0; k < phrase.length; k++) {
      const t = tokens[i + k]!;
      if (t.lower !== phrase[k] && t.lemma !== phrase[k]) continue outer;
    }
    return true;
  }
  return false;
}

interface CompiledDiscards {
  /**
   * Any phrase's words as written in running text, each word as a prefix ("cricketer" also finds
   * "cricketers", the lemma "medal" finds "medals"), so a document it passes is still checked token
   * by token. Only a phrase written as a lemma whose inflection changes the stem ("run" for "ran")
   * can slip past it; discard lists name sports and outlets, not such verbs.
   */
  readonly prefilter: RegExp;
  /** Sentence-discard phrases by their first word. */
  readonly byFirst: ReadonlyMap<string, readonly (readonly string[])[]>;
}

const compiledDiscardLists = new WeakMap<DiscardList, CompiledDiscards>();

/** Built once per discard list, which lives as long as the coder. */
function compiledDiscards(discards: DiscardList): CompiledDiscards {
  let compiled = compiledDiscardLists.get(discards);
  if (!compiled) {
    const phrases = [...discards.sentence, ...discards.story].filter((p) => p.length > 0);
    const byFirst = new Map<string, (readonly string[])[]>();
    for (const p of discards.sentence) if (p[0] !== undefined) pushTo(byFirst, p[0], p);
    compiled = { prefilter: phrases.length ? prefilterOf(phrases) : /(?!)/, byFirst };
    compiledDiscardLists.set(discards, compiled);
  }
  return compiled;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The prefilter: one alternative per phrase, its words as written in running text
 * ("cricket\w*\W+team"), grouped under the phrase's first character ("c(?:ricket\w*\W+team|ricketer)").
 * The same expression as the phrases side by side, but at each word of the text the engine tries
 * only the phrases that start with that character, not every phrase in turn.
 */
function prefilterOf(phrases: readonly (readonly string[])[]): RegExp {
  const byHead = new Map<string, string[]>();
  const headless: string[] = [];
  for (const p of phrases) {
    const written = p.map(escape).join('\\w*\\W+');
    const head = p[0]?.[0];
    if (head === undefined) headless.push(written);
    else pushTo(byHead, escape(head), written.slice(escape(head).length));
  }
  const groups = [...byHead].map(([head, rests]) => `${head}(?:${rests.join('|')})`);
  return new RegExp(`\\b(?:${[...groups, ...headless].join('|')})`, 'i');
}
