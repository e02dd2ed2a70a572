import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { entryCodeOn } from './entry-code.js';
import { formatActorFileWarning, parseActorFile } from './parse-actor-file.js';

const GOOD = [
  '# a user file',
  'group  | Sudan Liberation Movement | SDNREB | SDN | alias:SLM; alias:Sudan Liberation Army | Wikipedia',
  '',
  'person | Jane Éxample | GBR | GBR | surname:Éxample | newsroom list  # trailing comment',
  'role   | GBRGOV | 2024-07-05 | - | Minister for Examples | gov.uk',
  'role   | GBRLEG | 2019-12-12 | 2024-07-04 | Member of Parliament | gov.uk',
  'capital | Example House | GBRGOV@..2020-01-01 GBR | GBR | metonym:Example House; metonym:the Example House | test',
  'agent  | minister of examples; ministers of examples | ~GOV | made-up title',
  'agent  | example prefix | GOV~ | made-up prefix code',
  "place\tTab Town\tGBR\tGBR\t-\ttab-separated line",
  'place | Nowhere Sea | - | - | - | known, never coded',
  'instrument | example drone; example drones | MIL | made-up weapon',
].join('\n');

describe('parseActorFile on a valid file', () => {
  const { dictionary, warnings } = parseActorFile(GOOD, 'my-actors.txt');
  const find = (text: string) => dictionary.phrases.filter((p) => p.words.join(' ') === text);

  it('reports no warnings and names the dictionary by its origin', () => {
    assert.deepEqual(warnings, []);
    assert.equal(dictionary.origin, 'my-actors.txt');
  });

  // phrase | date | code | entry id | form
  const table: [string, string, string | undefined, string, string][] = [
    ['sudan liberation movement', '2020-01-01', 'SDNREB', 'my-actors.txt:2', 'name'],
    ['slm', '2020-01-01', 'SDNREB', 'my-actors.txt:2', 'alias'],
    ['sudan liberation army', '2020-01-01', 'SDNREB', 'my-actors.txt:2', 'alias'],
    ['jane éxample', '2025-01-01', 'GBRGOV', 'my-actors.txt:4', 'name'],
    ['jane example', '2025-01-01', 'GBRGOV', 'my-actors.txt:4', 'name'],
    ['éxample', '2020-01-01', 'GBRLEG', 'my-actors.txt:4', 'surname'],
    ['example', '2018-01-01', 'GBR', 'my-actors.txt:4', 'surname'],
    ['example house', '2019-01-01', 'GBRGOV', 'my-actors.txt:7', 'metonym'],
    ['the example house', '2021-01-01', 'GBR', 'my-actors.txt:7', 'metonym'],
    ['tab town', '2021-01-01', 'GBR', 'my-actors.txt:10', 'name'],
    ['nowhere sea', '2021-01-01', undefined, 'my-actors.txt:11', 'name'],
  ];
  for (const [text, date, code, id, form] of table) {
    it(`"${text}" on ${date} -> ${code ?? 'no code'}`, () => {
      const [phrase, ...rest] = find(text);
      assert.ok(phrase, `no phrase "${text}"`);
      assert.equal(rest.length, 0);
      assert.equal(entryCodeOn(phrase.entry, date), code);
      assert.equal(phrase.entry.id, id);
      assert.equal(phrase.form, form);
    });
  }

  it('keeps dated codes as written', () => {
    const entry = find('jane example')[0]?.entry;
    assert.deepEqual(entry?.codes, [
      { code: 'GBR' },
      { code: 'GBRGOV', from: '2024-07-05' },
      { code: 'GBRLEG', from: '2019-12-12', to: '2024-07-04' },
    ]);
    assert.equal(entry?.kind, 'person');
    assert.equal(entry?.country, 'GBR');
  });

  it('reads agents with suffix and prefix codes', () => {
    assert.deepEqual(dictionary.agents.map((a) => [a.words.join(' '), a.code, a.prefix ?? false, a.instrument ?? false, a.id]), [
      ['minister of examples', 'GOV', false, false, 'my-actors.txt:8'],
      ['ministers of examples', 'GOV', false, false, 'my-actors.txt:8'],
      ['example prefix', 'GOV', true, false, 'my-actors.txt:9'],
      ['example drone', 'MIL', false, true, 'my-actors.txt:12'],
      ['example drones', 'MIL', false, true, 'my-actors.txt:12'],
    ]);
  });

  it('keeps "u.s." as one word', () => {
    const parsed = parseActorFile('country | United States | USA | USA | alias:U.S. | x', 'f');
    assert.ok(parsed.dictionary.phrases.some((p) => p.words.length === 1 && p.words[0] === 'u.s.'));
  });
});

describe('parseActorFile on malformed lines', () => {
  // line text | warning code | what the message must mention
  const bad: [string, string, RegExp][] = [
    ['persn | Typo Kind | GBR | GBR | - | x', 'unknown-record', /persn/],
    ['person | Too Few | GBR', 'column-count', /4 to 6 columns/],
    ['person | Too Many | GBR | GBR | - | x | y', 'column-count', /found 7/],
    ['person | Lower Code | gbr | GBR | - | x', 'bad-code', /"gbr"/],
    ['person | Odd Code | GBRG | GBR | - | x', 'bad-code', /"GBRG"/],
    ['person | Bad Date | GBRGOV@2024-02-30.. | GBR | - | x', 'bad-date', /2024-02-30/],
    ['person | No Dots | GBRGOV@2024-02-01 | GBR | - | x', 'bad-date', /FROM\.\.TO/],
    ['person | Short Date | GBRGOV@2024-2-3.. | GBR | - | x', 'bad-date', /"2024-2-3"/],
    ['person | Words Date | GBRGOV@..last-year | GBR | - | x', 'bad-date', /"last-year"/],
    ['person | Backwards | GBRGOV@2024-02-01..2023-01-01 | GBR | - | x', 'bad-date', /ends before it starts/],
    ['person | Bad Country | GBR | UK | - | x', 'bad-country', /"UK"/],
    ['person | Bad Form | GBR | GBR | nickname:Janey | x', 'bad-phrase', /nickname/],
    ['person | Empty Codes |  | GBR | - | x', 'no-code', /empty codes column/],
    ['person |  | GBR | GBR | - | x', 'empty-name', /no name/],
    ['role | GBRGOV | 2020-01-01 | - | Orphan | x', 'orphan-role', /no entry line/],
    ['agent | minister | gov | x', 'bad-code', /"gov"/],
    ['agent | minister | ~GOV~ | x', 'bad-code', /~GOV~/],
    ['agent | minister', 'column-count', /3 or 4 columns/],
    ['omit | Somewhere | abc | x', 'bad-code', /"abc"/],
  ];
  for (const [line, code, mention] of bad) {
    it(`warns ${code} for "${line}" and skips it`, () => {
      const text = `# header\n\n${line}\nplace | Fine Town | GBR | GBR | - | x\n`;
      const { dictionary, warnings } = parseActorFile(text, 'user.txt');
      assert.equal(warnings.length, 1, JSON.stringify(warnings));
      const [warning] = warnings;
      assert.equal(warning?.code, code);
      assert.equal(warning?.line, 3);
      assert.equal(warning?.file, 'user.txt');
      assert.match(warning?.message ?? '', mention);
      assert.match(formatActorFileWarning(warning!), /^user\.txt:3: /);
      // the good line after it still loads; the bad one adds nothing
      assert.deepEqual(dictionary.phrases.map((p) => p.words.join(' ')), ['fine town']);
      assert.equal(dictionary.agents.length, 0);
    });
  }

  it('warns about a bad role line but keeps the person', () => {
    const text = 'person | Kept | GBR | GBR | - | x\nrole | GBRGOV | 2020-13-01 | - | Bad month | x\n';
    const { dictionary, warnings } = parseActorFile(text, 'user.txt');
    assert.deepEqual(warnings.map((w) => [w.line, w.code]), [[2, 'bad-date']]);
    assert.deepEqual(dictionary.phrases[0]?.entry.codes, [{ code: 'GBR' }]);
  });

  it('skips the role lines of a rejected entry without a second warning', () => {
    const text = 'person | Rejected | gbr | GBR | - | x\nrole | GBRGOV | 2020-01-01 | - | Office | x\n';
    const { dictionary, warnings } = parseActorFile(text, 'user.txt');
    assert.deepEqual(warnings.map((w) => [w.line, w.code]), [[1, 'bad-code']]);
    assert.equal(dictionary.phrases.length, 0);
  });

  it('warns when one phrase names two entries with different codes', () => {
    const text = 'group | Alpha Front | SYRREB | SYR | alias:AF | x\ngroup | Another Front | IRQREB | IRQ | alias:AF | x\n';
    const { dictionary, warnings } = parseActorFile(text, 'user.txt');
    assert.deepEqual(warnings.map((w) => [w.line, w.code]), [[2, 'conflicting-phrase']]);
    assert.match(warnings[0]?.message ?? '', /line 1/);
    assert.equal(dictionary.phrases.filter((p) => p.words.join(' ') === 'af').length, 2);
  });

  it('survives empty and pathological input', () => {
    assert.deepEqual(parseActorFile('', 'empty.txt').warnings, []);
    const long = `person | ${'x'.repeat(50_000)} | GBR | GBR | ${'alias:y;'.repeat(5_000)} | x`;
    const { warnings } = parseActorFile(`${long}\n${'|'.repeat(10_000)}\n`, 'long.txt');
    assert.deepEqual(warnings.map((w) => [w.line, w.code]), [[2, 'unknown-record']]);
  });
});
