import { readFileSync } from 'node:fs';
import type { DiscardList } from '../../domain/verb-lexicon.js';
import { readPetrarchDiscards } from '../petrarch/read-discards.js';
import { dataPath } from '../data-path.js';

/** Parley's own discard phrases (sport), in the format of PETRARCH's discard files. */
export function loadBuiltinDiscards(): DiscardList {
  const path = dataPath('segment', 'discards.txt');
  const { discards, warnings } = readPetrarchDiscards(readFileSync(path, 'utf8'), path);
  // The file ships with Parley: a line it cannot read is a defect, not a user's mistake to warn about.
  if (warnings.length > 0) throw new Error(`${path}:${warnings[0]!.line}: ${warnings[0]!.message}`);
  return discards;
}

/** Several discard lists as one. */
export function mergeDiscards(lists: readonly DiscardList[]): DiscardList {
  return {
    origin: lists.map((l) => l.origin).join(' + '),
    sentence: lists.flatMap((l) => l.sentence),
    story: lists.flatMap((l) => l.story),
  };
}
