import type { NounPhrase } from '../../domain/syntax.js';
import type { DocumentActors, Seen } from './document-actors.js';

// Closed class: the words of a bare count ("dozens", "at least 50", "more than a hundred").
const COUNT_WORDS = new Set([
  'dozens', 'hundreds', 'thousands', 'scores', 'tens', 'a', 'dozen', 'hundred', 'thousand', 'several', 'some', 'many',
  'at', 'least', 'more', 'than', 'about', 'around', 'nearly', 'almost', 'over', 'up', 'to', 'roughly', 'some', 'of',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'thirty', 'forty', 'fifty',
]);
const NUMERAL = /^\d[\d,.]*$/;
// People who gather: protesters, supporters, students, workers, residents (not a state's organs).
const CROWD_ROLES = new Set(['OPP', 'CVL', 'EDU', 'LAB', 'REF']);

const isCrowd = (s: Seen): boolean => s.plural && s.role !== undefined && CROWD_ROLES.has(s.role);

/**
 * "Thousands of opposition supporters rallied ... Police detained dozens": a bare count with no "of"
 * phrase counts the crowd the story named last, within reach. Returns whether the phrase was one.
 */
export function resolveCountedCrowd(actors: DocumentActors, p: NounPhrase, words: readonly string[]): boolean {
  if (p.ofPhrase !== undefined || actors.tokens[p.tokenEnd]?.lower === 'of') return false;
  if (!words.some((w) => NUMERAL.test(w) || w === 'dozens' || w === 'hundreds' || w === 'thousands' || w === 'scores')) return false;
  if (!words.every((w) => NUMERAL.test(w) || COUNT_WORDS.has(w))) return false;
  const crowd = actors.recent(p.sentence, isCrowd, undefined);
  if (!crowd) return true;
  actors.add(p, { code: crowd.code, rule: 'actors/counted-crowd', resolution: 'coreference' }, { code: crowd.code, person: false, plural: true, role: crowd.role });
  return true;
}
