import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliRun } from '../../test/helpers/cli.js';
import { runRecode } from '../cli/commands/recode.js';
import type { Coder } from '../domain/coded-document.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { CONTRACT_DOCS } from '../store/store-contract.js';
import { fixtureCode, fixtureCoder } from '../store/_test-fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'parley-recode-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function recode(args: string[], coder: Coder): Promise<CliRun> {
  return runCli((argv, io) => runRecode(argv, io, { createCoder: async () => coder }), args);
}

/** A "new dictionary": attacks (root 19) are no longer coded, everything else as before. */
const stricter: Coder = {
  dictionaryVersion: 'fixture-2',
  code(doc) {
    const coded = fixtureCode(doc);
    return { ...coded, events: coded.events.filter((e) => e.root !== '19') };
  },
};

describe('parley recode', () => {
  it('recodes every stored document and reports what changed', async () => {
    const db = join(dir, 'all.sqlite');
    const store = openSqliteStore(db);
    store.saveCoded(CONTRACT_DOCS.map(fixtureCode), null);
    store.close();
    const same = await recode(['--db', db], fixtureCoder());
    assert.equal(same.code, 0, same.err);
    assert.match(same.out, /recoded 6 documents with dictionaries fixture-1: 9 events \(\+0 added, -0 removed, 0 documents changed\)/u);
    const changed = await recode(['--db', db], stricter);
    assert.match(changed.out, /recoded 6 documents with dictionaries fixture-2: 8 events \(\+0 added, -1 removed, 1 documents changed\)/u);
    const after = openSqliteStore(db);
    assert.equal(after.getEvent('a:2:0'), null);
    assert.equal(after.stats().events, 8);
    assert.deepEqual(after.listRuns({ limit: 1, offset: 0 }).items.map((r) => [r.command, r.dictionaryVersion]), [['recode', 'fixture-2']]);
    after.close();
  });

  it('recodes chosen documents, rebuilds stories for a new window, and reports failures', async () => {
    const db = join(dir, 'some.sqlite');
    const store = openSqliteStore(db);
    store.saveCoded(CONTRACT_DOCS.map(fixtureCode), null);
    assert.equal(store.stats().clusters, 6);
    store.close();
    const some = await recode(['--db', db, '--doc', 'a', '--doc', 'missing', '--window-days', '30'], stricter);
    assert.equal(some.code, 1);
    assert.match(some.out, /recoded 1 documents .*-1 removed.*1 failed; 4 stories/u);
    assert.match(some.err, /missing: document missing is not stored/u);
    const table: [string[], number, RegExp][] = [
      [['--db', db, '--window-days', 'x'], 2, /--window-days/u],
      [['--db', db, '--nope'], 2, /Unknown option/u],
      [['--db', join(dir, 'no', 'dir', 'x.sqlite')], 1, /cannot open database/u],
    ];
    for (const [args, code, message] of table) {
      const run = await recode(args, fixtureCoder());
      assert.equal(run.code, code, args.join(' '));
      assert.match(run.err, message, args.join(' '));
    }
  });
});
