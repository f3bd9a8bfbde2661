import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareLetter } from '../ingest/index.js';
import { hashPassword } from '../privacy/passwords.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/types.js';
import { createApp } from './server.js';

/** A letter full of personal data: the writer's name and phone, and a neighbour she names. */
const PRIVATE = {
  id: 'n-1',
  received_at: '2021-03-02T11:00:00+03:00',
  place: 'Минск',
  subject: 'Заявление',
  sender: { name: 'Ковалёва Анна Сергеевна', phone: '+375 29 765-43-21' },
  body: 'Я, Ковалёва Анна Сергеевна, сообщаю, что мой сосед Петров Игорь Васильевич вывесил флаг. Мой телефон +375 29 765-43-21.\n\nКовалёва',
};
const LETTERS = [
  PRIVATE,
  { id: 'n-2', received_at: '2020-08-20T10:00:00+03:00', place: 'Гомель', subject: 'Заявление', body: 'Довожу до Вашего сведения, что мой сосед вывесил на балконе бело-красно-белый флаг.' },
  { id: 'n-3', received_at: '2022-05-05T09:00:00+03:00', place: 'Магілёў', body: 'Прашу разгледзець маю заяву аб незаконным звальненні з працы ў Магілёве.' },
  { id: 'n-4', received_at: '2019-01-10T15:00:00+03:00', place: 'Брест', body: '<script>alert(1)</script> Проверка связи, тест.' },
];
/** What a researcher must never read, in any answer about the private letter. */
const SECRETS = ['Ковалёва', 'Анна', 'Петров', 'Игорь', '765-43-21'];
const QUOTE = 'Я, Ковалёва Анна Сергеевна, сообщаю, что мой сосед Петров Игорь Васильевич вывесил флаг. Мой телефон +375 29 765-43-21.';

const USERS = { boss: 'admin', ed: 'editor', re: 'researcher', re2: 'researcher' } as const;
type Name = keyof typeof USERS;

let store: Store;
let app: ReturnType<typeof createApp>;
const sessions = {} as Record<Name, { cookie: string; csrf: string }>;

beforeAll(async () => {
  store = openSqliteStore(path.join(mkdtempSync(path.join(tmpdir(), 'zvarot-notebook-')), 'a.db'));
  store.putBatch(LETTERS.map((l, i) => prepareLetter(l, { file: 'fixture', line: i + 1 })), 'test');
  for (const [name, role] of Object.entries(USERS)) store.putUser({ name, role, hash: hashPassword(`${name}-password-12`) });
  app = createApp({ store });
  for (const name of Object.keys(USERS) as Name[]) {
    const res = await app.request('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: name, password: `${name}-password-12` }) });
    const body = (await res.json()) as { csrfToken: string };
    sessions[name] = { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] as string, csrf: body.csrfToken };
  }
});

afterAll(() => store.close());

interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

/** A request as a logged-in user, with their CSRF token unless `csrf` says otherwise. */
async function call(who: Name, method: string, url: string, body?: unknown, opts: { csrf?: string | null; raw?: string } = {}): Promise<Answer> {
  const s = sessions[who];
  const headers: Record<string, string> = { cookie: s.cookie };
  const csrf = opts.csrf === undefined ? s.csrf : opts.csrf;
  if (csrf !== null && method !== 'GET') headers['x-csrf-token'] = csrf;
  const payload = opts.raw ?? (body === undefined ? undefined : JSON.stringify(body));
  if (payload !== undefined) headers['content-type'] = 'application/json';
  const res = await app.request(url, { method, headers, ...(payload !== undefined ? { body: payload } : {}) });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* an export: checked as text */
  }
  return { status: res.status, headers: res.headers, text, body: parsed };
}

const get = (who: Name, url: string) => call(who, 'GET', url);
const codeOf = (a: Answer) => `${a.status} ${a.body?.error?.code ?? ''}`.trim();
const ids = (a: Answer) => a.body.hits.map((h: { id: string }) => h.id).sort();
const ISO = expect.stringMatching(/^\d{4}-\d\d-\d\dT/);

describe('tags', () => {
  it('tag letters, list them per letter and for the archive, and become the facet `tag` and the filter tag:NAME', async () => {
    const first = await call('re', 'POST', '/api/letters/n-1/tags', { tag: 'важное' });
    expect(first.status).toBe(201);
    expect(first.body).toEqual({ tags: [{ tag: 'важное', user: 're', at: ISO }] });
    // Spaces are trimmed and runs of them folded: one tag however it was typed.
    expect((await call('ed', 'POST', '/api/letters/n-1/tags', { tag: '  на   проверку ' })).status).toBe(201);
    expect((await call('ed', 'POST', '/api/letters/n-2/tags', { tag: 'на проверку' })).status).toBe(201);
    // Tagging again changes nothing, whoever does it.
    const again = await call('re', 'POST', '/api/letters/n-2/tags', { tag: 'на проверку' });
    expect(again.body.tags).toEqual([{ tag: 'на проверку', user: 'ed', at: ISO }]);
    expect((await get('re', '/api/letters/n-1/tags')).body.tags.map((t: { tag: string }) => t.tag)).toEqual(['важное', 'на проверку']);
    expect((await get('re', '/api/tags')).body).toEqual({ tags: [{ tag: 'на проверку', count: 2 }, { tag: 'важное', count: 1 }] });

    // The facet counts the whole match set; the filter works alone, quoted, and beside words.
    const all = await get('ed', '/api/search?q=');
    expect(all.body.facets.tag).toEqual([{ value: 'на проверку', count: 2 }, { value: 'важное', count: 1 }]);
    expect(ids(await get('ed', `/api/search?q=${encodeURIComponent('tag:"на проверку"')}`))).toEqual(['n-1', 'n-2']);
    const both = await get('re', `/api/search?q=${encodeURIComponent('флаг tag:важное')}`);
    expect(ids(both)).toEqual(['n-1']);
    expect(both.body.facets.tag).toEqual([{ value: 'важное', count: 1 }, { value: 'на проверку', count: 1 }]);
    expect(ids(await get('ed', `/api/search?q=${encodeURIComponent('-tag:важное tag:"на проверку"')}`))).toEqual(['n-2']);
    expect(ids(await get('ed', `/api/search?q=${encodeURIComponent('tag:никакой')}`))).toEqual([]);
    // Through SQL too, where a filter sits under OR with words.
    expect(ids(await get('ed', `/api/search?q=${encodeURIComponent('tag:важное OR Магілёве')}`))).toEqual(['n-1', 'n-3']);
  });

  it('takes a tag off for the user who gave it or an admin, and search follows at once', async () => {
    await call('re', 'POST', '/api/letters/n-3/tags', { tag: 'Могилёв' });
    expect(codeOf(await call('re2', 'DELETE', `/api/letters/n-3/tags/${encodeURIComponent('Могилёв')}`))).toBe('403 E_FORBIDDEN');
    expect(codeOf(await call('ed', 'DELETE', `/api/letters/n-3/tags/${encodeURIComponent('Могилёв')}`))).toBe('403 E_FORBIDDEN');
    expect(ids(await get('re', `/api/search?q=${encodeURIComponent('tag:Могилёв')}`))).toEqual(['n-3']);
    const removed = await call('re', 'DELETE', `/api/letters/n-3/tags/${encodeURIComponent('Могилёв')}`);
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ tags: [] });
    expect(ids(await get('re', `/api/search?q=${encodeURIComponent('tag:Могилёв')}`))).toEqual([]);
    expect((await get('re', '/api/search?q=')).body.facets.tag.map((v: { value: string }) => v.value)).not.toContain('Могилёв');
    await call('re', 'POST', '/api/letters/n-3/tags', { tag: 'Могилёв' });
    expect((await call('boss', 'DELETE', `/api/letters/n-3/tags/${encodeURIComponent('Могилёв')}`)).status).toBe(200);
    expect(codeOf(await call('boss', 'DELETE', `/api/letters/n-3/tags/${encodeURIComponent('Могилёв')}`))).toBe('404 E_NOT_FOUND');
    // A tag with a slash or a percent sign goes through the path encoded.
    await call('re', 'POST', '/api/letters/n-3/tags', { tag: '50/50 100%' });
    expect((await call('re', 'DELETE', `/api/letters/n-3/tags/${encodeURIComponent('50/50 100%')}`)).body).toEqual({ tags: [] });
  });

  it('refuses bad tags with 400 E_BODY and unknown letters with 404', async () => {
    const bad: unknown[] = [{ tag: '' }, { tag: '   ' }, { tag: 'x'.repeat(65) }, { tag: 'a\u0000b' }, { tag: 'a\nb' }, { tag: '\u202Eevil' }, { tag: 'zero\u200Bwidth' }, { tag: 7 }, {}, ['важное'], null];
    for (const b of bad) expect(codeOf(await call('re', 'POST', '/api/letters/n-1/tags', b)), JSON.stringify(b)).toBe('400 E_BODY');
    expect(codeOf(await call('re', 'POST', '/api/letters/n-1/tags', undefined, { raw: '{"tag":' }))).toBe('400 E_BODY');
    expect(codeOf(await call('re', 'POST', '/api/letters/n-1/tags', { tag: 'x', pad: 'x'.repeat(300_000) }))).toBe('400 E_BODY');
    expect((await call('re', 'POST', '/api/letters/n-4/tags', { tag: 'x'.repeat(64) })).status).toBe(201);
    expect(codeOf(await call('re', 'POST', '/api/letters/nope/tags', { tag: 'важное' }))).toBe('404 E_NOT_FOUND');
    expect(codeOf(await get('re', '/api/letters/nope/tags'))).toBe('404 E_NOT_FOUND');
    expect(codeOf(await call('re', 'DELETE', '/api/letters/nope/tags/x'))).toBe('404 E_NOT_FOUND');
  });
});

describe('notes', () => {
  it('adds notes, shows them to every role as that role may read them, and removes them for their writer or an admin', async () => {
    const added = await call('ed', 'POST', '/api/letters/n-1/notes', { text: 'Перезвонить по номеру +375 29 765-43-21, спросить про Петров Игорь Васильевич.' });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({ id: expect.any(Number), user: 'ed', text: 'Перезвонить по номеру +375 29 765-43-21, спросить про Петров Игорь Васильевич.', at: ISO });
    const mine = await call('re', 'POST', '/api/letters/n-1/notes', { text: 'Сравнить с письмом n-2.\nПохожий текст.' });
    expect(mine.status).toBe(201);

    const asEditor = (await get('ed', '/api/letters/n-1/notes')).body.notes;
    expect(asEditor.map((n: { user: string; text: string }) => [n.user, n.text])).toEqual([
      ['ed', 'Перезвонить по номеру +375 29 765-43-21, спросить про Петров Игорь Васильевич.'],
      ['re', 'Сравнить с письмом n-2.\nПохожий текст.'],
    ]);
    const asResearcher = await get('re', '/api/letters/n-1/notes');
    for (const s of SECRETS) expect(asResearcher.text, s).not.toContain(s);
    expect(asResearcher.body.notes[0].text).toMatch(/^Перезвонить по номеру \+375 •• ••• ••21 \[[0-9A-F]{6}\], спросить про Person [0-9A-F]{6}\.$/);
    expect(asResearcher.body.notes[1].text).toBe('Сравнить с письмом n-2.\nПохожий текст.');

    expect(codeOf(await call('re', 'DELETE', `/api/notes/${added.body.id}`))).toBe('403 E_FORBIDDEN');
    expect((await call('re', 'DELETE', `/api/notes/${mine.body.id}`)).body).toEqual({ ok: true });
    expect((await call('boss', 'DELETE', `/api/notes/${added.body.id}`)).status).toBe(200);
    expect((await get('ed', '/api/letters/n-1/notes')).body).toEqual({ notes: [] });
    expect(codeOf(await call('boss', 'DELETE', `/api/notes/${added.body.id}`))).toBe('404 E_NOT_FOUND');
    // A removed note's id is never given again.
    const next = await call('re', 'POST', '/api/letters/n-2/notes', { text: 'ещё' });
    expect(next.body.id).toBeGreaterThan(mine.body.id);
  });

  it('refuses empty, over-long and non-text notes, and unknown letters and notes', async () => {
    for (const b of [{ text: '' }, { text: ' \n ' }, { text: 'x'.repeat(20_001) }, { text: 'bell\u0007' }, { text: null }, {}, { text: ['a'] }]) {
      expect(codeOf(await call('re', 'POST', '/api/letters/n-2/notes', b)), JSON.stringify(b).slice(0, 40)).toBe('400 E_BODY');
    }
    expect((await call('re', 'POST', '/api/letters/n-2/notes', { text: 'x'.repeat(20_000) })).status).toBe(201);
    expect(codeOf(await call('re', 'POST', '/api/letters/nope/notes', { text: 'a' }))).toBe('404 E_NOT_FOUND');
    expect(codeOf(await get('re', '/api/letters/nope/notes'))).toBe('404 E_NOT_FOUND');
    for (const id of ['999999', 'abc', '0', '-1', '1.5']) expect(codeOf(await call('boss', 'DELETE', `/api/notes/${id}`)), id).toBe('404 E_NOT_FOUND');
  });
});

describe('collections', () => {
  it('go through their whole life: create, list, add items, annotate, read, take out, remove', async () => {
    const created = await call('re', 'POST', '/api/collections', { name: '  Соседи  ' });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ id: expect.any(Number), name: 'Соседи', owner: 're', created_at: ISO, items: 0 });
    const id = created.body.id as number;

    const one = await call('re', 'POST', `/api/collections/${id}/items`, { letter_id: 'n-2', quote: 'мой сосед вывесил на балконе бело-красно-белый флаг', note: 'Типичный донос.' });
    expect(one.status).toBe(201);
    expect(one.body).toEqual({
      id: expect.any(Number),
      letter_id: 'n-2',
      quote: 'мой сосед вывесил на балконе бело-красно-белый флаг',
      note: 'Типичный донос.',
      added_at: ISO,
      letter: { id: 'n-2', received_at: '2020-08-20T10:00:00+03:00', kind: 'denunciation', place: 'Гомель', subject: 'Заявление' },
    });
    const two = await call('re', 'POST', `/api/collections/${id}/items`, { letter_id: 'n-3' });
    expect(two.body).toMatchObject({ letter_id: 'n-3', quote: null, note: null });
    const three = await call('re', 'POST', `/api/collections/${id}/items`, { letter_id: 'n-4', quote: '', note: '' });
    expect(three.body).toMatchObject({ quote: null, note: null });

    expect((await get('re', '/api/collections')).body).toEqual({ collections: [{ id, name: 'Соседи', owner: 're', created_at: created.body.created_at, items: 3 }] });

    const patched = await call('re', 'PATCH', `/api/collections/${id}/items/${two.body.id}`, { note: 'Белорусский.' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id: two.body.id, note: 'Белорусский.' });
    expect((await call('re', 'PATCH', `/api/collections/${id}/items/${one.body.id}`, { note: null })).body.note).toBeNull();

    expect((await call('re', 'DELETE', `/api/collections/${id}/items/${three.body.id}`)).body).toEqual({ ok: true });
    const read = await get('re', `/api/collections/${id}`);
    expect(read.status).toBe(200);
    expect(read.body).toEqual({
      id,
      name: 'Соседи',
      owner: 're',
      created_at: created.body.created_at,
      items: [
        { ...one.body, note: null },
        { ...two.body, note: 'Белорусский.', letter: { id: 'n-3', received_at: '2022-05-05T09:00:00+03:00', kind: expect.any(String), place: 'Магілёў', subject: null } },
      ],
    });

    expect((await call('re', 'DELETE', `/api/collections/${id}`)).body).toEqual({ ok: true });
    expect(codeOf(await get('re', `/api/collections/${id}`))).toBe('404 E_NOT_FOUND');
    expect((await get('re', '/api/collections')).body).toEqual({ collections: [] });
    expect(store.collectionItems(id)).toEqual([]);
  });

  it('belong to their owner: researchers see their own, editors and admins all; only the owner or an admin changes one', async () => {
    const mine = (await call('re', 'POST', '/api/collections', { name: 'Моя' })).body.id as number;
    const theirs = (await call('re2', 'POST', '/api/collections', { name: 'Чужая' })).body.id as number;
    const editors = (await call('ed', 'POST', '/api/collections', { name: 'Редакция' })).body.id as number;
    const names = async (who: Name) => (await get(who, '/api/collections')).body.collections.map((c: { name: string }) => c.name);
    expect(await names('re')).toEqual(['Моя']);
    expect(await names('re2')).toEqual(['Чужая']);
    expect(await names('ed')).toEqual(['Редакция', 'Чужая', 'Моя']);
    expect(await names('boss')).toEqual(['Редакция', 'Чужая', 'Моя']);

    // Another researcher's collection does not exist for a researcher, whatever they try.
    for (const [method, url, body] of [
      ['GET', `/api/collections/${theirs}`],
      ['GET', `/api/collections/${theirs}/export?format=json`],
      ['GET', `/api/collections/${editors}`],
      ['DELETE', `/api/collections/${theirs}`],
      ['POST', `/api/collections/${theirs}/items`, { letter_id: 'n-1' }],
    ] as [string, string, unknown?][]) {
      expect(codeOf(await call('re', method, url, body)), `${method} ${url}`).toBe('404 E_NOT_FOUND');
    }
    // Editors read everyone's, and change only their own.
    expect((await get('ed', `/api/collections/${mine}`)).body.owner).toBe('re');
    expect(codeOf(await call('ed', 'POST', `/api/collections/${mine}/items`, { letter_id: 'n-1' }))).toBe('403 E_FORBIDDEN');
    expect(codeOf(await call('ed', 'DELETE', `/api/collections/${mine}`))).toBe('403 E_FORBIDDEN');
    // Admins change any.
    expect((await call('boss', 'POST', `/api/collections/${mine}/items`, { letter_id: 'n-2' })).status).toBe(201);
    expect((await call('boss', 'DELETE', `/api/collections/${theirs}`)).status).toBe(200);
    expect(await names('re2')).toEqual([]);
    for (const id of [mine, editors]) await call('boss', 'DELETE', `/api/collections/${id}`);
  });

  it('answer 404 for unknown collections, items and letters, and 400 for bad bodies', async () => {
    const id = (await call('re', 'POST', '/api/collections', { name: 'Проверка' })).body.id as number;
    const item = (await call('re', 'POST', `/api/collections/${id}/items`, { letter_id: 'n-2' })).body.id as number;
    for (const url of ['/api/collections/999999', '/api/collections/abc', '/api/collections/0', '/api/collections/999999/export?format=md']) {
      expect(codeOf(await get('re', url)), url).toBe('404 E_NOT_FOUND');
    }
    expect(codeOf(await call('re', 'POST', `/api/collections/${id}/items`, { letter_id: 'nope' }))).toBe('404 E_NOT_FOUND');
    expect(codeOf(await call('re', 'PATCH', `/api/collections/${id}/items/999999`, { note: 'x' }))).toBe('404 E_NOT_FOUND');
    expect(codeOf(await call('re', 'DELETE', `/api/collections/${id}/items/999999`))).toBe('404 E_NOT_FOUND');
    expect(codeOf(await call('re', 'DELETE', `/api/collections/${id}/items/abc`))).toBe('404 E_NOT_FOUND');
    // An item is reached only through its own collection.
    const other = (await call('re', 'POST', '/api/collections', { name: 'Другая' })).body.id as number;
    expect(codeOf(await call('re', 'PATCH', `/api/collections/${other}/items/${item}`, { note: 'x' }))).toBe('404 E_NOT_FOUND');
    expect(codeOf(await call('re', 'DELETE', `/api/collections/${other}/items/${item}`))).toBe('404 E_NOT_FOUND');

    for (const b of [{}, { name: '' }, { name: 'x'.repeat(201) }, { name: 5 }, { name: 'a\tb' }, []]) {
      expect(codeOf(await call('re', 'POST', '/api/collections', b)), JSON.stringify(b).slice(0, 30)).toBe('400 E_BODY');
    }
    expect((await call('re', 'POST', '/api/collections', { name: 'я'.repeat(200) })).status).toBe(201);
    for (const b of [{}, { letter_id: 5 }, { letter_id: '' }, { letter_id: 'n-1', quote: 'x'.repeat(20_001) }, { letter_id: 'n-1', note: 3 }]) {
      expect(codeOf(await call('re', 'POST', `/api/collections/${id}/items`, b)), JSON.stringify(b).slice(0, 40)).toBe('400 E_BODY');
    }
    expect(codeOf(await call('re', 'PATCH', `/api/collections/${id}/items/${item}`, {}))).toBe('400 E_BODY');
    expect(codeOf(await call('re', 'PATCH', `/api/collections/${id}/items/${item}`, { note: 'x'.repeat(20_001) }))).toBe('400 E_BODY');
    expect(codeOf(await call('re', 'PATCH', `/api/collections/${id}/items/${item}`, undefined, { raw: 'note' }))).toBe('400 E_BODY');
    expect(codeOf(await get('re', `/api/collections/${id}/export?format=pdf`))).toBe('400 E_QUERY_PARAM');
    expect(codeOf(await get('re', `/api/collections/${id}/export`))).toBe('400 E_QUERY_PARAM');
  });
});

describe('collection exports', () => {
  let id: number;

  beforeAll(async () => {
    id = (await call('ed', 'POST', '/api/collections', { name: 'Доносы <2020>' })).body.id;
    await call('ed', 'POST', `/api/collections/${id}/items`, { letter_id: 'n-2', quote: 'мой сосед вывесил на балконе\nбело-красно-белый флаг', note: '=HYPERLINK("http://evil")' });
    await call('ed', 'POST', `/api/collections/${id}/items`, { letter_id: 'n-4', quote: '<script>alert(1)</script> Проверка связи', note: '- не список\n# не заголовок' });
    await call('ed', 'POST', `/api/collections/${id}/items`, { letter_id: 'n-3' });
  });

  it('writes Markdown: the title, then each item as a block quote with the letter id, date, place and note, letter text kept as text', async () => {
    const r = await get('ed', `/api/collections/${id}/export?format=md`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename="zvarot-collection-${id}.md"`);
    expect(r.text).toBe(
      [
        '# Доносы \\<2020\\>',
        '',
        '> мой сосед вывесил на балконе',
        '> бело-красно-белый флаг',
        '',
        '— letter n-2, 2020-08-20, Гомель',
        '',
        '\\=HYPERLINK("http://evil")',
        '',
        '> \\<script\\>alert(1)\\</script\\> Проверка связи',
        '',
        '— letter n-4, 2019-01-10, Брест',
        '',
        '\\- не список',
        '\\# не заголовок',
        '',
        '> (the whole letter)',
        '',
        '— letter n-3, 2022-05-05, Магілёў',
        '',
      ].join('\n'),
    );
  });

  it('writes CSV, one row per item, with formula cells defused', async () => {
    const r = await get('ed', `/api/collections/${id}/export?format=csv`);
    expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename="zvarot-collection-${id}.csv"`);
    const lines = r.text.split('\r\n');
    expect(lines[0]).toBe('item,letter_id,received_at,place,kind,subject,quote,note,added_at');
    expect(lines[1]).toMatch(/^\d+,n-2,2020-08-20T10:00:00\+03:00,Гомель,denunciation,Заявление,"мой сосед вывесил на балконе\nбело-красно-белый флаг","'=HYPERLINK\(""http:\/\/evil""\)",\d{4}-\d\d-\d\dT[^,]+$/);
    expect(lines[2]).toMatch(/^\d+,n-4,2019-01-10T15:00:00\+03:00,Брест,\w+,,<script>alert\(1\)<\/script> Проверка связи,"'- не список\n# не заголовок",/);
    expect(lines[3]).toMatch(/^\d+,n-3,2022-05-05T09:00:00\+03:00,Магілёў,\w+,,,,/);
    expect(r.text.endsWith('\r\n')).toBe(true);
    expect(lines).toHaveLength(5);
  });

  it('writes JSON: the collection as GET /api/collections/:id gives it', async () => {
    const r = await get('ed', `/api/collections/${id}/export?format=json`);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename="zvarot-collection-${id}.json"`);
    expect(r.body).toEqual((await get('ed', `/api/collections/${id}`)).body);
    expect(r.body.items.map((i: { letter_id: string }) => i.letter_id)).toEqual(['n-2', 'n-4', 'n-3']);
  });
});

describe('a researcher reading quotes and notes', () => {
  it('never sees the personal data of a quote: in the collection, in every export, in a quote cut mid-name', async () => {
    const id = (await call('re', 'POST', '/api/collections', { name: 'Флаги' })).body.id as number;
    await call('re', 'POST', `/api/collections/${id}/items`, { letter_id: 'n-1', quote: QUOTE, note: 'Звонить: +375 29 765-43-21' });
    // Cut so that the surname stays outside: the first name alone is still her.
    await call('re', 'POST', `/api/collections/${id}/items`, { letter_id: 'n-1', quote: 'Анна Сергеевна, сообщаю, что мой сосед Петров' });
    // The signature's surname alone: only the letter tells it is hers.
    await call('re', 'POST', `/api/collections/${id}/items`, { letter_id: 'n-1', quote: 'Ковалёва' });
    // Cuts the detectors cannot read alone, a phone without its code and half a surname: the letter's own spans tell.
    await call('re', 'POST', `/api/collections/${id}/items`, { letter_id: 'n-1', quote: '765-43-21.' });
    await call('re', 'POST', `/api/collections/${id}/items`, { letter_id: 'n-1', quote: 'валёва Анна Сергеевна, сообщаю' });
    const answers = [await get('re', `/api/collections/${id}`), ...(await Promise.all(['md', 'csv', 'json'].map((f) => get('re', `/api/collections/${id}/export?format=${f}`))))];
    for (const a of answers) {
      expect(a.status).toBe(200);
      for (const s of [...SECRETS, 'валёва']) expect(a.text, s).not.toContain(s);
    }
    const items = answers[0]!.body.items;
    expect(items.slice(3).map((i: { quote: string }) => i.quote)).toEqual([expect.stringMatching(/^•• ••• ••21 \[[0-9A-F]{6}\]\.$/), expect.stringMatching(/^Person [0-9A-F]{6}, сообщаю$/)]);
    expect(items[0].quote).toMatch(/^Я, Person [0-9A-F]{6}, сообщаю, что мой сосед Person [0-9A-F]{6} вывесил флаг\. Мой телефон \+375 •• ••• ••21 \[[0-9A-F]{6}\]\.$/);
    expect(items[2].quote).toMatch(/^Person [0-9A-F]{6}$/);
    // The editor, on the same collection, reads what was written.
    const ed = await get('ed', `/api/collections/${id}`);
    expect(ed.body.items[0].quote).toBe(QUOTE);
    expect(ed.body.items[0].note).toBe('Звонить: +375 29 765-43-21');
  });

  it('sees a tag that is personal data as its pseudonym', async () => {
    await call('ed', 'POST', '/api/letters/n-1/tags', { tag: '+375 29 765-43-21' });
    for (const url of ['/api/tags', '/api/letters/n-1/tags', '/api/search?q=']) {
      const r = await get('re', url);
      expect(r.text, url).not.toContain('765-43-21');
    }
    expect((await get('ed', '/api/tags')).text).toContain('765-43-21');
    await call('ed', 'DELETE', `/api/letters/n-1/tags/${encodeURIComponent('+375 29 765-43-21')}`);
  });
});

describe('security', () => {
  it('wants the CSRF token on every change', async () => {
    const id = (await call('re', 'POST', '/api/collections', { name: 'CSRF' })).body.id as number;
    const item = (await call('re', 'POST', `/api/collections/${id}/items`, { letter_id: 'n-2' })).body.id as number;
    const note = (await call('re', 'POST', '/api/letters/n-2/notes', { text: 'x' })).body.id as number;
    await call('re', 'POST', '/api/letters/n-2/tags', { tag: 'csrf' });
    const changes: [string, string, unknown?][] = [
      ['POST', '/api/letters/n-2/tags', { tag: 'x' }],
      ['DELETE', '/api/letters/n-2/tags/csrf'],
      ['POST', '/api/letters/n-2/notes', { text: 'x' }],
      ['DELETE', `/api/notes/${note}`],
      ['POST', '/api/collections', { name: 'x' }],
      ['DELETE', `/api/collections/${id}`],
      ['POST', `/api/collections/${id}/items`, { letter_id: 'n-1' }],
      ['PATCH', `/api/collections/${id}/items/${item}`, { note: 'x' }],
      ['DELETE', `/api/collections/${id}/items/${item}`],
    ];
    for (const [method, url, body] of changes) {
      expect(codeOf(await call('re', method, url, body, { csrf: null })), `${method} ${url}`).toBe('403 E_CSRF');
      expect(codeOf(await call('re', method, url, body, { csrf: sessions.re2.csrf })), `${method} ${url}`).toBe('403 E_CSRF');
    }
    // Nothing changed.
    expect(store.collection(id)?.items).toBe(1);
    expect(store.note(note)).toBeDefined();
    expect(store.letterTags('n-2').map((t) => t.tag)).toEqual(['csrf', 'на проверку']);
  });

  it('needs a login for every notebook route', async () => {
    for (const url of ['/api/tags', '/api/letters/n-1/tags', '/api/letters/n-1/notes', '/api/collections', '/api/collections/1', '/api/collections/1/export?format=md']) {
      const r = await app.request(url);
      expect(r.status, url).toBe(401);
    }
  });

  it('audits every change and export, with ids, not the texts', async () => {
    const before = (await get('boss', '/api/audit?limit=1')).body.verified.entries as number;
    const id = (await call('re2', 'POST', '/api/collections', { name: 'Аудит' })).body.id as number;
    const item = (await call('re2', 'POST', `/api/collections/${id}/items`, { letter_id: 'n-1', quote: QUOTE })).body.id as number;
    await call('re2', 'PATCH', `/api/collections/${id}/items/${item}`, { note: 'секрет' });
    await get('re2', `/api/collections/${id}/export?format=csv`);
    await call('re2', 'DELETE', `/api/collections/${id}/items/${item}`);
    await call('re2', 'DELETE', `/api/collections/${id}`);
    const note = (await call('re2', 'POST', '/api/letters/n-3/notes', { text: 'секрет' })).body.id as number;
    await call('re2', 'DELETE', `/api/notes/${note}`);
    await call('re2', 'POST', '/api/letters/n-3/tags', { tag: 'аудит' });
    await call('re2', 'DELETE', '/api/letters/n-3/tags/%D0%B0%D1%83%D0%B4%D0%B8%D1%82');
    const log = await get('boss', `/api/audit?after=${before}&limit=1000`);
    expect(log.body.verified.ok).toBe(true);
    const mine = log.body.entries;
    expect(mine.map((e: { action: string; detail: unknown }) => [e.action, e.detail])).toEqual([
      ['collection.create', { collection: id }],
      ['collection.item.add', { collection: id, item, id: 'n-1' }],
      ['collection.item.note', { collection: id, item }],
      ['collection.export', { collection: id, format: 'csv', items: 1 }],
      ['collection.item.remove', { collection: id, item }],
      ['collection.remove', { collection: id, items: 0 }],
      ['note.add', { id: 'n-3', note }],
      ['note.remove', { id: 'n-3', note }],
      ['tag.add', { id: 'n-3', tag: 'аудит', added: true }],
      ['tag.remove', { id: 'n-3', tag: 'аудит' }],
    ]);
    expect(JSON.stringify(mine)).not.toContain('секрет');
  });
});
