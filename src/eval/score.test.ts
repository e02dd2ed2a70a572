import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseJsonl, JsonlError } from './jsonl.js';
import { formatScoreText, scoreJson } from './report.js';
import { goldFromRecords, predictionsFromRecords, scoreEvents, type ScoreLevel } from './score.js';

const SCORER = join(import.meta.dirname, '../../../shared/eval/score.mjs');
const haveScorer = existsSync(SCORER);

type Json = Record<string, unknown>;
const ev = (doc: string, source: unknown, target: unknown, cameo: string, extra: Json = {}): Json => ({ doc_id: doc, source, target, cameo, ...extra });

/** Small gold/prediction pairs, each aimed at one rule of the scorer. */
const fixtures: { name: string; gold: Json[]; pred: Json[]; expect: Record<ScoreLevel, [number, number, number]> }[] = [
  {
    name: 'exact matches and a wrong code',
    gold: [{ id: 'd1', text: 'Gondor met Arnor.', events: [{ source: 'GONGOV', target: 'ARN', code: '036' }, { source: 'ARN', target: 'GON', code: '042' }] }],
    pred: [ev('d1', 'GONGOV', 'ARN', '036'), ev('d1', 'ARN', 'GON', '190')],
    expect: { quad: [1, 1, 1], root: [1, 1, 1], code: [1, 1, 1] },
  },
  {
    name: 'alt codes, optional events, and duplicates as false positives',
    gold: [{ id: 'd2', events: [
      { source: 'CHN', target: 'RUS', code: '040', alt_codes: ['036', '0311'] },
      { source: 'RUS', target: 'CHN', code: '020', optional: true },
    ] }],
    pred: [ev('d2', 'CHN', 'RUS', '036'), ev('d2', 'CHN', 'RUS', '036'), ev('d2', 'RUS', 'CHN', '023'), ev('d2', 'RUS', 'CHN', '023')],
    // The first 023 takes the optional 020 at quad and root level (no credit); at code level 023 != 020.
    expect: { quad: [1, 2, 0], root: [1, 2, 0], code: [1, 3, 0] },
  },
  {
    name: 'IGO/NGO/MNC: six-letter country, bare code as wildcard; actor objects and `code` keys',
    gold: [{ id: 'd3', events: [
      { source: 'IGO', target: 'SYR', code: '112' },
      { source: 'IGOUNO', target: 'NGOHRI', code: '0311' },
      { source: 'USAGOV', target: 'IRN', code: '1721' },
    ] }],
    pred: [
      ev('d3', { code: 'igoarl ' }, { code: 'SYRREB' }, '111'),
      { doc_id: 'd3', source: 'IGOUNOHCR', target: 'NGOHRIXYZ', code: '0312' },
      ev('d3', 'USAGOV', 'IRN', '1722'),
    ],
    expect: { quad: [3, 0, 0], root: [3, 0, 0], code: [0, 3, 3] },
  },
  {
    name: 'four-digit codes compare whole only when both have four digits',
    gold: [{ id: 'd4', events: [{ source: 'A', target: 'B', code: '0311' }, { source: 'A', target: 'B', code: '172' }] }],
    pred: [ev('d4', 'A', 'B', '031'), ev('d4', 'A', 'B', '1724'), ev('d4', 'A', 'B', '0312')],
    expect: { quad: [2, 1, 0], root: [2, 1, 0], code: [2, 1, 0] },
  },
  {
    name: 'document-form predictions, nested event codes, empty codes dropped, unknown documents ignored',
    gold: [{ id: 'd5', events: [{ source: 'FRA', target: 'DEU', code: '057' }] }, { id: 'd6', events: [] }],
    pred: [
      { id: 'd5', events: [{ source: 'FRA', target: 'DEU', event: { cameo: '05x7' } }, { source: 'FRA', target: 'DEU', cameo: '' }] },
      ev('d6', 'FRA', 'GBR', '010'),
      ev('other', 'X', 'Y', '190'),
    ],
    expect: { quad: [1, 1, 0], root: [1, 1, 0], code: [1, 1, 0] },
  },
  {
    name: 'missing targets, a document with no predictions, matching in prediction order',
    gold: [
      { id: 'd7', text: 'A long text '.repeat(20), events: [{ source: 'ISR', target: null, code: '190' }, { source: 'ISR', target: 'PSE', code: '190' }] },
      { id: 'd8', events: [{ source: 'A', target: 'B', code: '010' }] },
    ],
    pred: [ev('d7', 'ISRMIL', null, '193'), ev('d7', 'ISR', 'PSE', '180')],
    expect: { quad: [2, 0, 1], root: [1, 1, 2], code: [0, 2, 3] },
  },
];

function writeJsonl(dir: string, name: string, rows: readonly Json[]): string {
  const path = join(dir, name);
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}

for (const f of fixtures) {
  test(`score: ${f.name}`, () => {
    const report = scoreEvents(goldFromRecords(f.gold), predictionsFromRecords(f.pred));
    for (const level of ['quad', 'root', 'code'] as const) {
      const s = report.levels[level];
      assert.deepEqual([s.tp, s.fp, s.fn], f.expect[level], level);
    }
  });

  test(`score: agrees with score.mjs on "${f.name}"`, { skip: !haveScorer }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-eval-'));
    try {
      const goldPath = writeJsonl(dir, 'gold.jsonl', f.gold);
      const predPath = writeJsonl(dir, 'pred.jsonl', f.pred);
      const report = scoreEvents(goldFromRecords(f.gold), predictionsFromRecords(f.pred));
      const json = spawnSync(process.execPath, [SCORER, goldPath, predPath, '--json'], { encoding: 'utf8' });
      assert.equal(json.status, 0, json.stderr);
      assert.deepEqual(JSON.parse(json.stdout), scoreJson(report));
      for (const level of ['quad', 'root', 'code'] as const) {
        const text = spawnSync(process.execPath, [SCORER, goldPath, predPath, '--level', level, '--errors', '5'], { encoding: 'utf8' });
        assert.equal(text.status, 0, text.stderr);
        assert.equal(text.stdout, formatScoreText(report, level, 5) + '\n', level);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

test('score: agrees with score.mjs on the shared seed article with an imperfect prediction', { skip: !haveScorer }, () => {
  const goldPath = join(import.meta.dirname, '../../../shared/eval/seed-gold.jsonl');
  const gold = parseJsonl(readFileSync(goldPath, 'utf8'), goldPath);
  const firstGold = goldFromRecords(gold)[0];
  assert.ok(firstGold && firstGold.events.length > 2);
  // Keep every other gold event, then add a duplicate and a stray one.
  const kept = firstGold.events.filter((_, i) => i % 2 === 0);
  const pred: Json[] = [...kept, kept[0]].map((e) => ev(firstGold.id, e?.src, e?.tgt, e?.code ?? '')).concat([ev(firstGold.id, 'USA', 'CHN', '190')]);
  const dir = mkdtempSync(join(tmpdir(), 'parley-eval-'));
  try {
    const predPath = writeJsonl(dir, 'pred.jsonl', pred);
    const out = spawnSync(process.execPath, [SCORER, goldPath, predPath, '--json'], { encoding: 'utf8' });
    assert.equal(out.status, 0, out.stderr);
    assert.deepEqual(JSON.parse(out.stdout), scoreJson(scoreEvents(goldFromRecords(gold), predictionsFromRecords(pred))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('score (bad input): a line that is not JSON is named with its line number', () => {
  assert.throws(() => parseJsonl('{"id":1}\n\n{oops\n', 'pred.jsonl'), (e: unknown) => e instanceof JsonlError && e.message === 'pred.jsonl:3: not JSON');
});

test('score (bad input): odd values score as empty instead of crashing (score.mjs would throw)', () => {
  const report = scoreEvents(goldFromRecords([{ id: 'x', events: [null, { source: 7, code: 190 }] }]), predictionsFromRecords([null, 5, ev('x', ['A'], {}, '190')]));
  assert.deepEqual([report.levels.root.tp, report.levels.root.fp, report.levels.root.fn], [1, 0, 1]);
});
