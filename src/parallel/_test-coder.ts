// A coder for the pool's tests: the real pipeline, except that marked documents throw or kill
// their thread, so failure handling can be tested on real output.
import type { Coder } from '../domain/coded-document.js';
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
  };
};
