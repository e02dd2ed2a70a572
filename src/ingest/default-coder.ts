import type { Coder } from '../domain/coded-document.js';
import type { CoderOptions } from '../pipeline/index.js';

/** Builds a Coder; commands take one of these so tests can pass a stand-in. */
export type CoderFactory = () => Promise<Coder>;

/**
 * The pipeline's coder, loaded on first use so commands that never code (export, serve without
 * paste-and-code) do not pay for loading and compiling the dictionaries.
 */
export function pipelineCoder(options: CoderOptions = {}): CoderFactory {
  return async () => {
    const { createCoder } = await import('../pipeline/index.js');
    return createCoder(options);
  };
}

/** The pipeline's coder with the built-in dictionaries. */
export const loadDefaultCoder: CoderFactory = pipelineCoder();
