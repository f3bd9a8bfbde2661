/** The embedded archive: one SQLite file (WAL), FTS5 for text, plain indexes for filters and facets. */
import Database from 'better-sqlite3-multiple-ciphers';
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { ZvarotError } from '../../core/errors.js';
import type { SearchRequest } from '../../query/ast.js';
import type { AuditEntry, ClassifierInfo, UserRecord, Derived, Facets, IndexTexts, LetterGroups, LetterInput, Mention, PutResult, SearchHitRow, SearchResult, Store, StoredLetter } from '../types.js';
import { ANALYZER_VERSION } from '../../language/analyze.js';
import { foldWord } from '../../language/normalize.js';
import { withinEdits } from '../../query/edits.js';
import { compileQuery, placeKey, placeLabel } from './compile.js';
import { Columns } from './columns.js';
import { BODY, EXACT, PostingReader, SUBJECT, SegmentBuilder, ftsTokens, mergeSegments, nextSegment, postingStatements, termOf, type PostingStatements } from './postings.js';
import { Ranker, TooBroad, type RankPlan } from './rank.js';
import type { Crosstab, FacetValue, LetterReport } from '../types.js';
import { FTS_DDL, POSTINGS_DDL, SCHEMA_VERSION, migrate, schemaVersion } from './schema.js';
import * as notebook from './notebook.js';
import type { CollectionItem, CollectionRecord, NoteRecord, TagCount, TagRecord } from '../types.js';

/** A prefix reaching more words than this runs through FTS5, which reads them as one range. */
const PREFIX_TERMS = 512;

export interface OpenOptions {
  /** Refuse to create a new archive: for commands that only read. */
  mustExist?: boolean;
  readonly?: boolean;
  /** Create the archive encrypted (it must not exist yet). */
  encrypt?: boolean;
  /** The key of an encrypted archive; ZVAROT_KEY or ZVAROT_KEY_FILE when absent. */
  key?: string;
}

interface LetterRow {
  rowid: number;
  id: string;
  content_hash: string;
  run: string;
  received_at: string | null;
  year: number | null;
  month: string | null;
  channel: string | null;
  place: string | null;
  subject: string | null;
  body: string;
  attachments: number;
  response: string | null;
  sender_json: string | null;
  source_json: string | null;
  lang: string;
  kind: string | null;
  flags_json: string;
  enrich_json: string | null;
  campaign: string | null;
  sender_group: string | null;
  ingested_at: string;
}

/** Date order with unknown dates last either way, ties by rowid; and the keyset condition after a cursor. */
const DATE_ORDER = {
  asc: 'received_ts IS NULL, received_ts ASC, rowid ASC',
  desc: 'received_ts IS NULL, received_ts DESC, rowid DESC',
};
const DATE_AFTER = {
  asc: '(CASE WHEN ? THEN received_ts IS NULL AND rowid > ? ELSE (received_ts > ? OR received_ts IS NULL OR (received_ts = ? AND rowid > ?)) END)',
  desc: '(CASE WHEN ? THEN received_ts IS NULL AND rowid < ? ELSE (received_ts < ? OR received_ts IS NULL OR (received_ts = ? AND rowid < ?)) END)',
};

function dateAfterParams(c: Cursor): (number | null)[] {
  const unknown = Number.isNaN(c.value);
  const t = unknown ? 0 : c.value;
  return [unknown ? 1 : 0, c.rowid, t, t, c.rowid];
}

interface Cursor {
  value: number;
  rowid: number;
}

/** An opaque cursor: the sort it belongs to and the last hit's sort key and rowid. */
function encodeCursor(sort: string, value: number, rowid: number): string {
  return Buffer.from(JSON.stringify([sort, Number.isNaN(value) ? null : value, rowid])).toString('base64url');
}

function decodeCursor(cursor: string, sort: string): Cursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || typeof parsed[2] !== 'number' || !(typeof parsed[1] === 'number' || parsed[1] === null)) {
    throw new ZvarotError('E_QUERY_PARAM', 'cursor is not one this archive gave out; take `next` from the previous page');
  }
  if (parsed[0] !== sort) throw new ZvarotError('E_QUERY_PARAM', `cursor belongs to sort=${String(parsed[0])}, not sort=${sort}`);
  return { value: parsed[1] === null ? Number.NaN : parsed[1], rowid: parsed[2] };
}

/** The first bytes of every unencrypted SQLite file. */
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Whether an archive file exists and is encrypted (its header is not SQLite's). */
export function isEncrypted(path: string): boolean {
  if (path === ':memory:' || !existsSync(path)) return false;
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(16);
    const n = readSync(fd, head, 0, 16, 0);
    return n === 16 && !head.equals(SQLITE_HEADER);
  } finally {
    closeSync(fd);
  }
}

/** The archive key from the environment: ZVAROT_KEY, or the first line of the file ZVAROT_KEY_FILE names. */
export function keyFromEnvironment(): string | undefined {
  if (process.env.ZVAROT_KEY) return process.env.ZVAROT_KEY;
  const file = process.env.ZVAROT_KEY_FILE;
  if (!file) return undefined;
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/)[0] || undefined;
  } catch (e) {
    throw new ZvarotError('E_DB_KEY', `cannot read the key file ${file}: ${(e as Error).message}`, { file });
  }
}

export function openSqliteStore(path: string, opts: OpenOptions = {}): Store {
  if (opts.mustExist && path !== ':memory:' && !existsSync(path)) {
    throw new ZvarotError('E_DB_MISSING', `no archive at ${path}`, { file: path });
  }
  // Encryption at rest (SQLite3 Multiple Ciphers in SQLCipher 4 mode): an encrypted archive needs
  // its key; a new one is encrypted when asked; a plaintext one is never touched by a key.
  const encrypted = isEncrypted(path);
  const isNew = path !== ':memory:' && !existsSync(path);
  if (opts.encrypt && !isNew && !encrypted) {
    throw new ZvarotError('E_DB_KEY', `${path} exists unencrypted; --encrypt creates new archives (ingest into a new file)`, { file: path });
  }
  const key = encrypted || (opts.encrypt && isNew) ? (opts.key ?? keyFromEnvironment()) : undefined;
  if ((encrypted || opts.encrypt) && !key) {
    throw new ZvarotError('E_DB_KEY', `${encrypted ? `the archive ${path} is encrypted` : 'an encrypted archive needs a key'}: set ZVAROT_KEY or ZVAROT_KEY_FILE (the CLI asks on a terminal)`, { file: path });
  }
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.mustExist ?? false });
  } catch (e) {
    throw new ZvarotError('E_DB_OPEN', `cannot open the archive ${path}: ${(e as Error).message}`, { file: path });
  }
  if (key) {
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    // A pragma takes no bound parameter: the key goes in as a quoted SQL string.
    db.pragma(`key = '${key.replace(/'/g, "''")}'`);
    try {
      db.prepare('SELECT count(*) FROM sqlite_master').get();
    } catch {
      db.close();
      throw new ZvarotError('E_DB_KEY', `the key does not open ${path}`, { file: path });
    }
  }
  if (!opts.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    migrate(db);
  }
  db.pragma('cache_size = -64000');
  return new SqliteStore(db, path);
}

class SqliteStore implements Store {
  private readonly byId: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly update: Database.Statement;
  private ftsInsert!: Database.Statement;
  private ftsDelete!: Database.Statement;
  private readonly mentionInsert: Database.Statement;
  private readonly mentionDelete: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
  ) {
    this.byId = db.prepare('SELECT * FROM letters WHERE id = ?');
    const cols = `id, content_hash, run, received_at, received_ts, year, month, channel, place, place_key, place_label, sender_key, subject, body, attachments, response, has_response, sender_json, source_json, lang, kind, flags_json, enrich_json, ingested_at, seg, tokens`;
    const writable = schemaVersion(db) === SCHEMA_VERSION;
    // An older archive opened read-only cannot take these; it is refused as stale before any use.
    this.insert = writable ? db.prepare(`INSERT INTO letters (${cols}) VALUES (@id, @content_hash, @run, @received_at, @received_ts, @year, @month, @channel, @place, @place_key, @place_label, @sender_key, @subject, @body, @attachments, @response, @has_response, @sender_json, @source_json, @lang, @kind, @flags_json, @enrich_json, @ingested_at, @seg, @tokens)`) : (null as unknown as Database.Statement);
    this.update = writable ? db.prepare(`UPDATE letters SET content_hash=@content_hash, run=@run, received_at=@received_at, received_ts=@received_ts, year=@year, month=@month, channel=@channel, place=@place, place_key=@place_key, place_label=@place_label, sender_key=@sender_key, subject=@subject, body=@body, attachments=@attachments, response=@response, has_response=@has_response, sender_json=@sender_json, source_json=@source_json, lang=@lang, kind=@kind, flags_json=@flags_json, enrich_json=@enrich_json, ingested_at=@ingested_at, seg=@seg, tokens=@tokens WHERE rowid=@rowid`) : (null as unknown as Database.Statement);
    this.mentionInsert = writable ? db.prepare('INSERT OR IGNORE INTO mentions (letter, entity, type, label, public) VALUES (?, ?, ?, ?, ?)') : (null as unknown as Database.Statement);
    this.mentionDelete = writable ? db.prepare('DELETE FROM mentions WHERE letter = ?') : (null as unknown as Database.Statement);
    this.prepareFtsStatements();
    db.function('zv_keep', { deterministic: false, varargs: false }, (rowid: unknown) => (this.keep[rowid as number] ? 1 : 0));
  }

  private prepareFtsStatements(): void {
    this.ftsInsert = this.db.prepare('INSERT INTO letters_fts (rowid, subject, body, exact, keys) VALUES (?, ?, ?, ?, ?)');
    this.ftsDelete = this.db.prepare('DELETE FROM letters_fts WHERE rowid = ?');
  }

  analyzerVersion(): number | null {
    // A read-only archive from before the meta table has none: it is version 1 if it holds letters.
    const hasMeta = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get() !== undefined;
    const row = hasMeta ? (this.db.prepare("SELECT value FROM meta WHERE key = 'analyzer'").get() as { value: string } | undefined) : undefined;
    if (row) return Number(row.value);
    return this.count() > 0 ? 1 : null;
  }

  private stale(version: number): ZvarotError {
    if (version === 0 || schemaVersion(this.db) < SCHEMA_VERSION) {
      return new ZvarotError('E_DB_STALE', `the archive ${this.path} was written by an older zvarot; its search index must be rebuilt for this one`, { file: this.path });
    }
    // Old and new index terms would not meet: letters would be unfindable by some words.
    return new ZvarotError(
      'E_DB_STALE',
      `the archive ${this.path} was indexed by analyzer version ${version}, this zvarot uses version ${ANALYZER_VERSION}`,
      { file: this.path },
    );
  }

  private recordAnalyzer(): void {
    this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('analyzer', ?)").run(String(ANALYZER_VERSION));
  }

  /** Checks once per store, before the first write, that the index takes this analyzer's terms. */
  private analyzerChecked = false;

  private checkAnalyzer(): void {
    if (this.analyzerChecked) return;
    const version = this.analyzerVersion();
    if (version === null) this.recordAnalyzer();
    else if (version !== ANALYZER_VERSION) throw this.stale(version);
    this.analyzerChecked = true;
  }

  /** Reading an index built by another analyzer would silently miss letters: refuse instead. */
  private readChecked = false;

  private checkReadable(): void {
    if (this.readChecked || this.analyzerChecked) return;
    const version = this.analyzerVersion();
    if (version !== null && version !== ANALYZER_VERSION) throw this.stale(version);
    // Even an empty archive from before the postings lacks the columns search reads.
    if (schemaVersion(this.db) < SCHEMA_VERSION) throw this.stale(version ?? 0);
    this.readChecked = true;
  }

  reindex(texts: (l: StoredLetter) => IndexTexts & Partial<Derived>, onProgress?: (done: number, total: number) => void): number {
    const total = this.count();
    this.forget();
    this.statements.clear();
    this.db.exec('DROP TABLE IF EXISTS letters_vocab; DROP TABLE IF EXISTS letters_fts; DROP TABLE IF EXISTS postings; DROP TABLE IF EXISTS terms; DROP TABLE IF EXISTS segments;');
    this.db.exec(FTS_DDL + POSTINGS_DDL);
    this.prepareFtsStatements();
    this.postingWriter = null;
    this.postingReader = null;
    const page = this.db.prepare('SELECT * FROM letters WHERE rowid > ? ORDER BY rowid LIMIT 1000');
    const setSegment = this.db.prepare('UPDATE letters SET seg = ?, tokens = ? WHERE rowid = ?');
    const setDerived = this.db.prepare('UPDATE letters SET kind = ?, flags_json = ?, enrich_json = ? WHERE rowid = ?');
    let last = 0;
    let done = 0;
    for (;;) {
      const rows = page.all(last) as LetterRow[];
      if (rows.length === 0) break;
      this.db.transaction(() => {
        const seg = nextSegment(this.db);
        const segment = new SegmentBuilder();
        for (const row of rows) {
          const t = texts(toLetter(row, {}));
          this.ftsInsert.run(row.rowid, t.indexSubject, t.indexBody, t.indexExact, t.indexKeys);
          const terms = SegmentBuilder.terms(t);
          segment.add(row.rowid, terms);
          setSegment.run(seg, terms.length, row.rowid);
          if (t.kind !== undefined) setDerived.run(t.kind, JSON.stringify(t.flags ?? []), t.enrichment ?? null, row.rowid);
          if (t.mentions) this.putMentions(row.rowid, t.mentions, true);
        }
        segment.write(this.writer(), seg, rows.length);
        while (mergeSegments(this.db, this.writer()));
      })();
      last = (rows[rows.length - 1] as LetterRow).rowid;
      done += rows.length;
      onProgress?.(done, total);
    }
    this.recordAnalyzer();
    this.analyzerChecked = true;
    return done;
  }

  putBatch(letters: LetterInput[], run: string): PutResult {
    this.checkAnalyzer();
    this.forget();
    const result: PutResult = { stored: 0, updated: 0, unchanged: 0, duplicates: [] };
    const now = new Date().toISOString();
    this.db.transaction(() => {
      // The batch is one postings segment; it takes a number only if it writes something.
      let seg = 0;
      const segment = new SegmentBuilder();
      for (const l of letters) {
        const existing = this.byId.get(l.id) as LetterRow | undefined;
        if (existing && existing.content_hash === l.contentHash) {
          result.unchanged++;
          continue;
        }
        if (existing && existing.run === run) {
          result.duplicates.push(l.id);
          continue;
        }
        const r = l.record;
        const date = l.receivedTs === null ? null : new Date(l.receivedTs + 3 * 3600_000);
        const row = {
          id: l.id,
          content_hash: l.contentHash,
          run,
          received_at: r.received_at ?? null,
          received_ts: l.receivedTs,
          year: date ? date.getUTCFullYear() : null,
          month: date ? date.toISOString().slice(0, 7) : null,
          channel: r.channel ?? null,
          place: r.place ?? null,
          place_key: r.place ? placeKey(r.place) : null,
          place_label: r.place ? placeLabel(r.place) : null,
          sender_key: r.sender?.name ? foldWord(r.sender.name, 'ru') : null,
          subject: r.subject ?? null,
          body: r.body,
          attachments: r.attachments ?? 0,
          response: r.response ?? null,
          has_response: r.response ? 1 : 0,
          sender_json: r.sender ? JSON.stringify(r.sender) : null,
          source_json: r.source ? JSON.stringify(r.source) : null,
          lang: l.lang,
          kind: l.kind ?? null,
          flags_json: JSON.stringify(l.flags ?? []),
          enrich_json: l.enrichment ?? null,
          ingested_at: now,
          seg: seg || (seg = nextSegment(this.db)),
          tokens: 0,
        };
        const terms = SegmentBuilder.terms(l);
        row.tokens = terms.length;
        if (existing) {
          this.update.run({ ...row, rowid: existing.rowid });
          this.ftsDelete.run(existing.rowid);
          this.ftsInsert.run(existing.rowid, l.indexSubject, l.indexBody, l.indexExact, l.indexKeys);
          segment.add(existing.rowid, terms);
          this.putMentions(existing.rowid, l.mentions ?? [], true);
          result.updated++;
        } else {
          const info = this.insert.run(row);
          this.ftsInsert.run(info.lastInsertRowid, l.indexSubject, l.indexBody, l.indexExact, l.indexKeys);
          segment.add(Number(info.lastInsertRowid), terms);
          this.putMentions(Number(info.lastInsertRowid), l.mentions ?? [], false);
          result.stored++;
        }
      }
      if (seg) {
        segment.write(this.writer(), seg, result.stored + result.updated);
        while (mergeSegments(this.db, this.writer()));
      }
    })();
    return result;
  }

  /** A letter's mentions, replacing those it had (`replace`), one row per entity. */
  private putMentions(rowid: number, mentions: readonly Mention[], replace: boolean): void {
    if (replace) this.mentionDelete.run(rowid);
    for (const m of mentions) this.mentionInsert.run(rowid, m.id, m.type, m.label, m.public ? 1 : 0);
  }

  getLetter(id: string): StoredLetter | undefined {
    const row = this.byId.get(id) as LetterRow | undefined;
    return row ? toLetter(row, this.classesOf(row.rowid)) : undefined;
  }

  private classesOf(rowid: number): Record<string, string> {
    const rows = this.stmt('SELECT classifier, label FROM labels WHERE letter = ? ORDER BY classifier').all(rowid) as { classifier: string; label: string }[];
    return Object.fromEntries(rows.map((r) => [r.classifier, r.label]));
  }

  *letters(): IterableIterator<StoredLetter> {
    // Pages by keyset along the received-time index, not one long iterator (the caller may write
    // between letters): dated letters first, then the undated ones in storage order.
    const dated = this.db.prepare('SELECT * FROM letters WHERE received_ts IS NOT NULL AND (received_ts, rowid) > (?, ?) ORDER BY received_ts, rowid LIMIT 2000');
    const undated = this.db.prepare('SELECT * FROM letters WHERE received_ts IS NULL AND rowid > ? ORDER BY rowid LIMIT 2000');
    let after: [number, number] = [-Infinity, 0];
    for (;;) {
      const rows = dated.all(...after) as (LetterRow & { received_ts: number })[];
      if (rows.length === 0) break;
      for (const row of rows) yield toLetter(row, {});
      const last = rows[rows.length - 1]!;
      after = [last.received_ts, last.rowid];
    }
    let rowid = 0;
    for (;;) {
      const rows = undated.all(rowid) as LetterRow[];
      if (rows.length === 0) return;
      for (const row of rows) yield toLetter(row, {});
      rowid = rows[rows.length - 1]!.rowid;
    }
  }

  setGroups(groups: Iterable<LetterGroups>): void {
    const set = this.db.prepare('UPDATE letters SET campaign = ?, sender_group = ? WHERE id = ? AND (campaign IS NOT ? OR sender_group IS NOT ?)');
    this.db.transaction(() => {
      for (const g of groups) set.run(g.campaign, g.sender, g.id, g.campaign, g.sender);
    })();
    this.forget();
  }

  saveClassifier(name: string, model: unknown, figures: unknown, labels: Iterable<{ id: string; label: string; score: number }>): void {
    const rowid = this.db.prepare('SELECT rowid FROM letters WHERE id = ?').pluck();
    const put = this.db.prepare('INSERT INTO labels (classifier, letter, label, score) VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM labels WHERE classifier = ?').run(name);
      this.db.prepare('INSERT OR REPLACE INTO classifiers (name, model_json, figures_json, trained_at) VALUES (?, ?, ?, ?)').run(name, JSON.stringify(model), JSON.stringify(figures), new Date().toISOString());
      for (const l of labels) {
        const r = rowid.get(l.id) as number | undefined;
        if (r !== undefined) put.run(name, r, l.label, l.score);
      }
    })();
    this.forget();
  }

  users(): UserRecord[] {
    return this.db.prepare('SELECT * FROM users ORDER BY name').all() as UserRecord[];
  }

  user(name: string): UserRecord | undefined {
    return this.db.prepare('SELECT * FROM users WHERE name = ?').get(name) as UserRecord | undefined;
  }

  putUser(u: Omit<UserRecord, 'failures' | 'locked_until' | 'created_at'>): void {
    this.db
      .prepare('INSERT INTO users (name, role, hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET role = excluded.role, hash = excluded.hash, failures = 0, locked_until = NULL')
      .run(u.name, u.role, u.hash, new Date().toISOString());
  }

  removeUser(name: string): boolean {
    return this.db.prepare('DELETE FROM users WHERE name = ?').run(name).changes > 0;
  }

  setLoginState(name: string, failures: number, lockedUntil: number | null): void {
    this.db.prepare('UPDATE users SET failures = ?, locked_until = ? WHERE name = ?').run(failures, lockedUntil, name);
  }

  privatePersons(): string[] {
    return this.stmt("SELECT DISTINCT entity FROM mentions WHERE type = 'PER' AND public = 0").pluck().all() as string[];
  }

  sendersSharing(c: { place?: string; month?: string; entities?: string[] }): number {
    const where: string[] = [];
    const params: string[] = [];
    if (c.place) {
      where.push('l.place_key = ?');
      params.push(placeKey(c.place));
    }
    if (c.month) {
      where.push('l.month = ?');
      params.push(c.month);
    }
    for (const e of c.entities ?? []) {
      where.push('l.rowid IN (SELECT letter FROM mentions WHERE entity = ?)');
      params.push(e);
    }
    const sql = `SELECT count(DISTINCT coalesce(l.sender_group, l.id)) AS k FROM letters l${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
    return (this.stmt(sql).get(...params) as { k: number }).k;
  }

  appendAudit(entry: { actor: string; action: string; detail: string }, seal: (e: Omit<AuditEntry, 'hash'>) => string): AuditEntry {
    return this.db.transaction(() => {
      const last = this.stmt('SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
      const e = { seq: (last?.seq ?? 0) + 1, at: new Date().toISOString(), ...entry, prev: last?.hash ?? '0'.repeat(64) };
      const full: AuditEntry = { ...e, hash: seal(e) };
      this.stmt('INSERT INTO audit (seq, at, actor, action, detail, prev, hash) VALUES (@seq, @at, @actor, @action, @detail, @prev, @hash)').run(full);
      return full;
    }).immediate();
  }

  auditEntries(afterSeq: number, limit: number): AuditEntry[] {
    return this.stmt('SELECT seq, at, actor, action, detail, prev, hash FROM audit WHERE seq > ? ORDER BY seq LIMIT ?').all(afterSeq, limit) as AuditEntry[];
  }

  secret(): string {
    const row = this.db.prepare("SELECT value FROM meta WHERE key = 'secret'").get() as { value: string } | undefined;
    if (!row) throw new ZvarotError('E_DB_STALE', `the archive ${this.path} has no pseudonym secret yet; open it once for writing (zvarot reindex)`, { file: this.path });
    return row.value;
  }

  classifiers(): ClassifierInfo[] {
    this.checkReadable();
    const rows = this.db.prepare('SELECT name, figures_json, trained_at FROM classifiers ORDER BY name').all() as { name: string; figures_json: string; trained_at: string }[];
    const counts = this.db.prepare('SELECT label, count(*) AS n FROM labels WHERE classifier = ? GROUP BY label ORDER BY n DESC, label');
    return rows.map((r) => ({
      name: r.name,
      trained_at: r.trained_at,
      figures: JSON.parse(r.figures_json) as unknown,
      applied: Object.fromEntries((counts.all(r.name) as { label: string; n: number }[]).map((c) => [c.label, c.n])),
    }));
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM letters').get() as { n: number }).n;
  }

  private postingWriter: PostingStatements | null = null;
  private postingReader: PostingReader | null = null;
  private ranker: Ranker | null = null;

  private writer(): PostingStatements {
    this.postingWriter ??= postingStatements(this.db);
    return this.postingWriter;
  }

  private reader(): PostingReader {
    this.postingReader ??= new PostingReader(this.db);
    return this.postingReader;
  }

  /** The in-memory facet and date columns, reloaded after any write to the archive. */
  private cols: Columns | null = null;
  private colsVersion = -1;

  private columns(): Columns {
    // A prepared statement: db.pragma() compiles its statement again at every call, and every search asks.
    const version = this.stmt('PRAGMA data_version').pluck().get() as number;
    if (!this.cols || this.colsVersion !== version) {
      this.forget();
      this.cols = Columns.load(this.db);
      this.colsVersion = version;
    }
    return this.cols;
  }

  /** Drops everything kept from the archive's last state: after our writes, or another process's. */
  private forget(): void {
    this.cols = null;
    this.vocabulary.clear();
    this.postingReader?.clear();
    this.ranker = null;
  }

  /** The rows a filtered ranked query keeps, read by the zv_keep SQL function. */
  private keep: Uint8Array = new Uint8Array(0);

  search(req: SearchRequest): SearchResult {
    this.checkReadable();
    // Columns first: loading them after another process wrote also drops the vocabulary cache compiling reads.
    const cols = this.columns();
    const c = compileQuery(req.query, { fuzzy: (w, d) => this.fuzzy(w, d), known: (forms) => this.known(forms), translit: req.translit !== false });
    const cursor = req.cursor ? decodeCursor(req.cursor, req.sort) : undefined;
    try {
      // Filters that read only the in-memory columns run in JS, not as a join back to the table.
      const pred = c.where === '1' ? null : cols.predicate(c.filters);
      const where = pred ? '1' : c.where;
      const params = pred ? [] : c.params;
      if (c.match && c.plan) {
        const own = this.searchPostings(c.plan, cols, pred, where, params, req, cursor);
        if (own) return own;
      }
      let rowids = this.rowidsOf(c, cols, pred, where, params);
      // The ranked page reads the kept set through zv_keep(rowid): a bitmap, not a join.
      if (pred && rowids && c.match) this.keep = cols.bitmap(rowids);
      const total = rowids ? rowids.length : this.count();
      const facets = cols.facets(rowids);

      let page: { rowid: number; score: number }[];
      if (c.match && req.sort === 'relevance') {
        // bm25 weights: subject 2, body 1, exact forms 1.5 (the very form typed ranks up), keys 1.
        const filter = pred ? ' AND zv_keep(letters_fts.rowid)' : where === '1' ? '' : ` AND ${where}`;
        const scored = `SELECT letters_fts.rowid AS rowid, bm25(letters_fts, 2.0, 1.0, 1.5, 1.0) AS score FROM letters_fts${where === '1' ? '' : ' JOIN letters l ON l.rowid = letters_fts.rowid'} WHERE letters_fts MATCH ?${filter}`;
        const after = cursor ? ' WHERE score > ? OR (score = ? AND rowid > ?)' : '';
        const all = [c.match, ...params, ...(cursor ? [cursor.value, cursor.value, cursor.rowid] : []), req.limit, cursor ? 0 : req.offset];
        page = (this.stmt(`SELECT rowid, score FROM (${scored})${after} ORDER BY score, rowid LIMIT ? OFFSET ?`).all(...all) as { rowid: number; score: number }[]).map((r) => ({ rowid: r.rowid, score: -r.score }));
      } else {
        const descending = req.sort !== 'date';
        const after: [number, number] | undefined = cursor ? [cursor.value, cursor.rowid] : undefined;
        const ids = rowids
          ? cols.byDate(rowids, req.limit, cursor ? 0 : req.offset, descending, after)
          : (this.stmt(`SELECT rowid FROM letters${cursor ? ` WHERE ${DATE_AFTER[descending ? 'desc' : 'asc']}` : ''} ORDER BY ${DATE_ORDER[descending ? 'desc' : 'asc']} LIMIT ? OFFSET ?`)
              .pluck()
              .all(...(cursor ? dateAfterParams(cursor) : []), req.limit, cursor ? 0 : req.offset) as number[]);
        page = ids.map((rowid) => ({ rowid, score: 0 }));
      }
      return this.answer(page, total, facets, req, cursor, cols, c.match !== null);
    } catch (e) {
      throw queryError(e);
    }
  }

  /** The whole match set as rowids (null: every letter): MATCH drives when there is text, filters apply on top. */
  private rowidsOf(c: ReturnType<typeof compileQuery>, cols: Columns, pred: ((id: number) => boolean) | null, where: string, params: (string | number)[]): ArrayLike<number> | null {
    let rowids: ArrayLike<number> | null = null;
    if (c.match && where === '1') rowids = this.stmt('SELECT rowid FROM letters_fts WHERE letters_fts MATCH ?').pluck().all(c.match) as number[];
    else if (c.match) rowids = this.stmt(`SELECT l.rowid FROM letters_fts JOIN letters l ON l.rowid = letters_fts.rowid WHERE letters_fts MATCH ? AND ${where}`).pluck().all(c.match, ...params) as number[];
    else if (where !== '1') rowids = this.stmt(`SELECT l.rowid FROM letters l WHERE ${where}`).pluck().all(...params) as number[];
    if (pred) rowids = rowids ? (rowids as number[]).filter(pred) : cols.select(pred);
    return rowids;
  }

  /**
   * The letters a query matches, without ranking or a page (null: every letter): what the
   * timeline, the entity lists and the network count over. Same compiler and filters as search().
   */
  private matchSet(req: Pick<SearchRequest, 'query' | 'translit'>): { cols: Columns; rowids: ArrayLike<number> | null } {
    this.checkReadable();
    const cols = this.columns();
    const c = compileQuery(req.query, { fuzzy: (w, d) => this.fuzzy(w, d), known: (forms) => this.known(forms), translit: req.translit !== false });
    try {
      const pred = c.where === '1' ? null : cols.predicate(c.filters);
      return { cols, rowids: this.rowidsOf(c, cols, pred, pred ? '1' : c.where, pred ? [] : c.params) };
    } catch (e) {
      throw queryError(e);
    }
  }

  crosstab(req: Pick<SearchRequest, 'query' | 'translit'>, rows: 'month' | 'year', columns: 'kind' | 'lang' | 'oblast'): Crosstab {
    const { cols, rowids } = this.matchSet(req);
    return cols.crosstab(rowids, rows, columns);
  }

  tally(req: Pick<SearchRequest, 'query' | 'translit'>, facet: string, limit: number): FacetValue[] {
    const { cols, rowids } = this.matchSet(req);
    return cols.facets(rowids, limit)[facet] ?? [];
  }

  reports(req: Pick<SearchRequest, 'query' | 'translit'>, maxLetters: number): LetterReport[] {
    const { cols, rowids } = this.matchSet(req);
    // The newest letters first when there are more than asked for.
    const chosen = cols.byDate(rowids ?? cols.select(() => true), maxLetters, 0, true);
    const out: LetterReport[] = [];
    const letter = this.stmt('SELECT id, received_at, kind, sender_group, sender_json FROM letters WHERE rowid = ?');
    const mentions = this.stmt("SELECT entity, type, label, public FROM mentions WHERE letter = ? AND type IN ('PER', 'ORG')");
    for (const rowid of chosen) {
      const l = letter.get(rowid) as { id: string; received_at: string | null; kind: string | null; sender_group: string | null; sender_json: string | null };
      const sender = l.sender_json ? (JSON.parse(l.sender_json) as { name?: string }) : {};
      out.push({
        id: l.id,
        received_at: l.received_at,
        kind: l.kind,
        sender_group: l.sender_group ?? l.id,
        sender_name: typeof sender.name === 'string' && sender.name !== '' ? sender.name : null,
        mentions: (mentions.all(rowid) as { entity: string; type: 'PER' | 'ORG'; label: string; public: number }[]).map((m) => ({ id: m.entity, type: m.type, label: m.label, public: m.public === 1 })),
      });
    }
    return out;
  }

  /** The ranker over these columns (made again whenever they are reloaded). */
  private rankerFor(cols: Columns): Ranker {
    const reader = this.reader();
    this.ranker ??= new Ranker({
      size: cols.size,
      letters: cols.letters,
      tokens: cols.tokens,
      length: cols.length,
      posting: (term) => reader.get(term, cols.segOf),
      expand: (term) => reader.expand(term, PREFIX_TERMS),
      fts: (match) => Int32Array.from(this.stmt('SELECT rowid FROM letters_fts WHERE letters_fts MATCH ? ORDER BY rowid').pluck().all(match) as number[]),
    });
    return this.ranker;
  }

  /**
   * A text query through the archive's own postings: match set, bm25, facets and the page without
   * calling FTS5 once per match. Null when a prefix reaches too many words (FTS5 runs it then).
   */
  private searchPostings(
    plan: RankPlan,
    cols: Columns,
    pred: ((id: number) => boolean) | null,
    where: string,
    params: (string | number)[],
    req: SearchRequest,
    cursor: Cursor | undefined,
  ): SearchResult | null {
    const ranker = this.rankerFor(cols);
    let keep = pred;
    if (!keep && where !== '1') {
      // Filters only SQL can run (sender:, a full-text sub-query): their letters, as a bitmap.
      const allowed = cols.bitmap(this.stmt(`SELECT l.rowid FROM letters l WHERE ${where}`).pluck().all(...params) as number[]);
      keep = (id) => allowed[id] === 1;
    }
    let matches: Int32Array;
    try {
      matches = ranker.run(plan, keep);
    } catch (e) {
      if (e instanceof TooBroad) return null;
      throw e;
    }
    const total = matches.length;
    const facets = cols.facets(matches);
    let page: { rowid: number; score: number }[];
    if (req.sort === 'relevance') {
      // The cursor keeps FTS5's sign (bm25 is negative there): the same cursor works on either path.
      page = ranker.top(matches, req.limit, cursor ? 0 : req.offset, cursor ? [-cursor.value, cursor.rowid] : undefined);
    } else {
      const descending = req.sort !== 'date';
      page = cols.byDate(matches, req.limit, cursor ? 0 : req.offset, descending, cursor ? [cursor.value, cursor.rowid] : undefined).map((rowid) => ({ rowid, score: 0 }));
    }
    return this.answer(page, total, facets, req, cursor, cols, true);
  }

  /**
   * The answer for a page: its rows, and the cursor after its last hit when more follow (a
   * relevance cursor carries bm25 in FTS5's sign, negative; a date cursor the received time).
   */
  private answer(page: { rowid: number; score: number }[], total: number, facets: Facets, req: SearchRequest, cursor: Cursor | undefined, cols: Columns, scored: boolean): SearchResult {
    const last = page[page.length - 1];
    const more = last !== undefined && page.length === req.limit && (cursor ? true : req.offset + page.length < total);
    const next = more && last ? encodeCursor(req.sort, scored && req.sort === 'relevance' ? -last.score : cols.receivedAt(last.rowid), last.rowid) : null;
    return { total, hits: this.rows(page), facets, next };
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** Prepared once per distinct SQL text: compiled queries repeat their shape. */
  private stmt(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      if (this.statements.size > 500) this.statements.clear();
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  /** The page's rows, in the page's order. */
  private rows(page: { rowid: number; score: number }[]): SearchHitRow[] {
    if (page.length === 0) return [];
    // Rows as arrays, each made into its hit once: a page is read for every search.
    const got = this.stmt(`SELECT rowid, id, received_at, kind, lang, place, subject, body, flags_json FROM letters WHERE rowid IN (${page.map(() => '?').join(', ')})`)
      .raw(true)
      .all(...page.map((p) => p.rowid)) as [number, string, string | null, string | null, string, string | null, string | null, string, string][];
    const byRowid = new Map(got.map((r) => [r[0], r]));
    const out: SearchHitRow[] = [];
    for (const p of page) {
      const r = byRowid.get(p.rowid);
      if (!r) continue;
      out.push({ id: r[1], received_at: r[2], kind: r[3], lang: r[4], place: r[5], subject: r[6], body: r[7], flags: r[8] === '[]' ? [] : (JSON.parse(r[8]) as string[]), score: p.score });
    }
    return out;
  }

  similar(id: string, stems: string[], limit: number): SearchHitRow[] {
    this.checkReadable();
    const self = this.byId.get(id) as LetterRow | undefined;
    if (!self || stems.length === 0) return [];
    const cols = this.columns();
    const ranker = this.rankerFor(cols);
    const reader = this.reader();
    // The rarer a stem across the archive, the more it says about this letter.
    const total = Math.max(1, cols.letters);
    const counts = new Map<string, number>();
    for (const s of stems) counts.set(s, (counts.get(s) ?? 0) + 1);
    const scored = [...counts.entries()]
      // A "word" of more than 64 characters is noise (a key held down, an encoded blob): never a topic.
      .filter(([s]) => s.length <= 64 && /\p{L}{3,}/u.test(s) && ftsTokens(s).length === 1)
      .map(([s, tf]) => {
        const token = ftsTokens(s)[0] as string;
        const doc = Math.max(1, reader.get(termOf(SUBJECT, token), cols.segOf).docs.length + reader.get(termOf(BODY, token), cols.segOf).docs.length);
        return { token, w: tf * Math.log(total / doc) };
      })
      .filter((x) => x.w > 0)
      .sort((a, b) => b.w - a.w || a.token.localeCompare(b.token))
      .slice(0, 16);
    if (scored.length === 0) return [];
    const plan: RankPlan = { type: 'or', nodes: scored.map((x) => ({ type: 'term', columns: [SUBJECT, BODY], token: x.token })) };
    const matches = ranker.run(plan, (rowid) => rowid !== self.rowid);
    return this.rows(ranker.top(matches, limit, 0));
  }

  /** Which of these surface forms the archive holds (the exact view's vocabulary). */
  known(forms: string[]): string[] {
    if (this.vocabulary.size > 200_000) this.vocabulary.clear();
    return forms.filter((f) => {
      let has = this.vocabulary.get(f);
      if (has === undefined) {
        has = this.reader().has(termOf(EXACT, f));
        this.vocabulary.set(f, has);
      }
      return has;
    });
  }

  /** Answers of known(), until the next write: query words repeat, and each form costs a lookup. */
  private readonly vocabulary = new Map<string, boolean>();

  /**
   * Vocabulary words within `distance` edits of `word`. Typos rarely hit the first letter, so only
   * words sharing it are compared; lengths must be within the distance too.
   */
  fuzzy(word: string, distance: number): string[] {
    const first = word[0];
    if (!first) return [];
    const next = String.fromCodePoint((first.codePointAt(0) as number) + 1);
    // The vocabulary table, not fts5vocab: that reads the whole doclist of every term it lists.
    const terms = this.reader().between(termOf(EXACT, first), termOf(EXACT, next), word.length - distance + 1, word.length + distance + 1);
    return terms.map((t) => t.slice(1)).filter((t) => t !== word && withinEdits(word, t, distance));
  }

  // The reporter's notebook (notebook.ts). Tags are a facet: changing one drops the in-memory columns.
  letterTags(letterId: string): TagRecord[] {
    return notebook.letterTags(this.db, letterId);
  }

  addTag(letterId: string, tag: string, user: string): boolean {
    const added = notebook.addTag(this.db, letterId, tag, user);
    if (added) this.forget();
    return added;
  }

  removeTag(letterId: string, tag: string): boolean {
    const removed = notebook.removeTag(this.db, letterId, tag);
    if (removed) this.forget();
    return removed;
  }

  tagCounts(): TagCount[] {
    return notebook.tagCounts(this.db);
  }

  letterNotes(letterId: string): NoteRecord[] {
    return notebook.letterNotes(this.db, letterId);
  }

  note(id: number): NoteRecord | undefined {
    return notebook.note(this.db, id);
  }

  addNote(letterId: string, user: string, text: string): NoteRecord {
    return notebook.addNote(this.db, letterId, user, text);
  }

  removeNote(id: number): boolean {
    return notebook.removeNote(this.db, id);
  }

  collections(owner?: string): CollectionRecord[] {
    return notebook.collections(this.db, owner);
  }

  collection(id: number): CollectionRecord | undefined {
    return notebook.collection(this.db, id);
  }

  addCollection(name: string, owner: string): CollectionRecord {
    return notebook.addCollection(this.db, name, owner);
  }

  removeCollection(id: number): boolean {
    return notebook.removeCollection(this.db, id);
  }

  collectionItems(collectionId: number): CollectionItem[] {
    return notebook.collectionItems(this.db, collectionId);
  }

  addCollectionItem(collectionId: number, item: { letter_id: string; quote: string | null; note: string | null }): CollectionItem {
    return notebook.addCollectionItem(this.db, collectionId, item);
  }

  setCollectionItemNote(collectionId: number, itemId: number, note: string | null): CollectionItem | undefined {
    return notebook.setCollectionItemNote(this.db, collectionId, itemId, note);
  }

  removeCollectionItem(collectionId: number, itemId: number): boolean {
    return notebook.removeCollectionItem(this.db, collectionId, itemId);
  }

  close(): void {
    this.db.close();
  }
}

function toLetter(row: LetterRow, classes: Record<string, string>): StoredLetter {
  return {
    id: row.id,
    received_at: row.received_at,
    channel: row.channel,
    sender: row.sender_json ? JSON.parse(row.sender_json) : null,
    place: row.place,
    subject: row.subject,
    body: row.body,
    attachments: row.attachments,
    response: row.response,
    source: row.source_json ? JSON.parse(row.source_json) : null,
    derived: {
      lang: row.lang as StoredLetter['derived']['lang'],
      kind: row.kind,
      flags: JSON.parse(row.flags_json) as string[],
      year: row.year,
      month: row.month,
      enrichment: row.enrich_json ? (JSON.parse(row.enrich_json) as unknown) : null,
      campaign: row.campaign ?? null,
      sender_group: row.sender_group ?? null,
      classes,
    },
    ingested_at: row.ingested_at,
  };
}

/** FTS5 rejects some inputs (e.g. a term that is only stop characters): a query error, never a 500. */
function queryError(e: unknown): unknown {
  if (e instanceof Error && !(e instanceof ZvarotError) && /fts5|MATCH/i.test(e.message)) {
    return new ZvarotError('E_QUERY_SYNTAX', `the full-text index could not run this query: ${e.message}`);
  }
  return e;
}
