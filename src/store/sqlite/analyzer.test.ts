import Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ZvarotError } from '../../core/errors.js';
import { prepareLetter, reindexArchive } from '../../ingest/index.js';
import { parseQuery } from '../../query/parse.js';
import { ANALYZER_VERSION } from '../../language/analyze.js';
import { openSqliteStore } from './index.js';
import { MIGRATIONS } from './schema.js';

const letter = (id: string) => prepareLetter({ id, received_at: '2021-03-01T10:00:00+03:00', body: 'Прошу разобраться с забастовкой на заводе.' }, { file: 't', line: 1 });

describe('analyzer version of an archive', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const tmp = () => {
    const d = mkdtempSync(path.join(tmpdir(), 'zvarot-an-'));
    dirs.push(d);
    return path.join(d, 'a.db');
  };

  it('is recorded with the first letters and checked before more are written', () => {
    const file = tmp();
    const store = openSqliteStore(file);
    expect(store.analyzerVersion()).toBeNull();
    store.putBatch([letter('a-1')], 'run-1');
    expect(store.analyzerVersion()).toBe(ANALYZER_VERSION);
    store.close();

    // An archive indexed by another analyzer refuses new letters rather than mix stems.
    const raw = new Database(file);
    raw.prepare("UPDATE meta SET value = '1' WHERE key = 'analyzer'").run();
    raw.close();
    const stale = openSqliteStore(file);
    expect(stale.analyzerVersion()).toBe(1);
    let err: unknown;
    try {
      stale.putBatch([letter('a-2')], 'run-2');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ZvarotError);
    expect((err as ZvarotError).code).toBe('E_DB_STALE');
    expect(stale.count()).toBe(1);
    stale.close();
  });

  it('reads an archive from before the record as version 1', () => {
    const file = tmp();
    const store = openSqliteStore(file);
    store.putBatch([letter('a-1')], 'run-1');
    store.close();
    const raw = new Database(file);
    raw.exec('DROP TABLE meta');
    raw.close();
    const old = openSqliteStore(file, { readonly: true, mustExist: true });
    expect(old.analyzerVersion()).toBe(1);
    old.close();
  });

  it('refuses to search a stale index, and reindex brings every letter back', () => {
    const file = tmp();
    const store = openSqliteStore(file);
    store.putBatch([letter('a-1'), letter('a-2')], 'run-1');
    store.close();
    // What an upgrade leaves behind: an empty index marked stale (migration 3 does this).
    const raw = new Database(file);
    raw.exec("DELETE FROM letters_fts; UPDATE meta SET value = '0' WHERE key = 'analyzer'");
    raw.close();
    const stale = openSqliteStore(file);
    const q = { query: parseQuery('забастовка'), limit: 10, offset: 0, sort: 'date' as const };
    expect(() => stale.search(q)).toThrow(expect.objectContaining({ code: 'E_DB_STALE' }));
    const seen: number[] = [];
    expect(reindexArchive(stale, (done) => seen.push(done))).toBe(2);
    expect(seen).toEqual([2]);
    expect(stale.analyzerVersion()).toBe(ANALYZER_VERSION);
    expect(stale.search(q).hits.map((h) => h.id)).toEqual(['a-1', 'a-2']);
    stale.close();
  });

  it('upgrades an archive from schema 3: stale until reindexed, read-only opens refused, not crashed', () => {
    const file = tmp();
    // An archive as zvarot wrote it before the postings (schema 3), holding one letter.
    const raw = new Database(file);
    raw.exec('CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL, why TEXT NOT NULL)');
    for (const m of MIGRATIONS.filter((x) => x.version <= 3)) {
      raw.exec(m.sql);
      raw.prepare('INSERT INTO schema_version VALUES (?, ?, ?)').run(m.version, 'then', m.why);
    }
    raw.prepare("INSERT INTO letters (id, content_hash, run, body, lang, ingested_at, received_ts) VALUES ('old-1', 'h', 'r', 'Прошу разобраться с забастовкой на заводе.', 'ru', 'then', 1614582000000)").run();
    raw.prepare("INSERT INTO meta (key, value) VALUES ('analyzer', ?)").run(String(ANALYZER_VERSION));
    raw.close();
    const q = { query: parseQuery('забастовка'), limit: 10, offset: 0, sort: 'relevance' as const };

    const readOnly = openSqliteStore(file, { readonly: true, mustExist: true });
    expect(() => readOnly.search(q)).toThrow(expect.objectContaining({ code: 'E_DB_STALE' }));
    readOnly.close();

    const upgraded = openSqliteStore(file);
    expect(() => upgraded.search(q)).toThrow(expect.objectContaining({ code: 'E_DB_STALE' }));
    expect(reindexArchive(upgraded)).toBe(1);
    expect(upgraded.search(q).hits.map((h) => h.id)).toEqual(['old-1']);
    upgraded.close();
  });
});
