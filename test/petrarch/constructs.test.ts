// Each PETRARCH/TABARI dictionary construct, coded end to end from small dictionaries written here
// (invented countries and codes, as in PETRARCH's own suite, so only the dictionary machinery can
// code them). Rows: sentence -> the set of "SOURCE TARGET CODE" triples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPetrarchDictionaries } from '../../src/dictionaries/petrarch/index.js';
import { createCoder } from '../../src/pipeline/index.js';
import { petrarchCoderOptions } from '../../src/pipeline/petrarch-options.js';

const files: Record<string, string> = {
  'test.verbs.txt': `
&NEGATION
+WO N'T
+DID NOT

--- CONDEMN  [122] ---
CONDEMN

--- REGRET  [111] ---
REGRET
- OBSERVED + *  [115]

--- RISE  [---] ---
RISE
- CASUALTY_COUNT *  [224]

--- QUARREL  [128] ---
QUARREL
- &NEGATION EVER * OVER PLANS  [905]
- SURELY_&NEGATION_EVER * OVER PLANS  [907]

--- PRAISE  [051] ---
PRAISE
- * ^ ALONGSIDE +  [052]

--- URGE  [020] ---
URGE
- *_ON  [095]

--- BOOST  [---] ---
BOOST
- * FRIENDSHIP  [081]
`,
  'test.actors.txt': `
VELMORA  [VEL]
KASTRIN  [KAS]
+KASTRINI
TOROVIA  [TOR]
VELMORA RADIO  [VELRAD]
NORTH_PALACE  [VELGOV]
DRAVEN_LEAGUE  [VELLEA]
`,
  'test.agents.txt': `
!OFFICE! = MINISTER, MINISTRY
!OFFICE!_OF_HARBOURS [~GOV]
OFFICIALS [~GOV]
SOLDIERS [~MIL]
PEACE_COUNCIL [~PCO]
SPOKESMEN [~SPK]
`,
};

const dicts = loadPetrarchDictionaries(Object.keys(files), { readText: (p) => files[p] ?? '' });
const coder = await createCoder(petrarchCoderOptions(dicts, false));

const rows: [string, string[], string][] = [
  ['The Velmora Ministry of Harbours condemned Kastrin.', ['VELGOV KAS 122'], 'an agent from a substitution set, with "of" inside the noun phrase'],
  ["Velmora's envoy observed that Kastrin regretted Torovia's refusal.", ['VEL KAS 115'], '"- OBSERVED + *": target before the verb, source before the earlier words'],
  ["Velmora's casualty count has risen in the dispute with Kastrin.", ['VEL KAS 224'], '"- CASUALTY_COUNT *": the words stand where the subject would'],
  ["Velmora surely won't ever quarrel over plans with Kastrin.", ['VEL KAS 907'], 'a connected multiword connector with a synset outranks a shorter pattern'],
  ["Velmora won't ever quarrel over plans with Kastrin.", ['VEL KAS 905'], 'the shorter pattern when the longer one does not match'],
  ['Velmora state-run radio condemned Kastrin.', ['VELRAD KAS 122'], 'blank-separated actor words may stand apart in one noun phrase'],
  ['Draven League peace council spokesmen condemned Kastrin.', ['VELLEASPK KAS 122'], 'agent codes stack on the actor\'s whole code'],
  ['Former officials in North Palace condemned Kastrin.', ['VELGOVELI KAS 122'], 'FORMER with an owner: ELI after the whole code'],
  ['Velmora praised Kastrin alongside Torovia.', ['VEL TOR 052'], '"^" skips one actor'],
  ['Velmora praised Kastrin.', ['VEL KAS 051'], 'the block\'s default code'],
  ['Kastrini soldiers urged on Velmora late Sunday to be allowed to leave Torovia.', ['KASMIL VEL 095'], 'a time adjunct keeps the infinitive inside the event'],
  ['Talks between Velmora and Kastrin may boost friendship with Torovia.', ['VEL TOR 081', 'KAS TOR 081'], 'a subject\'s first actor among its modifiers is the source'],
];

for (const [text, expected, construct] of rows) {
  test(`PETRARCH construct: ${construct}`, () => {
    const events = coder.code({ id: 't', text, date: '2020-01-01' }).events;
    assert.deepEqual([...new Set(events.map((e) => `${e.source.code} ${e.target?.code ?? '-'} ${e.cameo}`))].sort(), [...expected].sort(), text);
  });
}

test('PETRARCH construct files load without warnings', () => {
  assert.deepEqual(dicts.warnings, []);
});

test('with the built-ins, PETRARCH actors fill gaps and Parley\'s dated entries win where both name a phrase', async () => {
  const layered = loadPetrarchDictionaries(['l.actors.txt', 'l.verbs.txt'], {
    readText: (p) => (p === 'l.actors.txt' ? 'VLADIMIR_PUTIN  [XYZGOV]\n+PUTIN\nVELMORA  [VEL]\n' : '--- CONDEMN  [122] ---\nCONDEMN\n- * +  [122]\n'),
  });
  const both = await createCoder(petrarchCoderOptions(layered, true));
  const events = both.code({ id: 't', text: 'Putin condemned Velmora.', date: '2023-05-05' }).events;
  assert.deepEqual(events.map((e) => `${e.source.code} ${e.target?.code} ${e.cameo}`), ['RUSGOV VEL 122']);
});
