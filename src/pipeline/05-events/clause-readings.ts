// What kind of clause this is, beyond its verb: a condition, a naming, an intent, a passive whose
// agent is an attack. Each reads only the clause and the words around it.
import type { Clause, NounPhrase, ReportFrame } from '../../domain/syntax.js';
import type { EventDocument } from './event-document.js';
import { FROM_ELSEWHERE, NAMING_VERBS, QUOTE_MARK } from './_words.js';

/** "unless Moscow agreed to a peace deal", "if Washington did not lift the sanctions": a condition names what has not happened. */
export function isCondition(d: EventDocument, c: Clause): boolean {
  const { tokens, phrases } = d;
  const first = c.subject !== undefined ? phrases[c.subject]?.tokenStart ?? c.verb.tokenStart : c.verb.tokenStart;
  const opener = tokens[first - 1]?.lower;
  // "as soon as Kyiv withdrew its troops", "once Hamas frees the hostages": conditions too.
  const asSoonAs = opener === 'as' && tokens[first - 2]?.lower === 'soon' && tokens[first - 3]?.lower === 'as';
  // "until Islamabad takes decisive action": in the present, a condition not yet met ("until the rebels withdrew" did happen).
  // (Nor one in the past after what someone was urged or asked to do: "had urged ASEAN to delay
  // Myanmar's admission until the generals opened a dialogue".)
  const untilNow = opener === 'until' && (c.verb.tense !== 'past' || d.clausesOf(c.sentence).some((o) => o.rule === 'syntax/clause#infinitive' && o.verb.tokenStart < c.verb.tokenStart));
  // "left it to each member state to decide whether to recognise the new country": an open question.
  const whether = opener === 'whether' || (opener === 'to' && tokens[first - 2]?.lower === 'whether');
  return opener === 'if' || opener === 'unless' || opener === 'once' || asSoonAs || untilNow || whether;
}

/**
 * Where what a naming calls its object starts: right after the object, or past an appositive set
 * off by commas ("called his host, Canadian Prime Minister Justin Trudeau, dishonest").
 */
function afterObject(d: EventDocument, object: NounPhrase): number {
  const aside = object.appositive !== undefined ? d.phrases[object.appositive] : undefined;
  return aside && d.tokens[aside.tokenEnd]?.text === ',' ? aside.tokenEnd + 1 : object.tokenEnd;
}

/** "calling them not wise", "called the move a provocation": an object and what it is called after it. */
export function namesObject(d: EventDocument, c: Clause): boolean {
  const { tokens, phrases } = d;
  const object = c.object !== undefined ? phrases[c.object] : undefined;
  if (!object) return false;
  const after = afterObject(d, object);
  const next = tokens[after];
  if (!next || next.sentence !== c.sentence) return false;
  return next.pos === 'ADJ' || next.pos === 'DET' || next.lower === 'not' || QUOTE_MARK.test(next.text) || (next.pos === 'ADV' && tokens[after + 1]?.pos === 'ADJ') || (phrases.some((p) => p.tokenStart === after) && !d.dates.expressions.some((e) => e.start <= next.start && next.start < e.end));
}

/**
 * "called the incursion 'unprecedentedly brazen'", "called the attack cowardly", "a move China called
 * extremely irresponsible": the word of blame (dictionaries/frames/accusing-predicates.txt) a naming
 * gives its object (or the aside it names, which has none), within a few words.
 */
export function blameInNaming(d: EventDocument, c: Clause): { word: string; code: string } | undefined {
  const object = c.object !== undefined ? d.phrases[c.object] : undefined;
  const table = d.resources.accusations;
  if (!table || !NAMING_VERBS.has(c.verb.lemma)) return undefined;
  const from = object ? afterObject(d, object) : c.verb.tokenEnd;
  for (let i = from; i < from + 4; i++) {
    const t = d.tokens[i];
    if (!t || t.sentence !== c.sentence) return undefined;
    if (t.pos === 'ADJ') {
      const code = table.get(t.lower);
      if (code) return { word: t.lower, code };
    }
    if (t.pos !== 'ADV' && !QUOTE_MARK.test(t.text)) return blameInWords(d, i, c.sentence, table);
  }
  return undefined;
}

// Words that end what a naming calls its object ("an act of aggression that violated ...").
const NAMING_ENDS = new Set([',', ';', ':', '.', 'that', 'which', 'who', 'because', 'as', 'after', 'before', 'since', 'while', 'but']);
/** Most words a naming's predicate runs to ("nothing more than a senseless act of brutality"). */
const NAMING_WORDS = 8;

/**
 * "called the attack an act of aggression", "a senseless act of unspeakable brutality", "nothing
 * more than a land grab": what the naming calls its object, with a word of blame in it (a noun, or
 * an adjective inside the phrase). Read as words, not phrases: the tagger often takes the last noun
 * of such a phrase for a verb ("a land grab").
 */
function blameInWords(d: EventDocument, from: number, sentence: number, table: ReadonlyMap<string, string>): { word: string; code: string } | undefined {
  for (let i = from; i < from + NAMING_WORDS; i++) {
    const t = d.tokens[i];
    if (!t || t.sentence !== sentence || NAMING_ENDS.has(t.lower)) return undefined;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.pos !== 'VERB') continue;
    const code = table.get(t.lower) ?? table.get(t.lemma);
    if (code) return { word: t.lower, code };
  }
  return undefined;
}

export function isIntentCue(d: EventDocument, c: Clause): boolean {
  const { frames } = d.resources;
  if (frames.intentVerbs.has(c.verb.lemma)) return true;
  if (c.verb.predicate && frames.intentAdjectives.has(c.verb.predicate)) return true;
  // "Germany is set to deliver", "is poised to": the tagger reads some of these adjectives as passive participles.
  if (c.verb.passive && frames.intentAdjectives.has(d.tokens[c.verb.head]?.lower ?? '')) return true;
  const object = c.object !== undefined ? d.phrases[c.object] : undefined;
  const objectHead = object ? d.tokens[object.head] : undefined;
  if (!objectHead || !frames.intentNouns.has(objectHead.lemma)) return false;
  // "criticised his plan to have judges elected", "welcomed Iran's readiness to talk", "welcomed a U.S.
  // plan to send troops": a plan owned by another party is not the subject's intent.
  // (A region's adjective owns nothing: "a European Union-backed plan".)
  const owners = (object!.possessor !== undefined ? d.actorsOf(object!.possessor) : d.actorsOf(object!.id)).filter((m) => !m.rule.startsWith('actors/other'));
  const subject = d.actorsOf(d.subjectOf(c));
  return owners.length === 0 || subject.length === 0 || owners.some((o) => subject.some((s) => s.code === o.code));
}

/** "was killed in an Israeli strike": an attack with its side, standing for a passive's missing by-phrase. */
export function attackIn(d: EventDocument, c: Clause, literal: boolean): Clause['preps'][number] | undefined {
  if (literal) return undefined;
  // "killed in a wave of U.S. air strikes": the attack is what the quantity counts.
  const attackHead = (id: number) => {
    const q = d.phrases[id];
    const counted = q ? d.quantityOf(q) : undefined;
    return d.phrases[counted ?? id]?.head ?? -1;
  };
  return c.preps.find((p) => p.prep === 'in' && d.resources.frames.attackNouns.has(d.tokens[attackHead(p.np)]?.lemma ?? '') && d.actorsOf(p.np).length > 0);
}

/**
 * "foreign intelligence services", "foreign fighters", "rescued 400 migrants": a role that says it
 * is not the source's country's.
 */
export function saysForeign(d: EventDocument, id: number | undefined): boolean {
  const p = id !== undefined ? d.phrases[id] : undefined;
  if (!p) return false;
  for (let i = p.tokenStart; i < p.tokenEnd; i++) if (FROM_ELSEWHERE.has(d.tokens[i]?.lemma ?? '') || FROM_ELSEWHERE.has(d.tokens[i]?.lower ?? '')) return true;
  return false;
}

/** The report frame whose content holds a clause's verb ("Iran said [it would retaliate]"), if any. */
export function reportAround(reports: readonly ReportFrame[], c: Clause): ReportFrame | undefined {
  return reports.find((r) => r.sentence === c.sentence && r.contentStart <= c.verb.start && c.verb.end <= r.contentEnd);
}

/**
 * The phrase the pattern's words head whose country word says whose the act is ("U.S. sanctions"),
 * other than the one acted on; a party named by the words themselves ("clashes with protesters") is not.
 */
export function ownerInWords(d: EventDocument, words: readonly number[], acted: number | undefined): number | undefined {
  for (const t of words) {
    const p = d.phrases.find((q) => q.head === t);
    const named = p && p.id !== acted ? d.actorsOf(p.id) : [];
    if (p && named.length > 0 && named.every((m) => /^actors\/country:(adjective|name|alias)$/.test(m.rule))) return p.id;
  }
  return undefined;
}

// Verbs whose plural subject acts on itself ("traded accusations", "exchanged threats").
const RECIPROCAL_VERBS = new Set(['trade', 'exchange', 'swap']);

/** "accused each other", "each side accused the other", "traded accusations": the clause's parties act on one another. */
export function reciprocal(d: EventDocument, c: Clause): boolean {
  if (RECIPROCAL_VERBS.has(c.verb.lemma)) return true;
  const subject = d.subjectOf(c);
  if (subject !== undefined && d.tokens[d.phrases[subject]?.tokenStart ?? -1]?.lower === 'each') return true;
  for (let i = c.verb.tokenEnd; i < c.tokenEnd + 3 && i < (d.sentences[c.sentence]?.endToken ?? 0); i++) {
    const pair = `${d.tokens[i]?.lower} ${d.tokens[i + 1]?.lower}`;
    if (pair === 'each other' || pair === 'one another') return true;
  }
  return false;
}
