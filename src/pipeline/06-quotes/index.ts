import type { Stage } from '../../domain/record.js';
import type { Quote, QuoteParty, QuotesLayer } from '../../domain/quotes.js';
import type { ActorMention } from '../../domain/actors.js';
import type { NounPhrase } from '../../domain/syntax.js';

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
      const layer: QuotesLayer = { quotes };
      return { layer };
    },
  };
}
