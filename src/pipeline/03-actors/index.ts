import type { Stage } from '../../domain/record.js';
import type { ActorsLayer } from '../../domain/actors.js';
import type { NounPhrase } from '../../domain/syntax.js';
import type { GroupReference, GroupReferences } from '../../dictionaries/frames/load-group-references.js';
import { foldedWords, type ActorIndex } from './actor-index.js';
import { DocumentActors, type ActorOptions } from './document-actors.js';
import { resolvePronoun } from './resolve-pronoun.js';
import { resolveGroupReference } from './resolve-group-reference.js';
import { resolveCountedCrowd } from './resolve-counted-crowd.js';
import { resolveElidedName } from './resolve-elided-name.js';
import { resolveBodiesOfMembers } from './bodies-of-members.js';
import { resolveLoyalTo } from './resolve-loyal-to.js';
import { resolveBracketedAcronym, resolveLaterAcronyms } from './resolve-bracketed-acronym.js';
import { resolveHeadCoreference } from './resolve-head-coreference.js';
import { resolveNamedPhrase } from './resolve-named-phrase.js';
import { placeCoordinatedRoles, shareCoordinatedRoles } from './share-coordinated-roles.js';
import { resolveSpeakers } from './resolve-speakers.js';
import { findBrokers } from './find-brokers.js';

export { ActorIndex, codeOn, foldWord } from './actor-index.js';
export type { ActorOptions } from './document-actors.js';

/** Resolves noun phrases to CAMEO actor codes, using the dictionaries at the document's date and the document's own context. */

export function actorsStage(index: ActorIndex, groups: GroupReferences, options: ActorOptions = {}): Stage<'segment' | 'syntax', 'actors'> {
  const groupHeads = lastWordsOf(groups);
  return {
    name: 'actors',
    needs: ['segment', 'syntax'],
    adds: 'actors',
    run({ doc, segment, syntax }) {
      const actors = new DocumentActors(index, groups, options, doc, segment, syntax);
      resolveInTextOrder(actors, groupHeads);
      resolveBodiesOfMembers(actors);
      resolveLoyalTo(actors);
      resolveBracketedAcronym(actors);
      resolveLaterAcronyms(actors);
      resolveHeadCoreference(actors);
      shareCoordinatedRoles(actors);
      placeCoordinatedRoles(actors);
      resolveSpeakers(actors);
      const brokers = findBrokers(actors);
      const layer: ActorsLayer = {
        mentions: actors.mentions, unplaced: actors.unplaced, ...(brokers.length > 0 ? { brokers } : {}),
        ...(actors.installations.size > 0 ? { installations: [...actors.installations] } : {}),
        ...(actors.datelineCountry ? { datelineCountry: actors.datelineCountry } : {}),
      };
      return { layer, issues: actors.issues };
    },
  };
}

/**
 * The last word of every group reference ("both sides" -> "sides"): a phrase ending in none of them
 * refers to no group, and is not joined and looked up (every phrase of every document is asked).
 */
function lastWordsOf(groups: GroupReferences): ReadonlySet<string> {
  return new Set([...groups.keys()].map(lastWord));
}

function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(' ') + 1);
}

function resolveInTextOrder(actors: DocumentActors, groupHeads: ReadonlySet<string>): void {
  // In text order; at one start the shorter phrase first, so a possessor ("its" in "its forces")
  // is resolved before the phrase it owns.
  const ordered = [...actors.phrases].filter((p) => !p.conjuncts).sort((a, b) => a.start - b.start || a.end - b.end);
  const deferred: NounPhrase[] = [];
  const unresolved: NounPhrase[] = [];
  for (const p of ordered) {
    if (resolvePhrase(actors, p, false, groupHeads)) deferred.push(p);
    else if (p.pronoun && !actors.byPhrase.has(p.id)) unresolved.push(p);
  }
  // Roles whose owner comes later in the text were set aside; they go last, once owners are known.
  // (A pronoun waiting for one of them sees only what comes before it.)
  for (const p of deferred) {
    if (p.pronoun) actors.asSeenBefore(p, () => resolvePhrase(actors, p, true, groupHeads));
    else resolvePhrase(actors, p, true, groupHeads);
  }
  // A pronoun that found nothing may refer to one of them ("a sit-in by thousands of people ..., and
  // detained 230 of them"): it is tried again, seeing only what comes before it.
  const firstDeferred = deferred[0]?.start;
  if (firstDeferred !== undefined) {
    for (const p of unresolved) if (p.start > firstDeferred) actors.asSeenBefore(p, () => resolvePhrase(actors, p, false, groupHeads));
  }
}

/** Resolves one phrase; returns true when it must wait for the phrases after it (see resolveRole). */
function resolvePhrase(actors: DocumentActors, p: NounPhrase, deferring: boolean, groupHeads: ReadonlySet<string>): boolean {
  const head = actors.tokens[p.head];
  if (!head) return false;
  if (p.pronoun) return resolvePronoun(actors, p, head.lower, deferring);
  const words = foldedWords(actors.tokens).slice(p.tokenStart, p.tokenEnd);
  // (Both lookups are of keys ending in the phrase's last word.)
  const reference = groupHeads.has(lastWord(words[words.length - 1]!)) ? actors.groups.get(words.join(' ')) ?? describedCountry(actors, words) : undefined;
  if (reference && resolveGroupReference(actors, p, reference)) return false;
  if (resolveCountedCrowd(actors, p, words)) return false;
  if (resolveElidedName(actors, p)) return false;
  if (actors.absorbed.has(p.id)) return false;
  return resolveNamedPhrase(actors, p, head, deferring);
}

// Heads that, after "the" and words describing it, refer back to a country named before.
const COUNTRY_HEADS = new Set(['country', 'nation']);

/**
 * "the South Asian country", "the war-torn nation", "the oil-rich Gulf country": a country described
 * rather than named is the one named last ("the country"). "The two Horn of Africa neighbours",
 * "both Gulf states": two parties described are the two in focus ("the two neighbours"). Neither
 * holds when the words name a country, a person or a body of their own ("the Chinese nation");
 * regions and plain adjectives do not.
 */
function describedCountry(actors: DocumentActors, words: readonly string[]): GroupReference | undefined {
  const head = words[words.length - 1]!;
  const lead = words[0] === 'both' ? 1 : words[0] === 'the' && words[1] === 'two' ? 2 : words[0] === 'the' && COUNTRY_HEADS.has(head) ? 1 : 0;
  if (lead === 0 || words.length < lead + 2) return undefined;
  const reference = actors.groups.get(`${words.slice(0, lead).join(' ')} ${head}`);
  if (!reference || (words[0] !== 'the' || lead === 2) && reference.kind !== 'country' && reference.kind !== 'role') return undefined;
  const between = words.slice(lead, -1);
  // "the two countries' foreign ministers": a possessor between them is a phrase of its own.
  if (between.some((w) => w === "'s" || w === "'" || w === '’' || w === '’s')) return undefined;
  const described = actors.index.scan(between).actors;
  if (described.some((m) => m.value.entry.kind !== 'other' && m.value.entry.codes.length > 0)) return undefined;
  return reference;
}
