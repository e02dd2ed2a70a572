import type { ActorIndex } from './03-actors/actor-index.js';
import type { GroupReferences } from '../dictionaries/frames/load-group-references.js';
import type { FrameWords } from '../dictionaries/frames/load-frames.js';
import type { IntentCodes } from '../dictionaries/frames/load-intent-codes.js';
import type { AccusingPredicates, DismayPredicates } from '../dictionaries/frames/load-accusing-predicates.js';
import type { ReferringNouns } from '../dictionaries/frames/load-referring-nouns.js';
import type { LemmaFixes } from '../dictionaries/segment/load-lemma-fixes.js';
import type { NounCompounds } from '../dictionaries/segment/load-noun-compounds.js';
import type { ThreatenedOutcomes } from '../dictionaries/frames/load-threatened-outcomes.js';
import type { EventNouns } from '../dictionaries/frames/load-event-nouns.js';
import type { PatternIndex } from './05-events/pattern-index.js';
import type { DiscardList } from '../domain/verb-lexicon.js';
import type { Tagger } from './01-segment/tagger.js';
import { segmentStage } from './01-segment/index.js';
import { syntaxStage } from './02-syntax/index.js';
import { actorsStage } from './03-actors/index.js';
import { datesStage } from './04-dates/index.js';
import { eventsStage, type EventTrace } from './05-events/index.js';
import { quotesStage } from './06-quotes/index.js';
import { checkStageOrder, type AnyStage } from './run-stages.js';

/** Everything the stages read, compiled once at start-up. */
export interface Knowledge {
  readonly tagger: Tagger;
  readonly boilerplate: readonly RegExp[];
  /** Lemmas the tagger gets wrong (dictionaries/segment/lemma-fixes.txt). */
  readonly lemmaFixes: LemmaFixes;
  /** Two-word nouns the tagger can read as verbs (dictionaries/segment/noun-compounds.txt). */
  readonly nounCompounds: NounCompounds;
  readonly frames: FrameWords;
  readonly intents: IntentCodes;
  /** Refusal codes for cooperation announced as not going to happen (dictionaries/frames/refusal-codes.txt). */
  readonly refusals: IntentCodes;
  /** Reduction codes for cooperation told as ending (dictionaries/frames/cessation-codes.txt). */
  readonly cessations: IntentCodes;
  /** Predicates that accuse when reported (dictionaries/frames/accusing-predicates.txt). */
  readonly accusations: AccusingPredicates;
  /** Predicates of the subject's own dismay (dictionaries/frames/dismay-predicates.txt). */
  readonly dismay: DismayPredicates;
  /** Nouns that name again an act told of earlier (dictionaries/frames/referring-nouns.txt). */
  readonly referringNouns: ReferringNouns;
  /** What a party is told will befall it (dictionaries/frames/threatened-outcomes.txt). */
  readonly threatenedOutcomes: ThreatenedOutcomes;
  /** Nouns that tell of an event by themselves (dictionaries/frames/event-nouns.txt). */
  readonly eventNouns: EventNouns;
  readonly actors: ActorIndex;
  readonly groups: GroupReferences;
  readonly patterns: PatternIndex;
  /** Only literal (PETRARCH) dictionaries are in use; see EventResources.literalOnly. */
  readonly literalOnly?: boolean;
  /** Discard phrases (PETRARCH discard files), if any. */
  readonly discards?: DiscardList;
  /** Country code for roles with no country in context ("---" under PETRARCH conventions). */
  readonly unknownCountry?: string;
  /** PETRARCH's noun-phrase conventions for actors (see ActorOptions.petrarch). */
  readonly petrarchActors?: boolean;
}

/** The pipeline, in reading order: each stage adds one layer to the document record. */
export function buildPipeline(k: Knowledge, options: { trace?: (step: EventTrace) => void } = {}): readonly AnyStage[] {
  const stages = [
    segmentStage({ tagger: k.tagger, boilerplate: k.boilerplate, lemmaFixes: k.lemmaFixes, nounCompounds: k.nounCompounds }),
    syntaxStage(k.frames, (tokens, first, end) => k.actors.findNames(tokens, first, end)),
    actorsStage(k.actors, k.groups, { documentNouns: k.frames.documentNouns, ...(k.unknownCountry !== undefined ? { unknownCountry: k.unknownCountry } : {}), ...(k.petrarchActors ? { petrarch: true } : {}) }),
    datesStage(),
    eventsStage({
      patterns: k.patterns, frames: k.frames, intents: k.intents, refusals: k.refusals, cessations: k.cessations, accusations: k.accusations, dismay: k.dismay, referringNouns: k.referringNouns, threatenedOutcomes: k.threatenedOutcomes, eventNouns: k.eventNouns,
      ...(k.literalOnly ? { literalOnly: true } : {}),
      ...(k.discards ? { discards: k.discards } : {}), ...(options.trace ? { trace: options.trace } : {}),
    }),
    quotesStage(),
  ] as unknown as readonly AnyStage[]; // each stage's layer types differ; checkStageOrder verifies them by name
  checkStageOrder(stages);
  return stages;
}
