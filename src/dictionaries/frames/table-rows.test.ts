import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyedTable, tableRows } from './table-rows.js';

test('table rows: comments and blank lines left out, fields split, line numbers kept', () => {
  assert.deepEqual(tableRows('# header\n\nattack   18,19  # force\n  move *\n'), [
    { fields: ['attack', '18,19'], line: 3 },
    { fields: ['move', '*'], line: 4 },
  ]);
});

test('keyed table: first field lower-cased as key; a bad row or a repeated key names file and line', () => {
  const read = ([, code]: readonly string[]) => (code && /^\d+$/.test(code) ? code : undefined);
  assert.deepEqual([...keyedTable('Guilty 112\n', 't.txt', '"WORD CODE"', read)], [['guilty', '112']]);
  assert.throws(() => keyedTable('guilty\n', 't.txt', '"WORD CODE"', read), /^Error: t\.txt:1: want "WORD CODE"$/);
  assert.throws(() => keyedTable('guilty 112\n# note\nguilty 111\n', 't.txt', '"WORD CODE"', read), /^Error: t\.txt:3: "guilty" is listed twice$/);
});
