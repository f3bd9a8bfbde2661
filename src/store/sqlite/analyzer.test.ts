import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ZvarotError } from '../../core/errors.js';
import { prepareLetter } from '../../ingest/index.js';
import { ANALYZER_VERSION } from '../../language/analyze.js';
import { openSqliteStore } from './index.js';

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
});
