import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { builtinCoder } from '../helpers/coder.js';

// The golden corpus: articles written for Parley, coded end to end. The expected file is
// regenerated only on purpose (UPDATE_GOLDEN=1 npm test), and its diff reviewed like code.
const here = new URL('.', import.meta.url);
const articles = readFileSync(new URL('articles.jsonl', here), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; date: string; text: string });
const expectedPath = new URL('expected.jsonl', here);

test('golden corpus codes as recorded', async () => {
  const coder = await builtinCoder();
  const lines: string[] = [];
  for (const doc of articles) {
    const coded = coder.code(doc);
    for (const e of coded.events) {
      lines.push(JSON.stringify({ doc: e.doc_id, s: e.sentence, src: `${e.source.code} «${e.source.text}»`, tgt: e.target ? `${e.target.code} «${e.target.text}»` : null, cameo: e.cameo, date: e.date, trigger: e.trigger.text, rule: e.rule }));
    }
    for (const q of coded.quotes) {
      lines.push(JSON.stringify({ doc: q.doc_id, s: q.sentence, quote: q.text, kind: q.quote_kind, speaker: q.speaker ? `${q.speaker.code} «${q.speaker.text}»` : null, reporter: q.reported_by ? `${q.reported_by.code} «${q.reported_by.text}»` : null }));
    }
  }
  const actual = lines.join('\n') + '\n';
  if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(expectedPath, actual);
  assert.equal(actual, readFileSync(expectedPath, 'utf8'));
});
