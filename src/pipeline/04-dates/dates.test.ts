import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '../../../test/helpers/pipeline-fixture.js';

// text, publication date -> [expression text, value, precision]
const rows: [string, string, [string, string, string][]][] = [
  ['The talks took place on Thursday.', '2023-05-05', [['on Thursday', '2023-05-04', 'day']]],
  ['In late April, Xi phoned Zelensky.', '2023-05-05', [['In late April', '2023-04', 'month']]],
  ['In February, China released a plan.', '2023-05-05', [['In February', '2023-02', 'month']]],
  ['The army said yesterday it had withdrawn.', '2024-01-10', [['yesterday', '2024-01-09', 'day']]],
  ['The treaty was signed on March 1, 2022.', '2024-01-10', [['on March 1, 2022', '2022-03-01', 'day']]],
  ['The two countries have been at odds since 2019.', '2024-01-10', [['since 2019', '2019', 'year']]],
  ['India and Pakistan held talks in early 2019.', '2024-01-10', [['in early 2019', '2019', 'year']]],
  ['The deal should be ready by mid-2025.', '2024-01-10', [['by mid-2025', '2025', 'year']]],
];

for (const [text, date, expected] of rows) {
  test(`dates: ${text}`, () => {
    const r = parse(text, date);
    assert.deepEqual(r.dates!.expressions.map((e) => [e.text, e.value, e.precision]), expected);
  });
}

// negative table: no time expression (a time counted from another event has no date chrono can know)
for (const text of ['He may go to the talks.', 'They march on the capital.', 'A 12-point plan was released.',
  'The threat came a day after the sanctions.', 'A court jailed him for seven years.', 'A week later, the army withdrew.', 'The rebels left the next day.']) {
  test(`no dates: ${text}`, () => {
    assert.deepEqual(parse(text, '2023-05-05').dates!.expressions.map((e) => e.text), []);
  });
}

// text, publication date -> [expression text, is a limit]: a span's end or a deadline ahead does not date an act
const limits: [string, string, [string, boolean][]][] = [
  ['The council extended the mission until the end of 2026.', '2025-12-03', [['until the end of 2026', true]]],
  ['The ceasefire held until Tuesday.', '2025-12-03', [['until Tuesday', true]]],
  ['Israel agreed to withdraw by January 2026.', '2025-12-03', [['by January 2026', true]]],
  ['The rebels had left the town by Tuesday.', '2025-12-03', [['by Tuesday', false]]],
  ['The two countries have been at odds since 2019.', '2024-01-10', [['since 2019', false]]],
];

for (const [text, date, expected] of limits) {
  test(`date limits: ${text}`, () => {
    const r = parse(text, date);
    assert.deepEqual(r.dates!.expressions.map((e) => [e.text, e.limit === true]), expected);
  });
}

// text -> [expression text, named outright]: a time counted from the reference names no date
const outright: [string, [string, boolean][]][] = [
  ['The army said two days ago it had withdrawn.', [['two days ago', false]]],
  ['The army said yesterday it had withdrawn.', [['yesterday', false]]],
  ['The treaty was signed on March 1, 2022.', [['on March 1, 2022', true]]],
  ['India and Pakistan held talks in June 2019.', [['in June 2019', true]]],
];

for (const [text, expected] of outright) {
  test(`dates named outright: ${text}`, () => {
    assert.deepEqual(parse(text, '2025-03-14').dates!.expressions.map((e) => [e.text, e.explicit]), expected);
  });
}

test('a dateline date anchors relative dates', () => {
  const r = parse('BEIJING, Nov. 9 (Xinhua) -- China said on Tuesday it would help.', '2023-11-10');
  assert.equal(r.segment!.dateline?.place, 'BEIJING');
  assert.deepEqual(r.dates!.reference, { value: '2023-11-09', precision: 'day' });
  assert.deepEqual(r.dates!.expressions.map((e) => [e.text, e.value]), [['on Tuesday', '2023-11-07']]);
});

test('without a publication date, nothing relative is resolved', () => {
  assert.deepEqual(parse('The talks took place on Thursday.').dates!.expressions, []);
});
