import type { Stage } from '../../domain/record.js';
import type { IgnoredSpan, Pos, Sentence, SegmentLayer, Token } from '../../domain/segment.js';
import type { PipelineIssue } from '../../domain/issues.js';
import { findDateline } from './find-dateline.js';
import { findBoilerplate } from './find-boilerplate.js';
import type { Tagger } from './tagger.js';

export interface SegmentResources {
  readonly tagger: Tagger;
  readonly boilerplate: readonly RegExp[];
  /** Lemmas for word forms the tagger lemmatizes wrongly (dictionaries/segment/lemma-fixes.txt), by lower-case form. */
  readonly lemmaFixes?: ReadonlyMap<string, string>;
  /** Two-word nouns whose words the tagger can read as verbs (dictionaries/segment/noun-compounds.txt). */
  readonly nounCompounds?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Sentences, tokens with offsets and POS, the dateline, and the lines left out of coding. */
export function segmentStage(resources: SegmentResources): Stage<never, 'segment'> {
  return {
    name: 'segment',
    needs: [],
    adds: 'segment',
    run({ doc }) {
      const text = doc.text;
      const issues: PipelineIssue[] = [];
      const dateline = findDateline(text);
      const ignored: IgnoredSpan[] = findBoilerplate(text, resources.boilerplate);
      const masked = maskSpans(text, dateline ? [dateline, ...ignored] : ignored);
      const tokens: Token[] = [];
      const sentences: Sentence[] = [];
      tagText(resources.tagger, masked, tokens, sentences, resources);
      for (const s of sentences) {
        if (s.endToken - s.firstToken > 200) {
          issues.push({ code: 'sentence-too-long', stage: 'segment', span: s, message: `sentence ${s.index} has ${s.endToken - s.firstToken} tokens; only its first 200 are parsed` });
        }
      }
      if (tokens.length === 0) issues.push({ code: 'empty-document', stage: 'segment', message: 'no text to code' });
      const layer: SegmentLayer = { tokens, sentences, ignored, ...(dateline ? { dateline } : {}) };
      return { layer, issues };
    },
  };
}

function maskSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  // One pass over the spans in order (rebuilding the whole text for each was quadratic in long documents).
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of sorted) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    parts.push(text.slice(at, from), ' '.repeat(end - from));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * Tags the whole text in one call and cuts the tagger's sentences at every line break (headlines,
 * lists). One call, not one a paragraph: wink-nlp builds a document object of some forty closures
 * per call, which cost a quarter of the tagging time over paragraphs one by one. Its tagger already
 * ends a sentence at a line break in news text, so the tags are the same either way.
 */
function tagText(tagger: Tagger, text: string, tokens: Token[], sentences: Sentence[], { lemmaFixes, nounCompounds }: Pick<SegmentResources, 'lemmaFixes' | 'nounCompounds'>): void {
  const tagged = tagger.tag(text);
  const { texts, lemmas, pos } = tagged;
  let cursor = 0;
  let lastEnd = -1;
  let nextBreak = text.indexOf('\n');
  let open: { firstToken: number; start: number } | undefined;
  const close = (rule = 'segment/wink-sbd') => {
    if (!open) return;
    const last = tokens[tokens.length - 1]!;
    sentences.push({ index: sentences.length, start: open.start, end: last.end, firstToken: open.firstToken, endToken: tokens.length, rule });
    open = undefined;
  };
  // The tagger's sentences come in text order, so one index walking along them tells where each
  // opens (a typed array a document cost an off-heap allocation each, more than the walk).
  const winkSentences = tagged.sentences;
  let nextSentence = 0;
  for (let n = 0; n < texts.length; n++) {
    const word = texts[n]!;
    while (nextSentence < winkSentences.length && winkSentences[nextSentence]![0] < n) nextSentence++;
    const opens = nextSentence < winkSentences.length && winkSentences[nextSentence]![0] === n;
    if (opens && !initialsInName(texts, n, open?.firstToken === tokens.length - 1)) close();
    // Line breaks come back as tokens of their own; they only move the cursor.
    if (isBlank(word)) {
      const at = text.indexOf(word, cursor);
      if (at >= 0) cursor = at + word.length;
      continue;
    }
    // The tagger keeps token text verbatim; searching forward is robust to any whitespace it folds.
    // A token found within 8 characters is taken whatever the gap, so the gap is read only beyond.
    const found = text.indexOf(word, cursor);
    const start = found >= 0 && (found - cursor <= 8 || found - cursor <= tagged.gap(n) + 8) ? found : cursor + tagged.gap(n);
    const end = start + word.length;
    cursor = end;
    while (nextBreak >= 0 && nextBreak < start) {
      if (nextBreak >= lastEnd) close();
      nextBreak = text.indexOf('\n', nextBreak + 1);
    }
    open ??= { firstToken: tokens.length, start };
    lastEnd = end;
    const lower = word.toLowerCase();
    const lemma = lemmas[n];
    tokens.push({
      i: tokens.length,
      start,
      end,
      text: word,
      lower,
      lemma: lemmaFixes?.get(lower) ?? (lemma === undefined ? lower : lemma.toLowerCase()),
      pos: nameReadAsVerb(word, pos[n - 1], pos[n], pos[n + 1], texts[n + 1]) ? 'PROPN'
        : ((pos[n] === 'VERB' || pos[n] === 'ADJ') && inNounCompound(nounCompounds, texts, n, lower)) || subjectReadAsVerb(texts, pos, n, lower) ? 'NOUN' : pos[n] ?? 'X',
      sentence: sentences.length,
    });
    if (endsAtTimeAbbreviation(lower, texts[n + 1])) close('segment/after-time-abbreviation');
  }
  close();
}

/**
 * True for a token of whitespace only (the tagger's line breaks). Runs for every token: a word that
 * opens with a printable ASCII character, as nearly all do, is settled without trimming it.
 */
function isBlank(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return word.trim() === '';
}

/**
 * "Visiting U.S. Under Secretary of State Victoria Nuland": wink may end a sentence after initials
 * before a capitalized word. They end none when they follow a capitalized word (a title, a name) or
 * make up the sentence so far, and the next word is capitalized too ("... sanctions on the U.S. The
 * ministry said" still ends after "U.S.").
 */
function initialsInName(texts: readonly string[], n: number, aloneInSentence: boolean): boolean {
  if (n === 0 || !/^(?:[A-Z]\.){1,3}$/.test(texts[n - 1] ?? '') || !/^\p{Lu}/u.test(texts[n] ?? '')) return false;
  return aloneInSentence || /^\p{Lu}[\p{Ll}-]+$/u.test(texts[n - 2] ?? '');
}

/**
 * "opposition leader Said Abdullo Nuri": wink reads a capitalized given name that is also a past
 * verb ("Said", "Led") as the verb. After a common noun (a title) and before another name, it is a name.
 */
function nameReadAsVerb(word: string, prev: Pos | undefined, own: Pos | undefined, next: Pos | undefined, nextWord: string | undefined): boolean {
  return own === 'VERB' && prev === 'NOUN' && next === 'PROPN' && /^\p{Lu}\p{Ll}+$/u.test(word) && /^\p{Lu}/u.test(nextWord ?? '');
}

// Closed class: words that open a clause, after which a noun and a past verb are its subject and verb.
const SUBORDINATORS = new Set(['when', 'after', 'before', 'as', 'while', 'because', 'since', 'until', 'where', 'once']);

/**
 * "a day earlier when police clashed with rioters": wink reads a noun that is also a verb ("police",
 * "troops") as a verb when a subordinator stands before it; between the subordinator and a past verb
 * in "-ed" it is that verb's subject.
 */
function subjectReadAsVerb(texts: readonly string[], pos: readonly (Pos | undefined)[], n: number, lower: string): boolean {
  return pos[n] === 'VERB' && pos[n + 1] === 'VERB' && /^[a-z]+$/.test(lower) && !/(ed|ing)$/.test(lower)
    && SUBORDINATORS.has(texts[n - 1]?.toLowerCase() ?? '') && /^[a-z]{3,}ed$/.test(texts[n + 1] ?? '');
}

/** "asset freezes", "tear gas", "secretary-general": a word of a listed two-word noun, next to its partner or joined to it by a hyphen. */
function inNounCompound(compounds: ReadonlyMap<string, ReadonlySet<string>> | undefined, texts: readonly string[], n: number, lower: string): boolean {
  if (!compounds) return false;
  const next = texts[n + 1] === '-' ? texts[n + 2] : texts[n + 1];
  const prev = texts[n - 1] === '-' ? texts[n - 2] : texts[n - 1];
  return (next !== undefined && compounds.get(lower)?.has(next.toLowerCase()) === true)
    || (prev !== undefined && compounds.get(prev.toLowerCase())?.has(lower) === true);
}

// "a.m." and "p.m." end a sentence as often as they end a time; wink reads on past them.
const TIME_ABBREVIATIONS = new Set(['a.m.', 'p.m.']);
// What may follow a time within its sentence ("5 p.m. Sunday", "9 a.m. GMT").
const AFTER_TIME = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[A-Z]{2,4})$/;

/** "imposed a curfew from 10 p.m. to 5 a.m. U.S. Secretary of State John Kerry said": a capital after the time starts a sentence. */
function endsAtTimeAbbreviation(lower: string, next: string | undefined): boolean {
  return TIME_ABBREVIATIONS.has(lower) && next !== undefined && /^\p{Lu}/u.test(next) && !AFTER_TIME.test(next.replace(/\.$/, ''));
}
