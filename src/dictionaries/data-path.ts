import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The package root (the folder holding package.json), found from this file so src/ and dist/ both work. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('parley: cannot find the package root from ' + import.meta.url);
    dir = up;
  }
  root = dir;
  return dir;
}

/** Path of a shipped data file under `dictionaries/`. */
export function dataPath(...parts: string[]): string {
  return join(packageRoot(), 'dictionaries', ...parts);
}
