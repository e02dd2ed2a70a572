import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { parseFeed } from 'htmlparser2';
import type { SourceDocument } from '../domain/document.js';
import { contentId } from './document-id.js';
import { htmlContent, htmlFragmentText } from './html-text.js';

/** Why an input yielded no document. Stable codes, shown to users with the input's name. */
export type ReadProblem =
  | 'empty' | 'binary' | 'not-utf8' | 'malformed-json' | 'missing-text' | 'html-without-text'
  | 'malformed-feed' | 'bad-date' | 'unreadable' | 'unsupported-format' | 'not-found';

export interface ReadError {
  /** The file, `file:line` for a JSON line, or `file#n` for a feed item. */
  readonly input: string;
  readonly problem: ReadProblem;
  readonly message: string;
}

/** One document read, or why one could not be; `bytes` is how much of the input it accounts for. */
export type ReadItem =
  | { readonly ok: true; readonly doc: SourceDocument; readonly bytes: number }
  | { readonly ok: false; readonly error: ReadError; readonly bytes: number };

export type DocumentFormat = 'txt' | 'html' | 'jsonl' | 'jsonl.gz' | 'feed';

export interface ReadOptions {
  /** Publication date (`YYYY-MM-DD`) for inputs that carry none (plain text; pages and feed items without one). */
  readonly date?: string;
  /** Read this instead of a file when the path is `-`. */
  readonly stdin?: Readable;
  /** Format of `-` (default `jsonl`). */
  readonly stdinFormat?: DocumentFormat;
}

/** An input file found by walking the paths given, with its size for progress reporting. */
export interface InputFile {
  readonly path: string;
  readonly format: DocumentFormat;
  readonly size: number;
}

/** The format a file name implies, or null for files Parley does not read. */
export function formatOf(path: string): DocumentFormat | null {
  const lower = path.toLowerCase();
  if (lower.endsWith('.jsonl.gz') || lower.endsWith('.ndjson.gz')) return 'jsonl.gz';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson')) return 'jsonl';
  if (lower.endsWith('.txt')) return 'txt';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  if (lower.endsWith('.xml') || lower.endsWith('.rss') || lower.endsWith('.atom')) return 'feed';
  return null;
}

/**
 * Lists readable files under the given paths, recursing into folders in name order (hidden entries
 * skipped). A path named outright with an unknown extension, or a missing one, comes back as an error.
 */
export async function walkInputs(paths: readonly string[]): Promise<{ files: InputFile[]; errors: ReadError[] }> {
  const files: InputFile[] = [];
  const errors: ReadError[] = [];
  const visit = async (path: string, explicit: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch {
      errors.push({ input: path, problem: 'not-found', message: `${path}: no such file or folder` });
      return;
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => !n.startsWith('.')).sort();
      for (const name of names) await visit(join(path, name), false);
      return;
    }
    const format = formatOf(path);
    if (format === null) {
      if (explicit) {
        errors.push({ input: path, problem: 'unsupported-format',
          message: `${path}: unsupported file type (expected .txt, .html, .jsonl, .jsonl.gz, .xml, .rss or .atom)` });
      }
      return;
    }
    files.push({ path, format, size: info.size });
  };
  for (const path of paths) await visit(path, true);
  return { files, errors };
}

/** Reads every document under a path (file, folder, or `-` for stdin), yielding each or the problem with it. */
export async function* readDocuments(path: string, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  if (path === '-') {
    if (!options.stdin) throw new Error('readDocuments: `-` needs options.stdin');
    yield* readStream(options.stdin, 'stdin', options.stdinFormat ?? 'jsonl', options);
    return;
  }
  const { files, errors } = await walkInputs([path]);
  for (const error of errors) yield { ok: false, error, bytes: 0 };
  for (const file of files) yield* readInputFile(file, options);
}

/** Reads one input file found by `walkInputs`. */
export async function* readInputFile(file: InputFile, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  if (file.format === 'jsonl' || file.format === 'jsonl.gz') {
    const raw = createReadStream(file.path);
    const stream = file.format === 'jsonl.gz' ? raw.pipe(createGunzip()) : raw;
    raw.on('error', (e) => stream.destroy(e));
    yield* readJsonLines(stream, file.path, options);
    return;
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file.path);
  } catch (error) {
    yield fail(file.path, 'unreadable', `cannot read: ${(error as Error).message}`, 0);
    return;
  }
  yield* readWhole(bytes, file.path, file.format, options);
}

async function* readStream(stream: Readable, name: string, format: DocumentFormat, options: ReadOptions): AsyncGenerator<ReadItem> {
  if (format === 'jsonl' || format === 'jsonl.gz') {
    yield* readJsonLines(format === 'jsonl.gz' ? stream.pipe(createGunzip()) : stream, name, options);
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  yield* readWhole(Buffer.concat(chunks), name, format, options);
}

function fail(input: string, problem: ReadProblem, message: string, bytes: number): ReadItem {
  return { ok: false, error: { input, problem, message: `${input}: ${message}` }, bytes };
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8 text, or says why they are not text. */
function decode(bytes: Uint8Array): { text: string } | { problem: 'binary' | 'not-utf8'; message: string } {
  if (bytes.subarray(0, 8192).includes(0)) return { problem: 'binary', message: 'looks binary (contains NUL bytes)' };
  try {
    return { text: decoder.decode(bytes).replace(/^\uFEFF/u, '') };
  } catch {
    return { problem: 'not-utf8', message: 'is not valid UTF-8 text' };
  }
}

/** `YYYY-MM-DD` from an ISO date or date-time, or null when it is no real date. */
export function isoDay(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/u.exec(value.trim());
  if (m) {
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    const t = Date.parse(day + 'T00:00:00Z');
    return Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== day ? null : day;
  }
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function* readWhole(bytes: Buffer, name: string, format: DocumentFormat, options: ReadOptions): Generator<ReadItem> {
  const size = bytes.length;
  if (bytes.toString('utf8').trim() === '') {
    yield fail(name, 'empty', 'is empty', size);
    return;
  }
  const decoded = decode(bytes);
  if ('problem' in decoded) {
    yield fail(name, decoded.problem, decoded.message, size);
    return;
  }
  const text = decoded.text;
  if (format === 'txt') {
    yield { ok: true, doc: withFields({ id: contentId(text), text, origin: name }, { date: options.date }), bytes: size };
    return;
  }
  if (format === 'html') {
    const page = htmlContent(text);
    if (page.text.trim() === '') {
      yield fail(name, 'html-without-text', 'HTML page has no readable text', size);
      return;
    }
    const date = (page.published ? isoDay(page.published) : null) ?? options.date;
    yield {
      ok: true,
      doc: withFields({ id: contentId(page.text), text: page.text, origin: name }, { date, title: page.title, url: page.url }),
      bytes: size,
    };
    return;
  }
  if (format === 'feed') {
    yield* readFeed(text, name, size, options);
    return;
  }
  // jsonl read from a buffer (stdin): reuse the line reader.
  let lineNo = 0;
  for (const line of text.split('\n')) {
    lineNo += 1;
    const lineBytes = Buffer.byteLength(line, 'utf8') + 1;
    const item = jsonLineItem(line, `${name}:${lineNo}`, lineBytes, options);
    if (item) yield item;
  }
}

function* readFeed(xml: string, name: string, size: number, options: ReadOptions): Generator<ReadItem> {
  let feed;
  try {
    feed = parseFeed(xml, { xmlMode: true });
  } catch {
    feed = null;
  }
  if (!feed) {
    yield fail(name, 'malformed-feed', 'is not an RSS or Atom feed', size);
    return;
  }
  if (feed.items.length === 0) {
    yield fail(name, 'empty', 'feed has no items', size);
    return;
  }
  const share = Math.floor(size / feed.items.length);
  let n = 0;
  for (const item of feed.items) {
    n += 1;
    const input = `${name}#${n}`;
    const text = htmlFragmentText(item.description ?? '');
    if (text.trim() === '') {
      yield fail(input, 'html-without-text', 'feed item has no description text', share);
      continue;
    }
    const date = (item.pubDate && !Number.isNaN(item.pubDate.getTime()) ? item.pubDate.toISOString().slice(0, 10) : undefined) ?? options.date;
    const id = item.id?.trim() || item.link?.trim() || contentId(text);
    yield {
      ok: true,
      doc: withFields({ id, text, origin: input }, { date, title: item.title?.trim(), url: item.link?.trim() }),
      bytes: share,
    };
  }
}

/** Reads JSON Lines (`{"id"?, "text", "date"?, "title"?, "url"?}` per line) from a byte stream. */
async function* readJsonLines(stream: Readable, name: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  let pending: Buffer = Buffer.alloc(0);
  let lineNo = 0;
  let sawContent = false;
  const handle = (raw: Buffer): ReadItem | null => {
    lineNo += 1;
    const bytes = raw.length + 1;
    if (raw.includes(0)) return fail(`${name}:${lineNo}`, 'binary', 'line contains NUL bytes', bytes);
    let line: string;
    try {
      line = decoder.decode(raw);
    } catch {
      return fail(`${name}:${lineNo}`, 'not-utf8', 'line is not valid UTF-8', bytes);
    }
    if (line.trim() !== '') sawContent = true;
    return jsonLineItem(lineNo === 1 ? line.replace(/^\uFEFF/u, '') : line, `${name}:${lineNo}`, bytes, options);
  };
  try {
    for await (const chunk of stream) {
      pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
      let nl: number;
      while ((nl = pending.indexOf(10)) !== -1) {
        const item = handle(pending.subarray(0, nl));
        pending = pending.subarray(nl + 1);
        if (item) yield item;
      }
    }
  } catch (error) {
    yield fail(name, 'unreadable', `cannot read: ${(error as Error).message}`, 0);
    return;
  }
  if (pending.length > 0) {
    const item = handle(pending);
    if (item) yield item;
  }
  if (!sawContent) yield fail(name, 'empty', 'is empty', 0);
}

function jsonLineItem(line: string, input: string, bytes: number, options: ReadOptions): ReadItem | null {
  if (line.trim() === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return fail(input, 'malformed-json', `malformed JSON line (${(error as Error).message})`, bytes);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(input, 'malformed-json', 'JSON line is not an object', bytes);
  }
  const record = value as Record<string, unknown>;
  const text = record['text'];
  if (typeof text !== 'string' || text.trim() === '') {
    return fail(input, 'missing-text', 'JSON line has no "text" string', bytes);
  }
  const rawId = record['id'];
  const id = typeof rawId === 'string' && rawId.trim() !== '' ? rawId.trim()
    : typeof rawId === 'number' ? String(rawId) : contentId(text);
  let date = options.date;
  const rawDate = record['date'];
  if (typeof rawDate === 'string' && rawDate.trim() !== '') {
    const day = isoDay(rawDate);
    if (day === null) return fail(input, 'bad-date', `"date" ${JSON.stringify(rawDate)} is not a date (use YYYY-MM-DD)`, bytes);
    date = day;
  }
  const str = (key: string): string | undefined => {
    const v = record[key];
    return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
  };
  return { ok: true, doc: withFields({ id, text, origin: input }, { date, title: str('title'), url: str('url') }), bytes };
}

/** Adds the optional fields that have values (exactOptionalPropertyTypes forbids explicit undefined). */
function withFields(
  base: { id: string; text: string; origin: string },
  extra: { date?: string | undefined; title?: string | undefined; url?: string | undefined },
): SourceDocument {
  const doc: { -readonly [K in keyof SourceDocument]: SourceDocument[K] } = { ...base };
  if (extra.date) doc.date = extra.date;
  if (extra.title) doc.title = extra.title;
  if (extra.url) doc.url = extra.url;
  return doc;
}
