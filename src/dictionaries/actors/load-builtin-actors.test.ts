import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import type { ActorDictionary, ActorPhrase } from '../../domain/actor-dictionary.js';
import { dataPath } from '../data-path.js';
import { entryCodeOn } from './entry-code.js';
import { AUTHORED_ACTOR_FILES, PLACES_FILE, loadBuiltinActorsWithWarnings } from './load-builtin-actors.js';
import type { ActorFileWarning } from './read-actor-records.js';
import { isIsoDate, readActorRecords } from './read-actor-records.js';

let dictionary: ActorDictionary;
let warnings: readonly ActorFileWarning[];
const byWords = new Map<string, ActorPhrase[]>();

before(() => {
  ({ dictionary, warnings } = loadBuiltinActorsWithWarnings());
  for (const phrase of dictionary.phrases) {
    const key = phrase.words.join(' ');
    const list = byWords.get(key);
    if (list) list.push(phrase);
    else byWords.set(key, [phrase]);
  }
});

function phrasesFor(text: string): ActorPhrase[] {
  return byWords.get(text) ?? [];
}

describe('built-in actor files', () => {
  it('load without a single warning', () => {
    assert.deepEqual(warnings.map((w) => `${w.file}:${w.line}: ${w.message}`), []);
  });

  // phrase (lower-cased words) | date | expected code | expected kind | expected form
  const lookups: [string, string, string, string, string?][] = [
    ['kremlin', '2023-05-10', 'RUSGOV', 'capital', 'metonym'],
    ['the kremlin', '2023-05-10', 'RUSGOV', 'capital', 'metonym'],
    ['white house', '2015-01-01', 'USAGOV', 'capital', 'metonym'],
    ['pentagon', '2015-01-01', 'USAMIL', 'capital', 'metonym'],
    ['downing street', '2015-01-01', 'GBRGOV', 'capital', 'metonym'],
    ['zhongnanhai', '2015-01-01', 'CHNGOV', 'capital', 'metonym'],
    ['moscow', '2023-05-10', 'RUSGOV', 'capital', 'name'],
    ['beijing', '2023-05-10', 'CHNGOV', 'capital', 'name'],
    ['washington', '2023-05-10', 'USAGOV', 'capital', 'name'],
    ['kyiv', '2023-05-10', 'UKRGOV', 'capital', 'name'],
    ['kiev', '2013-05-10', 'UKRGOV', 'capital', 'alias'],
    ['tokyo', '2013-05-10', 'JPNGOV', 'capital', 'name'],
    ['brussels', '2020-01-01', 'IGOEUREEC', 'capital', 'name'],
    ['colombo', '2022-07-09', 'LKA', 'place', 'name'],
    ['aleppo', '2016-12-01', 'SYR', 'place', 'name'],
    ['gaza', '2024-01-01', 'PSE', 'place', 'name'],
    ['karachi', '2024-01-01', 'PAK', 'place', 'name'],
    ['china', '2023-05-10', 'CHN', 'country', 'name'],
    ['chinese', '2023-05-10', 'CHN', 'country', 'adjective'],
    ['british', '2023-05-10', 'GBR', 'country', 'adjective'],
    ['dutch', '2023-05-10', 'NLD', 'country', 'adjective'],
    ['emirati', '2023-05-10', 'ARE', 'country', 'adjective'],
    ['burma', '2023-05-10', 'MMR', 'country', 'alias'],
    ['ivory coast', '2023-05-10', 'CIV', 'country', 'name'],
    ['dprk', '2023-05-10', 'PRK', 'country', 'alias'],
    ['north korea', '2023-05-10', 'PRK', 'country', 'name'],
    ['south korea', '2023-05-10', 'KOR', 'country', 'name'],
    ['britain', '2023-05-10', 'GBR', 'country', 'alias'],
    ['u.s.', '2023-05-10', 'USA', 'country', 'alias'],
    ['america', '2023-05-10', 'USA', 'country', 'alias'],
    ['turkiye', '2023-05-10', 'TUR', 'country', 'alias'],
    ['türkiye', '2023-05-10', 'TUR', 'country', 'alias'],
    ['czechia', '2023-05-10', 'CZE', 'country', 'alias'],
    ['kosovo', '2023-05-10', 'KSV', 'country', 'name'],
    ['un', '2023-05-10', 'IGOUNO', 'organisation', 'alias'],
    ['nato', '2023-05-10', 'IGOWSTNAT', 'organisation', 'name'],
    ['iaea', '2023-05-10', 'IGOUNOIAE', 'organisation', 'alias'],
    ['world health organization', '2023-05-10', 'IGOUNOHLHWHO', 'organisation', 'name'],
    ['european union', '2023-05-10', 'IGOEUREEC', 'organisation', 'name'],
    ['amnesty international', '2023-05-10', 'NGOHRIAMN', 'organisation', 'name'],
    ['hamas', '2023-10-07', 'PSEREBHMS', 'group', 'name'],
    ['hezbollah', '2023-10-07', 'LBNREB', 'group', 'name'],
    ['houthis', '2024-01-12', 'YEMREB', 'group', 'name'],
    ['isis', '2015-01-01', 'IMGMUSISI', 'group', 'alias'],
    ['taliban', '2010-06-01', 'AFGREB', 'group', 'name'],
    ['taliban', '2022-06-01', 'AFGGOV', 'group', 'name'],
    ['taliban', '2000-06-01', 'AFGGOV', 'group', 'name'],
    ['rsf', '2021-06-01', 'SDNMIL', 'group', 'alias'],
    ['rsf', '2024-06-01', 'SDNREB', 'group', 'alias'],
    ['hts', '2023-06-01', 'SYRREB', 'group', 'alias'],
    ['qin gang', '2023-03-07', 'CHNGOV', 'person', 'name'],
    ['qin gang', '2024-03-07', 'CHN', 'person', 'name'],
    ['wang yi', '2023-05-10', 'CHNGOV', 'person', 'name'],
    ['wang yi', '2005-05-10', 'CHN', 'person', 'name'],
    ['xi', '2023-05-10', 'CHNGOV', 'person', 'surname'],
    ['putin', '2010-05-10', 'RUSGOV', 'person', 'surname'],
    ['lavrov', '2023-05-10', 'RUSGOV', 'person', 'surname'],
    ['zelensky', '2018-05-10', 'UKR', 'person', 'surname'],
    ['zelenskyy', '2022-05-10', 'UKRGOV', 'person', 'surname'],
    ['erdoğan', '2020-05-10', 'TURGOV', 'person', 'surname'],
    ['erdogan', '2020-05-10', 'TURGOV', 'person', 'surname'],
    ['blinken', '2020-05-10', 'USA', 'person', 'surname'],
    ['blinken', '2022-05-10', 'USAGOV', 'person', 'surname'],
    ['biden', '2012-05-10', 'USAGOV', 'person', 'surname'],
    ['biden', '2018-05-10', 'USA', 'person', 'surname'],
    ['guterres', '2020-05-10', 'IGOUNO', 'person', 'surname'],
    ['guterres', '2010-05-10', 'IGOUNOREFHCR', 'person', 'surname'],
    ['ahmed al-sharaa', '2020-05-10', 'SYRREB', 'person', 'name'],
    ['ahmed al-sharaa', '2025-05-10', 'SYRGOV', 'person', 'name'],
    ['hemedti', '2021-05-10', 'SDNGOV', 'person', 'alias'],
    ['hemedti', '2024-05-10', 'SDNREB', 'person', 'alias'],
  ];

  for (const [text, date, code, kind, form] of lookups) {
    it(`"${text}" on ${date} -> ${code} (${kind})`, () => {
      const matches = phrasesFor(text);
      assert.ok(matches.length > 0, `no phrase "${text}"`);
      const codes = new Set(matches.map((p) => entryCodeOn(p.entry, date)));
      assert.deepEqual([...codes], [code]);
      assert.equal(matches[0]?.entry.kind, kind);
      if (form !== undefined) assert.equal(matches[0]?.form, form);
    });
  }

  it('gives Qin Gang his foreign-minister role and the CHN fallback', () => {
    const entry = phrasesFor('qin gang')[0]?.entry;
    assert.ok(entry);
    assert.ok(entry.codes.some((c) => c.code === 'CHNGOV' && c.from === '2022-12-30' && c.to === '2023-07-25'));
    assert.ok(entry.codes.some((c) => c.code === 'CHN' && c.from === undefined && c.to === undefined));
    assert.equal(entry.country, 'CHN');
    assert.match(entry.id, /^people-asia-pacific\.txt:\d+$/);
  });

  // must never be a phrase: ordinary words, pronouns, ambiguous names
  const absent = ['us', 'who', 'is', 'car', 'pole', 'the', 'male', 'reading', 'nice', 'congolese', 'korea',
    'korean', 'victoria', 'island', 'jersey', 'vladimir', 'austin', 'sharif', 'clinton', 'kim', 'lee', 'west'];
  for (const text of absent) {
    it(`has no phrase "${text}"`, () => {
      assert.deepEqual(phrasesFor(text).map((p) => p.entry.id), []);
    });
  }

  // Jersey: lower-cased, "jersey" is the garment (countries.txt omits it).
  const DELIBERATELY_OMITTED = new Set(['JEY']);
  it('names every world-countries country with its own code', () => {
    const countries = createRequire(import.meta.url)('world-countries') as Countries;
    const missing: string[] = [];
    for (const country of countries) {
      const code = country.cca3 === 'UNK' ? 'KSV' : country.cca3;
      if (DELIBERATELY_OMITTED.has(code)) continue;
      const words = country.name.common.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
      const found = phrasesFor(words).some((p) => p.entry.kind === 'country' && p.entry.codes.some((c) => c.code === code));
      if (!found) missing.push(`${code} ${country.name.common}`);
    }
    assert.deepEqual(missing, []);
  });

  it('has no phrase naming entries with different codes, across all authored files', () => {
    const authored = dictionary.phrases.filter((p) => !p.entry.id.startsWith('world-countries:') && !p.entry.id.startsWith(PLACES_FILE));
    const seen = new Map<string, { key: string; id: string }>();
    const clashes: string[] = [];
    for (const phrase of authored) {
      const words = phrase.words.join(' ');
      const codes = phrase.entry.codes.map((c) => `${c.code}@${c.from ?? ''}..${c.to ?? ''}`).sort().join(' ');
      const earlier = seen.get(words);
      if (earlier && earlier.key !== codes) clashes.push(`"${words}": ${earlier.id} vs ${phrase.entry.id}`);
      else if (!earlier) seen.set(words, { key: codes, id: phrase.entry.id });
    }
    assert.deepEqual(clashes, []);
  });

  const agents: [string, string][] = [
    ['president', 'GOV'], ['prime minister', 'GOV'], ['premier', 'GOV'], ['foreign minister', 'GOV'],
    ['foreign ministry', 'GOV'], ['defence minister', 'GOV'], ['spokeswoman', 'GOV'], ['officials', 'GOV'],
    ['king', 'GOV'], ['troops', 'MIL'], ['soldiers', 'MIL'], ['warplanes', 'MIL'], ['navy', 'MIL'],
    ['police', 'COP'], ['rebels', 'REB'], ['militants', 'REB'], ['opposition', 'OPP'], ['protesters', 'OPP'],
    ['civilians', 'CVL'], ['residents', 'CVL'], ['students', 'EDU'], ['judge', 'JUD'], ['prosecutors', 'JUD'],
    ['lawmakers', 'LEG'], ['parliament', 'LEG'], ['company', 'BUS'], ['journalists', 'MED'],
    ['refugees', 'REF'], ['party', 'PTY'], ['state media', 'GOVMED'],
  ];
  for (const [words, code] of agents) {
    it(`agent "${words}" -> ${code}`, () => {
      const found = dictionary.agents.filter((a) => a.words.join(' ') === words);
      assert.equal(found.length, 1, `agent "${words}" listed ${found.length} times`);
      assert.equal(found[0]?.code, code);
      assert.equal(found[0]?.prefix, undefined);
    });
  }
});

describe('people files', () => {
  const peopleFiles = AUTHORED_ACTOR_FILES.filter((file) => file.startsWith('people-'));

  it('hold at least 600 people, each with a source, and roles with real dates and a source', () => {
    let people = 0;
    const problems: string[] = [];
    for (const file of peopleFiles) {
      const lines = readFileSync(dataPath('actors', file), 'utf8').split('\n');
      lines.forEach((line, index) => {
        const columns = line.replace(/(^|\s)#.*$/, '').split('|').map((c) => c.trim());
        const where = `${file}:${index + 1}`;
        if (columns[0] === 'person') {
          people++;
          if (columns.length !== 6 || (columns[5] ?? '') === '') problems.push(`${where}: person without a source`);
        } else if (columns[0] === 'role') {
          const [, code = '', from = '', to = '', office = '', source = ''] = columns;
          if (columns.length !== 6 || source === '' || office === '') problems.push(`${where}: role without office or source`);
          if (!/^[A-Z]{3}([A-Z]{3})*$/.test(code)) problems.push(`${where}: bad code ${code}`);
          if (!isIsoDate(from)) problems.push(`${where}: from "${from}" is not a date`);
          if (to !== '-' && !isIsoDate(to)) problems.push(`${where}: to "${to}" is not a date or -`);
          if (to !== '-' && from > to) problems.push(`${where}: ${from} after ${to}`);
          // The files cover offices held from the late 1970s on (most from 1990): an earlier end is a typo.
          if (to !== '-' && to < '1975-01-01') problems.push(`${where}: role ended before 1975`);
        }
      });
    }
    assert.deepEqual(problems, []);
    assert.ok(people >= 600, `only ${people} people`);
  });

  it('give every person a bare-country fallback code', () => {
    const missing: string[] = [];
    for (const file of peopleFiles) {
      const records = readActorRecords(readFileSync(dataPath('actors', file), 'utf8'), file);
      for (const { entry } of records.phrases) {
        if (entry.kind !== 'person') continue;
        const undated = entry.codes.filter((c) => c.from === undefined && c.to === undefined);
        if (undated.length !== 1 || !undated[0]?.code.startsWith(entry.country ?? '?')) missing.push(entry.id);
      }
    }
    assert.deepEqual([...new Set(missing)], []);
  });
});

describe('places.tsv', () => {
  it('stays under 1 MB and holds only places', () => {
    assert.ok(statSync(dataPath('actors', PLACES_FILE)).size < 1_000_000);
    const kinds = new Set(readActorRecords(readFileSync(dataPath('actors', PLACES_FILE), 'utf8'), PLACES_FILE)
      .phrases.map((p) => p.entry.kind));
    assert.deepEqual([...kinds], ['place']);
  });
});
