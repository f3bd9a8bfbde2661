/**
 * The reporter's notebook in SQLite: tags and notes on letters, and collections of letters with
 * quotes. Rows name letters by their id, not their rowid, and live in tables of their own (schema
 * version 9), so re-ingesting a source, or rebuilding the index, never loses them. Callers pass
 * values already checked (src/core/notebook.ts); the SqliteStore drops its in-memory facet columns
 * after a tag changes, since tags are a facet.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { CollectionItem, CollectionRecord, NoteRecord, TagCount, TagRecord } from '../types.js';

const now = (): string => new Date().toISOString();

export function letterTags(db: Database.Database, letterId: string): TagRecord[] {
  return db.prepare('SELECT tag, user, at FROM tags WHERE letter_id = ? ORDER BY tag').all(letterId) as TagRecord[];
}

export function addTag(db: Database.Database, letterId: string, tag: string, user: string): boolean {
  return db.prepare('INSERT OR IGNORE INTO tags (letter_id, tag, user, at) VALUES (?, ?, ?, ?)').run(letterId, tag, user, now()).changes > 0;
}

export function removeTag(db: Database.Database, letterId: string, tag: string): boolean {
  return db.prepare('DELETE FROM tags WHERE letter_id = ? AND tag = ?').run(letterId, tag).changes > 0;
}

/** Only tags on letters the archive holds count: the facet counts the same. */
export function tagCounts(db: Database.Database): TagCount[] {
  return db.prepare('SELECT t.tag AS tag, count(*) AS count FROM tags t JOIN letters l ON l.id = t.letter_id GROUP BY t.tag ORDER BY count DESC, t.tag').all() as TagCount[];
}

export function letterNotes(db: Database.Database, letterId: string): NoteRecord[] {
  return db.prepare('SELECT id, letter_id, user, text, at FROM notes WHERE letter_id = ? ORDER BY id').all(letterId) as NoteRecord[];
}

export function note(db: Database.Database, id: number): NoteRecord | undefined {
  return db.prepare('SELECT id, letter_id, user, text, at FROM notes WHERE id = ?').get(id) as NoteRecord | undefined;
}

export function addNote(db: Database.Database, letterId: string, user: string, text: string): NoteRecord {
  const at = now();
  const info = db.prepare('INSERT INTO notes (letter_id, user, text, at) VALUES (?, ?, ?, ?)').run(letterId, user, text, at);
  return { id: Number(info.lastInsertRowid), letter_id: letterId, user, text, at };
}

export function removeNote(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM notes WHERE id = ?').run(id).changes > 0;
}

const COLLECTION = 'SELECT c.id, c.name, c.owner, c.created_at, (SELECT count(*) FROM collection_items i WHERE i.collection_id = c.id) AS items FROM collections c';

export function collections(db: Database.Database, owner?: string): CollectionRecord[] {
  return owner === undefined
    ? (db.prepare(`${COLLECTION} ORDER BY c.id DESC`).all() as CollectionRecord[])
    : (db.prepare(`${COLLECTION} WHERE c.owner = ? ORDER BY c.id DESC`).all(owner) as CollectionRecord[]);
}

export function collection(db: Database.Database, id: number): CollectionRecord | undefined {
  return db.prepare(`${COLLECTION} WHERE c.id = ?`).get(id) as CollectionRecord | undefined;
}

export function addCollection(db: Database.Database, name: string, owner: string): CollectionRecord {
  const created_at = now();
  const info = db.prepare('INSERT INTO collections (name, owner, created_at) VALUES (?, ?, ?)').run(name, owner, created_at);
  return { id: Number(info.lastInsertRowid), name, owner, created_at, items: 0 };
}

/** The items go first, in the same transaction: foreign keys are not enforced on every connection. */
export function removeCollection(db: Database.Database, id: number): boolean {
  return db.transaction(() => {
    db.prepare('DELETE FROM collection_items WHERE collection_id = ?').run(id);
    return db.prepare('DELETE FROM collections WHERE id = ?').run(id).changes > 0;
  })();
}

const ITEM = 'SELECT id, collection_id, letter_id, quote, note, added_at, position FROM collection_items';

export function collectionItems(db: Database.Database, collectionId: number): CollectionItem[] {
  return db.prepare(`${ITEM} WHERE collection_id = ? ORDER BY position, id`).all(collectionId) as CollectionItem[];
}

export function addCollectionItem(db: Database.Database, collectionId: number, item: { letter_id: string; quote: string | null; note: string | null }): CollectionItem {
  return db.transaction(() => {
    const position = (db.prepare('SELECT coalesce(max(position), 0) + 1 AS p FROM collection_items WHERE collection_id = ?').get(collectionId) as { p: number }).p;
    const added_at = now();
    const info = db.prepare('INSERT INTO collection_items (collection_id, letter_id, quote, note, added_at, position) VALUES (?, ?, ?, ?, ?, ?)').run(collectionId, item.letter_id, item.quote, item.note, added_at, position);
    return { id: Number(info.lastInsertRowid), collection_id: collectionId, letter_id: item.letter_id, quote: item.quote, note: item.note, added_at, position };
  }).immediate();
}

export function setCollectionItemNote(db: Database.Database, collectionId: number, itemId: number, note: string | null): CollectionItem | undefined {
  if (db.prepare('UPDATE collection_items SET note = ? WHERE id = ? AND collection_id = ?').run(note, itemId, collectionId).changes === 0) return undefined;
  return db.prepare(`${ITEM} WHERE id = ?`).get(itemId) as CollectionItem;
}

export function removeCollectionItem(db: Database.Database, collectionId: number, itemId: number): boolean {
  return db.prepare('DELETE FROM collection_items WHERE id = ? AND collection_id = ?').run(itemId, collectionId).changes > 0;
}
