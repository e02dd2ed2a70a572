import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliRun } from '../../test/helpers/cli.js';
import { runExport } from '../cli/commands/export.js';
import { CONTRACT_DOCS } from '../store/store-contract.js';
import { fixtureCode, fixtureDoc } from '../store/_test-fixtures.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { splitActorCode } from '../store/actor-code.js';
import { CSV_COLUMNS } from './csv.js';
import { GDELT_COLUMNS, fractionDate } from './gdelt.js';
import { exportLines } from './export-events.js';
import type { Store, StoredEvent } from '../store/store.js';

const CODEBOOK = '/work/shared/eval/gdelt2-event-columns.tsv';
const dir = mkdtempSync(join(tmpdir(), 'parley-export-'));
const db = join(dir, 'corpus.sqlite');
after(() => rmSync(dir, { recursive: true, force: true }));

before(() => {
  const store = openSqliteStore(db, { now: () => new Date('2024-03-05T12:34:56Z') });
  store.saveCoded([
    ...CONTRACT_DOCS.map(fixtureCode),
    fixtureCode(fixtureDoc('q', ['[IGOUNO 020 SYRREB 2024-04-01] He said "no, never", then left.'], { date: '2024-04-01' })),
  ], null);
  store.close();
});

function run(args: string[]): Promise<CliRun> {
  return runCli(runExport, args);
}

/** Minimal RFC 4180 reader for checking what the exporter wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += c;
  }
  return rows;
}

describe('GDELT 2.0 export', () => {
  const codebook = readFileSync(CODEBOOK, 'utf8').split('\n').filter((l) => /^\d+\t/u.test(l)).map((l) => {
    const [index = '', name = '', type = ''] = l.split('\t');
    return { index: Number(index), name, type: type.trim() };
  });

  it('has the codebook columns in the codebook order', () => {
    assert.equal(codebook.length, 61);
    assert.deepEqual([...GDELT_COLUMNS], codebook.map((c) => c.name));
    assert.deepEqual(codebook.map((c) => c.index), Array.from({ length: 61 }, (_, i) => i + 1));
  });

  it('fills each column of a story row as the codebook defines it', async () => {
    const { code, out, err } = await run(['--format', 'gdelt', '--db', db, '--header']);
    assert.equal(code, 0, err);
    const lines = out.trimEnd().split('\n').map((l) => l.split('\t'));
    assert.deepEqual(lines[0], codebook.map((c) => c.name));
    const rows = lines.slice(1);
    assert.equal(rows.length, 7, 'one row per story');
    for (const row of rows) {
      assert.equal(row.length, 61);
      row.forEach((value, i) => {
        const column = codebook[i];
        assert.ok(column);
        if (value === '') return;
        if (column.type === 'INTEGER') assert.match(value, /^-?\d+$/u, column.name);
        if (column.type === 'FLOAT') assert.ok(Number.isFinite(Number(value)), `${column.name}=${value}`);
      });
    }
    const meeting = rows.find((r) => r[5] === 'CHN' && r[26] === '040' && r[1] === '20240301');
    assert.ok(meeting, 'the Beijing meeting story');
    const expected: Record<string, string> = {
      SQLDATE: '20240301', MonthYear: '202403', Year: '2024', FractionDate: '2024.1667',
      Actor1Code: 'CHN', Actor1Name: 'CHN', Actor1CountryCode: 'CHN', Actor1KnownGroupCode: '', Actor1EthnicCode: '',
      Actor1Religion1Code: '', Actor1Religion2Code: '', Actor1Type1Code: '', Actor1Type2Code: '', Actor1Type3Code: '',
      Actor2Code: 'USA', Actor2Name: 'USA', Actor2CountryCode: 'USA', Actor2KnownGroupCode: '', Actor2EthnicCode: '',
      Actor2Religion1Code: '', Actor2Religion2Code: '', Actor2Type1Code: '', Actor2Type2Code: '', Actor2Type3Code: '',
      IsRootEvent: '1', EventCode: '040', EventBaseCode: '040', EventRootCode: '04', QuadClass: '1', GoldsteinScale: '1',
      NumMentions: '3', NumSources: '2', NumArticles: '3', AvgTone: '',
      DATEADDED: '20240305123456', SOURCEURL: 'https://www.reuters.com/world/a',
    };
    for (const name of GDELT_COLUMNS.filter((n) => n.includes('Geo_'))) expected[name] = '';
    assert.equal(Object.keys(expected).length, 60, 'every column but the id is checked');
    codebook.forEach((column, i) => {
      if (column.name === 'GLOBALEVENTID') assert.match(meeting[i] ?? '', /^\d+$/u);
      else assert.equal(meeting[i], expected[column.name], column.name);
    });
  });

  it('splits actor codes into country, group, religion and type columns', async () => {
    const { out } = await run(['--format', 'gdelt', '--db', db, '--all-events']);
    const rows = out.trimEnd().split('\n').map((l) => l.split('\t'));
    assert.equal(rows.length, 10, 'every event with --all-events');
    const byCode = (code: string): string[] | undefined => rows.find((r) => r[5] === code);
    const table: [string, number, string][] = [
      ['CHNGOV', 7, 'CHN'], ['CHNGOV', 12, 'GOV'], ['CHNGOV', 17, 'USA'], ['CHNGOV', 22, 'GOV'],
      ['IGOUNO', 7, ''], ['IGOUNO', 8, 'UNO'], ['IGOUNO', 12, 'IGO'], ['IGOUNO', 17, 'SYR'], ['IGOUNO', 22, 'REB'],
      ['IRN', 15, ''], ['IRN', 1, ''], ['IRN', 25, '1'],
    ];
    for (const [code, column, value] of table) assert.equal(byCode(code)?.[column], value, `${code} ${GDELT_COLUMNS[column]}`);
    assert.deepEqual(rows.filter((r) => r[5] === 'IRN').map((r) => r[25]), ['1', '0'], 'IsRootEvent only for the lead sentence');
    const parts: [string, ReturnType<typeof splitActorCode>][] = [
      ['CHNGOVMIL', { country: 'CHN', knownGroup: '', ethnic: '', religion1: '', religion2: '', types: ['GOV', 'MIL'] }],
      ['NGOAMN', { country: '', knownGroup: 'AMN', ethnic: '', religion1: '', religion2: '', types: ['NGO'] }],
      ['IRQREBMOSSHI', { country: 'IRQ', knownGroup: '', ethnic: '', religion1: 'MOS', religion2: 'SHI', types: ['REB'] }],
      ['GOV', { country: '', knownGroup: '', ethnic: '', religion1: '', religion2: '', types: ['GOV'] }],
    ];
    for (const [code, expected] of parts) assert.deepEqual(splitActorCode(code), expected, code);
  });

  it('computes FractionDate as the share of the year completed', () => {
    const table: [string, string][] = [['2023-01-01', '2023.0027'], ['2023-12-31', '2024.0000'], ['2024-07-01', '2024.5000']];
    for (const [day, expected] of table) assert.equal(fractionDate(day), expected, day);
  });
});

describe('streaming', () => {
  it('pulls events one at a time, so an endless store still yields its first lines', () => {
    const template = fixtureCode(fixtureDoc('s', ['[CHN 040 USA 2024-01-01] x'])).events[0]!;
    let pulled = 0;
    const endless = {
      *iterateEvents(): IterableIterator<StoredEvent> {
        for (;;) {
          pulled += 1;
          yield { ...template, event_id: `s:${pulled}`, seq: pulled, day: '2024-01-01', cluster_id: null, run_id: null,
            doc_title: null, doc_date: null, doc_url: null, doc_added_at: '2024-01-01T00:00:00Z' };
        }
      },
      getCluster: () => null,
    } as unknown as Store;
    for (const format of ['gdelt', 'csv', 'jsonl', 'plover'] as const) {
      pulled = 0;
      const lines = exportLines(endless, { format, filter: {}, storiesOnly: false });
      const first = [lines.next(), lines.next(), lines.next()];
      assert.ok(first.every((r) => !r.done), format);
      assert.ok(pulled <= 3, `${format} pulled ${pulled} events for three lines`);
    }
  });
});

describe('other export formats', () => {
  it('writes CSV with a header and RFC 4180 quoting', async () => {
    const { code, out } = await run(['--format', 'csv', '--db', db]);
    assert.equal(code, 0);
    assert.ok(out.endsWith('\r\n'));
    const rows = parseCsv(out);
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows.length, 11);
    for (const row of rows) assert.equal(row.length, CSV_COLUMNS.length);
    const quoted = rows.find((r) => r[0] === 'q:0:0');
    assert.equal(quoted?.[CSV_COLUMNS.indexOf('evidence_text')], 'He said "no, never", then left.');
    assert.match(out, /"He said ""no, never"", then left\."/u);
  });

  it('writes JSON Lines and PLOVER-style lines, honouring filters', async () => {
    const jsonl = await run(['--format', 'jsonl', '--db', db, '--actor', 'usa']);
    const events = jsonl.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { event_id: string; story: { numMentions: number } | null });
    assert.deepEqual(events.map((e) => e.event_id).sort(), ['a:0:0', 'b:0:0', 'c:0:0', 'd:0:0', 'e:1:0']);
    assert.equal(events.find((e) => e.event_id === 'b:0:0')?.story?.numMentions, 3);
    const plover = await run(['--format', 'plover', '--db', db, '--root', '19']);
    const records = plover.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(records.length, 1);
    assert.deepEqual(
      [records[0]?.['id'], records[0]?.['event_type'], records[0]?.['date'], records[0]?.['cameo'], (records[0]?.['actor1'] as { code: string }).code],
      ['a:2:0', 'FIGHT', '2024-03-01', '190', 'RUS'],
    );
    const none = await run(['--format', 'jsonl', '--db', db, '--source', 'ZZZ']);
    assert.deepEqual([none.code, none.out], [0, '']);
  });

  it('writes to a file only once complete', async () => {
    const path = join(dir, 'out.tsv');
    const { code, err } = await run(['--format', 'gdelt', '--db', db, '--out', path]);
    assert.equal(code, 0, err);
    assert.equal(readFileSync(path, 'utf8').trimEnd().split('\n').length, 7);
    assert.equal(existsSync(path + '.partial'), false);
    assert.match(err, /wrote 7 stories/u);
  });

  it('rejects bad usage with exit code 2 and a message', async () => {
    const table: [string[], number, RegExp][] = [
      [['--db', db], 2, /--format must be one of/u],
      [['--format', 'xml', '--db', db], 2, /--format must be one of/u],
      [['--format', 'csv', '--quad', '7', '--db', db], 2, /--quad/u],
      [['--format', 'csv', '--from', '2024-02-30', '--db', db], 2, /--from must be a real calendar date/u],
      [['--format', 'csv', '--source', "x' OR 1=1", '--db', db], 2, /--source must be an actor code/u],
      [['--format', 'csv', '--bogus', '--db', db], 2, /Unknown option/u],
      [['--format', 'csv', '--db', join(dir, 'missing', 'x.sqlite')], 1, /no corpus at .*x\.sqlite/u],
    ];
    for (const [args, code, message] of table) {
      const result = await run(args);
      assert.equal(result.code, code, args.join(' '));
      assert.match(result.err, message, args.join(' '));
    }
  });
});
