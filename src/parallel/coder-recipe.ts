import { Writable } from 'node:stream';
import type { Coder } from '../domain/coded-document.js';

/**
 * How to build a Coder, in a form that crosses a thread boundary (structured clone): dictionary
 * paths, not compiled dictionaries. Each worker builds its own Coder from it, once.
 */
export interface CoderRecipe {
  /** PETRARCH/TABARI dictionary files or folders (as `parley code --dictionaries`). */
  readonly dictionaries?: readonly string[];
  /** Actor files in Parley's format (as `--actors`). */
  readonly actors?: readonly string[];
  /** With `dictionaries`: keep the built-in dictionaries too (as `--with-builtins`). */
  readonly withBuiltins?: boolean;
  /**
   * URL of a module exporting `createRecipeCoder(recipe): Promise<Coder>`, used instead of the
   * pipeline's coder. A seam for tests and for callers with their own coder; absent in normal use.
   */
  readonly factory?: string;
}

/** The shape a `factory` module must export. */
export type RecipeCoderFactory = (recipe: CoderRecipe) => Promise<Coder>;

/** Builds a Coder from a recipe; dictionary warnings go to `log`, one line per call. */
export async function coderFromRecipe(recipe: CoderRecipe, log: (line: string) => void = () => {}): Promise<Coder> {
  if (recipe.factory !== undefined) {
    const mod: unknown = await import(recipe.factory);
    const create = (mod as { createRecipeCoder?: unknown }).createRecipeCoder;
    if (typeof create !== 'function') throw new Error(`${recipe.factory} does not export createRecipeCoder()`);
    return (create as RecipeCoderFactory)(recipe);
  }
  // Imported here, not at the top: a main thread that only hands documents to workers then never
  // loads the tagger model and dictionaries code (about 50 MB of RSS).
  const [{ createCoder }, { coderOptionsFromFiles }] = await Promise.all([import('../pipeline/index.js'), import('../pipeline/options-from-files.js')]);
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      log(String(chunk));
      done();
    },
  });
  return createCoder(coderOptionsFromFiles({
    dictionaries: recipe.dictionaries ?? [], actors: recipe.actors ?? [], withBuiltins: recipe.withBuiltins ?? false,
  }, sink));
}
