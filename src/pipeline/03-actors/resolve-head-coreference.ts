// "a transitional military council led by Deby's son ... The council dissolved the government": "the"
// and a common noun, which names no actor by itself, names again the last body told of with that noun.
import { PLACE_RULE, type DocumentActors } from './document-actors.js';

// Closed class: nouns that name a body of people. Others name what a party has or where it is ("the
// Palestinian refugee camp ... the camp" is a place, not the refugees).
const BODY_NOUNS = new Set(['council', 'committee', 'commission', 'bureau', 'agency', 'movement', 'group', 'front', 'alliance', 'coalition', 'organisation', 'organization', 'network', 'militia', 'union', 'federation', 'association', 'board', 'body', 'panel', 'mission', 'junta', 'tribunal']);

/** Gives each bare "the NOUN" with no actor the code of the last phrase before it, with the same head noun, that has one. */
export function resolveHeadCoreference(actors: DocumentActors): void {
  const tokens = actors.tokens;
  for (const p of actors.phrases) {
    if (p.pronoun || p.conjuncts || p.tokenEnd - p.tokenStart !== 2 || p.head !== p.tokenStart + 1 || (actors.byPhrase.get(p.id)?.length ?? 0) > 0) continue;
    const head = tokens[p.head];
    if (tokens[p.tokenStart]?.lower !== 'the' || head?.pos !== 'NOUN' || !BODY_NOUNS.has(head.lemma)) continue;
    // The last such phrase before it, if it names one actor (another, unnamed body in between breaks the chain).
    let last: (typeof actors.phrases)[number] | undefined;
    for (const q of actors.phrases) {
      if (q.end <= p.start && !q.conjuncts && q.tokenEnd - q.tokenStart >= 2 && tokens[q.head]?.lemma === head.lemma && (!last || q.start > last.start)) last = q;
    }
    // (A place's mention stands for where something is, not for who acts: "the town of Odi ... the town".)
    const own = last ? actors.byPhrase.get(last.id)?.filter((m) => !PLACE_RULE.test(m.rule)) : undefined;
    const m = own?.length === 1 ? own[0] : undefined;
    if (m) actors.add(p, { code: m.code, rule: 'actors/head-coreference', resolution: 'coreference' });
  }
}
