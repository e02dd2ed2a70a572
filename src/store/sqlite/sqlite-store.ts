import Database from 'better-sqlite3';
import type { CodedDocument } from '../../domain/coded-document.js';
import type { SourceDocument } from '../../domain/document.js';
import type { EventRecord, QuoteRecord } from '../../domain/event-record.js';
import { contentHash, stableDocumentId } from '../../io/document-id.js';
import {
  clusterByWindow, clusterKey, dayNumber, opensNewStory, parseClusterKey, summarizeStory, urlHost, type ClusterMember, type ClusterSummary,
} from '../dedup/cluster-events.js';
import {
  StoreError,
  type ActorCount, type ActorFilter, type Cluster, type ClusterFilter, type DirectionTotals, type DocumentDetail,
  type DocumentFilter, type DocumentState, type DocumentSummary, type DyadPeriod, type DyadQuery, type DyadSeries,
  type EventFilter, type EventSort, type Page, type PageResult, type QuoteFilter, type RunCounts, type RunRow,
  type RunStart, type SaveOutcome, type Store, type StoreOptions, type StoreStats, type StoredEvent, type StoredQuote,
} from '../store.js';
import { addDateRange, clusterWhere, eventOrder, eventWhere, ftsQuery, likeEscape } from './filters.js';
import { migrate } from './migrations.js';
import {
  EVENT_INSERT_SQL, QUOTE_INSERT_SQL, clusterFromRow, documentSummaryFromRow, eventFromRow, eventParams,
  eventSignature, mentionFromRow, quoteFromRow, quoteParams, runFromRow, storedEventFromRow, timeFromRow,
  type ClusterRow, type DocumentRow, type EventRow, type EventWithDocumentRow, type MentionRow, type QuoteRow, type RunDbRow, type TimeRow,
} from './rows.js';

export interface SqliteStoreOptions extends StoreOptions {
  /** Clock for timestamps (added_at, runs); tests pass a fixed one. */
  readonly now?: () => Date;
  readonly readonly?: boolean;
}

/** Opens (creating if needed) a Parley corpus in an SQLite file, in WAL mode, migrated to the current schema. */
export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  } catch (error) {
    throw new StoreError('store-open-failed', `cannot open database ${path}: ${(error as Error).message}`);
  }
  try {
    if (options.readonly !== true) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // NORMAL in WAL mode survives a killed process; only power loss may drop the last commits.
    db.pragma('synchronous = NORMAL');
    if (options.readonly !== true) migrate(db, options.now ?? (() => new Date()));
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError('store-open-failed', `cannot open database ${path}: ${(error as Error).message}`);
  }
  const store = new SqliteStore(db, path, options);
  try {
    if (options.readonly !== true) store.applyClusterWindow(options.clusterWindowDays);
  } catch (error) {
    db.close();
    throw error;
  }
  return store;
}

/** Stories are built with one window per corpus; it is kept in `settings` so every writer agrees. */
const WINDOW_SETTING = 'cluster_window_days';
const DEFAULT_WINDOW_DAYS = 2;

/** Rows per page when streaming events in storage order. */
const ITERATE_PAGE = 500;

/** Events with the document fields every listing shows. */
const EVENTS_FROM = `SELECT e.*, d.title AS doc_title, d.date AS doc_date, d.url AS doc_url, d.added_at AS doc_added_at
  FROM events e JOIN documents d ON d.seq = e.doc_seq`;

/** Day-precision event date, else the document's date: the day the corpus layer files an event under. */
function eventDay(e: EventRecord, docDate: string | null): string | null {
  if (e.date !== null && /^\d{4}-\d{2}-\d{2}$/u.test(e.date)) return e.date;
  return docDate !== null && /^\d{4}-\d{2}-\d{2}$/u.test(docDate) ? docDate : null;
}

class SqliteStore implements Store {
  private readonly now: () => Date;
  private windowDays = DEFAULT_WINDOW_DAYS;
  private readonly statements = new Map<string, Database.Statement>();

  /** A prepared statement for the write path, prepared once (never used for open iterators). */
  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (statement === undefined) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  constructor(private readonly db: Database.Database, readonly location: string, options: SqliteStoreOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Uses the corpus's stored window; a different requested one is stored and every story rebuilt with it. */
  applyClusterWindow(requested: number | undefined): void {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(WINDOW_SETTING) as { value: string } | undefined;
    const stored = row === undefined ? null : Number(row.value);
    if (requested === undefined || requested === stored) {
      this.windowDays = stored ?? DEFAULT_WINDOW_DAYS;
      return;
    }
    if (!Number.isInteger(requested) || requested < 0 || requested > 365) {
      throw new StoreError('store-open-failed', `cluster window must be a whole number of days from 0 to 365, got ${requested}`);
    }
    this.windowDays = requested;
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
      .run(WINDOW_SETTING, String(requested));
    if (stored !== null || (this.db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n > 0) this.recluster();
  }

  documentState(id: string, hash: string): DocumentState {
    const row = this.stmt('SELECT content_hash FROM documents WHERE id = ?').get(id) as
      | { content_hash: string } | undefined;
    if (row === undefined) return 'absent';
    return row.content_hash === hash ? 'same' : 'changed';
  }

  saveCoded(batch: readonly CodedDocument[], runId: number | null): SaveOutcome[] {
    return this.db.transaction(() => {
      const touched: Touched = new Map();
      const outcomes = batch.map((coded) => this.saveOne(coded, runId, false, touched));
      this.reclusterKeys(touched);
      return outcomes;
    })();
  }

  recode(coded: CodedDocument, runId: number | null): SaveOutcome {
    return this.db.transaction(() => {
      const touched: Touched = new Map();
      const outcome = this.saveOne(coded, runId, true, touched);
      this.reclusterKeys(touched);
      return outcome;
    })();
  }

  /**
   * Inserts or replaces one document. Events are diffed by content, so an unchanged event keeps its
   * row (and its GDELT id) across recodes; `touched` collects the cluster keys and days to rebuild.
   */
  private saveOne(coded: CodedDocument, runId: number | null, recode: boolean, touched: Touched): SaveOutcome {
    const doc = coded.doc;
    const id = stableDocumentId(doc);
    const hash = contentHash(doc.text);
    const existing = this.stmt('SELECT seq, content_hash FROM documents WHERE id = ?').get(id) as
      | { seq: number; content_hash: string } | undefined;
    const now = this.now().toISOString();
    const counts = {
      sentences: coded.record.segment?.sentences.length ?? 0,
      events: coded.events.length,
      quotes: coded.quotes.length,
    };
    if (recode) {
      if (existing === undefined) throw new StoreError('document-not-found', `document ${id} is not stored`);
      if (existing.content_hash !== hash) {
        throw new StoreError('document-text-mismatch', `document ${id}: recoded text differs from the stored text`);
      }
    } else if (existing !== undefined && existing.content_hash === hash) {
      return { docId: id, status: 'unchanged', sentences: 0, events: 0, quotes: 0, addedEvents: [], removedEvents: [] };
    }

    let docSeq: number;
    const meta = {
      id, text: doc.text, date: doc.date ?? null, title: doc.title ?? null, url: doc.url ?? null,
      origin: doc.origin ?? null, host: urlHost(doc.url), content_hash: hash, now, run_id: runId,
      dateline_start: coded.record.segment?.dateline?.start ?? null,
      dateline_end: coded.record.segment?.dateline?.end ?? null,
    };
    if (existing === undefined) {
      docSeq = Number(this.stmt(`INSERT INTO documents
        (id, text, date, title, url, origin, host, dateline_start, dateline_end, content_hash, added_at, coded_at, run_id)
        VALUES (@id, @text, @date, @title, @url, @origin, @host, @dateline_start, @dateline_end, @content_hash, @now, @now,
        @run_id)`).run(meta).lastInsertRowid);
    } else {
      docSeq = existing.seq;
      this.stmt(`UPDATE documents SET text = @text, date = @date, title = @title, url = @url, origin = @origin,
        host = @host, dateline_start = @dateline_start, dateline_end = @dateline_end, content_hash = @content_hash,
        coded_at = @now, run_id = @run_id WHERE seq = @seq`).run({ ...meta, seq: docSeq });
      for (const table of ['sentences', 'mentions', 'quotes', 'time_expressions']) {
        this.stmt(`DELETE FROM ${table} WHERE doc_seq = ?`).run(docSeq);
      }
    }

    // Events: keep rows whose content is unchanged, delete the rest, insert the new ones.
    const oldRows = this.stmt('SELECT * FROM events WHERE doc_seq = ?').all(docSeq) as EventRow[];
    const oldBySignature = new Map(oldRows.map((r) => [eventSignature(eventFromRow(r)), r]));
    const fresh = coded.events.map((e) => normalizeEventIds(e, doc, id));
    const kept = new Set<string>();
    const toInsert: EventRecord[] = [];
    for (const e of fresh) {
      const signature = eventSignature(e);
      if (oldBySignature.has(signature) && !kept.has(signature)) kept.add(signature);
      else toInsert.push(e);
    }
    const removed: EventRow[] = [];
    const deleteEvent = this.stmt('DELETE FROM events WHERE seq = ?');
    for (const [signature, row] of oldBySignature) {
      if (kept.has(signature)) continue;
      removed.push(row);
      deleteEvent.run(row.seq);
      noteTouched(touched, row.cluster_key, row.day);
    }
    // A document whose date changed moves its kept events to another day.
    const docDate = doc.date ?? null;
    const insertEvent = this.stmt(EVENT_INSERT_SQL);
    for (const e of toInsert) {
      const day = eventDay(e, docDate);
      const key = clusterKey(e.source.code, e.target?.code ?? null, e.cameo, day, id);
      try {
        insertEvent.run(eventParams(e, docSeq, id, day, key, runId));
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
          throw new StoreError('duplicate-event-id', `document ${id}: event id ${e.event_id} occurs twice or is already stored for another document`);
        }
        throw error;
      }
      noteTouched(touched, key, day);
    }
    for (const row of oldRows) {
      if (!kept.has(eventSignature(eventFromRow(row)))) continue;
      const day = eventDay(eventFromRow(row), docDate);
      if (day !== row.day) {
        const key = clusterKey(row.source_code, row.target_code, row.cameo, day, id);
        this.stmt('UPDATE events SET day = ?, cluster_key = ? WHERE seq = ?').run(day, key, row.seq);
        noteTouched(touched, row.cluster_key, row.day);
        noteTouched(touched, key, day);
      }
    }

    this.insertAnnotations(coded, docSeq, id);
    return {
      docId: id,
      status: existing === undefined ? 'added' : 'replaced',
      ...counts,
      addedEvents: toInsert.map((e) => e.event_id),
      removedEvents: removed.map((r) => r.event_id),
    };
  }

  private insertAnnotations(coded: CodedDocument, docSeq: number, docId: string): void {
    const sentence = this.stmt('INSERT INTO sentences (doc_seq, idx, start, end) VALUES (?, ?, ?, ?)');
    for (const s of coded.record.segment?.sentences ?? []) sentence.run(docSeq, s.index, s.start, s.end);
    const mention = this.stmt(`INSERT INTO mentions
      (doc_seq, sentence, start, end, text, code, name, resolution, rule, entry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const m of coded.entities) {
      mention.run(docSeq, m.sentence, m.start, m.end, m.text, m.code, m.name, m.resolution, m.rule, m.entry);
    }
    const quote = this.stmt(QUOTE_INSERT_SQL);
    for (const q of coded.quotes) {
      quote.run(quoteParamsFor(q, docSeq, docId, coded.doc.id));
    }
    const time = this.stmt(`INSERT INTO time_expressions
      (doc_seq, sentence, start, end, text, value, precision, explicit, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const t of coded.record.dates?.expressions ?? []) {
      time.run(docSeq, t.sentence, t.start, t.end, t.text, t.value, t.precision, t.explicit ? 1 : 0, t.rule);
    }
  }

  /** Rebuilds the stories around each touched key and day. */
  private reclusterKeys(touched: Touched): void {
    for (const [key, days] of touched) {
      if (days.has(null) || key.includes('|doc:')) this.reclusterKey(key);
      else this.reclusterDays(key, [...days].filter((d): d is string => d !== null).sort());
    }
  }

  private static readonly MEMBERS = `SELECT e.seq, e.event_id AS eventId, e.doc_id AS docId,
    coalesce(d.host, e.doc_id) AS outlet, e.day, e.cameo, e.cluster_id AS storyId
    FROM events e JOIN documents d ON d.seq = e.doc_seq`;

  /**
   * Re-runs the story split from the story holding each touched day until it converges: once a new
   * story starts on a day where an old one started, past every touched day so far, the rest is as before.
   */
  private reclusterDays(key: string, days: readonly string[]): void {
    const storyStartingBefore = this.stmt('SELECT max(first_date) AS d FROM clusters WHERE key = ? AND first_date <= ?');
    const oldStart = this.stmt('SELECT 1 FROM clusters WHERE key = ? AND first_date = ?');
    const members = this.db.prepare(`${SqliteStore.MEMBERS} WHERE e.cluster_key = ? AND e.day >= ? ORDER BY e.day, e.seq`);
    let i = 0;
    while (i < days.length) {
      const first = days[i] as string;
      // Before the key's first story, the split restarts from its first event.
      const start = (storyStartingBefore.get(key, first) as { d: string | null }).d ?? '0000-00-00';
      let last = first;
      const groups: ClusterMember[][] = [];
      let current: ClusterMember[] = [];
      let firstDay: number | null = null;
      let stopDay: string | null = null;
      for (const m of members.iterate(key, start) as IterableIterator<ClusterMember & { day: string }>) {
        const n = dayNumber(m.day);
        while (i < days.length && (days[i] as string) <= m.day) last = days[i++] as string;
        if (current.length === 0 || opensNewStory(firstDay, n, this.windowDays)) {
          if (current.length > 0 && m.day > last && oldStart.get(key, m.day) !== undefined) {
            stopDay = m.day;
            break;
          }
          if (current.length > 0) groups.push(current);
          current = [];
          firstDay = n;
        }
        current.push(m);
      }
      if (current.length > 0) groups.push(current);
      if (stopDay === null) i = days.length;
      else while (i < days.length && (days[i] as string) < stopDay) i++;
      if (stopDay === null) this.stmt('DELETE FROM clusters WHERE key = ? AND first_date >= ?').run(key, start);
      else this.stmt('DELETE FROM clusters WHERE key = ? AND first_date >= ? AND first_date < ?').run(key, start, stopDay);
      this.writeStories(key, groups.map((g) => summarizeStory(key, g)));
    }
  }

  /** Rebuilds a key's stories from scratch (undated keys, a full recluster). */
  private reclusterKey(key: string): void {
    const rows = this.stmt(`${SqliteStore.MEMBERS} WHERE e.cluster_key = ?`).all(key) as ClusterMember[];
    this.stmt('DELETE FROM clusters WHERE key = ?').run(key);
    this.writeStories(key, clusterByWindow(key, rows, this.windowDays));
  }

  private writeStories(key: string, stories: readonly ClusterSummary[]): void {
    const { dyad, family } = parseClusterKey(key);
    const insert = this.stmt(`INSERT INTO clusters (id, key, dyad_a, dyad_b, family, first_date, last_date,
      num_mentions, num_documents, num_sources, representative_seq, representative_event_id, cameo, quad, goldstein)
      SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, seq, event_id, cameo, quad, goldstein FROM events WHERE seq = ?`);
    const assign = this.stmt('UPDATE events SET cluster_id = ? WHERE seq = ?');
    for (const c of stories) {
      insert.run(c.id, key, dyad[0], dyad[1], family, c.firstDate, c.lastDate, c.numMentions, c.numDocuments,
        c.numSources, c.representative.seq);
      for (const m of c.members) if (m.storyId !== c.id) assign.run(c.id, m.seq);
    }
  }

  recluster(): number {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM clusters').run();
      const keys = (this.db.prepare('SELECT DISTINCT cluster_key AS k FROM events').all() as { k: string }[]).map((r) => r.k);
      for (const key of keys) this.reclusterKey(key);
      return (this.db.prepare('SELECT count(*) AS n FROM clusters').get() as { n: number }).n;
    })();
  }

  startRun(run: RunStart): number {
    const result = this.db.prepare('INSERT INTO runs (command, dictionary_version, started_at) VALUES (?, ?, ?)')
      .run(run.command, run.dictionaryVersion, this.now().toISOString());
    return Number(result.lastInsertRowid);
  }

  finishRun(id: number, counts: RunCounts): void {
    this.db.prepare(`UPDATE runs SET finished_at = ?, documents = ?, sentences = ?, events = ?, quotes = ?, skipped = ?
      WHERE id = ?`).run(this.now().toISOString(), counts.documents, counts.sentences, counts.events, counts.quotes,
      counts.skipped, id);
  }

  listRuns(page: Page): PageResult<RunRow> {
    const total = (this.db.prepare('SELECT count(*) AS n FROM runs').get() as { n: number }).n;
    const rows = this.db.prepare('SELECT * FROM runs ORDER BY id DESC LIMIT ? OFFSET ?').all(page.limit, page.offset) as RunDbRow[];
    return { total, items: rows.map(runFromRow) };
  }

  private static readonly DOCUMENT_SUMMARY = `SELECT d.seq, d.id, d.title, d.date, d.url, d.origin, d.content_hash,
    length(d.text) AS length, (SELECT count(*) FROM events e WHERE e.doc_seq = d.seq) AS events, d.added_at
    FROM documents d`;

  getDocument(id: string): DocumentDetail | null {
    const row = this.db.prepare(`${SqliteStore.DOCUMENT_SUMMARY} WHERE d.id = ?`).get(id) as DocumentRow | undefined;
    if (row === undefined) return null;
    const { text, dateline_start: dStart, dateline_end: dEnd } = this.db.prepare(
      'SELECT text, dateline_start, dateline_end FROM documents WHERE seq = ?').get(row.seq) as
      { text: string; dateline_start: number | null; dateline_end: number | null };
    const dateline = dStart === null || dEnd === null ? null : { start: dStart, end: dEnd };
    const seq = row.seq;
    const sentences = (this.db.prepare('SELECT idx, start, end FROM sentences WHERE doc_seq = ? ORDER BY idx').all(seq) as
      { idx: number; start: number; end: number }[]).map((s) => ({ index: s.idx, start: s.start, end: s.end }));
    const mentions = (this.db.prepare(`SELECT ? AS doc_id, sentence, start, end, text, code, name, resolution, rule, entry
      FROM mentions WHERE doc_seq = ? ORDER BY start, seq`).all(id, seq) as MentionRow[]).map(mentionFromRow);
    const events = (this.db.prepare(`${EVENTS_FROM} WHERE e.doc_seq = ? ORDER BY e.sentence, e.trigger_start, e.seq`)
      .all(seq) as EventWithDocumentRow[]).map(storedEventFromRow);
    const quotes = (this.db.prepare('SELECT * FROM quotes WHERE doc_seq = ? ORDER BY content_start, seq').all(seq) as
      QuoteRow[]).map(quoteFromRow);
    const timeExpressions = (this.db.prepare(`SELECT sentence, start, end, text, value, precision, explicit, rule
      FROM time_expressions WHERE doc_seq = ? ORDER BY start, seq`).all(seq) as TimeRow[]).map(timeFromRow);
    return { ...documentSummaryFromRow(row), text, dateline, sentences, mentions, events, quotes, timeExpressions };
  }

  listDocuments(filter: DocumentFilter, page: Page): PageResult<DocumentSummary> {
    const parts: string[] = [];
    const params: unknown[] = [];
    addDateRange(parts, params, 'd.date', filter);
    if (filter.q !== undefined) {
      const match = ftsQuery(filter.q);
      if (match === null) parts.push('0');
      else {
        parts.push('d.seq IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)');
        params.push(match);
      }
    }
    const where = parts.length > 0 ? 'WHERE ' + parts.join(' AND ') : '';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM documents d ${where}`).get(...params) as { n: number }).n;
    const rows = this.db.prepare(`${SqliteStore.DOCUMENT_SUMMARY} ${where} ORDER BY d.seq LIMIT ? OFFSET ?`)
      .all(...params, page.limit, page.offset) as DocumentRow[];
    return { total, items: rows.map(documentSummaryFromRow) };
  }

  documentsAfter(cursor: number, limit: number): { cursor: number; docs: SourceDocument[] } {
    const rows = this.db.prepare(`SELECT seq, id, text, date, title, url, origin FROM documents WHERE seq > ?
      ORDER BY seq LIMIT ?`).all(cursor, limit) as {
      seq: number; id: string; text: string; date: string | null; title: string | null; url: string | null; origin: string | null;
    }[];
    const docs = rows.map((r) => {
      const doc: { -readonly [K in keyof SourceDocument]: SourceDocument[K] } = { id: r.id, text: r.text };
      if (r.date !== null) doc.date = r.date;
      if (r.title !== null) doc.title = r.title;
      if (r.url !== null) doc.url = r.url;
      if (r.origin !== null) doc.origin = r.origin;
      return doc;
    });
    return { cursor: rows[rows.length - 1]?.seq ?? cursor, docs };
  }

  queryEvents(filter: EventFilter, page: Page, sort: EventSort = 'date'): PageResult<StoredEvent> {
    const where = eventWhere(filter);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM events e ${where.sql}`).get(...where.params) as { n: number }).n;
    const rows = this.db.prepare(`${EVENTS_FROM} ${where.sql} ORDER BY ${eventOrder(sort)} LIMIT ? OFFSET ?`)
      .all(...where.params, page.limit, page.offset) as EventWithDocumentRow[];
    return { total, items: rows.map(storedEventFromRow) };
  }

  *iterateEvents(filter: EventFilter, sort: EventSort = 'date'): IterableIterator<StoredEvent> {
    const where = eventWhere(filter);
    if (sort === 'id') {
      // Keyset pages hold no statement open between pages, so the store stays writable while a caller streams.
      const glue = where.sql === '' ? 'WHERE' : `${where.sql} AND`;
      const page = this.db.prepare(`${EVENTS_FROM} ${glue} e.seq > ? ORDER BY e.seq LIMIT ?`);
      let after = 0;
      for (;;) {
        const rows = page.all(...where.params, after, ITERATE_PAGE) as EventWithDocumentRow[];
        for (const row of rows) yield storedEventFromRow(row);
        const last = rows[rows.length - 1];
        if (last === undefined || rows.length < ITERATE_PAGE) return;
        after = last.seq;
      }
    }
    const statement = this.db.prepare(`${EVENTS_FROM} ${where.sql} ORDER BY ${eventOrder(sort)}`);
    for (const row of statement.iterate(...where.params) as IterableIterator<EventWithDocumentRow>) yield storedEventFromRow(row);
  }

  getEvent(id: string): StoredEvent | null {
    const row = this.db.prepare(`${EVENTS_FROM} WHERE e.event_id = ?`).get(id) as EventWithDocumentRow | undefined;
    return row === undefined ? null : storedEventFromRow(row);
  }

  listClusters(filter: ClusterFilter, page: Page): PageResult<Cluster> {
    const where = clusterWhere(filter);
    const total = (this.db.prepare(`SELECT count(*) AS n FROM clusters c ${where.sql}`).get(...where.params) as { n: number }).n;
    const rows = this.db.prepare(`SELECT * FROM clusters c ${where.sql}
      ORDER BY c.num_mentions DESC, c.first_date DESC, c.id LIMIT ? OFFSET ?`).all(...where.params, page.limit, page.offset) as ClusterRow[];
    return { total, items: rows.map(clusterFromRow) };
  }

  getCluster(id: string): Cluster | null {
    const row = this.db.prepare('SELECT * FROM clusters WHERE id = ?').get(id) as ClusterRow | undefined;
    return row === undefined ? null : clusterFromRow(row);
  }

  listActors(filter: ActorFilter, page: Page): PageResult<ActorCount> {
    const parts: string[] = [];
    const params: unknown[] = [];
    addDateRange(parts, params, 'day', filter);
    const dateSql = parts.length > 0 ? ' AND ' + parts.join(' AND ') : '';
    const role = filter.role ?? 'any';
    const branches: string[] = [];
    const branchParams: unknown[] = [];
    if (role !== 'target') {
      branches.push(`SELECT source_code AS code, 1 AS s, 0 AS t FROM events WHERE 1 ${dateSql}`);
      branchParams.push(...params);
    }
    if (role !== 'source') {
      branches.push(`SELECT target_code AS code, 0 AS s, 1 AS t FROM events WHERE target_code IS NOT NULL ${dateSql}`);
      branchParams.push(...params);
    }
    let codeSql = '';
    const codeParams: unknown[] = [];
    if (filter.prefix !== undefined) {
      codeSql = 'WHERE code >= ? AND code < ?';
      codeParams.push(filter.prefix, filter.prefix + '\u{10FFFF}');
    }
    const inner = `SELECT code, sum(s) AS as_source, sum(t) AS as_target, sum(s) + sum(t) AS total
      FROM (${branches.join(' UNION ALL ')}) ${codeSql} GROUP BY code`;
    const total = (this.db.prepare(`SELECT count(*) AS n FROM (${inner})`).get(...branchParams, ...codeParams) as { n: number }).n;
    const rows = this.db.prepare(`${inner} ORDER BY total DESC, code LIMIT ? OFFSET ?`)
      .all(...branchParams, ...codeParams, page.limit, page.offset) as
      { code: string; as_source: number; as_target: number; total: number }[];
    return { total, items: rows.map((r) => ({ code: r.code, asSource: r.as_source, asTarget: r.as_target, total: r.total })) };
  }

  listQuotes(filter: QuoteFilter, page: Page): PageResult<StoredQuote> {
    const parts: string[] = [];
    const params: unknown[] = [];
    if (filter.docId !== undefined) {
      parts.push('q.doc_id = ?');
      params.push(filter.docId);
    }
    if (filter.speaker !== undefined) {
      parts.push('q.speaker_code >= ? AND q.speaker_code < ?');
      params.push(filter.speaker, filter.speaker + '\u{10FFFF}');
    }
    if (filter.q !== undefined) {
      parts.push("q.text LIKE ? ESCAPE '\\'");
      params.push('%' + likeEscape(filter.q) + '%');
    }
    addDateRange(parts, params, 'd.date', filter);
    const where = parts.length > 0 ? 'WHERE ' + parts.join(' AND ') : '';
    const from = 'FROM quotes q JOIN documents d ON d.seq = q.doc_seq';
    const total = (this.db.prepare(`SELECT count(*) AS n ${from} ${where}`).get(...params) as { n: number }).n;
    const rows = this.db.prepare(`SELECT q.*, d.date AS doc_date ${from} ${where} ORDER BY q.seq LIMIT ? OFFSET ?`)
      .all(...params, page.limit, page.offset) as (QuoteRow & { doc_date: string | null })[];
    return { total, items: rows.map((r) => ({ ...quoteFromRow(r), date: r.doc_date })) };
  }

  dyadSeries(query: DyadQuery): DyadSeries {
    const period = query.interval === 'day' ? 'day'
      : query.interval === 'week' ? "date(day, '-6 days', 'weekday 1')" : 'substr(day, 1, 7)';
    const top = '\u{10FFFF}';
    const isA = (col: string): string => `(${col} >= @a AND ${col} < @aTop)`;
    const isB = (col: string): string => `(${col} >= @b AND ${col} < @bTop)`;
    const parts = ['day IS NOT NULL', `((${isA('source_code')} AND ${isB('target_code')}) OR (${isB('source_code')} AND ${isA('target_code')}))`];
    if (query.from !== undefined) parts.push('day >= @from');
    if (query.to !== undefined) parts.push('day <= @to');
    const rows = this.db.prepare(`SELECT ${period} AS period,
        CASE WHEN ${isA('source_code')} AND ${isB('target_code')} THEN 'ab' ELSE 'ba' END AS dir,
        quad, count(*) AS n, sum(goldstein) AS g
      FROM events WHERE ${parts.join(' AND ')} GROUP BY 1, 2, 3 ORDER BY 1`).all({
      a: query.a, aTop: query.a + top, b: query.b, bTop: query.b + top,
      ...(query.from !== undefined ? { from: query.from } : {}), ...(query.to !== undefined ? { to: query.to } : {}),
    }) as { period: string; dir: 'ab' | 'ba'; quad: number; n: number; g: number }[];
    const periods = new Map<string, { aToB: MutableTotals; bToA: MutableTotals }>();
    for (const r of rows) {
      let p = periods.get(r.period);
      if (p === undefined) {
        p = { aToB: emptyTotals(), bToA: emptyTotals() };
        periods.set(r.period, p);
      }
      const side = r.dir === 'ab' ? p.aToB : p.bToA;
      side.events += r.n;
      const q = Math.min(Math.max(r.quad, 1), 4) - 1;
      side.quad[q] = (side.quad[q] ?? 0) + r.n;
      side.goldstein = Math.round((side.goldstein + r.g) * 1000) / 1000;
    }
    const list: DyadPeriod[] = [...periods].map(([name, p]) => ({ period: name, aToB: freeze(p.aToB), bToA: freeze(p.bToA) }));
    return { a: query.a, b: query.b, interval: query.interval, periods: list };
  }

  stats(): StoreStats {
    const count = (table: string): number => (this.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    return {
      documents: count('documents'),
      sentences: count('sentences'),
      mentions: count('mentions'),
      events: count('events'),
      quotes: count('quotes'),
      clusters: count('clusters'),
      runs: count('runs'),
    };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

interface MutableTotals {
  events: number;
  quad: [number, number, number, number];
  goldstein: number;
}

function emptyTotals(): MutableTotals {
  return { events: 0, quad: [0, 0, 0, 0], goldstein: 0 };
}

function freeze(t: MutableTotals): DirectionTotals {
  return { events: t.events, quad: t.quad, goldstein: t.goldstein };
}

/** Cluster keys to rebuild, each with the days whose events changed (null: an undated event). */
type Touched = Map<string, Set<string | null>>;

function noteTouched(touched: Touched, key: string, day: string | null): void {
  let days = touched.get(key);
  if (days === undefined) {
    days = new Set();
    touched.set(key, days);
  }
  days.add(day);
}

/**
 * A document stored under a content-hash id (it came without one) gets event ids that carry that id,
 * so ids stay unique across the corpus.
 */
function normalizeEventIds(e: EventRecord, doc: SourceDocument, id: string): EventRecord {
  if (doc.id === id && e.doc_id === id) return e;
  const eventId = doc.id.trim() === '' ? `${id}${e.event_id.startsWith(':') ? '' : ':'}${e.event_id}` : e.event_id;
  return { ...e, doc_id: id, event_id: eventId };
}

function quoteParamsFor(q: QuoteRecord, docSeq: number, docId: string, givenId: string): ReturnType<typeof quoteParams> {
  const params = quoteParams(q, docSeq, docId);
  return givenId.trim() === '' ? { ...params, quote_id: `${docId}:${q.quote_id}` } : params;
}
