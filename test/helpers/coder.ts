import type { Coder } from '../../src/domain/coded-document.js';
import { createCoder } from '../../src/pipeline/index.js';

let shared: Promise<Coder> | undefined;

/** One coder with the built-in dictionaries, shared by every test file that needs it. */
export function builtinCoder(): Promise<Coder> {
  shared ??= createCoder();
  return shared;
}

/** Codes a text and returns its events as "SOURCE TARGET CODE" strings, in order. */
export async function eventsOf(text: string, date = '2024-03-15'): Promise<string[]> {
  const coder = await builtinCoder();
  return coder.code({ id: 't', text, date }).events.map((e) => `${e.source.code} ${e.target?.code ?? '-'} ${e.cameo}`);
}
