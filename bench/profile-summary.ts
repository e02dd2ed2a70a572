/**
 * Summarises a V8 .cpuprofile: the functions with the most self time, and time by source file.
 *   node --import tsx --cpu-prof --cpu-prof-dir=bench/results/prof bench/_measure.ts coder-loop /tmp/r.json '{"corpus":"bench/corpus/articles-2000-seed1.jsonl"}'
 *   node --import tsx bench/profile-summary.ts bench/results/prof/CPU.*.cpuprofile [--top 30]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' } } });
const top = Number(values.top);
// The main thread's profile is the largest when workers wrote their own.
const path = positionals.map((p) => ({ p, size: readFileSync(p).length })).sort((a, b) => b.size - a.size)[0]?.p;
if (!path) throw new Error('usage: profile-summary.ts FILE.cpuprofile...');
const profile = JSON.parse(readFileSync(path, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

const short = (url: string) => url.replace(/^file:\/\/\/work\/main\/(bench\/results\/build\/)?/u, '').replace(/^.*node_modules\//u, 'node_modules/');
const key = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'}  ${short(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;

const self = new Map<string, number>();
const byFile = new Map<string, number>();
for (const [id, us] of selfUs) {
  const n = byId.get(id)!;
  self.set(key(n), (self.get(key(n)) ?? 0) + us);
  const file = short(n.callFrame.url) || `(${n.callFrame.functionName || 'native'})`;
  byFile.set(file, (byFile.get(file) ?? 0) + us);
}
// Inclusive time per pipeline file: a sample counts once for every distinct src/ file on its stack.
const inclusive = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const url = short(byId.get(at)!.callFrame.url);
    if (url.startsWith('src/')) seen.add(url);
  }
  for (const f of seen) inclusive.set(f, (inclusive.get(f) ?? 0) + (profile.timeDeltas[i] ?? 0));
});

const pct = (us: number) => `${((us / total) * 100).toFixed(1).padStart(5)}%`;
const print = (title: string, m: Map<string, number>, n: number) => {
  process.stdout.write(`\n${title}\n`);
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) process.stdout.write(`${pct(us)} ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}\n`);
};
process.stdout.write(`${path}: ${(total / 1000).toFixed(0)} ms sampled\n`);
print('self time by function', self, top);
print('self time by file', byFile, Math.min(top, 20));
print('inclusive time by src/ file', inclusive, Math.min(top, 25));
