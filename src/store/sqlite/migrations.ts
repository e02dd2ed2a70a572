import type Database from 'better-sqlite3';
import { StoreError } from '../store.js';

/** One schema step. Steps are applied in order, each in its own transaction, and never edited once shipped. */
interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'corpus tables',
    sql: `
      CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        command TEXT NOT NULL,
        dictionary_version TEXT NOT NULL,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        documents INTEGER NOT NULL DEFAULT 0,
        sentences INTEGER NOT NULL DEFAULT 0,
        events INTEGER NOT NULL DEFAULT 0,
        quotes INTEGER NOT NULL DEFAULT 0,
        skipped INTEGER NOT NULL DEFAULT 0
      );

      CREATE TABLE documents (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        date TEXT,
        title TEXT,
        url TEXT,
        origin TEXT,
        host TEXT,
        dateline_start INTEGER,
        dateline_end INTEGER,
        content_hash TEXT NOT NULL,
        added_at TEXT NOT NULL,
        coded_at TEXT NOT NULL,
        run_id INTEGER REFERENCES runs(id)
      );
      CREATE INDEX documents_date ON documents(date);

      CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq');
      CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
      END;
      CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
      END;
      CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, coalesce(old.title, ''), old.text);
        INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, coalesce(new.title, ''), new.text);
      END;

      CREATE TABLE sentences (
        doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        PRIMARY KEY (doc_seq, idx)
      ) WITHOUT ROWID;

      CREATE TABLE mentions (
        seq INTEGER PRIMARY KEY,
        doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
        sentence INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        code TEXT NOT NULL,
        name TEXT,
        resolution TEXT NOT NULL,
        rule TEXT NOT NULL,
        entry TEXT
      );
      CREATE INDEX mentions_doc ON mentions(doc_seq);
      CREATE INDEX mentions_code ON mentions(code);

      CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        event_id TEXT NOT NULL UNIQUE,
        doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
        doc_id TEXT NOT NULL,
        sentence INTEGER NOT NULL,
        date TEXT,
        date_precision TEXT,
        day TEXT,
        source_code TEXT NOT NULL,
        source_start INTEGER NOT NULL,
        source_end INTEGER NOT NULL,
        source_text TEXT NOT NULL,
        target_code TEXT,
        target_start INTEGER,
        target_end INTEGER,
        target_text TEXT,
        cameo TEXT NOT NULL,
        root TEXT NOT NULL,
        quad INTEGER NOT NULL,
        goldstein REAL NOT NULL,
        plover_type TEXT NOT NULL,
        plover_mode TEXT,
        plover_context TEXT,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        trigger_text TEXT NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end INTEGER NOT NULL,
        evidence_text TEXT NOT NULL,
        rule TEXT NOT NULL,
        reported_by_code TEXT,
        reported_by_start INTEGER,
        reported_by_end INTEGER,
        reported_by_text TEXT,
        cluster_key TEXT NOT NULL,
        cluster_id TEXT,
        run_id INTEGER REFERENCES runs(id)
      );
      CREATE INDEX events_doc ON events(doc_seq);
      CREATE INDEX events_day ON events(day);
      CREATE INDEX events_source ON events(source_code);
      CREATE INDEX events_target ON events(target_code);
      CREATE INDEX events_cameo ON events(cameo);
      CREATE INDEX events_plover ON events(plover_type);
      CREATE INDEX events_cluster_key ON events(cluster_key, day);
      CREATE INDEX events_cluster ON events(cluster_id);

      CREATE TABLE quotes (
        seq INTEGER PRIMARY KEY,
        quote_id TEXT NOT NULL,
        doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
        doc_id TEXT NOT NULL,
        sentence INTEGER NOT NULL,
        quote_kind TEXT NOT NULL,
        text TEXT NOT NULL,
        content_start INTEGER NOT NULL,
        content_end INTEGER NOT NULL,
        content_text TEXT NOT NULL,
        speaker_code TEXT,
        speaker_name TEXT,
        speaker_start INTEGER,
        speaker_end INTEGER,
        speaker_text TEXT,
        reporter_code TEXT,
        reporter_name TEXT,
        reporter_start INTEGER,
        reporter_end INTEGER,
        reporter_text TEXT,
        cue_start INTEGER NOT NULL,
        cue_end INTEGER NOT NULL,
        cue_text TEXT NOT NULL,
        rule TEXT NOT NULL
      );
      CREATE INDEX quotes_doc ON quotes(doc_seq);
      CREATE INDEX quotes_speaker ON quotes(speaker_code);

      CREATE TABLE time_expressions (
        seq INTEGER PRIMARY KEY,
        doc_seq INTEGER NOT NULL REFERENCES documents(seq) ON DELETE CASCADE,
        sentence INTEGER NOT NULL,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        value TEXT NOT NULL,
        precision TEXT NOT NULL,
        explicit INTEGER NOT NULL,
        rule TEXT NOT NULL
      );
      CREATE INDEX time_expressions_doc ON time_expressions(doc_seq);

      CREATE TABLE clusters (
        id TEXT PRIMARY KEY,
        key TEXT NOT NULL,
        dyad_a TEXT NOT NULL,
        dyad_b TEXT NOT NULL,
        family TEXT NOT NULL,
        first_date TEXT,
        last_date TEXT,
        num_mentions INTEGER NOT NULL,
        num_documents INTEGER NOT NULL,
        num_sources INTEGER NOT NULL,
        representative_seq INTEGER NOT NULL,
        representative_event_id TEXT NOT NULL,
        cameo TEXT NOT NULL,
        quad INTEGER NOT NULL,
        goldstein REAL NOT NULL
      );
      CREATE INDEX clusters_key ON clusters(key, first_date);
      CREATE INDEX clusters_first ON clusters(first_date);
      CREATE INDEX clusters_representative ON clusters(representative_seq);
    `,
  },
  {
    version: 2,
    name: 'settings',
    sql: `
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
];

/** The newest schema version this build knows. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** Brings a database up to `SCHEMA_VERSION`; refuses a database written by a newer Parley. */
export function migrate(db: Database.Database, now: () => Date): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
  )`);
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  const current = row.v ?? 0;
  if (current > SCHEMA_VERSION) {
    throw new StoreError(
      'store-schema-newer',
      `database schema version ${current} is newer than this Parley understands (${SCHEMA_VERSION}); upgrade Parley`,
    );
  }
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const step of MIGRATIONS) {
    if (step.version <= current) continue;
    db.transaction(() => {
      db.exec(step.sql);
      record.run(step.version, step.name, now().toISOString());
    })();
  }
}
