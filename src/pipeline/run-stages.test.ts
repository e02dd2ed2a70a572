import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentRecord } from '../domain/record.js';
import type { SourceDocument } from '../domain/document.js';
import { generateArticles } from '../../bench/generate-corpus.js';
import { builtinCoder } from '../../test/helpers/coder.js';
import { runStages, runStagesBatched, type AnyStage } from './run-stages.js';

// Two toy stages over the text: the first counts words (and throws on a text saying "boom"), the
// second reads the first's layer. Each logs what it ran on, so the order of work can be checked.
function toyStages(log: string[]): AnyStage[] {
  const words = {
    name: 'words', needs: [], adds: 'segment',
    run({ doc }: DocumentRecord) {
      log.push(`words ${doc.id}`);
      if (doc.text.includes('boom')) throw new Error(`cannot read ${doc.id}`);
      return { layer: { count: doc.text.split(' ').length }, issues: doc.text.includes('!') ? [{ code: 'loud', stage: 'words', message: 'a bang' }] : [] };
    },
  };
  const double = {
    name: 'double', needs: ['segment'], adds: 'syntax',
    run(record: DocumentRecord & { segment: { count: number } }) {
      log.push(`double ${record.doc.id}`);
      return { layer: { twice: record.segment.count * 2 } };
    },
  };
  return [words, double] as unknown as AnyStage[];
}

const initial = (id: string, text: string): DocumentRecord => ({ doc: { id, text }, issues: [] });

const cases: { name: string; texts: string[]; failed: number[] }[] = [
  { name: 'every document coded', texts: ['one two', 'three four five!', 'six'], failed: [] },
  { name: 'a failure in the middle', texts: ['one two', 'boom', 'three'], failed: [1] },
  { name: 'the first and last fail', texts: ['boom', 'one', 'boom two'], failed: [0, 2] },
  { name: 'every document fails', texts: ['boom', 'boom'], failed: [0, 1] },
  { name: 'an empty batch', texts: [], failed: [] },
];

for (const { name, texts, failed } of cases) {
  test(`stage by stage over a batch: ${name}`, () => {
    const batchLog: string[] = [];
    const watched: number[] = [];
    const outcomes = runStagesBatched(toyStages(batchLog), texts.map((t, i) => initial(`d${i}`, t)), (i) => watched.push(i));
    assert.deepEqual(outcomes.map((o) => o.ok), texts.map((_, i) => !failed.includes(i)));
    texts.forEach((text, i) => {
      const outcome = outcomes[i]!;
      if (!outcome.ok) {
        assert.match(String(outcome.error), new RegExp(`cannot read d${i}`));
        return;
      }
      // The same record as the stages run over that document alone.
      assert.deepEqual(outcome.record, runStages(toyStages([]), initial(`d${i}`, text)));
    });
    // Every document goes through the first stage before any goes through the second, and a
    // document that failed goes no further.
    const expectedLog = [...texts.map((_, i) => `words d${i}`), ...texts.flatMap((_, i) => (failed.includes(i) ? [] : [`double d${i}`]))];
    assert.deepEqual(batchLog, expectedLog);
    assert.deepEqual(watched, expectedLog.map((line) => Number(line.split(' d')[1])));
  });
}

test('the caller\'s records are not touched', () => {
  const records = [initial('a', 'one two')];
  runStagesBatched(toyStages([]), records);
  assert.deepEqual(Object.keys(records[0]!), ['doc', 'issues']);
});

test('coding a batch gives each document the output it gets alone', async () => {
  const coder = await builtinCoder();
  const docs: SourceDocument[] = [...generateArticles({ articles: 12, seed: 41 })].map((a) => ({ id: a.id, text: a.text, date: a.date }));
  // A document too long to code, and one that is empty, sit among the others.
  docs.splice(3, 0, { id: 'huge', text: 'word '.repeat(1_000_001) });
  docs.splice(7, 0, { id: 'empty', text: '' });
  const batch = coder.codeMany!(docs);
  const alone = docs.map((doc) => {
    try {
      return coder.code(doc);
    } catch (error) {
      return error as Error;
    }
  });
  assert.equal(batch.length, docs.length);
  batch.forEach((outcome, i) => {
    const single = alone[i]!;
    if (single instanceof Error) {
      assert.equal(outcome.ok, false, `${docs[i]!.id} fails alone, so it fails in the batch`);
      if (!outcome.ok) assert.equal((outcome.error as Error).message, single.message);
      return;
    }
    assert.ok(outcome.ok, `${docs[i]!.id} codes alone, so it codes in the batch`);
    if (!outcome.ok) return;
    assert.deepEqual(outcome.coded.events, single.events);
    assert.deepEqual(outcome.coded.quotes, single.quotes);
    assert.deepEqual(outcome.coded.entities, single.entities);
    assert.deepEqual(outcome.coded.issues, single.issues);
  });
  assert.ok(batch.some((o) => o.ok && o.coded.events.length > 0), 'the articles should yield events');
  assert.equal(alone.filter((o) => o instanceof Error).length, 1, 'only the huge document fails');
});
