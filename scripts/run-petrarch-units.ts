// Codes PETRARCH2's unit-test records with the PETR.Validate dictionaries only (no built-ins) and prints the
// pass rate per category, then every failing record with what was missing and what was extra.
// Usage: npx tsx scripts/run-petrarch-units.ts [--units FILE] [--dicts DIR] [--only CATEGORY] [--json OUT] [--quiet]
//        [--explain]   (adds, under each failing record, the events stage's decisions: patterns tried, why no event)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadPetrarchDictionaries } from '../src/dictionaries/petrarch/index.js';
import { judgeUnitRecord, parseJsonl, summarizeByCategory, toUnitRecord, type UnitRecord } from '../src/eval/index.js';
import { createCoder } from '../src/pipeline/index.js';
import { petrarchCoderOptions } from '../src/pipeline/petrarch-options.js';
import { createExplainer } from '../src/explain/explain.js';

const shared = join(import.meta.dirname, '../../shared/eval');
const { values } = parseArgs({
  options: {
    units: { type: 'string', default: join(shared, 'petrarch2-unit-tests.jsonl') },
    dicts: { type: 'string', default: join(shared, 'petrarch2/dictionaries') },
    only: { type: 'string' },
    json: { type: 'string' },
    quiet: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
  },
});

const records: UnitRecord[] = [];
for (const raw of parseJsonl(readFileSync(values.units, 'utf8'), values.units)) {
  const r = toUnitRecord(raw);
  if ('error' in r) throw new Error(`${values.units}: ${r.error}`);
  if (!values.only || r.category === values.only) records.push(r);
}

const names = ['PETR.Validate.verbs.txt', 'PETR.Validate.actors.txt', 'PETR.Validate.agents.txt', 'PETR.Validate.discards.txt'];
const dicts = loadPetrarchDictionaries(names.map((n) => join(values.dicts, n)));
const options = petrarchCoderOptions(dicts, false);
const coder = await createCoder(options);
const explain = values.explain ? createExplainer(options) : undefined;

const started = performance.now();
const results = records.map((r) => {
  let produced: { source: string; target: string; cameo: string; rule: string }[] = [];
  let error: string | undefined;
  try {
    const coded = coder.code({ id: r.id, text: r.text, ...(r.date ? { date: r.date } : {}) });
    produced = coded.events.map((e) => ({ source: e.source.code, target: e.target?.code ?? '', cameo: e.cameo, rule: e.rule }));
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  return { record: r, produced, error, judgement: judgeUnitRecord(r, produced) };
});
const ms = performance.now() - started;

const fmt = (t: { source: string; target: string; code?: string; cameo?: string }): string => `${t.source || '-'} ${t.target || '-'} ${t.code ?? t.cameo}`;
for (const s of summarizeByCategory(results.map((x) => x.judgement))) {
  console.log(`${s.category.padEnd(10)} ${String(s.passed).padStart(4)} / ${String(s.records).padEnd(4)} ${(100 * s.rate).toFixed(1).padStart(5)}%`);
}
console.log(`coded ${records.length} records in ${ms.toFixed(0)} ms; dictionary warnings ${dicts.warnings.length}`);
if (!values.quiet) {
  for (const x of results.filter((y) => !y.judgement.pass)) {
    console.log(`\n${x.record.id} [${x.record.category}] ${x.record.text}`);
    console.log(`  expected: ${x.record.events.map(fmt).join('; ') || '(none)'}`);
    console.log(`  produced: ${x.produced.map((p) => `${fmt(p)} (${p.rule})`).join('; ') || '(none)'}${x.error ? `  ERROR ${x.error}` : ''}`);
    if (explain) {
      const { steps, coded } = explain({ id: x.record.id, text: x.record.text, ...(x.record.date ? { date: x.record.date } : {}) });
      for (const s of steps) {
        if (s.kind === 'clause') console.log(`    ${s.verb}: ${s.note}`);
        else if (s.kind === 'pattern' && s.matched) console.log(`    matched ${s.pattern} [${s.code ?? '---'}]`);
      }
      console.log(`    actors: ${coded.entities.map((e) => `"${e.text}"=${e.code}`).join(', ') || '(none)'}`);
    }
  }
}
if (values.json) {
  writeFileSync(values.json, results.map((x) => JSON.stringify({
    id: x.record.id, category: x.record.category, text: x.record.text, date: x.record.date, notes: x.record.notes,
    pass: x.judgement.pass, expected: x.record.events, produced: x.produced, missing: x.judgement.missing, extra: x.judgement.extra, error: x.error,
  })).join('\n') + '\n');
}
