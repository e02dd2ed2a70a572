import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorPhrase } from '../../domain/actor-dictionary.js';
import { readDateRange, readDictionaryDate } from './_dates.js';
import { readPetrarchActors } from './read-actors.js';

/** `words (form) -> id kind country? codes`, codes as `CODE@from..to`. */
function show(p: ActorPhrase): string {
  const codes = p.entry.codes.map((c) => `${c.code}${c.from || c.to ? `@${c.from ?? ''}..${c.to ?? ''}` : ''}`).join(',');
  return `${p.words.join(' ')} (${p.form}) -> ${p.entry.id} ${p.entry.kind}${p.entry.country ? ` ${p.entry.country}` : ''} ${codes}`;
}

const cases: { name: string; text: string; expected: string[] }[] = [
  {
    name: 'primary phrase with a code, synonyms on + lines, trailing "_" dropped',
    text: 'AFGHANISTAN_  [AFG]\n+AFGHAN_\n+KABUL_\n',
    expected: [
      'afghanistan (name) -> a.txt:1 country AFG AFG',
      'afghan (alias) -> a.txt:1 country AFG AFG',
      'kabul (alias) -> a.txt:1 country AFG AFG',
    ],
  },
  {
    name: 'codes on following lines with <, > and ranges; yymmdd up to 30 is 20yy, 31 on is 19yy',
    text: 'MOHAMMAD_ZAHIR_SHAH_  # CountryInfo.txt\n\t[AFGELI 320101-331108]\n\t[AFGGOV < 300101]\n\t[AFGELI >730717]\n\t[AFGELI]\n',
    expected: [
      'mohammad zahir shah (name) -> a.txt:1 person AFG AFGELI@1932-01-01..1933-11-08,AFGGOV@..2029-12-31,AFGELI@1973-07-17..,AFGELI',
    ],
  },
  {
    name: 'eight-digit dates, blanks around "-" and ">", several codes on one line',
    text: 'GOLLUM\n+SMEAGOL\n\t[HOBGOV 19950601 - 19990815] [HOBREB > 990816]\n',
    expected: [
      'gollum (name) -> a.txt:1 person HOB HOBGOV@1995-06-01..1999-08-15,HOBREB@1999-08-16..',
      'smeagol (alias) -> a.txt:1 person HOB HOBGOV@1995-06-01..1999-08-15,HOBREB@1999-08-16..',
    ],
  },
  {
    name: '"---" (not an actor) as a dated code, lower-case codes, "/" joined codes',
    text: 'PRINCE OF DOL AMROTH\n\t[--- <950630]\n\t[DOL]\nPALESTINIAN [pse]\nTHE_SHIRE  [FRO/BIL/SAM]\n',
    expected: [
      'prince of dol amroth (name) -> a.txt:1 person DOL ---@..1995-06-29,DOL',
      'palestinian (name) -> a.txt:4 country PSE PSE',
      'the shire (name) -> a.txt:5 other FRO/BIL/SAM',
    ],
  },
  {
    name: 'code-less names listed together share the codes that follow',
    text: 'LEONID_BREZHNEV_  # note\nSECRETARY_BREZHNEV\n\t[RUSGOV 641014-821110]\nNEXT [XYZ]\n',
    expected: [
      'leonid brezhnev (name) -> a.txt:1 person RUS RUSGOV@1964-10-14..1982-11-10',
      'secretary brezhnev (alias) -> a.txt:1 person RUS RUSGOV@1964-10-14..1982-11-10',
      'next (name) -> a.txt:4 country XYZ XYZ',
    ],
  },
  {
    name: 'organisations, groups, punctuation split off as words, comments after "]" and "_"',
    text: 'IAEA_\t[IGOUNOIAE]# Intl Atomic Energy Agency\nADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB] #  kkl\n+WEST_PAPUA#_VERY_IFFY_\n',
    expected: [
      'iaea (name) -> a.txt:1 organisation IGOUNOIAE',
      'aden abyan islamic army ( aaia ) (name) -> a.txt:2 group YEM YEMREB',
      'west papua (alias) -> a.txt:2 group YEM YEMREB',
    ],
  },
];

for (const c of cases) {
  test(`actors: ${c.name}`, () => {
    const r = readPetrarchActors(c.text, '/x/a.txt');
    assert.deepEqual(r.warnings, []);
    assert.deepEqual(r.dictionary.phrases.map(show), c.expected);
    assert.deepEqual(r.dictionary.agents, []);
  });
}

test('actors: the year pivot can be set', () => {
  const r = readPetrarchActors('X [ABC 450101-460101]\n', 'a.txt', { yearPivot: 49 });
  assert.deepEqual(r.dictionary.phrases[0]?.entry.codes, [{ code: 'ABC', from: '2045-01-01', to: '2046-01-01' }]);
});

const dates: [string, string | null][] = [
  ['090120', '2009-01-20'], ['300101', '2030-01-01'], ['310101', '1931-01-01'], ['19950601', '1995-06-01'],
  ['000229', '2000-02-29'], ['010229', null], ['19001301', null], ['9008223', null], ['20100431', null], ['12345', null],
];
for (const [input, expected] of dates) {
  test(`actors: date "${input}" reads as ${expected ?? 'invalid'}`, () => {
    assert.equal(readDictionaryDate(input), expected);
  });
}

test('actors: "<D" means strictly before D, so it ends the day before; a range keeps both days', () => {
  assert.deepEqual(readDateRange('<20080301'), { ok: true, range: { to: '2008-02-29' } });
  assert.deepEqual(readDateRange('090120-170120'), { ok: true, range: { from: '2009-01-20', to: '2017-01-20' } });
  assert.deepEqual(readDateRange('>140608'), { ok: true, range: { from: '2014-06-08' } });
});

const bad: { name: string; text: string; warnings: [number, RegExp][]; phrases: number }[] = [
  { name: 'invalid date', text: 'A [AAA 901301-911221]\n[AAA]\nB [BBB]\n', warnings: [[1, /invalid yymmdd/]], phrases: 2 },
  { name: 'range ending before it starts', text: 'A\n [AAA 20121207-20120802]\n [AAA]\n', warnings: [[2, /ends \(2012-08-02\) before it starts/]], phrases: 1 },
  { name: 'not an actor code', text: 'ISILDUR  [+++]\nB [BBB]\n', warnings: [[1, /not an actor code/], [1, /no usable code/]], phrases: 1 },
  { name: 'code line before any actor', text: '[AAA]\nB [BBB]\n', warnings: [[1, /before any actor/]], phrases: 1 },
  { name: 'synonym before any actor', text: '+A\nB [BBB]\n', warnings: [[1, /before any actor/]], phrases: 1 },
  {
    name: 'entries without a usable code', text: 'A\nB [BBB 2000]\n',
    warnings: [[1, /"A" has no usable code/], [2, /"2000" is not a valid/], [2, /"B" has no usable code/]], phrases: 0,
  },
  { name: 'text after a code', text: 'A [AAA] Newspapers $1\n+A2\nB [BBB]\n', warnings: [[1, /unexpected text/]], phrases: 1 },
  { name: 'bare date read as from', text: 'A\n\t[MNEGOV 20121204]\n', warnings: [[2, /read as ">20121204"/]], phrases: 1 },
  { name: 'unclosed [', text: 'A [AAA\nB [BBB]\n', warnings: [[1, /not closed/]], phrases: 1 },
];

for (const c of bad) {
  test(`actors (bad input): ${c.name}`, () => {
    const r = readPetrarchActors(c.text, 'bad.txt');
    assert.deepEqual(r.warnings.map((w) => w.line), c.warnings.map((w) => w[0]), JSON.stringify(r.warnings));
    c.warnings.forEach(([, re], i) => assert.match(r.warnings[i]?.message ?? '', re));
    assert.equal(r.dictionary.phrases.length, c.phrases);
  });
}

// phrase as written -> gap flags (blank = other words may come between; "_" = adjacent)
const gapRows: [string, (boolean[] | undefined)][] = [
  ['ITHILEN TELEVISION  [ITHTV]', [true]],
  ['RADAGAST THE_BROWN  [RAD]', [true, false]],
  ['WHITE_HOUSE  [USAGOV]', undefined],
  ['ADEN_ABYAN (AAIA)  [YEMREB]', [false, true, false, false]],
];
for (const [line, gaps] of gapRows) {
  test(`actors: gaps of ${line}`, () => {
    assert.deepEqual(readPetrarchActors(line, 'a.txt').dictionary.phrases[0]?.gaps, gaps);
  });
}
