import { resolve } from 'node:path';
import type { Store, StoreOptions } from './store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';

/** Where commands keep the corpus unless told otherwise (`--db`). */
export const DEFAULT_DB_FILE = 'parley.sqlite';

/** Opens the corpus at `path` (default `parley.sqlite` in the working directory). */
export function openStore(path: string | undefined, options: StoreOptions & { readonly?: boolean } = {}): Store {
  return openSqliteStore(resolve(path ?? DEFAULT_DB_FILE), options);
}
