import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runStoreContract } from '../store-contract.js';
import { openSqliteStore } from './sqlite-store.js';
import { SCHEMA_VERSION } from './migrations.js';
import { StoreError } from '../store.js';
import { fixtureCode, fixtureDoc } from '../_test-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): string => join(dir, `store-${n++}.sqlite`);

runStoreContract('sqlite file', () => openSqliteStore(fresh()));

describe('SQLite adapter', () => {
  it('creates a WAL database with its migrations recorded', () => {
    const path = fresh();
    openSqliteStore(path).close();
    const db = new Database(path);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    const rows = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    assert.deepEqual(rows.map((r) => r.version), Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
    db.close();
  });

  it('keeps data across reopening and does not re-apply migrations', () => {
    const path = fresh();
    const store = openSqliteStore(path);
    store.saveCoded([fixtureCode(fixtureDoc('x', ['[CHN 040 USA 2024-01-01] met']))], null);
    store.close();
    const again = openSqliteStore(path);
    assert.equal(again.stats().events, 1);
    again.close();
    const db = new Database(path);
    assert.equal((db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n, SCHEMA_VERSION);
    db.close();
  });

  it('refuses a database from a newer schema, and a path it cannot open', () => {
    const path = fresh();
    openSqliteStore(path).close();
    const db = new Database(path);
    db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 'x')").run();
    db.close();
    const cases: [string, string][] = [[path, 'store-schema-newer'], [join(dir, 'no', 'such', 'dir', 'x.sqlite'), 'store-open-failed']];
    for (const [p, code] of cases) {
      assert.throws(() => openSqliteStore(p), (e: unknown) => e instanceof StoreError && e.code === code, code);
    }
  });
});
