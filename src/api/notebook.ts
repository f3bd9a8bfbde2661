/**
 * The reporter's notebook over HTTP: tags and notes on letters, collections of letters and quotes,
 * and collection exports (Markdown, CSV, JSON).
 *
 * Researchers keep a notebook too, and what they read of it passes their presenter like everything
 * else: quotes and notes are text cut from letters or written about them, so they are redacted with
 * the letter's own personal-data spans (Presenter.about); tags are redacted as text (Presenter.tag). Collections are
 * their owner's: editors and admins see all of them, a researcher sees only their own (another's is
 * "not found", so ids tell nothing). A tag, a note or a collection is changed by the user who made
 * it, or an admin. Every change, every collection read and every export goes to the audit log.
 */
import type { Context, Hono } from 'hono';
import { ZvarotError } from '../core/errors.js';
import { collectionNameOf, normalTag, tagOf, textOf } from '../core/notebook.js';
import { csvField } from '../export/index.js';
import { audit } from '../privacy/audit.js';
import type { CollectionItem, CollectionRecord, Store, StoredLetter } from '../store/types.js';
import type { AppEnv } from './server.js';
import type { CollectionView, ItemView } from './shapes.js';

type C = Context<AppEnv>;

export const COLLECTION_FORMATS = ['md', 'csv', 'json'] as const;
type CollectionFormat = (typeof COLLECTION_FORMATS)[number];

const CONTENT_TYPE: Record<CollectionFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

const notFound = (what: string, id: string) => new ZvarotError('E_NOT_FOUND', `no ${what} with id "${id.slice(0, 80)}"`);

/** Room for the longest quote and note of an item, escaped: no notebook body needs more. */
const MAX_BODY = 256 * 1024;

/** The JSON object a route was sent. */
async function body(c: C): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (text.length > MAX_BODY) throw new ZvarotError('E_BODY', `the request body is larger than ${MAX_BODY / 1024} KiB`);
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new ZvarotError('E_BODY', 'the request body is not JSON');
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new ZvarotError('E_BODY', 'the request body must be a JSON object');
  return v as Record<string, unknown>;
}

/** A numeric id from the path; anything else names nothing. */
function numericId(v: string, what: string): number {
  if (!/^[1-9]\d{0,14}$/.test(v)) throw notFound(what, v);
  return Number(v);
}

function letterOf(store: Store, id: string): StoredLetter {
  const l = store.getLetter(id);
  if (!l) throw notFound('letter', id);
  return l;
}

const isAdmin = (c: C) => c.get('viewer').role === 'admin';

/** Only the user who made it, or an admin, changes a tag, a note or a collection. */
function mayChange(c: C, owner: string, what: string): void {
  if (owner !== c.get('viewer').name && !isAdmin(c)) throw new ZvarotError('E_FORBIDDEN', `only ${owner} or an admin may change this ${what}`);
}

/** A collection this viewer may see: their own, or any for editors and admins. */
function visibleCollection(c: C, store: Store): CollectionRecord {
  const raw = c.req.param('id') ?? '';
  const col = store.collection(numericId(raw, 'collection'));
  const v = c.get('viewer');
  if (!col || (col.owner !== v.name && v.role === 'researcher')) throw notFound('collection', raw);
  return col;
}

/** Letters read for one answer, as stored and as the viewer sees them. */
type Letters = Map<string, { raw: StoredLetter; shown: StoredLetter } | undefined>;

function item(c: C, store: Store, letters: Letters, i: CollectionItem): ItemView {
  const p = c.get('presenter');
  if (!letters.has(i.letter_id)) {
    const raw = store.getLetter(i.letter_id);
    letters.set(i.letter_id, raw && { raw, shown: p.letter(raw) });
  }
  const { raw, shown } = letters.get(i.letter_id) ?? {};
  return {
    id: i.id,
    letter_id: i.letter_id,
    quote: p.about(i.quote, raw),
    note: p.about(i.note, raw),
    added_at: i.added_at,
    letter: shown ? { id: shown.id, received_at: shown.received_at, kind: shown.derived.kind, place: shown.place, subject: shown.subject } : null,
  };
}

/** A whole collection as the viewer may read it; each letter is read (and presented) once. */
function collectionView(c: C, store: Store, col: CollectionRecord): CollectionView {
  const letters: Letters = new Map();
  const { items: _count, ...head } = col;
  return { ...head, items: store.collectionItems(col.id).map((i) => item(c, store, letters, i)) };
}

/** The day a letter was received, as written (a date kept unparsed stays whole). */
const day = (received: string | null): string => (received ? (/^\d{4}-\d{2}-\d{2}/.test(received) ? received.slice(0, 10) : received) : 'undated');

/**
 * Markdown that shows letter text as text: the characters Markdown acts on are escaped (a letter's
 * `<script>` or `[link](…)` stays literal in any renderer), and so are a line's list or heading marks.
 */
function mdText(s: string): string {
  return s
    .replace(/[\\`*_[\]<>|~&]/g, (ch) => `\\${ch}`)
    .replace(/^(\s*)([-+=#]|\d+[.)])/, (_m, sp: string, mark: string) => `${sp}${mark.slice(0, -1)}\\${mark.slice(-1)}`);
}

function markdown(v: CollectionView): string {
  const out = [`# ${mdText(v.name)}`, ''];
  for (const i of v.items) {
    const quote = i.quote ?? i.letter?.subject ?? '(the whole letter)';
    out.push(...quote.split(/\r?\n/).map((line) => (line.trim() === '' ? '>' : `> ${mdText(line)}`)));
    out.push('', `— letter ${mdText(i.letter_id)}, ${mdText(day(i.letter?.received_at ?? null))}${i.letter?.place ? `, ${mdText(i.letter.place)}` : ''}`);
    if (i.note) out.push('', ...i.note.split(/\r?\n/).map(mdText));
    out.push('');
  }
  return out.join('\n');
}

const CSV_COLUMNS = ['item', 'letter_id', 'received_at', 'place', 'kind', 'subject', 'quote', 'note', 'added_at'] as const;

function csv(v: CollectionView): string {
  const rows = v.items.map((i) => [String(i.id), i.letter_id, i.letter?.received_at, i.letter?.place, i.letter?.kind, i.letter?.subject, i.quote, i.note, i.added_at]);
  return [[...CSV_COLUMNS], ...rows].map((r) => r.map((x) => csvField(x)).join(',') + '\r\n').join('');
}

export function notebookRoutes(app: Hono<AppEnv>, store: Store): void {
  const actor = (c: C) => c.get('viewer').name;
  const tagList = (c: C, letterId: string) => ({ tags: store.letterTags(letterId).map((t) => ({ ...t, tag: c.get('presenter').tag(t.tag) })) });

  app.get('/api/tags', (c) => c.json({ tags: store.tagCounts().map((t) => ({ ...t, tag: c.get('presenter').tag(t.tag) })) }));

  app.get('/api/letters/:id/tags', (c) => {
    const l = letterOf(store, c.req.param('id'));
    return c.json(tagList(c, l.id));
  });

  app.post('/api/letters/:id/tags', async (c) => {
    const l = letterOf(store, c.req.param('id'));
    const tag = tagOf((await body(c)).tag);
    const added = store.addTag(l.id, tag, actor(c));
    audit(store, actor(c), 'tag.add', { id: l.id, tag, added });
    return c.json(tagList(c, l.id), 201);
  });

  app.delete('/api/letters/:id/tags/:tag', (c) => {
    const l = letterOf(store, c.req.param('id'));
    const tag = normalTag(c.req.param('tag'));
    const t = store.letterTags(l.id).find((x) => x.tag === tag);
    if (!t) throw new ZvarotError('E_NOT_FOUND', `the letter "${l.id.slice(0, 80)}" has no tag "${tag.slice(0, 80)}"`);
    mayChange(c, t.user, 'tag');
    store.removeTag(l.id, tag);
    audit(store, actor(c), 'tag.remove', { id: l.id, tag });
    return c.json(tagList(c, l.id));
  });

  app.get('/api/letters/:id/notes', (c) => {
    const l = letterOf(store, c.req.param('id'));
    const p = c.get('presenter');
    return c.json({ notes: store.letterNotes(l.id).map((n) => ({ id: n.id, user: n.user, text: p.about(n.text, l), at: n.at })) });
  });

  app.post('/api/letters/:id/notes', async (c) => {
    const l = letterOf(store, c.req.param('id'));
    const text = textOf((await body(c)).text, 'text', true);
    const n = store.addNote(l.id, actor(c), text);
    audit(store, actor(c), 'note.add', { id: l.id, note: n.id });
    return c.json({ id: n.id, user: n.user, text: c.get('presenter').about(n.text, l), at: n.at }, 201);
  });

  app.delete('/api/notes/:id', (c) => {
    const raw = c.req.param('id');
    const n = store.note(numericId(raw, 'note'));
    if (!n) throw notFound('note', raw);
    mayChange(c, n.user, 'note');
    store.removeNote(n.id);
    audit(store, actor(c), 'note.remove', { id: n.letter_id, note: n.id });
    return c.json({ ok: true });
  });

  app.get('/api/collections', (c) => {
    const v = c.get('viewer');
    return c.json({ collections: store.collections(v.role === 'researcher' ? v.name : undefined) });
  });

  app.post('/api/collections', async (c) => {
    const name = collectionNameOf((await body(c)).name);
    const col = store.addCollection(name, actor(c));
    audit(store, actor(c), 'collection.create', { collection: col.id });
    return c.json(col, 201);
  });

  app.get('/api/collections/:id', (c) => {
    const col = visibleCollection(c, store);
    audit(store, actor(c), 'collection.read', { collection: col.id });
    return c.json(collectionView(c, store, col));
  });

  app.delete('/api/collections/:id', (c) => {
    const col = visibleCollection(c, store);
    mayChange(c, col.owner, 'collection');
    store.removeCollection(col.id);
    audit(store, actor(c), 'collection.remove', { collection: col.id, items: col.items });
    return c.json({ ok: true });
  });

  app.post('/api/collections/:id/items', async (c) => {
    const col = visibleCollection(c, store);
    mayChange(c, col.owner, 'collection');
    const b = await body(c);
    if (typeof b.letter_id !== 'string' || b.letter_id === '') throw new ZvarotError('E_BODY', '"letter_id" must be the id of a letter');
    const quote = textOf(b.quote, 'quote', false);
    const note = textOf(b.note, 'note', false);
    const l = letterOf(store, b.letter_id);
    const i = store.addCollectionItem(col.id, { letter_id: l.id, quote, note });
    audit(store, actor(c), 'collection.item.add', { collection: col.id, item: i.id, id: l.id });
    return c.json(item(c, store, new Map(), i), 201);
  });

  app.patch('/api/collections/:id/items/:item', async (c) => {
    const col = visibleCollection(c, store);
    mayChange(c, col.owner, 'collection');
    const b = await body(c);
    if (!('note' in b)) throw new ZvarotError('E_BODY', '"note" is required (null clears it)');
    const note = textOf(b.note, 'note', false);
    const raw = c.req.param('item');
    const i = store.setCollectionItemNote(col.id, numericId(raw, 'item'), note);
    if (!i) throw notFound('item', raw);
    audit(store, actor(c), 'collection.item.note', { collection: col.id, item: i.id });
    return c.json(item(c, store, new Map(), i));
  });

  app.delete('/api/collections/:id/items/:item', (c) => {
    const col = visibleCollection(c, store);
    mayChange(c, col.owner, 'collection');
    const raw = c.req.param('item');
    if (!store.removeCollectionItem(col.id, numericId(raw, 'item'))) throw notFound('item', raw);
    audit(store, actor(c), 'collection.item.remove', { collection: col.id, item: Number(raw) });
    return c.json({ ok: true });
  });

  app.get('/api/collections/:id/export', (c) => {
    const format = c.req.query('format') ?? '';
    if (!(COLLECTION_FORMATS as readonly string[]).includes(format)) {
      throw new ZvarotError('E_QUERY_PARAM', `format must be one of ${COLLECTION_FORMATS.join(', ')}, got "${format.slice(0, 20)}"`);
    }
    const f = format as CollectionFormat;
    const col = visibleCollection(c, store);
    const view = collectionView(c, store, col);
    audit(store, actor(c), 'collection.export', { collection: col.id, format: f, items: view.items.length });
    c.header('Content-Type', CONTENT_TYPE[f]);
    c.header('Content-Disposition', `attachment; filename="zvarot-collection-${col.id}.${f}"`);
    return c.body(f === 'md' ? markdown(view) : f === 'csv' ? csv(view) : `${JSON.stringify(view, null, 2)}\n`);
  });
}
