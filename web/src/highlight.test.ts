import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Mark } from './highlight.js';
import { splitIntoPieces } from './highlight.js';

const TEXT = 'China accused the United States of hacking on Tuesday.';
const mark = (kind: Mark['kind'], start: number, end: number): Mark => ({ kind, start, end, ref: `${kind}${start}`, label: kind });

/** Pieces as "text[kinds]" for compact expectations. */
function show(marks: readonly Mark[], from?: number, to?: number): string[] {
  return splitIntoPieces(TEXT, marks, from, to).map((p) => `${p.text}[${p.marks.map((m) => m.kind).join(',')}]`);
}

describe('splitIntoPieces', () => {
  const cases: { name: string; marks: Mark[]; from?: number; to?: number; expected: string[] }[] = [
    { name: 'no marks: one plain piece', marks: [], expected: [`${TEXT}[]`] },
    {
      name: 'disjoint marks',
      marks: [mark('actor', 0, 5), mark('trigger', 6, 13)],
      expected: ['China[actor]', ' []', 'accused[trigger]', ' the United States of hacking on Tuesday.[]'],
    },
    {
      name: 'a mark inside another splits the outer one',
      marks: [mark('quote', 6, 35), mark('actor', 18, 31)],
      expected: ['China []', 'accused the [quote]', 'United States[quote,actor]', ' of [quote]', 'hacking on Tuesday.[]'],
    },
    {
      name: 'overlapping marks share the middle piece',
      marks: [mark('actor', 0, 13), mark('trigger', 6, 18)],
      expected: ['China [actor]', 'accused[actor,trigger]', ' the [trigger]', 'United States of hacking on Tuesday.[]'],
    },
    {
      name: 'a range limits the pieces and clips marks',
      marks: [mark('actor', 0, 5), mark('time', 43, 53)],
      from: 3, to: 47,
      expected: ['na[actor]', ' accused the United States of hacking []', 'on T[time]'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(show(c.marks, c.from, c.to), c.expected));
  }

  it('pieces always cover the range exactly, in order', () => {
    const pieces = splitIntoPieces(TEXT, [mark('actor', 0, 5), mark('quote', 3, 30), mark('trigger', 6, 13)]);
    assert.equal(pieces.map((p) => p.text).join(''), TEXT);
    for (let i = 1; i < pieces.length; i++) assert.equal(pieces[i]!.start, pieces[i - 1]!.end);
  });

  describe('marks it must ignore', () => {
    const bad: { name: string; marks: Mark[] }[] = [
      { name: 'empty span', marks: [mark('actor', 5, 5)] },
      { name: 'reversed span', marks: [mark('actor', 9, 2)] },
      { name: 'span past the end of the text', marks: [mark('actor', 40, 400)] },
      { name: 'negative start', marks: [mark('actor', -3, 4)] },
    ];
    for (const c of bad) it(c.name, () => assert.deepEqual(show(c.marks), [`${TEXT}[]`]));
  });
});
