import type { Clause } from '../../domain/syntax.js';
import type { CodedEvent } from '../../domain/events.js';
import type { PatternMatch } from './pattern-index.js';
import type { EventDocument } from './event-document.js';
import { sideOf, toldAsReprisal, toldBefore } from './referred-act.js';
import { AHEAD_MODALS, FORCE_CODE } from './_words.js';

/** Acts a reprisal answers: threats, shows of force, cuts, coercion and force (CAMEO 13, 15-20). */
const HOSTILE = /^(13|15|16|17|18|19|20)/;

/**
 * "Israel would respond", "vowed to respond": a reprisal said to lie ahead, which no lexicon pattern
 * codes, is an act of force (190) that the intent frame makes a threat of force (138) when the story
 * has just told of force, else a threat (130). Verbs of reprisal are in dictionaries/frames/reprisal-verbs.txt.
 */
export function reprisalAhead(d: EventDocument, action: Clause, intent: boolean): PatternMatch | undefined {
  const lemma = action.verb.lemma;
  if (!isAhead(d, action, intent) || reprisalMeans(d, action, intent)) return undefined;
  // After tariffs or expulsions ("China vowed to respond"), a reprisal threatened is not one of force.
  const code = forceToldBefore(d, action.sentence, action.end) ? '190' : '130';
  return { pattern: { id: `frames/reprisal-verbs#${lemma}`, verb: [lemma], code, before: [], after: [] }, lastToken: action.verb.tokenEnd, wordTokens: [] };
}

/**
 * "Moscow said it would respond by reducing Poland's diplomatic presence": the act a reprisal said
 * to lie ahead names as its means is what is intended, in its place.
 */
export function reprisalMeans(d: EventDocument, action: Clause, intent: boolean): Clause | undefined {
  if (!isAhead(d, action, intent)) return undefined;
  return d.clausesOf(action.sentence).find((o) => o.subjectFrom === action.id && d.tokens[o.verb.tokenStart - 1]?.lower === 'by' && /ing$/.test(d.tokens[o.verb.head]?.lower ?? ''));
}

function isAhead(d: EventDocument, action: Clause, intent: boolean): boolean {
  if (d.resources.literalOnly || !d.resources.frames.reprisalVerbs.has(action.verb.lemma) || action.verb.negated) return false;
  return intent || AHEAD_MODALS.has(action.verb.modal ?? '');
}

/** "reserved the right to respond", "has every right to retaliate": the right to a reprisal is a threat of it. */
export function rightToReprisal(d: EventDocument, c: Clause, complement: Clause): boolean {
  if (d.resources.literalOnly || !d.resources.frames.reprisalVerbs.has(complement.verb.lemma)) return false;
  const object = c.object !== undefined ? d.phrases[c.object] : undefined;
  return !!object && d.tokens[object.head]?.lemma === 'right';
}

/**
 * "Israel struck Iran ... Iran vowed to retaliate": a reprisal that names no one answers the last
 * hostile act another side did to the reprisal's own side, in the story's last few sentences. A
 * reprisal is told by its verb, or by a noun among the pattern's words ("vowed revenge").
 */
export function provokingAct(d: EventDocument, c: Clause, words: readonly number[], sourceCodes: readonly string[]): CodedEvent | undefined {
  const { reprisalNouns } = d.resources.frames;
  const reprisal = toldAsReprisal(d, c) || words.some((t) => reprisalNouns.has(d.tokens[t]?.lemma ?? '') || reprisalNouns.has(d.tokens[t]?.lower ?? ''));
  if (d.resources.literalOnly || !reprisal) return undefined;
  return lastActAgainst(d, c, sourceCodes, HOSTILE);
}

/**
 * Whether a clause of reprisal ("Iran retaliated on Saturday") answers force (CAMEO 18-20) the story
 * told of against its side; a clause whose verb is no reprisal answers nothing and passes.
 */
export function answersForce(d: EventDocument, c: Clause, sourceCodes: readonly string[]): boolean {
  if (d.resources.literalOnly || !d.resources.frames.reprisalVerbs.has(c.verb.lemma)) return true;
  return lastActAgainst(d, c, sourceCodes, FORCE_CODE) !== undefined;
}

/** The story's last act of a kind (by CAMEO code) that another side did to the sources' side, a few sentences back at most. */
function lastActAgainst(d: EventDocument, c: Clause, sourceCodes: readonly string[], kind: RegExp): CodedEvent | undefined {
  const own = new Set(sourceCodes.map(sideOf));
  // A state answers a foreign force's act on anyone in its country ("Indian jets struck a militant
  // camp inside Pakistan ... Pakistan said it would respond").
  const ownStates = new Set(sourceCodes.filter((code) => sideOf(code).length === 3).map(sideOf));
  const against = (e: CodedEvent) => !!e.target && (own.has(sideOf(e.target.code))
    ? !own.has(sideOf(e.source.code))
    : ownStates.has(e.target.code.slice(0, 3)) && !ownStates.has(e.source.code.slice(0, 3)) && !NO_STATE.test(e.source.code));
  for (const k of toldBefore(d, c.sentence, d.tokens[c.verb.head]?.start ?? c.start)) {
    const e = d.events[k]!;
    if (kind.test(e.cameo) && against(e)) return e;
  }
  return undefined;
}

// Bodies of no country: their acts are no foreign state's.
const NO_STATE = /^(IGO|NGO|MNC|IMG)/;

/** Whether the story told of force (CAMEO 18-20) in the last few sentences before character `at`. */
export function forceToldBefore(d: EventDocument, sentence: number, at: number): boolean {
  for (const k of toldBefore(d, sentence, at)) if (FORCE_CODE.test(d.events[k]!.cameo)) return true;
  return false;
}
