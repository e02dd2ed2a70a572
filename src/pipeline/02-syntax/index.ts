import type { Stage } from '../../domain/record.js';
import type { Token } from '../../domain/segment.js';
import type { Clause, NounPhrase, ReportFrame, SyntaxLayer, VerbGroup } from '../../domain/syntax.js';
import type { FrameWords } from '../../dictionaries/frames/load-frames.js';
import { chunkNounPhrases, freezePhrase, type MutablePhrase } from './chunk-noun-phrases.js';
import { findVerbGroups } from './find-verb-groups.js';
import { linkPhrases } from './link-phrases.js';
import { buildClauses } from './build-clauses.js';
import { findReportFrames } from './find-report-frames.js';

/** Longer sentences are parsed on their first tokens only: shallow rules degrade past this. */
const MAX_TOKENS = 200;

/** Finds known multiword names in a token range, so they are chunked whole (see ActorIndex.findNames). */
export type NameFinder = (tokens: readonly Token[], first: number, end: number) => readonly (readonly [number, number])[];

/** A shallow parse per sentence: noun phrases, verb groups, clauses and reporting frames. */
export function syntaxStage(frames: FrameWords, findNames: NameFinder = () => []): Stage<'segment', 'syntax'> {
  // Verbs whose bare "-ing" form is the action they govern, done by their subject ("began shelling").
  const gerundVerbs = new Set([...frames.aspectVerbs, ...frames.ceasingVerbs]);
  return {
    name: 'syntax',
    needs: ['segment'],
    adds: 'syntax',
    run({ segment }) {
      const { tokens } = segment;
      const phrases: NounPhrase[] = [];
      const clauses: Clause[] = [];
      const reports: ReportFrame[] = [];
      let phraseId = 0;
      let groupId = 0;
      let clauseId = 0;
      const nextPhrase = () => phraseId++;
      for (const s of segment.sentences) {
        const first = s.firstToken;
        const end = Math.min(s.endToken, first + MAX_TOKENS);
        const sentencePhrases: MutablePhrase[] = chunkNounPhrases(tokens, first, end, s.index, nextPhrase, findNames(tokens, first, end));
        // Flags over the sentence's tokens: a Set of numbers a sentence cost more than the lookups it served.
        const covered = new Uint8Array(Math.max(0, end - first));
        for (const p of sentencePhrases) covered.fill(1, p.tokenStart - first, p.tokenEnd - first);
        const groups: VerbGroup[] = findVerbGroups(tokens, first, end, s.index, (i) => covered[i - first] === 1, () => groupId++);
        const starts = new Set(groups.map((g) => g.tokenStart));
        const firstGroup = groups[0]?.tokenStart ?? end;
        // The verb group just before a phrase, if it ends right there (or at a "that").
        const groupBefore = (i: number) => groups.find((g) => g.tokenEnd === i || (g.tokenEnd === i - 1 && tokens[i - 1]?.lower === 'that'));
        linkPhrases(tokens, sentencePhrases, end, (i) => starts.has(i), (i) => firstGroup < i,
          (i) => { const g = groupBefore(i); return !!g && frames.complementVerbs.has(g.lemma); }, nextPhrase);
        const sentenceClauses = buildClauses(tokens, first, end, s.index, sentencePhrases, groups, frames.reportingVerbs, () => clauseId++, gerundVerbs, frames.attackNouns);
        reports.push(...findReportFrames(tokens, first, end, s.index, sentencePhrases, sentenceClauses, frames.reportingVerbs));
        for (const p of sentencePhrases.sort((a, b) => a.id - b.id)) phrases.push(freezePhrase(p, tokens));
        clauses.push(...sentenceClauses);
      }
      phrases.sort((a, b) => a.id - b.id);
      const layer: SyntaxLayer = { phrases, clauses, reports };
      return { layer };
    },
  };
}
