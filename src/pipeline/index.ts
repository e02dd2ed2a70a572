import type { ActorDictionary } from '../domain/actor-dictionary.js';
import type { DiscardList, VerbLexicon } from '../domain/verb-lexicon.js';
import type { BatchOutcome, Coder, CodedDocument } from '../domain/coded-document.js';
import type { DocumentRecord } from '../domain/record.js';
import type { SourceDocument } from '../domain/document.js';
import { loadBuiltinActors } from '../dictionaries/actors/index.js';
import { loadAcronyms } from '../dictionaries/actors/load-acronyms.js';
import { loadCameoCodes, describeCode } from '../dictionaries/cameo/load-cameo-codes.js';
import { loadBuiltinLexicon } from '../dictionaries/lexicon/load-builtin-lexicon.js';
import { loadFrameWords } from '../dictionaries/frames/load-frames.js';
import { loadCessationCodes, loadIntentCodes, loadRefusalCodes } from '../dictionaries/frames/load-intent-codes.js';
import { loadAccusingPredicates, loadDismayPredicates } from '../dictionaries/frames/load-accusing-predicates.js';
import { loadReferringNouns } from '../dictionaries/frames/load-referring-nouns.js';
import { loadThreatenedOutcomes } from '../dictionaries/frames/load-threatened-outcomes.js';
import { loadEventNouns } from '../dictionaries/frames/load-event-nouns.js';
import { loadBoilerplate } from '../dictionaries/segment/load-boilerplate.js';
import { loadNounCompounds } from '../dictionaries/segment/load-noun-compounds.js';
import { loadLemmaFixes } from '../dictionaries/segment/load-lemma-fixes.js';
import { loadBuiltinDiscards, mergeDiscards } from '../dictionaries/segment/load-discards.js';
import { createTagger } from './01-segment/tagger.js';
import { ActorIndex } from './03-actors/actor-index.js';
import { loadGroupReferences } from '../dictionaries/frames/load-group-references.js';
import { PatternIndex } from './05-events/pattern-index.js';
import { buildPipeline, type Knowledge } from './pipeline.js';
import { runStages, runStagesBatched, type AnyStage } from './run-stages.js';
import type { CameoCodeInfo } from '../domain/cameo.js';
import { toEntityRecords, toEventRecords, toQuoteRecords } from './to-records.js';

export { buildPipeline, type Knowledge } from './pipeline.js';
export type { EventTrace } from './05-events/index.js';

export interface CoderOptions {
  /** Extra actor dictionaries (user files, PETRARCH/Phoenix), applied over the built-ins. */
  readonly actors?: readonly ActorDictionary[];
  /**
   * Actor dictionaries applied under the built-ins: they add phrases Parley lacks, and Parley's own
   * (date-bounded, current) entries win where both name the same phrase. Phoenix run with the built-ins.
   */
  readonly baseActors?: readonly ActorDictionary[];
  /** Extra verb lexicons, applied over the built-ins. */
  readonly lexicons?: readonly VerbLexicon[];
  /** Discard phrases (from PETRARCH discard files). */
  readonly discards?: DiscardList;
  /** Country code for roles with no country in context; PETRARCH dictionaries expect "---". */
  readonly unknownCountry?: string;
  /** PETRARCH's noun-phrase conventions for actors (stacked agent codes: GMWGOV + WGO = GMWGOVWGO; see ActorOptions). */
  readonly petrarchActors?: boolean;
  /** Use only the extra dictionaries, not the built-in ones (for a PETRARCH set run on its own). */
  readonly withoutBuiltins?: { readonly actors?: boolean; readonly lexicon?: boolean };
}

/** Loads and compiles every dictionary the stages read. */
export function loadKnowledge(options: CoderOptions = {}): { knowledge: Knowledge; codes: ReadonlyMap<string, CameoCodeInfo>; origins: string[] } {
  const codes = loadCameoCodes();
  const builtinActors = options.withoutBuiltins?.actors ? [] : [loadBuiltinActors()];
  const builtinLexicon = options.withoutBuiltins?.lexicon ? [] : [loadBuiltinLexicon(codes).lexicon];
  // Sport is discarded with the built-in lexicon; a PETRARCH set run alone brings its own discards.
  const discardLists = [...(options.withoutBuiltins?.lexicon ? [] : [loadBuiltinDiscards()]), ...(options.discards ? [options.discards] : [])];
  const knowledge: Knowledge = {
    tagger: createTagger(),
    boilerplate: loadBoilerplate(),
    lemmaFixes: loadLemmaFixes(),
    nounCompounds: loadNounCompounds(),
    frames: loadFrameWords(),
    intents: loadIntentCodes(),
    refusals: loadRefusalCodes(),
    cessations: loadCessationCodes(),
    accusations: loadAccusingPredicates(),
    dismay: loadDismayPredicates(),
    referringNouns: loadReferringNouns(),
    threatenedOutcomes: loadThreatenedOutcomes(),
    eventNouns: loadEventNouns(),
    actors: new ActorIndex([...(options.baseActors ?? []), ...builtinActors, ...(options.actors ?? [])], options.withoutBuiltins?.actors ? new Map() : loadAcronyms()),
    groups: loadGroupReferences(),
    patterns: new PatternIndex([...builtinLexicon, ...(options.lexicons ?? [])]),
    ...(options.unknownCountry !== undefined ? { unknownCountry: options.unknownCountry } : {}),
    ...(options.petrarchActors ? { petrarchActors: true } : {}),
    ...(discardLists.length > 0 ? { discards: mergeDiscards(discardLists) } : {}),
    ...(options.withoutBuiltins?.lexicon ? { literalOnly: true } : {}),
  };
  const origins = [...knowledge.actors.origins, ...[...builtinLexicon, ...(options.lexicons ?? [])].map((l) => l.origin)];
  return { knowledge, codes, origins };
}

/** Longest document text coded, in UTF-16 units (about 5 MB of English): news articles are far shorter. */
export const MAX_DOCUMENT_CHARS = 5_000_000;

/** A document too long to be a news article: refused whole rather than coded for minutes or cut silently. */
export class DocumentTooLargeError extends Error {
  constructor(readonly docId: string, readonly chars: number) {
    super(`document ${docId} has ${(chars / 1e6).toFixed(1)} million characters; Parley codes documents of up to ${MAX_DOCUMENT_CHARS / 1e6} million (split it into articles)`);
    this.name = 'DocumentTooLargeError';
  }
}

/** Codes one document with a given pipeline, into the record and its output records. */
export function codeWith(stages: readonly AnyStage[], codes: ReadonlyMap<string, CameoCodeInfo>, doc: SourceDocument): CodedDocument {
  if (doc.text.length > MAX_DOCUMENT_CHARS) throw new DocumentTooLargeError(doc.id, doc.text.length);
  return toCoded(runStages(stages, { doc, issues: [] }), codes);
}

/** Codes several documents stage by stage (see runStagesBatched); the same output as `codeWith` on each. */
export function codeManyWith(stages: readonly AnyStage[], codes: ReadonlyMap<string, CameoCodeInfo>, docs: readonly SourceDocument[], onDocument?: (index: number) => void): BatchOutcome[] {
  const outcomes: BatchOutcome[] = new Array<BatchOutcome>(docs.length);
  // Documents refused before coding keep their place; the rest are coded together.
  const coded: number[] = [];
  docs.forEach((doc, i) => {
    if (doc.text.length > MAX_DOCUMENT_CHARS) outcomes[i] = { ok: false, error: new DocumentTooLargeError(doc.id, doc.text.length) };
    else coded.push(i);
  });
  const staged = runStagesBatched(stages, coded.map((i) => ({ doc: docs[i]!, issues: [] })), onDocument && ((j) => onDocument(coded[j]!)));
  staged.forEach((outcome, j) => {
    const i = coded[j]!;
    if (!outcome.ok) { outcomes[i] = outcome; return; }
    onDocument?.(i);
    try {
      outcomes[i] = { ok: true, coded: toCoded(outcome.record, codes) };
    } catch (error) {
      outcomes[i] = { ok: false, error };
    }
  });
  return outcomes;
}

function toCoded(record: DocumentRecord, codes: ReadonlyMap<string, CameoCodeInfo>): CodedDocument {
  const describe = (code: string) => describeCode(codes, code);
  return { doc: record.doc, record, events: toEventRecords(record, describe), quotes: toQuoteRecords(record), entities: toEntityRecords(record), issues: record.issues };
}

/** Compiles the dictionaries once and returns a coder for any number of documents. */
export async function createCoder(options: CoderOptions = {}): Promise<Coder> {
  const { knowledge, codes, origins } = loadKnowledge(options);
  const stages = buildPipeline(knowledge);
  return {
    dictionaryVersion: `parley-0.1:${origins.join('+')}:${knowledge.patterns.size}`,
    code: (doc: SourceDocument): CodedDocument => codeWith(stages, codes, doc),
    codeMany: (docs, onDocument) => codeManyWith(stages, codes, docs, onDocument),
  };
}
