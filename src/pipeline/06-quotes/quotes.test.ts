import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinCoder } from '../../../test/helpers/coder.js';

// text -> quotes as "kind | speaker code (name) | reporter code | quoted words"
const rows: [string, string, string[]][] = [
  ['"We will not give up an inch of our land," Ukrainian President Volodymyr Zelensky said on Monday.', '2024-02-01',
    ['direct | UKRGOV (Volodymyr Zelensky) | - | We will not give up an inch of our land']],
  ['The Chinese Foreign Ministry quoted Wang Yi as saying that China would keep supporting peace talks.', '2024-02-01',
    ['indirect | CHNGOV (Wang Yi) | CHNGOV | China would keep supporting peace talks']],
  ['Moscow is ready to keep close contacts with Beijing, the ministry cited Russian Foreign Minister Sergei Lavrov.', '2023-05-05',
    ['indirect | RUSGOV (Sergei Lavrov) | - | Moscow is ready to keep close contacts with Beijing']],
  ['Turkey will host the next round of talks, according to a statement from the Turkish Foreign Ministry.', '2024-02-01',
    ['indirect | TURGOV | - | Turkey will host the next round of talks']],
  ['Russian President Vladimir Putin said the plan could be a basis for a settlement "if the West is ready for it."', '2023-03-21',
    ['indirect | RUSGOV (Vladimir Putin) | - | the plan could be a basis for a settlement']],
  // what was said ends where a verb of the speaker's own is joined on
  ['Hamas said the strike was a flagrant violation of the truce and called on mediators to intervene.', '2025-12-11',
    ['indirect | PSEREBHMS (Hamas) | - | the strike was a flagrant violation of the truce']],
  // a quotation after a colon
  ['Kremlin spokesman Dmitry Peskov told reporters: "There are no plans for a meeting yet."', '2025-11-24',
    ['direct | RUSGOV (Dmitry Peskov) | - | There are no plans for a meeting yet']],
  // a sentence quoted whole, with no cue, goes on with the direct quote before it
  ['"We will not allow it," U.S. Secretary of State Marco Rubio told reporters. "All options are on the table."', '2025-11-21',
    ['direct | USAGOV (Marco Rubio) | - | We will not allow it', 'direct | USAGOV (Marco Rubio) | - | All options are on the table']],
  // ... but not after an indirect one, nor where the quotation does not fill the sentence
  ['Rubio said Washington would act. "All options are on the table."', '2025-11-21',
    ['indirect | USAGOV (Marco Rubio) | - | Washington would act']],
  ['"We will not allow it," Rubio said. Officials called the plan "a bluff".', '2025-11-21',
    ['direct | USAGOV (Marco Rubio) | - | We will not allow it']],
];

for (const [text, date, expected] of rows) {
  test(`quotes: ${text.slice(0, 60)}`, async () => {
    const coded = (await builtinCoder()).code({ id: 'q', text, date });
    const got = coded.quotes.map((q) =>
      `${q.quote_kind} | ${q.speaker?.code ?? '-'}${q.speaker?.name ? ` (${q.speaker.name})` : ''} | ${q.reported_by?.code ?? '-'} | ${q.text}`);
    assert.deepEqual(got, expected);
    for (const q of coded.quotes) assert.equal(text.slice(q.content.start, q.content.end), q.text);
  });
}

// negative table: no quote
for (const text of ['The talks ended without a statement.', 'Iran and Iraq signed a trade agreement on Monday.']) {
  test(`no quote: ${text}`, async () => {
    assert.deepEqual((await builtinCoder()).code({ id: 'q', text, date: '2024-02-01' }).quotes, []);
  });
}
