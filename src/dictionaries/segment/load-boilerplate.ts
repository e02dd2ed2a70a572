import { readFileSync } from 'node:fs';
import { dataPath } from '../data-path.js';

/** Compiles the boilerplate line patterns; a line that is not a valid expression is an error in a shipped file. */
export function parseBoilerplate(text: string, origin: string): RegExp[] {
  const patterns: RegExp[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    try {
      patterns.push(new RegExp(line, 'i'));
    } catch (error) {
      throw new Error(`${origin}:${i + 1}: not a valid regular expression: ${(error as Error).message}`);
    }
  });
  return patterns;
}

export function loadBoilerplate(): RegExp[] {
  const path = dataPath('segment', 'boilerplate.txt');
  return parseBoilerplate(readFileSync(path, 'utf8'), path);
}
