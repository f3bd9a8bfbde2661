/**
 * Schema migrations, applied in order inside one transaction each; `schema_version` records which
 * ran. An archive written by a newer zvarot is refused rather than half-read.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { ZvarotError } from '../../core/errors.js';

/**
 * The full-text index. Columns: `subject` and `body` hold stems, `exact` the folded surface forms
 * of both, `keys` the cross-script keys of name-like words. Stems carry marks that keep words apart
 * (=lemma keys, ":" verbs, "~" reflexives, "+" derivations), so these are token characters.
 * No prefix indexes: they would be kept for all four columns and more than double the index, while
 * prefix queries (exact column only) stay fast by scanning the term range (отоп* 0.1 ms, по* 6 ms
 * on the 60k appeals).
 */
export const FTS_DDL = `
  CREATE VIRTUAL TABLE letters_fts USING fts5(
    subject, body, exact, keys,
    content='', contentless_delete=1,
    tokenize="unicode61 remove_diacritics 0 tokenchars '=:~+'"
  );
  CREATE VIRTUAL TABLE letters_vocab USING fts5vocab(letters_fts, 'col');
`;

/**
 * The postings of every full-text term by segment, and the vocabulary of terms (postings.ts). Keyed
 * by segment first: a write appends its rows at the end of the table instead of into a million
 * places across it (keyed by term first, a million-letter reindex slowed to 600 letters/s).
 */
export const POSTINGS_DDL = `
  CREATE TABLE segments (seg INTEGER PRIMARY KEY, letters INTEGER NOT NULL);
  CREATE TABLE postings (seg INTEGER NOT NULL, term TEXT NOT NULL, docs BLOB NOT NULL, PRIMARY KEY (seg, term)) WITHOUT ROWID;
  CREATE TABLE terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
`;

export const MIGRATIONS: readonly { version: number; why: string; sql: string }[] = [
  {
    version: 1,
    why: 'letters with their derived fields, and a contentless full-text index over analysed text',
    sql: `
      CREATE TABLE letters (
        rowid INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        content_hash TEXT NOT NULL,
        run TEXT NOT NULL,
        received_at TEXT,
        received_ts INTEGER,
        year INTEGER,
        month TEXT,
        channel TEXT,
        place TEXT,
        place_key TEXT,
        place_label TEXT,
        sender_key TEXT,
        subject TEXT,
        body TEXT NOT NULL,
        attachments INTEGER NOT NULL DEFAULT 0,
        response TEXT,
        has_response INTEGER NOT NULL DEFAULT 0,
        sender_json TEXT,
        source_json TEXT,
        lang TEXT NOT NULL,
        kind TEXT,
        flags_json TEXT NOT NULL DEFAULT '[]',
        ingested_at TEXT NOT NULL
      );
      CREATE INDEX letters_received ON letters(received_ts);
      CREATE INDEX letters_year ON letters(year);
      CREATE INDEX letters_lang ON letters(lang);
      CREATE INDEX letters_place ON letters(place_key);
      CREATE VIRTUAL TABLE letters_fts USING fts5(
        subject, body, exact, keys,
        content='', contentless_delete=1,
        tokenize='unicode61 remove_diacritics 0',
        prefix='2 3 4'
      );
      CREATE VIRTUAL TABLE letters_vocab USING fts5vocab(letters_fts, 'col');
    `,
  },
  {
    version: 2,
    why: 'archive facts, first of all the analyzer version the full-text index was built with',
    sql: `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
  },
  {
    version: 3,
    why: 'stem marks are token characters, name keys are indexed (the full-text index is rebuilt: zvarot reindex), and the facet columns have a covering index',
    sql: `
      DROP TABLE letters_vocab;
      DROP TABLE letters_fts;
      ${FTS_DDL}
      INSERT OR REPLACE INTO meta (key, value) SELECT 'analyzer', '0' WHERE EXISTS (SELECT 1 FROM letters);
      -- What search keeps in memory for facets and filters, readable without the letters' bodies.
      CREATE INDEX letters_columns ON letters(kind, lang, year, month, place_key, place_label, channel, has_response, flags_json, received_ts);
    `,
  },
  {
    version: 4,
    why: "the archive's own postings for ranking (postings.ts): each letter's segment and token count, the postings and the vocabulary (rebuilt by zvarot reindex)",
    sql: `
      ALTER TABLE letters ADD COLUMN seg INTEGER;
      ALTER TABLE letters ADD COLUMN tokens INTEGER NOT NULL DEFAULT 0;
      ${POSTINGS_DDL}
      DROP INDEX letters_columns;
      CREATE INDEX letters_columns ON letters(kind, lang, year, month, place_key, place_label, channel, has_response, flags_json, received_ts, seg, tokens);
      INSERT OR REPLACE INTO meta (key, value) SELECT 'analyzer', '0' WHERE EXISTS (SELECT 1 FROM letters);
    `,
  },
  {
    version: 5,
    why: 'what enrichment derives from each letter (kind, flags, scores, evidence, personal-data spans) is stored with it (filled by zvarot reindex)',
    sql: `
      ALTER TABLE letters ADD COLUMN enrich_json TEXT;
      INSERT OR REPLACE INTO meta (key, value) SELECT 'analyzer', '0' WHERE EXISTS (SELECT 1 FROM letters);
    `,
  },
  {
    version: 6,
    why: 'campaigns and repeat senders (a group key per letter), the entities each letter mentions as facet values, classifiers a reporter trained with the labels they gave (filled by zvarot reindex), and the secret that keys pseudonyms',
    sql: `
      ALTER TABLE letters ADD COLUMN campaign TEXT;
      ALTER TABLE letters ADD COLUMN sender_group TEXT;
      CREATE INDEX letters_campaign ON letters(campaign) WHERE campaign IS NOT NULL;
      CREATE INDEX letters_sender_group ON letters(sender_group);
      CREATE TABLE mentions (letter INTEGER NOT NULL, entity TEXT NOT NULL, type TEXT NOT NULL, label TEXT NOT NULL, public INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (letter, entity)) WITHOUT ROWID;
      CREATE INDEX mentions_entity ON mentions(entity);
      CREATE TABLE classifiers (name TEXT PRIMARY KEY, model_json TEXT NOT NULL, figures_json TEXT NOT NULL, trained_at TEXT NOT NULL);
      CREATE TABLE labels (classifier TEXT NOT NULL, letter INTEGER NOT NULL, label TEXT NOT NULL, score REAL NOT NULL, PRIMARY KEY (classifier, letter)) WITHOUT ROWID;
      INSERT OR REPLACE INTO meta (key, value) SELECT 'analyzer', '0' WHERE EXISTS (SELECT 1 FROM letters);
      -- The key of every pseudonym (src/privacy): made once per archive, never shown.
      INSERT OR IGNORE INTO meta (key, value) VALUES ('secret', lower(hex(randomblob(32))));
    `,
  },
  {
    version: 7,
    why: 'users of the archive with their roles, password hashes and failed-login counts',
    sql: `
      CREATE TABLE users (
        name TEXT PRIMARY KEY,
        role TEXT NOT NULL CHECK (role IN ('admin', 'editor', 'researcher')),
        hash TEXT NOT NULL,
        created_at TEXT NOT NULL,
        failures INTEGER NOT NULL DEFAULT 0,
        locked_until INTEGER
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 8,
    why: 'the audit log: who read, searched, logged in or changed a user, when; each entry chained to the one before by hash (src/privacy/audit.ts)',
    sql: `
      CREATE TABLE audit (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL,
        prev TEXT NOT NULL,
        hash TEXT NOT NULL
      );
    `,
  },
  {
    version: 9,
    why: "the reporter's notebook: tags and notes on letters, collections of letters and quotes (user data, keyed by letter id and kept apart from the letters, so re-ingest never touches it)",
    // AUTOINCREMENT: a removed note, collection or item never lends its id to a new one, so an id
    // in the audit log or a reporter's bookmark always means the same thing.
    sql: `
      CREATE TABLE tags (letter_id TEXT NOT NULL, tag TEXT NOT NULL, user TEXT NOT NULL, at TEXT NOT NULL, PRIMARY KEY (letter_id, tag)) WITHOUT ROWID;
      CREATE INDEX tags_tag ON tags(tag);
      CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, letter_id TEXT NOT NULL, user TEXT NOT NULL, text TEXT NOT NULL, at TEXT NOT NULL);
      CREATE INDEX notes_letter ON notes(letter_id);
      CREATE TABLE collections (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, owner TEXT NOT NULL, created_at TEXT NOT NULL);
      CREATE INDEX collections_owner ON collections(owner);
      CREATE TABLE collection_items (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        collection_id INTEGER NOT NULL REFERENCES collections(id) ON DELETE CASCADE,
        letter_id TEXT NOT NULL,
        quote TEXT,
        note TEXT,
        added_at TEXT NOT NULL,
        position INTEGER NOT NULL
      );
      CREATE INDEX collection_items_order ON collection_items(collection_id, position);
    `,
  },
  {
    version: 10,
    why: 'the postings hold the pairs of neighbouring exact forms, so phrases run without FTS5 (rebuilt by zvarot reindex)',
    sql: `INSERT OR REPLACE INTO meta (key, value) SELECT 'analyzer', '0' WHERE EXISTS (SELECT 1 FROM letters);`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** The schema version an archive has (0 for an empty file). */
export function schemaVersion(db: Database.Database): number {
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get() !== undefined;
  if (!has) return 0;
  return (db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null }).v ?? 0;
}

export function migrate(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, why TEXT NOT NULL)`);
  const row = db.prepare('SELECT max(version) AS v FROM schema_version').get() as { v: number | null };
  const current = row.v ?? 0;
  if (current > SCHEMA_VERSION) {
    throw new ZvarotError('E_DB_SCHEMA', `the archive has schema version ${current}, this zvarot knows up to ${SCHEMA_VERSION}`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO schema_version (version, applied_at, why) VALUES (?, ?, ?)').run(m.version, new Date().toISOString(), m.why);
    })();
  }
}
