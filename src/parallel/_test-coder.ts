// A coder for the pool's tests: the real pipeline, except that marked documents throw or kill
// their thread, so failure handling can be tested on real output.
import type { BatchOutcome, Coder } from '../domain/coded-document.js';
import { createCoder } from '../pipeline/index.js';
import type { RecipeCoderFactory } from './coder-recipe.js';

/** Text containing this makes `code` throw. */
export const THROW_MARK = '@@throw@@';
/** Text containing this ends the thread coding it (only ever sent to a worker). */
export const EXIT_MARK = '@@exit@@';

export const createRecipeCoder: RecipeCoderFactory = async () => {
  const real: Coder = await createCoder();
  return {
    dictionaryVersion: real.dictionaryVersion,
    code(doc) {
      if (doc.text.includes(THROW_MARK)) throw new Error(`refusing to code ${doc.id}`);
      if (doc.text.includes(EXIT_MARK)) process.exit(7);
      return real.code(doc);
    },
    // The batch path, as workers use it: marked documents first (an exiting one with the progress
    // marker on it), the rest coded together by the real pipeline.
    codeMany(docs, onDocument) {
      const outcomes: BatchOutcome[] = new Array<BatchOutcome>(docs.length);
      const plain: number[] = [];
      docs.forEach((doc, i) => {
        if (doc.text.includes(EXIT_MARK)) { onDocument?.(i); process.exit(7); }
        if (doc.text.includes(THROW_MARK)) outcomes[i] = { ok: false, error: new Error(`refusing to code ${doc.id}`) };
        else plain.push(i);
      });
      real.codeMany!(plain.map((i) => docs[i]!), onDocument && ((j) => onDocument(plain[j]!))).forEach((outcome, j) => { outcomes[plain[j]!] = outcome; });
      return outcomes;
    },
  };
};
