/** Coding on several threads: a pool of workers, each with its own Coder, results in input order. */
export { createCodingPool, inProcessPool, PoolStartError } from './coding-pool.js';
export type { CodingPool, CodingPoolOptions, PoolResult } from './coding-pool.js';
export { coderFromRecipe } from './coder-recipe.js';
export type { CoderRecipe, RecipeCoderFactory } from './coder-recipe.js';
export { BATCH_CHARS, BATCH_DOCUMENTS, codeBatch } from './code-batch.js';
