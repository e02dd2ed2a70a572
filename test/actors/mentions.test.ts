// Checks the mention table (test/actors/mentions.tsv) that the actors stage's tests read: its
// shape, and that it agrees with the built-in dictionary wherever a mention is itself a phrase.
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ActorPhrase } from '../../src/domain/actor-dictionary.js';
import { entryCodeOn, foldWords, loadBuiltinActors, phraseWords } from '../../src/dictionaries/actors/index.js';
import { personCodeOn } from '../../src/pipeline/03-actors/actor-index.js';

interface MentionRow {
  readonly line: number;
  readonly snippet: string;
  readonly mention: string;
  readonly date: string;
  readonly expected: string;
  readonly note: string;
}

const TABLE = fileURLToPath(new URL('./mentions.tsv', import.meta.url));

function readRows(): MentionRow[] {
  const rows: MentionRow[] = [];
  readFileSync(TABLE, 'utf8').split('\n').forEach((text, index) => {
    if (text.trim() === '' || text.startsWith('#')) return;
    const [snippet = '', mention = '', date = '', expected = '', note = '', ...extra] = text.split(' | ').map((c) => c.trim());
    assert.equal(extra.length, 0, `line ${index + 1} has too many columns`);
    rows.push({ line: index + 1, snippet, mention, date, expected, note });
  });
  return rows;
}

const DETERMINERS = new Set(['the', 'a', 'an']);

describe('test/actors/mentions.tsv', () => {
  const rows = readRows();
  const byWords = new Map<string, ActorPhrase[]>();

  before(() => {
    for (const phrase of loadBuiltinActors().phrases) {
      const key = phrase.words.join(' ');
      const list = byWords.get(key);
      if (list) list.push(phrase);
      else byWords.set(key, [phrase]);
    }
  });

  it('has at least 320 well-formed rows', () => {
    assert.ok(rows.length >= 320, `only ${rows.length} rows`);
    const problems: string[] = [];
    for (const row of rows) {
      if (!row.snippet.includes(row.mention) || row.mention === '') problems.push(`${row.line}: mention not in snippet`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(row.date)) problems.push(`${row.line}: bad date ${row.date}`);
      if (!/^(?:[A-Z]{3})+$|^-$/.test(row.expected)) problems.push(`${row.line}: bad code ${row.expected}`);
      if (row.note === '') problems.push(`${row.line}: no note`);
    }
    assert.deepEqual(problems, []);
  });

  it('covers each kind of case the brief asks for', () => {
    const unresolved = rows.filter((r) => r.expected === '-').length;
    const dated = new Set(rows.map((r) => r.mention)).size < rows.length;
    assert.ok(unresolved >= 30, `only ${unresolved} must-stay-unresolved rows`);
    assert.ok(dated, 'no mention appears on two dates');
    for (const mention of ['Kyiv', 'Kiev', 'Protesters', 'The Kremlin', 'Qin Gang']) {
      assert.ok(rows.some((r) => r.mention === mention), `no row for ${mention}`);
    }
  });

  it('agrees with the built-in dictionary where the mention is itself one phrase', () => {
    const disagreements: string[] = [];
    for (const row of rows) {
      let words = foldWords(phraseWords(row.mention));
      if (words.length > 1 && DETERMINERS.has(words[0] ?? '')) words = words.slice(1);
      const phrases = byWords.get(words.join(' ')) ?? [];
      if (phrases.length === 0) continue;
      // A person is read as the actors stage reads one: out of a state office, one of its elites.
      const codes = [...new Set(phrases.map((p) => (p.entry.kind === 'person' ? personCodeOn(p.entry.codes, row.date)?.code : entryCodeOn(p.entry, row.date)) ?? '-'))];
      // Rows marked "hard" are the known limits of a context-free dictionary.
      if (row.note.startsWith('hard')) continue;
      if (codes.length !== 1 || codes[0] !== row.expected) {
        disagreements.push(`${row.line}: "${row.mention}" on ${row.date}: table ${row.expected}, dictionary ${codes.join('/')}`);
      }
    }
    assert.deepEqual(disagreements, []);
  });
});
