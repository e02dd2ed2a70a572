/**
 * Compiles Parley's built-in actor knowledge (world-countries plus the files in
 * dictionaries/actors/) into one `ActorDictionary`.
 */
import { readFileSync } from 'node:fs';
import type { ActorDictionary, ActorPhrase, AgentEntry } from '../../domain/actor-dictionary.js';
import { dataPath } from '../data-path.js';
import { wordsKey } from './phrase-words.js';
import { readActorRecords } from './read-actor-records.js';
import type { ActorFileWarning, OmitDirective } from './read-actor-records.js';
import { worldCountryPhrases } from './world-countries-phrases.js';
import type { GeneratedPhrase } from './world-countries-phrases.js';

/** Hand-written files, in load order. Their phrases beat generated ones with the same words. */
export const AUTHORED_ACTOR_FILES: readonly string[] = [
  'countries.txt', 'capitals.txt', 'regions.txt', 'organisations.txt', 'groups.txt', 'agents.txt',
  'people-americas.txt', 'people-europe.txt', 'people-asia-pacific.txt', 'people-middle-east.txt',
  'people-africa.txt', 'people-international.txt', 'place-exclusions.txt',
];

/** Generated from GeoNames by scripts/build-places.ts. */
export const PLACES_FILE = 'places.tsv';

/** The built-in dictionary and any problems its own files have (a test keeps these at zero). */
export interface BuiltinActors {
  readonly dictionary: ActorDictionary;
  readonly warnings: readonly ActorFileWarning[];
}

/** Loads the built-in actor dictionary; see `loadBuiltinActorsWithWarnings` for its file warnings. */
export function loadBuiltinActors(): ActorDictionary {
  return loadBuiltinActorsWithWarnings().dictionary;
}

/** Loads the built-in actor dictionary and reports problems found in its files. */
export function loadBuiltinActorsWithWarnings(): BuiltinActors {
  const warnings: ActorFileWarning[] = [];
  const authored: ActorPhrase[] = [];
  const agents: AgentEntry[] = [];
  const omits: OmitDirective[] = [];
  for (const file of AUTHORED_ACTOR_FILES) {
    const records = readActorRecords(readFileSync(dataPath('actors', file), 'utf8'), file);
    authored.push(...records.phrases);
    agents.push(...records.agents);
    omits.push(...records.omits);
    warnings.push(...records.warnings);
  }
  const places = readActorRecords(readFileSync(dataPath('actors', PLACES_FILE), 'utf8'), PLACES_FILE);
  warnings.push(...places.warnings);

  const taken = new Set(authored.map((phrase) => wordsKey(phrase.words)));
  const generated = settleWorldCountryClashes(worldCountryPhrases());
  const kept: ActorPhrase[] = [];
  for (const phrase of [...generated, ...places.phrases]) {
    const key = wordsKey(phrase.words);
    if (taken.has(key) || isOmitted(phrase, omits)) continue;
    taken.add(key);
    kept.push(phrase);
  }
  return {
    dictionary: { origin: 'built-in', phrases: [...authored, ...kept], agents },
    warnings,
  };
}

/**
 * World-countries gives some phrases to two places ("Dutch": Netherlands and Caribbean
 * Netherlands). The independent state keeps such a phrase; when that does not settle it
 * ("Congolese": both Congos) nobody does.
 */
function settleWorldCountryClashes(phrases: readonly GeneratedPhrase[]): GeneratedPhrase[] {
  const byKey = new Map<string, GeneratedPhrase[]>();
  for (const phrase of phrases) {
    const key = wordsKey(phrase.words);
    const group = byKey.get(key);
    if (group) group.push(phrase);
    else byKey.set(key, [phrase]);
  }
  const out: GeneratedPhrase[] = [];
  for (const group of byKey.values()) {
    const codes = new Set(group.map((phrase) => phrase.entry.codes[0]?.code));
    if (codes.size === 1) {
      out.push(...group);
      continue;
    }
    const sovereign = group.filter((phrase) => phrase.sovereign);
    if (new Set(sovereign.map((phrase) => phrase.entry.codes[0]?.code)).size === 1) out.push(...sovereign);
  }
  return out;
}

function isOmitted(phrase: ActorPhrase, omits: readonly OmitDirective[]): boolean {
  const key = wordsKey(phrase.words);
  return omits.some((omit) =>
    wordsKey(omit.words) === key && (omit.code === '*' || phrase.entry.codes.some((c) => c.code === omit.code)));
}
