import type { Coder } from '../domain/coded-document.js';

/** Builds a Coder; commands take one of these so tests can pass a stand-in. */
export type CoderFactory = () => Promise<Coder>;

/**
 * The pipeline's coder, loaded on first use so commands that never code (export, serve without
 * paste-and-code) do not pay for compiling dictionaries.
 */
export const loadDefaultCoder: CoderFactory = async () => {
  // A variable specifier keeps this file compiling while the pipeline entry point is being written.
  const specifier = '../pipeline/index.js';
  const mod: unknown = await import(specifier);
  const create = (mod as { createCoder?: unknown }).createCoder;
  if (typeof create !== 'function') throw new Error('parley: src/pipeline/index.ts does not export createCoder()');
  return (await (create as () => Promise<Coder>)()) satisfies Coder;
};
