import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Token } from '../../domain/segment.js';
import type { PatternElement, VerbPattern } from '../../domain/verb-lexicon.js';
import { PatternIndex } from './pattern-index.js';

const words = (...alts: string[]): PatternElement => ({ kind: 'words', alternatives: alts.map((a) => a.split(' ')) });
const target: PatternElement = { kind: 'target' };
const pattern = (id: string, before: PatternElement[], after: PatternElement[], code: string | null = id): VerbPattern => ({ id, verb: ['clash'], code, before, after });
const verb: Token = { i: 0, text: 'clash', lower: 'clash', lemma: 'clash', pos: 'VERB', sentence: 0, start: 0, end: 5 };

// patterns of one verb, in load order -> the order the index offers them (most specific first)
const rows: [string, VerbPattern[], string[]][] = [
  ['every word of a multiword connector counts', [
    pattern('two-elements', [words("wo n't"), words('ever')], [words('over'), words('efforts')]),
    pattern('one-long-element', [words("most certainly wo n't ever")], [words('over'), words('efforts')]),
  ], ['one-long-element', 'two-elements']],
  ['a slot counts as much as a word; then more elements win', [
    pattern('word-only', [], [words('retaliation')]),
    pattern('slot-and-word', [], [target, words('retaliation')]),
    pattern('slot-only', [], [target]),
  ], ['slot-and-word', 'word-only', 'slot-only']],
  ['equal words and slots: more elements, then more words', [
    pattern('one-element-two-words', [], [words('over efforts')]),
    pattern('two-elements', [], [words('over'), words('efforts')]),
  ], ['two-elements', 'one-element-two-words']],
  ['a blocking pattern beats a coding one of the same size; else load order', [
    pattern('coding', [], [words('over')]),
    pattern('blocking', [], [words('with')], null),
    pattern('coding-later', [], [words('on')]),
  ], ['blocking', 'coding', 'coding-later']],
];

for (const [name, patterns, expected] of rows) {
  test(`pattern order: ${name}`, () => {
    const index = new PatternIndex([{ origin: 'test', patterns }]);
    assert.deepEqual(index.candidates(verb).map((p) => p.pattern.id), expected);
  });
}

// a past form the tagger left unlemmatized finds its verb's patterns by its stem
const stems: [string, string, string | undefined][] = [
  ['rescued', 'rescue', 'rescue'], ['attacked', 'attack', 'attack'], ['stopped', 'stop', 'stop'], ['tried', 'try', 'try'],
  ['rescued', 'save', undefined], ['rescue', 'rescue', 'rescue'],
];
for (const [form, verbWord, expected] of stems) {
  test(`pattern stems: "${form}" finds ${expected ?? 'nothing'} among patterns of "${verbWord}"`, () => {
    const index = new PatternIndex([{ origin: 'test', patterns: [{ id: verbWord, verb: [verbWord], code: '010', before: [], after: [] }] }]);
    const token: Token = { ...verb, text: form, lower: form, lemma: form };
    assert.equal(index.candidates(token)[0]?.pattern.id, expected);
  });
}
