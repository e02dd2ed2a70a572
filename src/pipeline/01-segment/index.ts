import type { Stage } from '../../domain/record.js';
import type { IgnoredSpan, Sentence, SegmentLayer, Token } from '../../domain/segment.js';
import type { PipelineIssue } from '../../domain/issues.js';
import { findDateline } from './find-dateline.js';
import { findBoilerplate } from './find-boilerplate.js';
import type { Tagger } from './tagger.js';

export interface SegmentResources {
  readonly tagger: Tagger;
  readonly boilerplate: readonly RegExp[];
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
      // Paragraphs are tagged one by one: a line break always ends a sentence (headlines, lists).
      let paragraphStart = 0;
      while (paragraphStart < masked.length) {
        const newline = masked.indexOf('\n', paragraphStart);
        const paragraphEnd = newline < 0 ? masked.length : newline;
        const paragraph = masked.slice(paragraphStart, paragraphEnd);
        if (paragraph.trim() !== '') tagParagraph(resources.tagger, paragraph, paragraphStart, tokens, sentences);
        paragraphStart = paragraphEnd + 1;
      }
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
  let out = text;
  for (const { start, end } of spans) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  return out;
}

function tagParagraph(tagger: Tagger, paragraph: string, offset: number, tokens: Token[], sentences: Sentence[]): void {
  const tagged = tagger.tag(paragraph);
  const base = tokens.length;
  // Sentence of each token, known before the tokens are built, so each token is made once.
  const { texts, lemmas, pos } = tagged;
  const sentenceOf = new Int32Array(texts.length).fill(-1);
  let next = sentences.length;
  for (const [first, last] of tagged.sentences) {
    for (let i = first; i <= last && i < sentenceOf.length; i++) sentenceOf[i] = next;
    next++;
  }
  let cursor = 0;
  for (let n = 0; n < texts.length; n++) {
    const text = texts[n]!;
    // The tagger keeps token text verbatim; searching forward is robust to any whitespace it folds.
    // A token found within 8 characters is taken whatever the gap, so the gap is read only beyond.
    const found = paragraph.indexOf(text, cursor);
    const start = found >= 0 && (found - cursor <= 8 || found - cursor <= tagged.gap(n) + 8) ? found : cursor + tagged.gap(n);
    const end = start + text.length;
    cursor = end;
    tokens.push({
      i: tokens.length,
      start: offset + start,
      end: offset + end,
      text,
      lower: text.toLowerCase(),
      lemma: (lemmas[n] ?? text.toLowerCase()).toLowerCase(),
      pos: pos[n] ?? 'X',
      sentence: sentenceOf[n] ?? -1,
    });
  }
  for (const [first, last] of tagged.sentences) {
    const firstToken = base + first;
    const endToken = base + last + 1;
    const startToken = tokens[firstToken];
    const lastToken = tokens[endToken - 1];
    if (!startToken || !lastToken) continue;
    sentences.push({ index: startToken.sentence, start: startToken.start, end: lastToken.end, firstToken, endToken, rule: 'segment/wink-sbd' });
  }
}
