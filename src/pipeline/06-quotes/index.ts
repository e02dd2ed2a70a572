import type { Stage } from '../../domain/record.js';
import type { Quote, QuoteParty, QuotesLayer } from '../../domain/quotes.js';
import type { ActorMention } from '../../domain/actors.js';
import type { NounPhrase } from '../../domain/syntax.js';
import type { Sentence, Token } from '../../domain/segment.js';
import { QUOTE_CLOSE, QUOTE_OPEN } from '../02-syntax/_words.js';

/** Direct and indirect quotes from the reporting frames, with speaker and reporter resolved to actors. */
export function quotesStage(): Stage<'segment' | 'syntax' | 'actors', 'quotes'> {
  return {
    name: 'quotes',
    needs: ['segment', 'syntax', 'actors'],
    adds: 'quotes',
    run({ segment, syntax, actors }) {
      const byPhrase = new Map<number, ActorMention>();
      for (const m of actors.mentions) if (!byPhrase.has(m.phrase)) byPhrase.set(m.phrase, m);
      const party = (id: number | undefined): QuoteParty | undefined => {
        if (id === undefined) return undefined;
        const p: NounPhrase | undefined = syntax.phrases[id];
        if (!p) return undefined;
        // "the ministry's statement" speaks for the ministry.
        const m = byPhrase.get(id) ?? (p.possessor !== undefined ? byPhrase.get(p.possessor) : undefined);
        return { phrase: id, start: p.start, end: p.end, ...(m ? { code: m.code } : {}), ...(m?.name ? { name: m.name } : {}) };
      };
      const quotes: Quote[] = syntax.reports.flatMap((r) => {
        const cue = segment.tokens[r.cue];
        if (!cue) return [];
        const speaker = party(r.speaker);
        const reportedBy = party(r.reporter);
        return [{
          sentence: r.sentence, kind: r.direct ? 'direct' : 'indirect', start: r.contentStart, end: r.contentEnd,
          content: { start: r.contentStart, end: r.contentEnd }, cue: { start: cue.start, end: cue.end },
          rule: `quotes/${r.rule.replace(/^syntax\//, '')}`,
          ...(speaker ? { speaker } : {}), ...(reportedBy ? { reportedBy } : {}),
        } satisfies Quote];
      });
      quotes.push(...continuations(segment.sentences, segment.tokens, quotes));
      quotes.sort((a, b) => a.start - b.start);
      const layer: QuotesLayer = { quotes };
      return { layer };
    },
  };
}

/**
 * "“We will not allow it,” Rubio told reporters. “All options are on the table.”": a sentence quoted
 * whole, with no cue of its own, goes on with the direct quote just before it, in the speaker's words.
 */
function continuations(sentences: readonly Sentence[], tokens: readonly Token[], quotes: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  const bySentence = new Map<number, Quote>();
  for (const q of quotes) bySentence.set(q.sentence, q);
  for (const s of sentences) {
    if (bySentence.has(s.index)) continue;
    const before = bySentence.get(s.index - 1);
    if (!before || before.kind !== 'direct' || !before.speaker) continue;
    const content = wholeQuote(tokens, s);
    if (!content) continue;
    const quote: Quote = {
      sentence: s.index, kind: 'direct', start: content.start, end: content.end, content,
      cue: before.cue, rule: 'quotes/continuation', speaker: before.speaker,
      ...(before.reportedBy ? { reportedBy: before.reportedBy } : {}),
    };
    out.push(quote);
    bySentence.set(s.index, quote);
  }
  return out;
}

/** The words of a sentence that is one quotation from its first token to its last (closing mark after or before the full stop). */
function wholeQuote(tokens: readonly Token[], s: Sentence): { start: number; end: number } | undefined {
  const first = tokens[s.firstToken];
  let last = s.endToken - 1;
  if (!first || !QUOTE_OPEN.has(first.text)) return undefined;
  if (/^[.!?]$/.test(tokens[last]?.text ?? '')) last--;
  if (!QUOTE_CLOSE.has(tokens[last]?.text ?? '')) return undefined;
  for (let i = s.firstToken + 1; i < last; i++) if (QUOTE_OPEN.has(tokens[i]!.text) || QUOTE_CLOSE.has(tokens[i]!.text)) return undefined;
  let end = last - 1;
  if (/^[.!?,]$/.test(tokens[end]?.text ?? '')) end--;
  const from = tokens[s.firstToken + 1];
  const to = tokens[end];
  return from && to && end >= s.firstToken + 1 ? { start: from.start, end: to.end } : undefined;
}
