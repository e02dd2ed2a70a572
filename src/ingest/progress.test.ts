import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createProgressReporter, formatDuration, progressLine } from './progress.js';

const snapshot = { done: 250, total: 1000, documents: 50, events: 120, skipped: 3, detail: 'files 1/4' };

describe('progress', () => {
  it('formats durations', () => {
    const table: [number, string][] = [[0, '0s'], [42.4, '42s'], [65, '1m05s'], [3720, '1h02m'], [Number.NaN, '?'], [-1, '?']];
    for (const [seconds, text] of table) assert.equal(formatDuration(seconds), text);
  });

  it('shows fraction, rate and ETA', () => {
    assert.equal(progressLine(snapshot, 10, null), ' 25% files 1/4, 50 documents, 120 events, 3 skipped, 5.0 docs/s, ETA 30s');
    assert.match(progressLine(snapshot, 10, 8), /^\[##\.{6}\]  25% /u);
    assert.match(progressLine({ ...snapshot, done: 0 }, 0, null), /ETA \?$/u);
  });

  it('writes plain lines at an interval when not on a terminal, and redraws one line on a terminal', () => {
    let t = 0;
    const plain = new PassThrough();
    let text = '';
    plain.on('data', (d: Buffer) => { text += d.toString(); });
    const reporter = createProgressReporter(plain, false, { now: () => t, intervalSeconds: 5, label: 'parley ingest' });
    for (t = 1; t <= 12; t++) reporter.update(snapshot);
    reporter.done();
    assert.equal(text.split('\n').filter(Boolean).length, 2, 'at 5 s and 10 s');
    assert.match(text, /^parley ingest:  25% /u);

    const tty = new PassThrough();
    let drawn = '';
    tty.on('data', (d: Buffer) => { drawn += d.toString(); });
    t = 0;
    const bar = createProgressReporter(tty, true, { now: () => t });
    t = 1;
    bar.update(snapshot);
    bar.done();
    assert.ok(drawn.startsWith('\r\x1b[2K['));
    assert.ok(drawn.endsWith('\r\x1b[2K'));
    assert.doesNotMatch(drawn, /\n/u);
  });
});
