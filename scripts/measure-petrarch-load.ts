// Loads CAMEO.2.0 and the Phoenix dictionaries the way PETR_config.ini pairs them and prints what was
// read, the warnings and the time taken. Usage: npx tsx scripts/measure-petrarch-load.ts [DICT_DIR]
import { join } from 'node:path';
import { loadPetrarchDictionaries } from '../src/dictionaries/petrarch/index.js';

const dir = process.argv[2] ?? join(import.meta.dirname, '../../shared/eval/petrarch2/dictionaries');
const names = [
  'CAMEO.2.0.txt', 'Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt',
  'Phoenix.MilNonState.actors.txt', 'Phoenix.agents.txt', 'Phoenix.discards.txt',
];
const started = performance.now();
const r = loadPetrarchDictionaries(names.map((n) => join(dir, n)));
const ms = performance.now() - started;

for (const f of r.files) console.log(`${f.path.split('/').pop()}\t${f.kind}\t${f.items} items\t${f.warnings} warnings`);
const entries = new Set(r.actors.phrases.map((p) => p.entry)).size;
console.log(`verb patterns ${r.verbs.patterns.length} (forms ${r.verbs.forms?.size ?? 0}); actor phrases ${r.actors.phrases.length} in ${entries} entries; agents ${r.actors.agents.length}; discards ${r.discards.sentence.length} sentence + ${r.discards.story.length} story`);
console.log(`warnings ${r.warnings.length}`);
for (const w of r.warnings) console.log(`  ${w.file.split('/').pop()}:${w.line}: ${w.message}`);
console.log(`load time ${ms.toFixed(0)} ms`);
