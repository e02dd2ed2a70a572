import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Pos } from '../../domain/segment.js';

/**
 * A tagged text as columns, one entry a token, before offsets are attached. Columns rather than
 * one object a token: the segment stage builds its own token objects, so these would be garbage.
 */
export interface TaggedText {
  readonly texts: readonly string[];
  readonly lemmas: readonly (string | undefined)[];
  readonly pos: readonly (Pos | undefined)[];
  /** Sentences as inclusive token index pairs. */
  readonly sentences: readonly (readonly [number, number])[];
  /** Whitespace the tagger saw before token `i`; read only where a token's offset is in doubt. */
  gap(i: number): number;
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
      // The typings of `its.lemma` disagree with `out`, though the call is documented and works.
      const lemmas = tokens.out(its.lemma as unknown as typeof its.pos) as string[];
      // wink already gives each sentence as a [first, last] pair; read them as they are, not copied.
      const sentences = doc.sentences().out(its.span) as unknown as readonly (readonly [number, number])[];
      // Each `out` is a pass over the document; preceding spaces are rarely needed, so read on demand.
      let spaces: string[] | undefined;
      return {
        texts: tokens.out() as string[],
        lemmas,
        pos: tokens.out(its.pos) as Pos[],
        sentences,
        gap: (i) => (spaces ??= tokens.out(its.precedingSpaces) as string[])[i]?.length ?? 0,
      };
    },
  };
}
