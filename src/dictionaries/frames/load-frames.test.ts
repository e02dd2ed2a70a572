import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadFrameWords, parseFrameWords } from './load-frames.js';

test('frames: intent cues by kind, and the verbs that commit their subject', () => {
  const f = parseFrameWords('say\nsaid_in_a_statement\n', 'verb agree commits decides\nverb decide decides\nverb plan\nadj ready\nnoun pledge\nmodal will # future\n');
  assert.deepEqual([...f.intentVerbs], ['agree', 'decide', 'plan']);
  assert.deepEqual([...f.commitmentVerbs], ['agree']);
  assert.deepEqual([...f.decisionVerbs], ['agree', 'decide']);
  assert.deepEqual([...f.intentAdjectives], ['ready']);
  assert.deepEqual([...f.intentNouns], ['pledge']);
  assert.deepEqual([...f.intentModals], ['will']);
  assert.ok(f.reportingVerbs.has('said in a statement'));
});

// bad lines name the file and say what a line must look like
for (const line of ['verb', 'adverb soon', 'adj ready commits', 'verb agree always', 'noun plan decides', 'verb agree commits sometimes']) {
  test(`frames: "${line}" is refused`, () => {
    assert.throws(() => parseFrameWords('', line), /intent-cues\.txt: bad line/);
  });
}

test('frames: the shipped lists load', () => {
  const f = loadFrameWords();
  assert.ok(f.commitmentVerbs.has('pledge') && f.intentVerbs.has('pledge'));
  assert.ok(!f.commitmentVerbs.has('hope'));
});

test('frames: reprisal verbs, and those that count only when said to lie ahead', () => {
  const f = parseFrameWords('', '', '', 'dictionaries/frames', '', '', 'retaliate\nrespond   ahead # "would respond"\nrevenge noun\n');
  assert.deepEqual([...f.reprisalVerbs], [['retaliate', false], ['respond', true]]);
  assert.deepEqual([...f.reprisalNouns], ['revenge']);
  for (const line of ['respond later', 'respond ahead twice']) {
    assert.throws(() => parseFrameWords('', '', '', 'dictionaries/frames', '', '', line), /reprisal-verbs\.txt: bad line/);
  }
  assert.equal(loadFrameWords().reprisalVerbs.get('respond'), true);
});
