import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import type { PatternElement, VerbPattern } from '../../domain/verb-lexicon.js';
import { loadCameoCodes } from '../cameo/load-cameo-codes.js';
import { dataPath } from '../data-path.js';
import { loadBuiltinLexicon } from './load-builtin-lexicon.js';

const codes = loadCameoCodes();
const { lexicon, warnings, synsets } = loadBuiltinLexicon(codes);

describe('built-in lexicon files', () => {
  it('load without warnings', () => {
    assert.deepEqual(
      warnings.map((w) => `${w.where} ${w.code}: ${w.message}`),
      [],
    );
  });

  it('are 00-synsets.txt plus one file per CAMEO root, in root order', () => {
    const files = readdirSync(dataPath('lexicon')).filter((name) => name.endsWith('.txt')).sort();
    assert.equal(files[0], '00-synsets.txt');
    assert.deepEqual(
      files.slice(1).map((name) => name.slice(0, 2)),
      Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
  });

  it('cover every root, and each file codes only its own root', () => {
    const perRoot = new Map<string, number>();
    for (const pattern of lexicon.patterns) {
      const fileRoot = /^lexicon\/(\d\d)-/.exec(pattern.id)?.[1];
      assert.ok(fileRoot, pattern.id);
      if (pattern.code === null) continue;
      assert.equal(pattern.code.slice(0, 2), fileRoot, `${pattern.id} codes ${pattern.code}`);
      perRoot.set(fileRoot, (perRoot.get(fileRoot) ?? 0) + 1);
    }
    for (let root = 1; root <= 20; root++) {
      const key = String(root).padStart(2, '0');
      assert.ok((perRoot.get(key) ?? 0) >= 25, `root ${key} has only ${perRoot.get(key) ?? 0} patterns`);
    }
    assert.ok(lexicon.patterns.length >= 700);
  });

  it('use only codes of the code table, and reverse codes too', () => {
    for (const pattern of lexicon.patterns) {
      if (pattern.code !== null) assert.ok(codes.has(pattern.code), pattern.id);
      if (pattern.reverseCode !== undefined) assert.ok(codes.has(pattern.reverseCode), pattern.id);
    }
  });

  it('defines the shared synsets the data files rely on', () => {
    for (const name of ['NEGOTIATION', 'PHONECALL', 'SANCTIONS', 'TROOPS', 'C_DEESCALATE', 'C_RELEASE']) {
      assert.ok(synsets.has(name), name);
    }
  });
});

// A small stand-in for the matcher (src/pipeline/05-events), implementing the precedence the lexicon
// README documents, so that the data can be checked against example clauses. Input clauses are
// lemmas after the source; "@" stands for an actor.
interface Match {
  readonly pattern: VerbPattern;
  readonly elements: number;
  readonly words: number;
}

function matchElements(after: readonly PatternElement[], tokens: readonly string[], start: number): number | undefined {
  let cursor = start;
  let words = 0;
  for (const element of after) {
    if (element.kind !== 'words') {
      const at = tokens.indexOf('@', cursor);
      if (at < 0) return undefined;
      cursor = at + 1;
      continue;
    }
    let best: { at: number; length: number } | undefined;
    for (const alternative of element.alternatives) {
      for (let at = cursor; at + alternative.length <= tokens.length; at++) {
        if (alternative.every((word, i) => tokens[at + i] === word)) {
          if (!best || at < best.at || (at === best.at && alternative.length > best.length)) {
            best = { at, length: alternative.length };
          }
          break;
        }
      }
    }
    if (!best) return undefined;
    cursor = best.at + best.length;
    words += best.length;
  }
  return words;
}

function bestMatch(clause: string): VerbPattern | undefined {
  const tokens = clause.split(' ');
  let best: Match | undefined;
  for (const pattern of lexicon.patterns) {
    if (!pattern.verb.every((word, i) => tokens[i] === word)) continue;
    const words = matchElements(pattern.after, tokens, pattern.verb.length);
    if (words === undefined) continue;
    const candidate: Match = { pattern, elements: pattern.after.length, words };
    if (
      !best ||
      candidate.elements > best.elements ||
      (candidate.elements === best.elements &&
        (candidate.words > best.words ||
          (candidate.words === best.words && candidate.pattern.code === null && best.pattern.code !== null)))
    ) {
      best = candidate;
    }
  }
  return best?.pattern;
}

describe('built-in lexicon patterns are reachable', () => {
  // Probe every pattern with its own words (first and last alternative of each element): the best
  // match must give the same code, or another pattern silently takes the clauses meant for it.
  it('no pattern is shadowed by a pattern with another code', () => {
    const shadowed: string[] = [];
    for (const pattern of lexicon.patterns) {
      for (const pick of ['first', 'last'] as const) {
        const tokens = [...pattern.verb];
        for (const element of pattern.after) {
          if (element.kind !== 'words') {
            tokens.push('@');
            continue;
          }
          const alternative = pick === 'first' ? element.alternatives[0] : element.alternatives[element.alternatives.length - 1];
          tokens.push(...(alternative ?? []));
        }
        const winner = bestMatch(tokens.join(' '));
        if (winner && winner.code !== pattern.code) {
          shadowed.push(`${pattern.id} (${pattern.code ?? '---'}) "${tokens.join(' ')}" -> ${winner.id} (${winner.code ?? '---'})`);
        }
      }
    }
    assert.deepEqual(shadowed, []);
  });
});

describe('built-in lexicon codes example clauses (source, then lemmas; @ is an actor)', () => {
  const cases: readonly [clause: string, code: string, reverse?: string][] = [
    // the seed article
    ['hold a telephone conversation with @', '041', '041'],
    ['attach great importance to the document that outline @ stance', '051'],
    ['agree with @ principal position', '051'],
    ['maintain close contact with @', '040', '040'],
    ['strengthen cooperation and coordination with @', '050'],
    ['send a representative to @ for consultation', '042'],
    ['assure @ that', '030'],
    ['release a 12-point document', '010'],
    // 04 consult
    ['meet @', '040', '040'],
    ['meet @ on the sideline of the summit', '044', '044'],
    ['meet visiting @', '043', '042'],
    ['hold talk with @', '046', '046'],
    ['hold a meeting with @', '040', '040'],
    ['visit @', '042', '043'],
    ['pay a state visit to @', '042', '043'],
    ['host @', '043', '042'],
    ['welcome @ to moscow', '043', '042'],
    // whoever telephones consults (one way)
    ['phone @', '041'],
    ['mediate between @', '045'],
    ['negotiate with @', '046', '046'],
    // 01-03
    ['express condolence to @', '018'],
    ['voice doubt', '012'],
    // concern over a party is disapproval of it
    ['express deep concern over @', '110'],
    ['press @ to make concession', '025'],
    ['claim responsibility for the attack', '015'],
    ['deny the accusation by @', '016'],
    ['decline to comment', '011'],
    ['call on @ to release the hostage', '0253'],
    ['urge @ to withdraw its force', '0256'],
    ['urge @ to lift sanction', '0254'],
    ['call for a ceasefire', '0256'],
    ['ask @ for humanitarian aid', '0233'],
    ['appeal to @ to resume talks', '026'],
    ['call on @', '020'],
    ['pledge military aid to @', '0332'],
    ['offer to mediate', '039'],
    ['invite @ to visit', '036'],
    ['reach a trade deal', '0311', '0311'],
    // 05-09
    ['praise @', '051'],
    ['welcome the decision', '051'],
    ['sign an agreement with @', '057', '057'],
    ['apologize to @', '055'],
    ['establish diplomatic relations with @', '054'],
    ['hold joint exercise with @', '062', '062'],
    ['extradite the suspect to @', '063'],
    ['share intelligence with @', '064'],
    ['provide humanitarian aid to @', '073'],
    ['send weapon to @', '072'],
    ['give @ a loan', '071'],
    ['grant asylum to @', '075'],
    ['release @', '0841'],
    ['free the hostage', '0841'],
    ['lift sanction on @', '085'],
    ['declare a ceasefire', '0871'],
    ['withdraw troop from @', '0874'],
    ['resign', '0831'],
    ['call off the strike', '082'],
    ['investigate war crime', '094'],
    ['launch an investigation into corruption', '091'],
    // 10-13
    ['demand the release of the prisoner', '1053'],
    ['demand @ resignation', '1041'],
    ['accuse @ of war crime', '1124'],
    ['accuse @ of corruption', '1121'],
    ['accuse @', '112'],
    ['hold @ responsible for the attack', '1123'],
    ['condemn @', '111'],
    ['sue @', '115'],
    ['lodge a protest with @', '114'],
    ['summon the ambassador', '110'],
    ['reject the peace plan', '127'],
    ['refuse to release the hostage', '1243'],
    ['veto the resolution', '129'],
    ['threaten sanction against @', '1312'],
    ['threaten military action', '138'],
    ['threaten @', '130'],
    ['issue an ultimatum to @', '139'],
    // 14-20
    ['protest', '141'],
    ['demonstrate demand the resignation of @', '1411'],
    ['go on hunger strike', '142'],
    ['go on strike', '143'],
    ['block the road', '144'],
    ['riot', '145'],
    ['deploy troop along the border', '154'],
    ['put troop on high alert', '152'],
    ['recall ambassador from @', '161'],
    ['cut aid to @', '162'],
    ['suspend military aid to @', '1622'],
    ['impose sanction on @', '163'],
    ['break off talk with @', '164'],
    ['expel inspector', '1662'],
    ['arrest dozen of protester', '173'],
    ['expel @', '174'],
    ['expel the ambassador', '161'],
    ['impose a curfew', '1723'],
    ['declare a state of emergency', '1724'],
    ['fire tear gas at @', '175'],
    ['kidnap @', '181'],
    ['torture @', '1822'],
    ['assassinate @', '186'],
    ['attack @', '190'],
    ['kill @', '190'],
    ['shell @', '194'],
    ['launch airstrike on @', '195'],
    ['fire rocket at @', '194'],
    ['open fire on @', '193'],
    ['seize the town', '192'],
    ['besiege @', '191'],
    ['violate the ceasefire', '196'],
    ['massacre @', '202'],
    ['use chemical weapon against @', '2041'],
  ];
  for (const [clause, code, reverse] of cases) {
    it(`${clause} -> ${code}${reverse ? `:${reverse}` : ''}`, () => {
      const pattern = bestMatch(clause);
      assert.ok(pattern, 'no pattern matches');
      assert.equal(pattern.code, code, pattern.id);
      assert.equal(pattern.reverseCode, reverse, pattern.id);
    });
  }
});

describe('built-in lexicon leaves non-events uncoded', () => {
  const cases: readonly string[] = [
    'meet expectation',
    'sign a law',
    'release a video of @',
    'warn of a recession',
    'ask a question',
    'capture the attention of @',
    'threaten livelihood',
    'go to the poll',
    'say that',
    'tell @ that',
    'announce that',
    'hold election',
  ];
  for (const clause of cases) {
    it(clause, () => {
      const pattern = bestMatch(clause);
      assert.ok(pattern === undefined || pattern.code === null, `coded ${pattern?.code ?? ''} by ${pattern?.id ?? ''}`);
    });
  }
});
