// The seed article coded with the field's standard dictionaries (CAMEO.2.0 verbs, Phoenix actors,
// agents and discards, read from ../shared) layered on the built-ins must score at least as well,
// at every level, as the built-ins alone. Run alone they are reported, not pinned: Phoenix predates
// the article's office-holders, and the CAMEO patterns assume a constituency parse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPetrarchDictionaries } from '../../src/dictionaries/petrarch/index.js';
import { goldFromRecords, parseJsonl, predictionsFromRecords, scoreEvents, scoreJson, SCORE_LEVELS } from '../../src/eval/index.js';
import { createCoder } from '../../src/pipeline/index.js';
import { petrarchCoderOptions } from '../../src/pipeline/petrarch-options.js';

const shared = join(import.meta.dirname, '../../../shared/eval');
const dictionaries = ['CAMEO.2.0.txt', 'Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt', 'Phoenix.agents.txt', 'Phoenix.discards.txt']
  .map((n) => join(shared, 'petrarch2/dictionaries', n));

test('seed article: CAMEO.2.0 + Phoenix over the built-ins code at least as well as the built-ins alone', async () => {
  const seedPath = join(shared, 'seed-gold.jsonl');
  assert.ok(existsSync(seedPath), `${seedPath} is missing: this test reads the shared evaluation data`);
  const gold = parseJsonl(readFileSync(seedPath, 'utf8'), seedPath);
  const f1s = async (options: Parameters<typeof createCoder>[0]) => {
    const coder = await createCoder(options);
    const pred = gold.flatMap((r) => {
      const doc = r as { id: string; date: string; text: string };
      return coder.code({ id: doc.id, date: doc.date, text: doc.text }).events;
    });
    return scoreJson(scoreEvents(goldFromRecords(gold), predictionsFromRecords(pred)));
  };
  const builtin = await f1s({});
  const layered = await f1s(petrarchCoderOptions(loadPetrarchDictionaries(dictionaries), true));
  for (const level of SCORE_LEVELS) {
    assert.ok(layered[level].f1 >= builtin[level].f1, `${level}: layered F1 ${layered[level].f1} < built-in ${builtin[level].f1}`);
  }
  assert.ok(builtin.root.f1 >= 0.9, `built-in root F1 ${builtin.root.f1}`);
});
