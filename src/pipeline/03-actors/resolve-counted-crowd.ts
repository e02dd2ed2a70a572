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
  if (!words.every((w) => NUMERAL.test(w) || COUNT_WORDS.has(w))) return false;
  if (countsEarlierObject(actors, p)) return true;
  if (!words.some((w) => NUMERAL.test(w) || w === 'dozens' || w === 'hundreds' || w === 'thousands' || w === 'scores')) return false;
  const crowd = actors.recent(p.sentence, isCrowd, undefined);
  if (!crowd) return true;
  actors.add(p, { code: crowd.code, rule: 'actors/counted-crowd', resolution: 'coreference' }, { code: crowd.code, person: false, plural: true, role: crowd.role });
  return true;
}

/**
 * "Germany expelled four Russian diplomats, Canada expelled four and Ukraine expelled 13": a bare
 * count as the object of a verb the sentence used before with a counted object counts the same
 * things. Returns whether it did.
 */
function countsEarlierObject(actors: DocumentActors, p: NounPhrase): boolean {
  const clauses = actors.clausesIn(p.sentence);
  const own = clauses.find((c) => c.object === p.id);
  if (!own) return false;
  for (const c of clauses) {
    if (c === own || c.verb.lemma !== own.verb.lemma || c.object === undefined || c.verb.tokenStart > own.verb.tokenStart) continue;
    const object = actors.phrases[c.object];
    const mentions = actors.byPhrase.get(c.object) ?? [];
    if (!object || actors.tokens[object.tokenStart]?.pos !== 'NUM' || mentions.length === 0) continue;
    for (const m of mentions) actors.add(p, { code: m.code, rule: 'actors/elided-count', resolution: 'coreference' }, { code: m.code, person: false, plural: true, role: undefined });
    return true;
  }
  return false;
}
