import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Synset, VerbPattern } from '../../domain/verb-lexicon.js';
import { dataPath } from '../data-path.js';
import type { KnownCodes, LexiconWarning, ParsedLexicon } from './parse-lexicon.js';
import { parseLexicon, patternSignature } from './parse-lexicon.js';

/** Folder of Parley's own verb-pattern files, relative to the package root. */
export const LEXICON_DIR = 'lexicon';

/**
 * Parses a set of lexicon files in name order into one lexicon; all files share one synset namespace,
 * so a file sees the synsets of earlier files (hence `00-synsets.txt` first).
 */
export function parseLexiconFiles(files: readonly { readonly name: string; readonly text: string }[], codes?: KnownCodes): ParsedLexicon {
  let synsets: ReadonlyMap<string, Synset> = new Map();
  const patterns: VerbPattern[] = [];
  const warnings: LexiconWarning[] = [];
  const firstBySignature = new Map<string, string>();
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const parsed = parseLexicon(file.text, file.name, synsets, codes);
    synsets = parsed.synsets;
    warnings.push(...parsed.warnings);
    for (const pattern of parsed.lexicon.patterns) {
      // The same verb and elements in two files would make the winner depend on file order.
      const key = patternSignature(pattern);
      const earlier = firstBySignature.get(key);
      if (earlier !== undefined) {
        const where = pattern.id.replace(/^lexicon\//, '');
        warnings.push({
          code: 'duplicate-pattern',
          where,
          line: Number(where.split(':').pop()),
          message: `same verb and elements as ${earlier}; this line is ignored`,
        });
        continue;
      }
      firstBySignature.set(key, pattern.id);
      patterns.push(pattern);
    }
  }
  return { lexicon: { origin: 'lexicon', patterns }, synsets, warnings };
}

/** Reads every `*.txt` file of `dictionaries/lexicon/` in name order and parses them with the given code table. */
export function loadBuiltinLexicon(codes: KnownCodes): ParsedLexicon {
  const dir = dataPath(LEXICON_DIR);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
  return parseLexiconFiles(files, codes);
}
