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

  it('keeps the story window in the database and rebuilds stories when it changes', () => {
    const path = fresh();
    const docs = [
      fixtureDoc('w1', ['[CHN 040 USA 2024-01-01] met']),
      fixtureDoc('w2', ['[CHN 040 USA 2024-01-04] met again']),
    ];
    const first = openSqliteStore(path);
    first.saveCoded(docs.map(fixtureCode), null);
    const clusters = (s: ReturnType<typeof openSqliteStore>): number => s.stats().clusters;
    assert.equal(clusters(first), 2, 'three days apart: two stories with the default window of 2');
    first.close();
    const wide = openSqliteStore(path, { clusterWindowDays: 3 });
    assert.equal(clusters(wide), 1, 'a window of 3 joins them');
    wide.close();
    const plain = openSqliteStore(path);
    assert.equal(clusters(plain), 1, 'the stored window is kept when none is asked for');
    plain.saveCoded([fixtureCode(fixtureDoc('w3', ['[CHN 040 USA 2024-01-07] third']))], null);
    assert.equal(clusters(plain), 2, 'new events are clustered with the stored window');
    plain.close();
    assert.throws(() => openSqliteStore(path, { clusterWindowDays: -1 }), StoreError);
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
