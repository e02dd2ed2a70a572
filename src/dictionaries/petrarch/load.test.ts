import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kindFromContent, kindFromName, loadPetrarchDictionaries } from './load.js';

const VERBS = '&X\n+A\n--- MEET [031] ---\nMEET {MET}\n- * &X [032]\n';
const ACTORS = 'GONDOR [GON]\n+MINAS_TIRITH\n';
const AGENTS = '!P! = MAN, MEN\nMINISTER [~GOV]\n';
const DISCARDS = 'BASEBALL\n+ESPN2\n';

const kinds: [string, string, string | null, string | null][] = [
  ['CAMEO.2.0.txt', VERBS, 'verbs', 'verbs'],
  ['Phoenix.Countries.actors.txt', ACTORS, 'actors', 'actors'],
  ['Phoenix.agents.txt', AGENTS, 'agents', 'agents'],
  ['PETR.Validate.discards.txt', DISCARDS, 'discards', 'discards'],
  ['mine.txt', '# only comments\n', null, null],
];
for (const [name, text, byName, byContent] of kinds) {
  test(`load: ${name} is recognised by name as ${byName} and by content as ${byContent}`, () => {
    assert.equal(kindFromName(name), byName);
    assert.equal(kindFromContent(text), byContent);
  });
}

test('load: files of every kind merge into one lexicon, dictionary and discard list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'parley-petrarch-'));
  try {
    const files = {
      'my.verbs': VERBS, 'people.txt': ACTORS, 'roles.txt': AGENTS, 'skip.txt': DISCARDS,
      'more.actors.txt': 'ROHAN [ROH]\n', 'odd.agents.txt': 'GONDOR [GON]\n',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const paths = [...Object.keys(files).map((n) => join(dir, n)), join(dir, 'missing.txt')];
    const r = loadPetrarchDictionaries(paths);
    assert.deepEqual(r.files.map((f) => [f.kind, f.items]), [
      ['verbs', 2], ['actors', 2], ['agents', 2], ['discards', 2], ['actors', 1], ['actors', 1], [null, 0],
    ]);
    assert.deepEqual(r.verbs.patterns.map((p) => `${p.id} ${p.code}`), ['my.verbs:4 031', 'my.verbs:5 032']);
    assert.deepEqual([...(r.verbs.forms ?? [])], [['met', 'meet']]);
    assert.deepEqual(r.actors.phrases.map((p) => `${p.words.join(' ')}=${p.entry.codes[0]?.code}`),
      ['gondor=GON', 'minas tirith=GON', 'rohan=ROH', 'gondor=GON']);
    assert.deepEqual(r.actors.agents.map((a) => a.words.join(' ')), ['minister', 'ministers']);
    assert.deepEqual(r.discards.sentence, [['baseball']]);
    assert.deepEqual(r.discards.story, [['espn2']]);
    assert.deepEqual(r.warnings.map((w) => [w.file.endsWith('odd.agents.txt') || w.file.endsWith('missing.txt'), w.line]), [
      [true, 0], [true, 0],
    ]);
    assert.match(r.warnings[0]?.message ?? '', /name suggests agents but the content reads as actors/);
    assert.match(r.warnings[1]?.message ?? '', /cannot read the file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const SHARED = join(import.meta.dirname, '../../../../shared/eval/petrarch2/dictionaries');
test('load: the PETRARCH validation dictionaries load with only their known oddities as warnings', { skip: !existsSync(SHARED) }, () => {
  const names = ['PETR.Validate.verbs.txt', 'PETR.Validate.actors.txt', 'PETR.Validate.agents.txt', 'PETR.Validate.discards.txt'];
  const r = loadPetrarchDictionaries(names.map((n) => join(SHARED, n)));
  assert.deepEqual(r.files.map((f) => f.kind), ['verbs', 'actors', 'agents', 'discards']);
  assert.deepEqual(r.warnings.map((w) => `${w.file.split('/').pop()}:${w.line}`), [
    'PETR.Validate.verbs.txt:233', // BLAST [+++]
    'PETR.Validate.verbs.txt:447', // DELAY [120] [031:031]
    'PETR.Validate.verbs.txt:975', // REPORT [025?]
    'PETR.Validate.verbs.txt:989', // [+++]
    'PETR.Validate.verbs.txt:992', // [###]
    'PETR.Validate.verbs.txt:1051', // SAYS [023?]
    'PETR.Validate.actors.txt:112', // ISILDUR [+++]
    'PETR.Validate.actors.txt:112',
  ]);
  const gollum = r.actors.phrases.find((p) => p.words.join(' ') === 'stinker');
  assert.deepEqual(gollum?.entry.codes, [
    { code: 'HOB', to: '1995-05-31' },
    { code: 'HOBGOV', from: '1995-06-01', to: '1999-08-15' },
    { code: 'HOBREB', from: '1999-08-16' },
  ]);
});
