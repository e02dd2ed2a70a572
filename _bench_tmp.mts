import { openSqliteStore } from '/work/main/src/store/sqlite/sqlite-store.ts';
import { fixtureCode, fixtureDoc } from '/work/main/src/store/_test-fixtures.ts';
import { writeExport } from '/work/main/src/export/export-events.ts';
import { createApp } from '/work/main/src/api/app.ts';
import { startServer } from '/work/main/src/api/serve.ts';
import { rmSync, createWriteStream } from 'node:fs';
const path = '/tmp/bench.sqlite';
for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
const store = openSqliteStore(path);
const C = ['CHN','USA','RUS','UKR','IRN','FRA','DEU','GBR','JPN','IND'];
const R = ['040','042','190','112','173','036','057','010'];
let t = performance.now();
const N = 20000;
for (let b = 0; b < N / 100; b++) {
  const batch = [];
  for (let i = b * 100; i < b * 100 + 100; i++) {
    const lines = Array.from({ length: 5 }, (_, k) => `[${C[(i + k) % 10]} ${R[(i * 3 + k) % 8]} ${C[(i + k + 3) % 10]} 2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}] Story ${i} line ${k} with some words about talks.`);
    batch.push(fixtureCode(fixtureDoc(`d${i}`, lines, { url: `https://s${i % 50}.example/${i}` })));
  }
  store.saveCoded(batch, null);
}
const saveS = (performance.now() - t) / 1000;
console.log(`store: ${N} docs, ${store.stats().events} events, ${store.stats().clusters} stories in ${saveS.toFixed(1)} s (${(N / saveS).toFixed(0)} docs/s incl. clustering)`);
t = performance.now();
const rows = await writeExport(store, { format: 'gdelt', filter: {}, storiesOnly: false }, createWriteStream('/tmp/bench.tsv'));
console.log(`gdelt export all events: ${rows} rows in ${((performance.now() - t) / 1000).toFixed(2)} s; rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
t = performance.now();
const n2 = store.recluster();
console.log(`full recluster: ${n2} stories in ${((performance.now() - t) / 1000).toFixed(2)} s`);
const server = await startServer(createApp({ store }));
const qs = ['api/events?source=CHN&cameo=04&limit=100', 'api/events?q=talks&limit=100&sort=-date', 'api/dyads?a=CHN&b=USA&interval=week', 'api/clusters?limit=100', 'api/actors?limit=500'];
for (const q of qs) {
  const times = [];
  for (let i = 0; i < 20; i++) { const s = performance.now(); await (await fetch(server.url + q)).arrayBuffer(); times.push(performance.now() - s); }
  times.sort((a, b) => a - b);
  console.log(`${q}: median ${times[10].toFixed(1)} ms`);
}
await server.close();
store.close();
