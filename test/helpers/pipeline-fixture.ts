import type { DocumentRecord } from '../../src/domain/record.js';
import { createTagger } from '../../src/pipeline/01-segment/tagger.js';
import { segmentStage } from '../../src/pipeline/01-segment/index.js';
import { syntaxStage, type NameFinder } from '../../src/pipeline/02-syntax/index.js';
import { datesStage } from '../../src/pipeline/04-dates/index.js';
import { loadBoilerplate } from '../../src/dictionaries/segment/load-boilerplate.js';
import { loadLemmaFixes } from '../../src/dictionaries/segment/load-lemma-fixes.js';
import { loadFrameWords } from '../../src/dictionaries/frames/load-frames.js';
import { runStages, type AnyStage } from '../../src/pipeline/run-stages.js';

const tagger = createTagger();
const frames = loadFrameWords();
const early = [segmentStage({ tagger, boilerplate: loadBoilerplate(), lemmaFixes: loadLemmaFixes() }), syntaxStage(frames), datesStage()] as unknown as AnyStage[];

/** Runs segment, syntax and dates (the stages that need no dictionaries) over one text. */
export function parse(text: string, date?: string): DocumentRecord {
  return runStages(early, { doc: { id: 't', text, ...(date ? { date } : {}) }, issues: [] });
}

/** Like parse, with the syntax stage told where known multiword names are (as an actor index would). */
export function parseWithNames(text: string, names: readonly string[]): DocumentRecord {
  const findNames: NameFinder = (tokens, first, end) => {
    const spans: [number, number][] = [];
    for (const name of names) {
      const words = name.toLowerCase().split(' ');
      for (let i = first; i + words.length <= end; i++) {
        if (words.every((w, k) => tokens[i + k]?.text.toLowerCase() === w)) spans.push([i, i + words.length]);
      }
    }
    return spans;
  };
  const stages = [segmentStage({ tagger, boilerplate: loadBoilerplate(), lemmaFixes: loadLemmaFixes() }), syntaxStage(frames, findNames)] as unknown as AnyStage[];
  return runStages(stages, { doc: { id: 't', text }, issues: [] });
}

/** Text of a phrase id in a record. */
export function phraseText(r: DocumentRecord, id: number | undefined): string | undefined {
  if (id === undefined) return undefined;
  const p = r.syntax?.phrases[id];
  return p ? r.doc.text.slice(p.start, p.end) : undefined;
}
