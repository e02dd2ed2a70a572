/**
 * Generates a deterministic corpus of wire-style news articles (JSON Lines: id, date, title, url,
 * text) for benchmarks. The same seed and size give the same bytes on any machine.
 *
 *   node --import tsx bench/generate-corpus.ts --articles 2000 [--seed 1] [--out FILE]
 *   node --import tsx bench/generate-corpus.ts --size 1GB --out bench/corpus/big-1gb.jsonl
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { once } from 'node:events';
import { loadBuiltinActors } from '../src/dictionaries/actors/index.js';
import { actorPool, type ActorPool, type CountryNames } from './_actor-pool.js';
import { seededRandom, type Random } from './_prng.js';
import {
  BODY, CREDITS, FIRST_NAMES, LEADER_TITLES, LEADS, MINISTER_TITLES, MONTHS, SPOKES_TITLES, SURNAMES, TOPICS,
  type Official, type Story,
} from './_article-templates.js';

/** One generated article, with fields in the order they are written. */
export interface Article {
  readonly id: string;
  readonly date: string;
  readonly title: string;
  readonly url: string;
  readonly text: string;
}

export interface CorpusOptions {
  readonly seed?: number;
  /** Stop after this many articles. */
  readonly articles?: number;
  /** Stop once this many bytes of JSON Lines have been produced (for the memory check). */
  readonly bytes?: number;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
// AP style: months of five letters or fewer are spelled out in datelines.
const DATELINE_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'] as const;
const FIRST_DAY = Date.UTC(2023, 0, 1);
const DAY_MS = 86_400_000;

// Organisation names that take "the" in running text ("the African Union", but "NATO", "Amnesty International").
const TAKES_ARTICLE = /\b(Union|Nations|League|Bank|Organi[sz]ation|Council|Court|Fund|Agency|Committee|Alliance|Programme|Program|Office|Commission|Assembly|Forum|Group|Community|Federation|Conference|Secretariat|Parliament|Cooperation)\b/u;
const withArticle = (name: string): string => (TAKES_ARTICLE.test(name) && !/^The /u.test(name) ? `the ${name}` : name);

function official(r: Random, titles: readonly string[]): Official {
  const surname = r.pick(SURNAMES);
  return { title: r.pick(titles), name: `${r.pick(FIRST_NAMES)} ${surname}`, surname };
}

function person(r: Random, pool: ActorPool, country: CountryNames, titles: readonly string[]): Official {
  // Half the time a real person of that country from the dictionary, when it has any; else an invented name.
  const known = pool.people.get(country.iso) ?? [];
  if (known.length > 0 && r.chance(0.5)) {
    const name = r.pick(known);
    return { title: r.pick(titles), name, surname: name.split(' ').at(-1) ?? name };
  }
  return official(r, titles);
}

function article(n: number, seed: number, r: Random, pool: ActorPool): Article {
  const [a, b, c] = r.sample(pool.countries, 3) as [CountryNames, CountryNames, CountryNames];
  const published = new Date(FIRST_DAY + r.int(0, 729) * DAY_MS);
  const eventDay = new Date(published.getTime() - r.int(0, 1) * DAY_MS);
  const story: Story = {
    a, b, c,
    leaderA: person(r, pool, a, LEADER_TITLES), leaderB: person(r, pool, b, LEADER_TITLES),
    ministerA: person(r, pool, a, MINISTER_TITLES), ministerB: person(r, pool, b, MINISTER_TITLES),
    spokesA: official(r, SPOKES_TITLES),
    org: withArticle(r.pick(pool.organisations)), group: r.pick(pool.groups), topic: r.pick(TOPICS),
    onDay: `on ${WEEKDAYS[eventDay.getUTCDay()]}`, month: r.pick(MONTHS), year: published.getUTCFullYear(),
  };
  const lead = r.pick(LEADS);
  const city = r.chance(0.7) ? a.capital : b.capital;
  const dateline = `${city.toUpperCase()}, ${DATELINE_MONTHS[published.getUTCMonth()]} ${published.getUTCDate()} (Parley Wire) -- `;
  const paragraphs = [dateline + lead.lead(story, r)];
  const body = r.sample(BODY, r.int(8, 18));
  while (body.length > 0) {
    // Wire paragraphs hold one sentence, sometimes two.
    const take = r.chance(0.3) && body.length > 1 ? 2 : 1;
    paragraphs.push(body.splice(0, take).map((line) => line(story, r)).join(' '));
  }
  if (r.chance(0.6)) paragraphs.push(r.pick(CREDITS)(story, r));
  const date = published.toISOString().slice(0, 10);
  const id = `bench-${seed}-${String(n).padStart(7, '0')}`;
  return { id, date, title: lead.headline(story, r), url: `https://wire.example/${date}/${id}`, text: paragraphs.join('\n') };
}

/** Yields articles for a seed until the article count or byte size asked for is reached. */
export function* generateArticles(options: CorpusOptions): Generator<Article> {
  const seed = options.seed ?? 1;
  if (options.articles === undefined && options.bytes === undefined) throw new Error('generateArticles: give articles or bytes');
  const pool = actorPool(loadBuiltinActors());
  if (pool.countries.length < 3 || pool.organisations.length === 0 || pool.groups.length === 0) {
    throw new Error('generateArticles: the built-in actor dictionary lacks countries, organisations or groups');
  }
  const r = seededRandom(seed);
  let bytes = 0;
  for (let n = 1; ; n++) {
    if (options.articles !== undefined && n > options.articles) return;
    if (options.bytes !== undefined && bytes >= options.bytes) return;
    const a = article(n, seed, r, pool);
    bytes += Buffer.byteLength(JSON.stringify(a)) + 1;
    yield a;
  }
}

/** Writes a corpus as JSON Lines (via a temporary file, so a half-written corpus is never mistaken for a whole one). */
export async function writeCorpus(path: string, options: CorpusOptions): Promise<{ articles: number; bytes: number }> {
  await mkdir(dirname(path), { recursive: true });
  const partial = `${path}.partial`;
  const out = createWriteStream(partial);
  let articles = 0;
  let bytes = 0;
  for (const a of generateArticles(options)) {
    const line = JSON.stringify(a) + '\n';
    articles += 1;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
  await rename(partial, path);
  return { articles, bytes };
}

/** Returns the path of a corpus, generating it first unless a file of that name already exists. */
export async function ensureCorpus(path: string, options: CorpusOptions): Promise<string> {
  try {
    await stat(path);
  } catch {
    await writeCorpus(path, options);
  }
  return path;
}

/** `1GB`, `500MB`, `20000` (bytes). */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(KB|MB|GB|K|M|G|B)?$/iu.exec(text.trim());
  if (!m) throw new Error(`not a size: "${text}" (use e.g. 500MB or 1GB)`);
  const unit = (m[2] ?? 'B').toUpperCase().replace(/B$/u, '') || 'B';
  const scale = unit === 'K' ? 1e3 : unit === 'M' ? 1e6 : unit === 'G' ? 1e9 : 1;
  return Math.round(Number(m[1]) * scale);
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string' }, size: { type: 'string' }, seed: { type: 'string', default: '1' },
      out: { type: 'string' }, help: { type: 'boolean', default: false },
    },
  });
  if (values.help || (values.articles === undefined && values.size === undefined)) {
    process.stdout.write('usage: generate-corpus.ts (--articles N | --size 1GB) [--seed N] [--out FILE]\n');
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const seed = Number(values.seed);
  const articles = values.articles === undefined ? undefined : Number(values.articles);
  if (!Number.isInteger(seed) || (articles !== undefined && (!Number.isInteger(articles) || articles < 1))) {
    throw new Error('--seed and --articles must be whole numbers');
  }
  const bytes = values.size === undefined ? undefined : parseSize(values.size);
  const name = articles !== undefined ? `articles-${articles}` : `size-${values.size}`;
  const out = values.out ?? `bench/corpus/${name}-seed${seed}.jsonl`;
  const written = await writeCorpus(out, { seed, ...(articles !== undefined ? { articles } : {}), ...(bytes !== undefined ? { bytes } : {}) });
  process.stderr.write(`wrote ${written.articles} articles, ${(written.bytes / 1e6).toFixed(1)} MB to ${out}\n`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  await main(process.argv.slice(2));
}
