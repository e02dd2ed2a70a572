import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PatternElement, VerbPattern } from '../../domain/verb-lexicon.js';
import { readPetrarchVerbs } from './read-verbs.js';

/** Compact form of a pattern: `verb | before * after => code[:reverse]`; `!` marks adjacency, `%` compounds, `^n` skips. */
function element(e: PatternElement): string {
  if (e.kind === 'words') return `(${e.alternatives.map((a) => a.join(' ')).join('|')})${e.adjacent ? '!' : ''}`;
  return `${e.kind === 'target' ? '+' : '$'}${e.compound ? '%' : ''}${e.skipActors ? `^${e.skipActors}` : ''}`;
}
function show(p: VerbPattern): string {
  const sides = [...p.before.map(element), '*', ...p.after.map(element)].join(' ');
  return `${p.verb.join(' ')} | ${sides} => ${p.code ?? '---'}${p.reverseCode ? `:${p.reverseCode}` : ''}`;
}
function patternsOf(text: string): string[] {
  const r = readPetrarchVerbs(text, '/dicts/test.verbs.txt');
  assert.deepEqual(r.warnings, [], 'expected no warnings');
  return r.lexicon.patterns.map(show);
}

const cases: { name: string; text: string; expected: string[] }[] = [
  {
    name: 'block code, verb default, plain pattern',
    text: '--- MEET [031] ---\nMEET\n- * TALKS [032]\n',
    expected: ['meet | * => 031', 'meet | * (talks) => 032'],
  },
  {
    name: 'a verb code overrides the block code; patterns apply to every verb of the block',
    text: '--- ASK [---] ---\nASK [020]\nQUERY\n- * HELP [023]\n',
    expected: ['ask | * => 020', 'ask | * (help) => 023', 'query | * => ---', 'query | * (help) => 023'],
  },
  {
    name: 'null, paired and reverse-only codes',
    text: '--- VISIT [032:033] ---\nVISIT\n- * BRIEFLY [---]\n- * (BEFORE COURT) [:173]\n',
    expected: ['visit | * => 032:033', 'visit | * (briefly) => ---', 'visit | * (before) (court) => ---:173'],
  },
  {
    name: 'synsets expand into alternatives, with nested synsets, a "_" name and a phrase member',
    text: '&TIES_\n+MILITARY\n+ECONOMIC\n&MORE\n+&TIES\n+CLOSER STILL\n--- RESTORE [064] ---\nRESTORE\n- * &TIES TIES [064]\n- * &MORE [065]\n',
    expected: [
      'restore | * => 064',
      'restore | * (military|economic) (ties) => 064',
      'restore | * (military|economic|closer still) => 065',
    ],
  },
  {
    name: 'a synset inside a joined run (TABARI NEW_&X_RELATIONS) and a synset name containing "_"',
    text: '&TIETYPES\n+MILITARY\n+CULTURAL\n&FIGHT_OF_WORDS\n+ARGUMENT\n--- ABANDON [345] ---\nABANDON\n- * NEW_&TIETYPES_RELATIONS [903]\n- * &FIGHT_OF_WORDS [904]\n',
    expected: [
      'abandon | * => 345',
      'abandon | * (new military relations|new cultural relations) => 903',
      'abandon | * (argument) => 904',
    ],
  },
  {
    name: 'PETRARCH 2 noun phrases {...} and prepositional phrases (...)',
    text: '--- ADD [---] ---\nADD\n- * (TO {BANNED PARTIES}) $ [1722]\n- * {ARMS SHIPMENT} [072]\n- * (TO) [042:043]\n',
    expected: [
      'add | * => ---',
      'add | * (to) (banned parties) $ => 1722',
      'add | * (arms shipment) => 072',
      'add | * (to) => 042:043',
    ],
  },
  {
    name: 'source and target on either side of the verb',
    text: '--- SHOT [223] ---\nSHOT\n- + WAS * DEAD IN $ [224]\n- $ NOT * ^ TO_ + [124]\n',
    expected: ['shot | * => 223', 'shot | + (was) * (dead) (in) $ => 224', 'shot | $ (not) * (to) + => 124'],
  },
  {
    name: '% compounds: a source before the verb, a target after it',
    text: '--- AGREE [081] ---\nAGREE\n- % * [030:030]\n- * WITH % [031]\n',
    expected: ['agree | * => 081', 'agree | $% * => 030:030', 'agree | * (with) +% => 031'],
  },
  {
    name: '^ skips actors next to a marker, counted outward from the verb; elsewhere it is dropped',
    text: '--- CELEBRATE [181] ---\nCELEBRATE\n- * IFTAR AT ^ ^ + [044]\n- $ ^ FOR * [164]\n- * EID AT ^ WITH + [043]\n',
    expected: [
      'celebrate | * => 181',
      'celebrate | * (iftar) (at) +^2 => 044',
      'celebrate | $^1 (for) * => 164',
      'celebrate | * (eid) (at) (with) + => 043',
    ],
  },
  {
    name: '"_" next to the verb is adjacency; "_" followed by a blank is the TABARI whole-word mark',
    text: '--- ACKNOWLEDGE [023] ---\nACKNOWLEDGE\n- SO IN_AND_*_OUT_AGAIN NOW [074]\n- IN_ * [075]\n- SUGGESTED_+ * [111]\n',
    expected: [
      'acknowledge | * => 023',
      'acknowledge | (so) (in and)! * (out again)! (now) => 074',
      'acknowledge | (in) * => 075',
      'acknowledge | (suggested)! + * => 111',
    ],
  },
  {
    name: 'multi-word verbs: +X_Y particles, X_+Y fixed words before the verb, blank-separated LASH OUT',
    text: '--- CUT [172] ---\n+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}\nWIRE_+TAP {WIRE_+TAPPED}\nLASH OUT [122]\n- * TOWN [173]\n',
    expected: [
      'cordon off | * => 172',
      'cordon off | * (town) => 173',
      'tap | (wire)! * => 172',
      'tap | (wire)! * (town) => 173',
      'lash out | * => 122',
      'lash out | * (town) => 173',
    ],
  },
  {
    name: 'a BE form as the verb of a multi-word verb becomes "be"',
    text: '--- INTEND [030] ---\n+IS_DETERMINED {+WAS_DETERMINED , +ARE_DETERMINED}\n',
    expected: ['be determined | * => 030'],
  },
  {
    name: 'comments: # lines and tails, <!-- --> blocks over several lines, a "#" header tail',
    text: '<!-- header\n- * IGNORED [999]\n-->\n# --- NOT [1] ---\n--- TROUBLED [---] # NOUN ---\nTROUBLED   # pas\n- SAID * [131]  # tony <!-- x -->\n',
    expected: ['troubled | * => ---', 'troubled | (said) * => 131'],
  },
];

for (const c of cases) {
  test(`verbs: ${c.name}`, () => {
    assert.deepEqual(patternsOf(c.text), c.expected);
  });
}

test('verbs: pattern ids are <file basename>:<line>, the verb default takes the verb line', () => {
  const r = readPetrarchVerbs('# c\n--- MEET [031] ---\nMEET\n\n- * TALKS [032]\n', 'dir/sub/MY.verbs.txt');
  assert.deepEqual(r.lexicon.patterns.map((p) => p.id), ['MY.verbs.txt:3', 'MY.verbs.txt:5']);
  assert.equal(r.lexicon.origin, 'dir/sub/MY.verbs.txt');
});

test('verbs: {...} forms map surface forms to the lemma, regular ones included, commas ignored', () => {
  const r = readPetrarchVerbs('--- BREAK [---] ---\nBREAK { BROKE BROKEN BREAKS }\n+BREAK_DOWN {+BROKE_DOWN , +BREAKING_DOWN}\n', 'v.txt');
  assert.deepEqual([...(r.lexicon.forms ?? new Map<string, string>())].sort(), [
    ['breaking', 'break'], ['breaks', 'break'], ['broke', 'break'], ['broken', 'break'],
  ]);
  assert.deepEqual(r.warnings, []);
});

const bad: { name: string; text: string; line: number; message: RegExp; kept: number }[] = [
  { name: 'undefined synset', text: '--- A [010] ---\nA\n- * &NOPE [011]\n- * OK [012]\n', line: 3, message: /synset &NOPE is not defined/, kept: 2 },
  { name: 'no verb marker', text: '--- A [010] ---\nA\n- NO VERB [011]\n', line: 3, message: /no "\*"/, kept: 1 },
  { name: 'two verb markers', text: '--- A [010] ---\nA\n- * X * [011]\n', line: 3, message: /more than one "\*"/, kept: 1 },
  { name: 'not a code', text: '--- A [010] ---\nA\n- * X [025?]\n', line: 3, message: /not an event code/, kept: 1 },
  { name: 'no code', text: '--- A [010] ---\nA\n- * X\n', line: 3, message: /no \[code\]/, kept: 1 },
  { name: 'unclosed [', text: '--- A [010] ---\nA\n- * X [011\n', line: 3, message: /not closed/, kept: 1 },
  { name: 'unclosed {', text: '--- A [010] ---\nA\n- * {X Y [011]\n', line: 3, message: /"\{" is not closed/, kept: 1 },
  { name: 'stray }', text: '--- A [010] ---\nA\n- * X} [011]\n', line: 3, message: /"\}" has no "\{"/, kept: 1 },
  { name: 'pattern outside a block', text: '- * X [011]\n--- A [010] ---\nA\n', line: 1, message: /outside/, kept: 1 },
  { name: 'transformation', text: '--- A [010] ---\nA\n~ a (a b ATTACK) SAY = a b 015\n', line: 3, message: /transformations/, kept: 1 },
  { name: 'bad block code falls back to none', text: '--- A [+++] ---\nA\n', line: 1, message: /no default code/, kept: 1 },
  { name: 'two block codes', text: '--- A [120] [031:031] ---\nA\n', line: 1, message: /first, \[120\]/, kept: 1 },
  { name: 'empty synset', text: '&EMPTY\n--- A [010] ---\nA\n', line: 1, message: /no members/, kept: 1 },
];

for (const c of bad) {
  test(`verbs (bad input): ${c.name} is a warning and the rest loads`, () => {
    const r = readPetrarchVerbs(c.text, 'bad.verbs.txt');
    assert.equal(r.warnings.length, 1, JSON.stringify(r.warnings));
    const w = r.warnings[0];
    assert.equal(w?.file, 'bad.verbs.txt');
    assert.equal(w?.line, c.line);
    assert.match(w?.message ?? '', c.message);
    assert.equal(r.lexicon.patterns.length, c.kept);
  });
}

test('verbs (bad input): a pathological line does not hang the tokenizer', () => {
  const line = `- ${'_'.repeat(5000)}* ${'{ ( '.repeat(2000)}X [011]\n`;
  const r = readPetrarchVerbs(`--- A [010] ---\nA\n${line}`, 'p.txt');
  assert.equal(r.lexicon.patterns.length, 1);
  assert.equal(r.warnings.length, 1);
});
