import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Pos } from '../../domain/segment.js';

/** One tagged token as the tagger reports it, before offsets are attached. */
export interface TaggedToken {
  readonly text: string;
  readonly lemma: string;
  readonly pos: Pos;
  /** Whitespace the tagger saw before the token. */
  readonly gap: number;
}

export interface TaggedText {
  readonly tokens: readonly TaggedToken[];
  /** Sentences as inclusive token index pairs. */
  readonly sentences: readonly (readonly [number, number])[];
}

/** wink-nlp with its English model: tokenizer, sentence splitter, POS tagger and lemmatizer in one pass. */
export interface Tagger {
  tag(text: string): TaggedText;
}

export function createTagger(): Tagger {
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  return {
    tag(text) {
      const doc = nlp.readDoc(text);
      const tokens = doc.tokens();
      const values = tokens.out() as string[];
      const pos = tokens.out(its.pos) as Pos[];
      // The typings of `its.lemma` disagree with `out`, though the call is documented and works.
      const lemmas = tokens.out(its.lemma as unknown as typeof its.pos) as string[];
      const spaces = tokens.out(its.precedingSpaces) as string[];
      const tagged: TaggedToken[] = values.map((value, i) => ({
        text: value,
        lemma: lemmas[i] ?? value.toLowerCase(),
        pos: pos[i] ?? 'X',
        gap: spaces[i]?.length ?? 0,
      }));
      const sentences = (doc.sentences().out(its.span) as unknown as [number, number][]).map(
        ([a, b]) => [a, b] as const,
      );
      return { tokens: tagged, sentences };
    },
  };
}
