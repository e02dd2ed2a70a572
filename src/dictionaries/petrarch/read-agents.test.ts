import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AgentEntry } from '../../domain/actor-dictionary.js';
import { pluralOf, readPetrarchAgents } from './read-agents.js';

function show(a: AgentEntry): string {
  return `${a.words.join(' ')} -> ${a.prefix ? `${a.code}~` : `~${a.code}`} ${a.id}`;
}

const cases: { name: string; text: string; expected: string[] }[] = [
  {
    name: '~CODE goes after the country, CODE~ before it; regular plurals are added',
    text: 'FOREIGN_MINISTER [~GOVFRM] # jap\nHUMAN_RIGHTS_BODY  [NGO~]\nPOLICE {} [ ~COP]\n',
    expected: [
      'foreign minister -> ~GOVFRM g.txt:1', 'foreign ministers -> ~GOVFRM g.txt:1',
      'human rights body -> NGO~ g.txt:2', 'human rights bodies -> NGO~ g.txt:2',
      'police -> ~COP g.txt:3',
    ],
  },
  {
    name: 'irregular plurals in {...}; -s, -y and vowel-y endings',
    text: 'ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nCONGRESS [~LEG]\nAUTHORITY [~GOV]\nATTORNEY [~JUD]\n',
    expected: [
      'attorney general -> ~GOV g.txt:1', 'attorneys general -> ~GOV g.txt:1',
      'congress -> ~LEG g.txt:2', 'congresses -> ~LEG g.txt:2',
      'authority -> ~GOV g.txt:3', 'authorities -> ~GOV g.txt:3',
      'attorney -> ~JUD g.txt:4', 'attorneys -> ~JUD g.txt:4',
    ],
  },
  {
    name: '!NAME! substitution lists expand in place, with no extra plurals',
    text: '!PERSON! = MAN, MEN, WOMAN\n!MINST! = MINISTER, MINISTRY\nCONGRESS!PERSON! [~LEG]\n!MINST!_OF_SILLY_WALKS [~GOV]\nHUSBAND!PERSON![~AGR]\n',
    expected: [
      'congressman -> ~LEG g.txt:3', 'congressmen -> ~LEG g.txt:3', 'congresswoman -> ~LEG g.txt:3',
      'minister of silly walks -> ~GOV g.txt:4', 'ministry of silly walks -> ~GOV g.txt:4',
      'husbandman -> ~AGR g.txt:5', 'husbandmen -> ~AGR g.txt:5', 'husbandwoman -> ~AGR g.txt:5',
    ],
  },
];

for (const c of cases) {
  test(`agents: ${c.name}`, () => {
    const r = readPetrarchAgents(c.text, 'some/dir/g.txt');
    assert.deepEqual(r.warnings, []);
    assert.deepEqual(r.dictionary.agents.map(show), c.expected);
    assert.deepEqual(r.dictionary.phrases, []);
  });
}

test('agents: plural rules', () => {
  assert.deepEqual(['official', 'authority', 'attorney', 'boss', 'church', 'tax'].map(pluralOf),
    ['officials', 'authorities', 'attorneys', 'bosses', 'churches', 'taxes']);
});

const bad: { name: string; text: string; line: number; message: RegExp }[] = [
  { name: 'no code', text: 'ISLAMIC_EXTREMIST\nOK [~GOV]\n', line: 1, message: /no \[code\]/ },
  { name: 'unclosed [', text: 'DEPARMENT_OF_ENVIRONMENT [~ENV}\nOK [~GOV]\n', line: 1, message: /not closed/ },
  { name: 'code without ~', text: 'X [GOV]\nOK [~GOV]\n', line: 1, message: /not an agent code/ },
  { name: 'undefined marker', text: 'CONGRESS!PEOPLE! [~LEG]\nOK [~GOV]\n', line: 1, message: /!PEOPLE! is not defined/ },
  { name: 'unclosed {', text: 'X {XS [~GOV]\nOK [~GOV]\n', line: 1, message: /"\{" is not closed/ },
  { name: 'empty substitution list', text: '!P! = \nOK [~GOV]\n', line: 1, message: /empty/ },
  { name: 'text after the code', text: 'X [~GOV] extra\nOK [~GOV]\n', line: 1, message: /unexpected text/ },
];

for (const c of bad) {
  test(`agents (bad input): ${c.name}`, () => {
    const r = readPetrarchAgents(c.text, 'bad.txt');
    assert.deepEqual(r.warnings.map((w) => w.line), [c.line]);
    assert.match(r.warnings[0]?.message ?? '', c.message);
    assert.deepEqual(r.dictionary.agents.map((a) => a.words.join(' ')), ['ok', 'oks']);
  });
}
