import Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareLetter, reindexArchive } from '../../ingest/index.js';
import { parseQuery } from '../../query/parse.js';
import type { Store } from '../types.js';
import { openSqliteStore } from './index.js';
import { SCHEMA_VERSION, schemaVersion } from './schema.js';

const LETTERS = [
  { id: 's-1', received_at: '2020-08-20T10:00:00+03:00', place: 'Гомель', body: 'Сосед вывесил флаг на балконе.' },
  { id: 's-2', received_at: '2021-03-02T11:00:00+03:00', place: 'Минск', body: 'Прошу освободить моего сына.' },
];

/** The schema version that added the notebook. */
const NOTEBOOK = 9;

const tmp = () => path.join(mkdtempSync(path.join(tmpdir(), 'zvarot-notebook-store-')), 'a.db');
const load = (store: Store, letters = LETTERS, run = 'run-1') => store.putBatch(letters.map((l, i) => prepareLetter(l, { file: 'f', line: i + 1 })), run);
const tagged = (store: Store, tag: string) => store.search({ query: parseQuery(`tag:"${tag}"`), limit: 10, offset: 0, sort: 'date' });

describe('the notebook in the SQLite store', () => {
  it('keeps tags and notes across a re-ingest that changes the letter, and the tag facet follows every change', () => {
    const store = openSqliteStore(':memory:');
    load(store);
    expect(store.search({ query: null, limit: 1, offset: 0, sort: 'date' }).facets.tag).toEqual([]);
    expect(store.addTag('s-1', 'флаги', 'ann')).toBe(true);
    expect(store.addTag('s-1', 'флаги', 'bob')).toBe(false);
    expect(store.addTag('s-2', 'флаги', 'bob')).toBe(true);
    store.addNote('s-1', 'ann', 'проверить');
    expect(store.search({ query: null, limit: 1, offset: 0, sort: 'date' }).facets.tag).toEqual([{ value: 'флаги', count: 2 }]);

    expect(load(store, [{ ...LETTERS[0]!, body: 'Сосед вывесил флаг на балконе и в окне.' }], 'run-2')).toMatchObject({ updated: 1 });
    expect(store.letterTags('s-1')).toEqual([{ tag: 'флаги', user: 'ann', at: expect.any(String) }]);
    expect(store.letterNotes('s-1').map((n) => n.text)).toEqual(['проверить']);
    expect(tagged(store, 'флаги').hits.map((h) => h.id)).toEqual(['s-1', 's-2']);

    expect(store.removeTag('s-2', 'флаги')).toBe(true);
    expect(store.removeTag('s-2', 'флаги')).toBe(false);
    expect(tagged(store, 'флаги').hits.map((h) => h.id)).toEqual(['s-1']);
    expect(store.tagCounts()).toEqual([{ tag: 'флаги', count: 1 }]);
    store.close();
  });

  it('keeps a collection in order, counts its items, never reuses an id, and removes its items with it', () => {
    const store = openSqliteStore(':memory:');
    load(store);
    const c = store.addCollection('Флаги', 'ann');
    const a = store.addCollectionItem(c.id, { letter_id: 's-2', quote: null, note: null });
    const b = store.addCollectionItem(c.id, { letter_id: 's-1', quote: 'вывесил флаг', note: 'первое' });
    expect([a.position, b.position]).toEqual([1, 2]);
    expect(store.collections('ann')).toEqual([{ ...c, items: 2 }]);
    expect(store.collections('bob')).toEqual([]);
    expect(store.setCollectionItemNote(c.id, a.id, 'второе')).toEqual({ ...a, note: 'второе' });
    expect(store.setCollectionItemNote(c.id + 1, a.id, 'чужое')).toBeUndefined();
    expect(store.removeCollectionItem(c.id, b.id)).toBe(true);
    const d = store.addCollectionItem(c.id, { letter_id: 's-1', quote: null, note: null });
    expect(d.id).toBeGreaterThan(b.id);
    expect(store.collectionItems(c.id).map((i) => i.id)).toEqual([a.id, d.id]);
    expect(store.removeCollection(c.id)).toBe(true);
    expect(store.collectionItems(c.id)).toEqual([]);
    expect(store.collection(c.id)).toBeUndefined();
    expect(store.addCollection('Снова', 'ann').id).toBeGreaterThan(c.id);
    store.close();
  });

  it('upgrades an archive of the previous schema in place: letters kept and searchable, the notebook ready', () => {
    const file = tmp();
    const made = openSqliteStore(file);
    load(made);
    made.putUser({ name: 'ann', role: 'researcher', hash: 'x' });
    made.close();
    // The archive as the zvarot before the notebook left it: no notebook tables, schema 8.
    const raw = new Database(file);
    raw.exec('DROP TABLE collection_items; DROP TABLE collections; DROP TABLE notes; DROP TABLE tags;');
    raw.prepare('DELETE FROM schema_version WHERE version >= ?').run(NOTEBOOK);
    expect(schemaVersion(raw)).toBe(NOTEBOOK - 1);
    raw.close();

    const upgraded = openSqliteStore(file);
    expect(upgraded.count()).toBe(2);
    expect(upgraded.users().map((u) => u.name)).toEqual(['ann']);
    // A later migration (word pairs in the postings) asks for the index to be rebuilt.
    expect(() => upgraded.search({ query: parseQuery('флаг'), limit: 10, offset: 0, sort: 'relevance' })).toThrow(expect.objectContaining({ code: 'E_DB_STALE' }));
    expect(reindexArchive(upgraded)).toBe(2);
    expect(upgraded.search({ query: parseQuery('флаг'), limit: 10, offset: 0, sort: 'relevance' }).hits.map((h) => h.id)).toEqual(['s-1']);
    expect(upgraded.addTag('s-1', 'флаги', 'ann')).toBe(true);
    expect(tagged(upgraded, 'флаги').hits.map((h) => h.id)).toEqual(['s-1']);
    expect(upgraded.addCollection('Флаги', 'ann')).toMatchObject({ id: 1, items: 0 });
    upgraded.close();
    const check = new Database(file, { readonly: true });
    expect(schemaVersion(check)).toBe(SCHEMA_VERSION);
    expect(check.prepare("SELECT why FROM schema_version WHERE version = ?").pluck().get(NOTEBOOK)).toMatch(/notebook/);
    check.close();
  });
});
