import type { ActorMention } from '../../domain/actors.js';
import type { EventDocument } from './event-document.js';
import { FOREIGN_MISSIONS } from './_words.js';

// A state's people and posts abroad: its missions, and those who staff them.
const ENVOYS = new Set([...FOREIGN_MISSIONS, 'consul', 'staff', 'personnel']);
// Words before the place envoys are posted in or called from.
const POSTED = new Set(['from', 'to', 'in', 'at']);

/**
 * "Poland and Japan recalled their ambassadors", "Poland said it was calling its ambassador home": a
 * state's own envoys, recalled or withdrawn, are no party to the measure; the country they served in
 * is. That is the one other country the sentence names; of several, the one named as a place; else
 * the dateline's; else, when the sentence names no other, the last the story named before it.
 * Undefined when the object is not the sources' own, or no such country is named.
 */
export function hostOfOwnEnvoys(d: EventDocument, target: number | undefined, sources: readonly ActorMention[]): string | undefined {
  const phrase = target !== undefined ? d.phrases[target] : undefined;
  if (!phrase || !ENVOYS.has(d.tokens[phrase.head]?.lemma ?? '')) return undefined;
  const owner = phrase.possessor;
  if (owner === undefined || !d.phrases[owner]?.pronoun) return undefined;
  const own = new Set(sources.map((m) => m.code.slice(0, 3)));
  const owners = d.actorsOf(owner);
  if (owners.length === 0 || !owners.every((m) => own.has(m.code.slice(0, 3)))) return undefined;
  const sentence = phrase.sentence;
  const others = [...d.countriesIn(sentence)].filter((c) => !own.has(c));
  if (others.length === 1) return others[0];
  // (Several, as when a whole bloc recalls its envoys: the one named as a place, "recalled their
  // ambassadors from Tehran ..., and Norway closed its embassy there"; else the dateline's country.)
  const placed = new Set(d.mentions.filter((m) => d.phrases[m.phrase]?.sentence === sentence && (d.placeLike(m) || POSTED.has(d.wordBefore(m.phrase))) && !own.has(m.code.slice(0, 3))).map((m) => m.code.slice(0, 3)));
  if (placed.size === 1) return [...placed][0];
  const dateline = d.record.actors.datelineCountry;
  if (dateline && !own.has(dateline)) return dateline;
  return others.length > 1 ? undefined : d.lastCountryBefore(sentence, own);
}
