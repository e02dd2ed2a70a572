import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../test/helpers/pipeline-fixture.js';
import { findDateline } from './find-dateline.js';

// text -> dateline place, date text, agency (undefined: no dateline)
const datelines: [string, { place: string; dateText?: string; agency?: string } | undefined][] = [
  ['BEIJING, Nov. 9 (Xinhua) -- China said on Thursday it would help.', { place: 'BEIJING', dateText: 'Nov. 9', agency: 'Xinhua' }],
  ['MOSCOW (Reuters) - Russia said on Monday it had shot down drones.', { place: 'MOSCOW', agency: 'Reuters' }],
  ['KYIV, Ukraine (AP) — Russian forces shelled the city overnight.', { place: 'KYIV, Ukraine', agency: 'AP' }],
  ['WASHINGTON — The White House said on Friday it would respond.', { place: 'WASHINGTON' }],
  ['NEW DELHI, May 4 -- India hosted the meeting.', { place: 'NEW DELHI', dateText: 'May 4' }],
  // a story filed from two places
  ['OTTAWA/WASHINGTON, Oct 1 (Reuters) - Canada and the United States reached a deal.', { place: 'OTTAWA/WASHINGTON', dateText: 'Oct 1', agency: 'Reuters' }],
  ["GENEVA/COX'S BAZAR, Bangladesh, Sept 11 (Reuters) - The U.N. said it was alarmed.", { place: "GENEVA/COX'S BAZAR, Bangladesh", dateText: 'Sept 11', agency: 'Reuters' }],
  ['The talks in Geneva - which began on Monday - ended without a deal.', undefined],
  ['NATO said on Monday it would send more troops.', undefined],
  // after a headline on a line of its own; not after a paragraph that ends as a sentence does
  ['China slams US over Taiwan arms sale\n\nBEIJING (Reuters) - China on Friday condemned the sale.', { place: 'BEIJING', agency: 'Reuters' }],
  ['China condemned the sale.\n\nBEIJING (Reuters) - China on Friday condemned the sale.', undefined],
];

for (const [text, expected] of datelines) {
  test(`dateline: ${text.slice(0, 40)}`, () => {
    const d = findDateline(text);
    if (!expected) return assert.equal(d, undefined);
    assert.ok(d, 'no dateline found');
    assert.equal(d.place, expected.place);
    assert.equal(d.dateText, expected.dateText);
    assert.equal(d.agency, expected.agency);
    // The dateline is kept out of sentence text.
    const sentences = parse(text).segment!.sentences;
    assert.ok(sentences.every((s) => s.end <= d.start || s.start >= d.end), 'no sentence overlaps the dateline');
  });
}

test('captions, bylines and credits are ignored; offsets point at the original text', () => {
  const text = 'By John Smith\nIran rejected the offer on Monday.\nPhoto: Iranian officials in Tehran.\n(Reporting by Jane Doe; Editing by Sam Roe)\nIraq welcomed the move.';
  const seg = parse(text).segment!;
  assert.deepEqual(seg.sentences.map((s) => text.slice(s.start, s.end)), ['Iran rejected the offer on Monday.', 'Iraq welcomed the move.']);
  assert.equal(seg.ignored.length, 3);
  for (const t of seg.tokens) assert.equal(text.slice(t.start, t.end), t.text);
});

test('tokens carry lemma and POS; every line break ends a sentence', () => {
  const text = 'Leaders Meet In Geneva\nThe ministers held talks.';
  const seg = parse(text).segment!;
  assert.equal(seg.sentences.length, 2);
  const held = seg.tokens.find((t) => t.text === 'held');
  assert.equal(held?.lemma, 'hold');
  assert.equal(held?.pos, 'VERB');
});

// a noun the tagger reads as a verb after a subordinator, before a past verb, is the noun
for (const [text, word, expected] of [
  ['At least 10 people were killed when police clashed with rioters.', 'police', 'NOUN'],
  ['The army said it would police the border.', 'police', 'VERB'],
] as const) {
  test(`POS of "${word}" in: ${text}`, () => {
    assert.equal(parse(text).segment!.tokens.find((t) => t.text === word)?.pos, expected);
  });
}

// text -> sentence texts: a line break ends a sentence even where the tagger would run on, and
// blank lines, indents and masked datelines leave no tokens behind.
const breaks: [string, string[]][] = [
  ['The minister said\nthe talks had failed.', ['The minister said', 'the talks had failed.']],
  ['Iran rejected the offer.\n\n\n   Iraq welcomed it.', ['Iran rejected the offer.', 'Iraq welcomed it.']],
  ['Talks Collapse\n\nKYIV, Ukraine (AP) — Russia shelled the city. Ukraine said so.', ['Talks Collapse', 'Russia shelled the city.', 'Ukraine said so.']],
  // "a.m." and "p.m." before a capital end a sentence, unless a day, month or time zone follows
  ['The junta imposed a curfew from 10 p.m. to 5 a.m. U.S. Secretary of State John Kerry condemned the coup.', ['The junta imposed a curfew from 10 p.m. to 5 a.m.', 'U.S. Secretary of State John Kerry condemned the coup.']],
  ['The talks begin at 9 a.m. Monday in Geneva.', ['The talks begin at 9 a.m. Monday in Geneva.']],
  ['The strike began at 4 a.m. GMT on Friday.', ['The strike began at 4 a.m. GMT on Friday.']],
];

for (const [text, expected] of breaks) {
  test(`sentences at line breaks: ${JSON.stringify(text.slice(0, 30))}`, () => {
    const seg = parse(text).segment!;
    assert.deepEqual(seg.sentences.map((s) => text.slice(s.start, s.end)), expected);
    for (const t of seg.tokens) assert.equal(text.slice(t.start, t.end), t.text);
    seg.sentences.forEach((s, k) => {
      assert.equal(s.index, k);
      for (let i = s.firstToken; i < s.endToken; i++) assert.equal(seg.tokens[i]!.sentence, k);
    });
  });
}

test('pathological input: a long line of dashes and capitals does not hang the dateline rule', () => {
  const text = 'A'.repeat(5000) + ' -- ' + '-'.repeat(5000);
  assert.equal(findDateline(text)?.place ?? 'none', 'none');
});

test('an empty or whitespace-only document is an issue, not a crash', () => {
  const r = parse('   \n  ');
  assert.equal(r.segment!.tokens.length, 0);
  assert.ok(r.issues.some((i) => i.code === 'empty-document'));
});

// word -> lemma: forms wink lemmatizes wrongly take the lemma from dictionaries/segment/lemma-fixes.txt
const lemmas: [string, string, string][] = [
  ['Opposition supporters staged a march on the palace.', 'staged', 'stage'],
  ['The rebels have been waging war for a decade.', 'waging', 'wage'],
  ['A court fined the newspaper.', 'fined', 'fine'],
  ['Both sides de-escalated the conflict.', 'de-escalated', 'de-escalate'],
  // what wink gets right is left alone
  ['Police arrested the protesters.', 'arrested', 'arrest'],
];
for (const [text, word, lemma] of lemmas) {
  test(`lemma: ${word} -> ${lemma}`, () => {
    const token = parse(text).segment?.tokens.find((t) => t.lower === word);
    assert.equal(token?.lemma, lemma);
  });
}

test('initials before a capitalized word end no sentence inside a title; after a lower-case word they may', () => {
  const text = 'Mikati appealed for calm. Visiting U.S. Under Secretary of State Victoria Nuland met Aoun. Iran imposed sanctions on the U.S. The ministry said so.';
  const seg = parse(text).segment!;
  assert.deepEqual(seg.sentences.map((s) => text.slice(s.start, s.end)), [
    'Mikati appealed for calm.',
    'Visiting U.S. Under Secretary of State Victoria Nuland met Aoun.',
    'Iran imposed sanctions on the U.S.',
    'The ministry said so.',
  ]);
});
