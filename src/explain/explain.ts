import type { SourceDocument } from '../domain/document.js';
import type { CodedDocument } from '../domain/coded-document.js';
import { buildPipeline, codeWith, loadKnowledge, type CoderOptions, type EventTrace } from '../pipeline/index.js';

/** A coded document plus every decision the events stage made on the way. */
export interface Explanation {
  readonly coded: CodedDocument;
  readonly steps: readonly EventTrace[];
}

/** Codes a document and keeps every decision made on the way. */
export type Explainer = (doc: SourceDocument) => Explanation;

/** Builds a tracing pipeline once; the explainer then codes texts and keeps the trace of each. */
export function createExplainer(options: CoderOptions = {}): Explainer {
  const { knowledge, codes } = loadKnowledge(options);
  let steps: EventTrace[] = [];
  const stages = buildPipeline(knowledge, { trace: (step) => steps.push(step) });
  return (doc) => {
    steps = [];
    const coded = codeWith(stages, codes, doc);
    return { coded, steps };
  };
}

/** Renders an explanation as readable text: parse, actors, patterns tried, events (one sentence, or all). */
export function renderExplanation({ coded, steps }: Explanation, onlySentence?: number): string {
  const { record } = coded;
  const text = record.doc.text;
  const out: string[] = [];
  const phrases = record.syntax?.phrases ?? [];
  const quote = (id: number | undefined) => {
    const p = id === undefined ? undefined : phrases[id];
    return p ? `[${text.slice(p.start, p.end)}]` : '-';
  };
  for (const s of record.segment?.sentences ?? []) {
    if (onlySentence !== undefined && s.index !== onlySentence) continue;
    out.push(`Sentence ${s.index}: ${text.slice(s.start, s.end)}`);
    const sp = phrases.filter((p) => p.sentence === s.index);
    out.push(`  noun phrases: ${sp.map((p) => `${quote(p.id)}${p.conjuncts ? ' (coordination)' : ''}`).join(' ')}`);
    for (const c of (record.syntax?.clauses ?? []).filter((c) => c.sentence === s.index)) {
      const v = c.verb;
      const flags = [v.tense, v.modal, v.negated ? 'negated' : '', v.passive ? 'passive' : '', v.predicate ? `predicate "${v.predicate}"` : ''].filter(Boolean).join(', ');
      out.push(`  clause ${c.id}: subject ${c.subject !== undefined ? quote(c.subject) : c.subjectFrom !== undefined ? `(from clause ${c.subjectFrom})` : '-'} | verb "${text.slice(v.start, v.end)}" = ${v.lemma} (${flags}) | object ${quote(c.object)}${c.preps.map((p) => ` | ${p.prep} ${quote(p.np)}`).join('')}${c.complement ? ` | ${c.complement.kind} -> clause ${c.complement.clause}` : ''}  [${c.rule}]`);
      for (const step of steps.filter((t) => t.clause === c.id)) {
        if (step.kind === 'pattern') out.push(`      pattern ${step.pattern} [${step.code ?? '---'}] ${step.matched ? 'MATCHED' : 'no match'}`);
        else if (step.kind === 'clause') out.push(`      ${step.note}`);
        else out.push(`      EVENT ${step.event}  via ${step.note}`);
      }
    }
    for (const r of (record.syntax?.reports ?? []).filter((r) => r.sentence === s.index)) {
      out.push(`  report (${r.rule}): speaker ${quote(r.speaker)} reporter ${quote(r.reporter)} ${r.direct ? 'direct' : 'indirect'}: «${text.slice(r.contentStart, r.contentEnd)}»`);
    }
    for (const m of (record.actors?.mentions ?? []).filter((m) => phrases[m.phrase]?.sentence === s.index)) {
      out.push(`  actor "${text.slice(m.start, m.end)}" -> ${m.code}  (${m.rule}, ${m.resolution}${m.entry ? `, entry ${m.entry}` : ''}${m.name ? `, ${m.name}` : ''})`);
    }
    for (const d of (record.dates?.expressions ?? []).filter((d) => d.sentence === s.index)) out.push(`  date "${d.text}" -> ${d.value} (${d.precision})`);
    for (const e of coded.events.filter((e) => e.sentence === s.index)) {
      out.push(`  => ${e.source.code} -> ${e.target?.code ?? '-'} ${e.cameo} (quad ${e.quad}, Goldstein ${e.goldstein}, PLOVER ${e.plover.type}) date ${e.date ?? '-'} rule ${e.rule}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** The trace of one sentence: its steps and its rendered text, as the API serves it for an event. */
export function sentenceTrace(explanation: Explanation, sentence: number): { steps: EventTrace[]; text: string } {
  const clauses = new Set((explanation.coded.record.syntax?.clauses ?? []).filter((c) => c.sentence === sentence).map((c) => c.id));
  return { steps: explanation.steps.filter((s) => clauses.has(s.clause)), text: renderExplanation(explanation, sentence) };
}
