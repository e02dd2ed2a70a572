import type { ActorMention } from '../../domain/actors.js';
import type { NounPhrase, ReportFrame } from '../../domain/syntax.js';
import type { DocumentActors, Seen } from './document-actors.js';
import { PERSON_PRONOUNS, SPEAKER_PRONOUNS } from './resolve-pronoun.js';

/**
 * Reported speech: an unknown speaker takes the reporter's country and role
 * ("the Chinese Foreign Ministry quoted Qin as saying" -> Qin is CHNGOV), and "we"/"our" inside
 * the statement is the speaker.
 */
export function resolveSpeakers(actors: DocumentActors): void {
  const sentencePronouns = new Map<number, NounPhrase[]>();
  for (const q of actors.phrases) {
    if (!q.pronoun) continue;
    const list = sentencePronouns.get(q.sentence);
    if (list) list.push(q);
    else sentencePronouns.set(q.sentence, [q]);
  }
  // How each phrase was first seen, looked up once per report (searching the history each time was
  // quadratic in long documents).
  const firstSeen = new Map<number, Seen>();
  for (const h of actors.history) if (!firstSeen.has(h.phrase)) firstSeen.set(h.phrase, h);
  for (const r of actors.syntax.reports) {
    if (r.speaker === undefined) continue;
    const speakerPhrase = actors.phrases[r.speaker];
    if (!speakerPhrase) continue;
    if (!actors.byPhrase.has(r.speaker) && r.reporter !== undefined) {
      const reporter = actors.byPhrase.get(r.reporter)?.[0];
      if (reporter && actors.tokens[speakerPhrase.head]?.pos === 'PROPN') actors.add(speakerPhrase, { code: reporter.code, rule: 'actors/speaker-from-reporter', resolution: 'inferred' });
    }
    const speaker = actors.byPhrase.get(r.speaker)?.[0] ?? (speakerPhrase.possessor !== undefined ? actors.byPhrase.get(speakerPhrase.possessor)?.[0] : undefined);
    if (!speaker) continue;
    const pronouns = sentencePronouns.get(r.sentence);
    if (pronouns) replacePronouns(actors, r, pronouns, speaker.code, speakerIsPerson(actors, speakerPhrase, speaker, firstSeen.get(speakerPhrase.id)));
  }
}

/**
 * In reported speech "he"/"she" is the speaker when the speaker is a person
 * ("Karen Holt said she would travel to Beijing").
 */
function speakerIsPerson(actors: DocumentActors, speakerPhrase: NounPhrase, speaker: ActorMention, seenAs: Seen | undefined): boolean {
  // (A titled name counts even when only its country resolved: "U.S. Trade Representative Karen Holt".)
  const titledName = actors.tokens[speakerPhrase.head]?.pos === 'PROPN' && speakerPhrase.tokenEnd - speakerPhrase.tokenStart > 1;
  // An agent is a person by its reading ("the minister"), not a body ("Spain's government said it had
  // granted him asylum": "him" is someone else).
  return !speakerPhrase.conjuncts && ((seenAs ? seenAs.person : /person|agent|memory/.test(speaker.rule)) || titledName);
}

/** Makes the speaker's pronouns inside what was said (`pronouns`: those of its sentence) mentions of the speaker. */
function replacePronouns(actors: DocumentActors, r: ReportFrame, pronouns: readonly NounPhrase[], code: string, personSpeaker: boolean): void {
  for (const p of pronouns) {
    const head = actors.tokens[p.head];
    if (!head || p.start < r.contentStart || p.end > r.contentEnd) continue;
    const firstPerson = SPEAKER_PRONOUNS.has(head.lower);
    const thirdPerson = personSpeaker && PERSON_PRONOUNS.has(head.lower) && !r.direct;
    if (!firstPerson && !thirdPerson) continue;
    const own = actors.byPhrase.get(p.id);
    const mention: ActorMention = { phrase: p.id, start: p.start, end: p.end, code, rule: `actors/pronoun#speaker`, resolution: 'coreference' };
    if (own?.length) {
      // Replace the nearest-antecedent guess made before the speaker was known.
      for (const m of own) actors.mentions.splice(actors.mentions.indexOf(m), 1);
      actors.byPhrase.set(p.id, []);
    }
    actors.add(p, mention);
  }
}
