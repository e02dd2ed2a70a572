import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PatternElement, Synset, VerbPattern } from '../../domain/verb-lexicon.js';
import type { LexiconWarningCode } from './parse-lexicon.js';
import { parseLexicon } from './parse-lexicon.js';
import { parseLexiconFiles } from './load-builtin-lexicon.js';

const codes = new Set(['010', '0871', '040', '041', '042', '043', '046', '051', '0841', '163', '190']);
const words = (...alternatives: string[]): PatternElement => ({
  kind: 'words',
  alternatives: alternatives.map((alternative) => alternative.split(' ')),
});
const target: PatternElement = { kind: 'target' };
const source: PatternElement = { kind: 'source' };

describe('parseLexicon: each construct', () => {
  const cases: readonly [label: string, text: string, expected: Omit<VerbPattern, 'before'>][] = [
    ['bare verb is the default pattern', '040 meet', { id: 'lexicon/04-consult:1', verb: ['meet'], code: '040', after: [] }],
    [
      'trailing comment and extra spaces',
      '  041   phone    # Xi phoned Biden',
      { id: 'lexicon/04-consult:1', verb: ['phone'], code: '041', after: [] },
    ],
    [
      'phrasal verb and word element',
      '046 hold_out talk',
      { id: 'lexicon/04-consult:1', verb: ['hold', 'out'], code: '046', after: [words('talk')] },
    ],
    [
      'alternatives with a multiword one',
      '046 hold (talk|negotiation|peace_talk) with +',
      {
        id: 'lexicon/04-consult:1',
        verb: ['hold'],
        code: '046',
        after: [words('talk', 'negotiation', 'peace talk'), words('with'), target],
      },
    ],
    [
      'paired code',
      '042:043 visit +',
      { id: 'lexicon/04-consult:1', verb: ['visit'], code: '042', reverseCode: '043', after: [target] },
    ],
    ['blocking pattern', '--- meet expectation', { id: 'lexicon/04-consult:1', verb: ['meet'], code: null, after: [words('expectation')] }],
    ['explicit source', '190 clash $ with +', { id: 'lexicon/04-consult:1', verb: ['clash'], code: '190', after: [source, words('with'), target] }],
    ['4-digit code', '0841 free hostage', { id: 'lexicon/04-consult:1', verb: ['free'], code: '0841', after: [words('hostage')] }],
    [
      'hyphenated word also matches its split form',
      '190 exchange cross-border_fire',
      {
        id: 'lexicon/04-consult:1',
        verb: ['exchange'],
        code: '190',
        after: [{ kind: 'words', alternatives: [['cross-border', 'fire'], ['cross', '-', 'border', 'fire']] }],
      },
    ],
    ['upper case is folded', '051 Praise +', { id: 'lexicon/04-consult:1', verb: ['praise'], code: '051', after: [target] }],
  ];
  for (const [label, text, expected] of cases) {
    it(label, () => {
      const parsed = parseLexicon(text, '04-consult.txt', new Map(), codes);
      assert.deepEqual(parsed.warnings, []);
      assert.deepEqual(parsed.lexicon.patterns, [{ before: [], ...expected }]);
      assert.equal(parsed.lexicon.origin, 'lexicon/04-consult');
    });
  }

  it('ignores comments and blank lines and numbers ids by file line', () => {
    const text = '# consult\n\n040 meet   # default\n\n041 phone\n';
    const ids = parseLexicon(text, 'dictionaries/lexicon/04-consult.txt', new Map(), codes).lexicon.patterns.map((p) => p.id);
    assert.deepEqual(ids, ['lexicon/04-consult:3', 'lexicon/04-consult:5']);
  });

  it('expands synsets, including one defined below its use and nested ones', () => {
    const text = ['163 impose &PENALTY on +', '&SANCTION = sanction, embargo', '&PENALTY = &SANCTION, trade_ban'].join('\n');
    const parsed = parseLexicon(text, '16-reduce-relations', new Map(), codes);
    assert.deepEqual(parsed.warnings, []);
    assert.deepEqual(parsed.lexicon.patterns[0]?.after, [words('sanction', 'embargo', 'trade ban'), words('on'), target]);
    assert.deepEqual([...parsed.synsets.keys()], ['SANCTION', 'PENALTY']);
  });

  it('expands hyphenated synset members too', () => {
    const parsed = parseLexicon('&TRUCE = cease-fire, truce\n0871 declare &TRUCE', 'x', new Map(), codes);
    assert.deepEqual(parsed.lexicon.patterns[0]?.after, [
      { kind: 'words', alternatives: [['cease-fire'], ['cease', '-', 'fire'], ['truce']] },
    ]);
  });

  it('mixes synsets and words inside one alternative group', () => {
    const known = new Map<string, Synset>([['TALK', { name: 'TALK', members: [['talk'], ['negotiation']] }]]);
    const parsed = parseLexicon('046 hold (&TALK|consultation) with +', 'x', known, codes);
    assert.deepEqual(parsed.lexicon.patterns[0]?.after, [words('talk', 'negotiation', 'consultation'), words('with'), target]);
  });

  it('sees synsets of earlier files and not of later ones', () => {
    const parsed = parseLexiconFiles(
      [
        { name: '05-b.txt', text: '051 praise &LATE' },
        { name: '04-a.txt', text: '046 hold &TALK' },
        { name: '00-synsets.txt', text: '&TALK = talk, negotiation' },
        { name: '06-c.txt', text: '&LATE = late' },
      ],
      codes,
    );
    assert.deepEqual(
      parsed.lexicon.patterns.map((p) => p.id),
      ['lexicon/04-a:1'],
    );
    assert.deepEqual(
      parsed.warnings.map((w) => [w.code, w.where]),
      [['unknown-synset', '05-b:1']],
    );
  });

  it('without a code table only checks the shape of codes', () => {
    const parsed = parseLexicon('999 meet', 'x');
    assert.deepEqual(parsed.warnings, []);
    assert.equal(parsed.lexicon.patterns[0]?.code, '999');
  });
});

describe('parseLexicon: warnings (bad lines are skipped, the rest loads)', () => {
  const cases: readonly [label: string, line: string, code: LexiconWarningCode, message: RegExp][] = [
    ['unknown code', '999 meet', 'unknown-code', /999 is not in cameo-codes.tsv/],
    ['unknown reverse code', '042:999 visit +', 'unknown-code', /999/],
    ['unknown synset', '046 hold &NOPE', 'unknown-synset', /&NOPE is not defined/],
    ['code with letters', '04a meet', 'bad-syntax', /is not a code/],
    ['2-digit code', '04 meet', 'bad-syntax', /is not a code/],
    ['three-part code', '042:043:044 visit', 'bad-syntax', /is not a code/],
    ['missing verb', '040', 'bad-syntax', /needs a code and a verb/],
    ['verb with parentheses', '040 (meet|see)', 'bad-syntax', /verb "\(meet\|see\)"/],
    ['unbalanced group', '046 hold (talk|negotiation', 'bad-syntax', /unbalanced parentheses/],
    ['empty alternative', '046 hold (talk|)', 'bad-syntax', /"" is not a word/],
    ['stray symbol', '046 hold talk*', 'bad-syntax', /"talk\*" is not a word/],
    ['space inside a group', '046 hold (talk| negotiation)', 'bad-syntax', /unbalanced parentheses/],
    ['reporting verb', '010 say', 'reporting-verb', /reporting verb/],
    ['bad synset line', '&TALK talk, negotiation', 'bad-syntax', /synset line/],
    ['lower-case synset name', '&talk = talk', 'bad-syntax', /synset name/],
    ['bad synset member', '&TALK = talk, (negotiation)', 'bad-syntax', /member "\(negotiation\)"/],
    ['synset using an undefined synset', '&TALK = talk, &NOPE', 'unknown-synset', /&NOPE/],
  ];
  for (const [label, line, code, message] of cases) {
    it(label, () => {
      const text = `# header\n${line}\n040 meet\n`;
      const parsed = parseLexicon(text, '04-consult.txt', new Map(), codes);
      assert.equal(parsed.warnings.length, 1, JSON.stringify(parsed.warnings));
      const [warning] = parsed.warnings;
      assert.equal(warning?.code, code);
      assert.equal(warning?.where, '04-consult:2');
      assert.equal(warning?.line, 2);
      assert.match(warning?.message ?? '', message);
      assert.deepEqual(
        parsed.lexicon.patterns.map((p) => p.id),
        ['lexicon/04-consult:3'],
      );
    });
  }

  it('a blocking pattern may use a reporting verb', () => {
    const parsed = parseLexicon('--- say', 'x', new Map(), codes);
    assert.deepEqual(parsed.warnings, []);
    assert.equal(parsed.lexicon.patterns.length, 1);
  });

  it('warns on a duplicate synset and keeps the first', () => {
    const parsed = parseLexicon('&T = talk\n&T = negotiation\n046 hold &T', 'x', new Map(), codes);
    assert.deepEqual(
      parsed.warnings.map((w) => [w.code, w.line]),
      [['duplicate-synset', 2]],
    );
    assert.deepEqual(parsed.lexicon.patterns[0]?.after, [words('talk')]);
  });

  it('warns on a duplicate pattern in one file, even with alternatives reordered', () => {
    const parsed = parseLexicon('046 hold (talk|negotiation)\n040 hold (negotiation|talk)', 'x', new Map(), codes);
    assert.deepEqual(
      parsed.warnings.map((w) => [w.code, w.where]),
      [['duplicate-pattern', 'x:2']],
    );
    assert.equal(parsed.lexicon.patterns.length, 1);
  });

  it('warns on a duplicate pattern across files', () => {
    const parsed = parseLexiconFiles(
      [
        { name: '04-consult.txt', text: '046 hold talk' },
        { name: '05-support.txt', text: '\n051 hold talk' },
      ],
      codes,
    );
    assert.deepEqual(
      parsed.warnings.map((w) => [w.code, w.where, w.line]),
      [['duplicate-pattern', '05-support:2', 2]],
    );
    assert.match(parsed.warnings[0]?.message ?? '', /lexicon\/04-consult:1/);
  });
});

describe('parseLexicon: pathological input', () => {
  it('handles a very long line of nested-looking groups with one warning', () => {
    const line = `046 hold ${'((a|'.repeat(20000)}`;
    const parsed = parseLexicon(`${line}\n040 meet`, 'x', new Map(), codes);
    assert.deepEqual(
      parsed.warnings.map((w) => [w.code, w.line]),
      [['bad-syntax', 1]],
    );
    assert.equal(parsed.lexicon.patterns.length, 1);
  });

  it('handles an empty text and a text of only comments', () => {
    assert.deepEqual(parseLexicon('', 'x').lexicon.patterns, []);
    assert.deepEqual(parseLexicon('# only\n   # comments\n', 'x').warnings, []);
  });
});
