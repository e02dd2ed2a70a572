import { readFileSync } from 'node:fs';
import { createTagger } from '../src/pipeline/01-segment/tagger.js';
import { segmentStage } from '../src/pipeline/01-segment/index.js';
import { syntaxStage } from '../src/pipeline/02-syntax/index.js';
import { loadBoilerplate } from '../src/dictionaries/segment/load-boilerplate.js';
import { loadFrameWords } from '../src/dictionaries/frames/load-frames.js';
import { runStages, type AnyStage } from '../src/pipeline/run-stages.js';
const text = process.argv[2] ?? JSON.parse(readFileSync('/work/shared/eval/seed-gold.jsonl','utf8').split('\n')[0]!).text;
const stages = [segmentStage({ tagger: createTagger(), boilerplate: loadBoilerplate() }), syntaxStage(loadFrameWords())] as unknown as AnyStage[];
const r = runStages(stages, { doc: { id: 'x', text }, issues: [] });
const seg = r.segment!, syn = r.syntax!;
const ph = (id?: number) => id === undefined ? '-' : `[${text.slice(syn.phrases[id]!.start, syn.phrases[id]!.end)}]`;
for (const s of seg.sentences) {
  console.log(`\n#${s.index} ${text.slice(s.start, s.end)}`);
  console.log('  NP: ' + syn.phrases.filter(p => p.sentence === s.index).map(p => `${p.id}${ph(p.id)}${p.conjuncts ? '{' + p.conjuncts.join(',') + '}' : ''}${p.possessor!==undefined?'<'+p.possessor:''}`).join(' '));
  for (const c of syn.clauses.filter(c => c.sentence === s.index)) {
    console.log(`  C${c.id} ${c.rule} subj=${ph(c.subject)} from=${c.subjectFrom ?? '-'} V=${c.verb.lemma}${c.verb.predicate ? '/' + c.verb.predicate : ''}${c.verb.negated ? ' NEG' : ''}${c.verb.passive ? ' PASS' : ''} ${c.verb.tense}${c.verb.modal ? ' ' + c.verb.modal : ''} obj=${ph(c.object)} preps=${c.preps.map(p => p.prep + ph(p.np)).join(',')} comp=${c.complement ? c.complement.kind + ':C' + c.complement.clause : '-'}`);
  }
  for (const f of syn.reports.filter(f => f.sentence === s.index)) console.log(`  R ${f.rule} speaker=${ph(f.speaker)} reporter=${ph(f.reporter)} direct=${f.direct} content=«${text.slice(f.contentStart, f.contentEnd)}»`);
}
