/**
 * The leak crawler: a researcher logs in and requests every GET route of the OpenAPI description
 * (so a new route is crawled without anyone remembering to add it), with parameters aimed at the
 * letters fullest of personal data and queries made of that data itself. No personal-data string
 * of the generator's truth (the body's spans and the sender fields) may appear in any response body
 * or header. The researcher's own query, echoed back, is theirs and not counted.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/api/server.js';
import { generateLetters } from '../src/demo/index.js';
import { prepareLetter } from '../src/ingest/index.js';
import { linkArchive } from '../src/ingest/link.js';
import { hashPassword } from '../src/privacy/passwords.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import type { Store } from '../src/store/types.js';

const LETTERS = 800;
let store: Store;
let server: RunningServer;
let base: string;
let cookie = '';
const secrets = new Set<string>();
const byPii: { id: string; n: number }[] = [];
const queries: string[] = ['', 'прошу', 'сосед', 'флаг', 'kind:denunciation', 'flag:names_others', 'has:response', 'tag:утечки'];
/** The researcher's collections, for the routes under /api/collections/{id}. */
const collectionIds: string[] = [];

beforeAll(async () => {
  store = openSqliteStore(path.join(mkdtempSync(path.join(tmpdir(), 'zvarot-leaks-')), 'a.db'));
  const batch = [];
  const bodies = [...generateLetters({ letters: LETTERS, seed: 21 })];
  for (const { record, truth } of bodies) {
    batch.push(prepareLetter({ ...record, id: truth.id } as unknown as Record<string, unknown>, { file: 'demo', line: batch.length + 1 }));
    const found = truth.pii.map((s) => record.body.slice(s.start, s.end));
    for (const s of found) secrets.add(s);
    const sender = Object.values(record.sender ?? {}).filter((v): v is string => typeof v === 'string' && v.length > 4);
    for (const s of sender) secrets.add(s);
    byPii.push({ id: truth.id, n: found.length + sender.length });
    // Queries made of the personal data itself: the letters match, and must come back redacted.
    if (queries.length < 60) for (const s of found.slice(0, 1)) queries.push(`"${s}"`);
  }
  // A string that is personal data in one letter and plain text in another (the surname Борисова,
  // the town "возле Борисова") cannot be told apart in an answer: only the unambiguous ones count.
  for (const { record, truth } of bodies) {
    for (const s of [...secrets]) {
      for (let i = record.body.indexOf(s); i >= 0; i = record.body.indexOf(s, i + 1)) {
        const word = !/[\p{L}\p{N}]/u.test(record.body[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(record.body[i + s.length] ?? ' ');
        if (word && !truth.pii.some((p) => p.start <= i && i + s.length <= p.end)) secrets.delete(s);
      }
    }
  }
  store.putBatch(batch, 'leaks');
  linkArchive(store);
  store.putUser({ name: 'reader', role: 'researcher', hash: hashPassword('researcher-password-1') });
  server = await startServer({ store, port: 0, host: '127.0.0.1' });
  base = server.url.replace(/\/$/, '');
  const login = await fetch(`${base}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'reader', password: 'researcher-password-1' }) });
  expect(login.status).toBe(200);
  cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;

  // The notebook: the researcher collects quotes cut around, and through, the personal data of the
  // letters fullest of it, with notes naming that data; an editor's notes name it too. All of it is
  // read back through the crawled routes below.
  const csrf = ((await (await fetch(`${base}/api/session`, { headers: { cookie } })).json()) as { csrfToken: string }).csrfToken;
  const post = async (url: string, body: unknown) => {
    const res = await fetch(base + url, { method: 'POST', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    expect(res.status, url).toBe(201);
    return (await res.json()) as { id: number };
  };
  const collection = await post('/api/collections', { name: 'Quotes' });
  collectionIds.push(String(collection.id));
  const top = new Set([...byPii].sort((a, b) => b.n - a.n).slice(0, 25).map((x) => x.id));
  for (const { record, truth } of bodies.filter((b) => top.has(b.truth.id))) {
    for (const s of truth.pii.slice(0, 4)) {
      const text = record.body.slice(s.start, s.end);
      await post(`/api/collections/${collection.id}/items`, { letter_id: truth.id, quote: record.body.slice(Math.max(0, s.start - 40), s.end + 40), note: `${text}: check` });
      await post(`/api/collections/${collection.id}/items`, { letter_id: truth.id, quote: record.body.slice(s.start + 1, s.end + 60) });
    }
    await post(`/api/collections/${collection.id}/items`, { letter_id: truth.id, quote: record.body });
    const sender = Object.values(record.sender ?? {}).filter((v): v is string => typeof v === 'string');
    store.addNote(truth.id, 'editor', `Call ${sender.join(', ')}; ${truth.pii.map((s) => record.body.slice(s.start, s.end)).join('; ')}`);
    await post(`/api/letters/${truth.id}/tags`, { tag: 'утечки' });
  }
}, 120_000);

afterAll(async () => {
  await server?.close();
  store?.close();
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The secrets found in a text as whole words (Волков inside Волковыск is no leak). */
function leaksIn(text: string): string[] {
  const out: string[] = [];
  for (const s of secrets) {
    if (!text.includes(s)) continue;
    if (new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, 'u').test(text)) out.push(s);
  }
  return out;
}

/** Every string a JSON answer holds, decoded, one per line. */
function strings(x: unknown): string {
  if (typeof x === 'string') return x;
  if (Array.isArray(x)) return x.map(strings).join('\n');
  if (x && typeof x === 'object') return Object.entries(x).map(([k, v]) => `${k}\n${strings(v)}`).join('\n');
  return String(x);
}

describe('leak crawler (researcher)', () => {
  it('finds no personal data in any response of any route', async () => {
    const spec = (await (await fetch(`${base}/api/openapi.json`)).json()) as { paths: Record<string, Record<string, { parameters?: { name: string; in: string; schema?: { enum?: string[] } }[] }>> };
    const ids = [...byPii].sort((a, b) => b.n - a.n).slice(0, 25).map((x) => x.id);
    const found: { url: string; leaks: string[] }[] = [];
    const crawled = new Map<string, number>();
    for (const [route, ops] of Object.entries(spec.paths)) {
      const op = ops.get;
      if (!op) continue;
      const params = op.parameters ?? [];
      const pathIds = route.startsWith('/api/collections/{id}') ? collectionIds : route.includes('{id}') ? ids : [''];
      const variants: Record<string, string>[] = [{}];
      for (const p of params.filter((x) => x.in === 'query')) {
        if (p.name === 'q') for (const q of queries) variants.push({ q });
        else if (p.name === 'limit') variants.push({ limit: '200' });
        else if (p.schema?.enum) for (const v of p.schema.enum) variants.push({ [p.name]: v, ...(params.some((x) => x.name === 'q') ? { q: 'прошу', limit: '200' } : {}) });
      }
      for (const id of pathIds) {
        for (const v of variants) {
          const url = `${route.replace('{id}', encodeURIComponent(id))}${Object.keys(v).length ? `?${new URLSearchParams(v)}` : ''}`;
          const res = await fetch(base + url, { headers: { cookie } });
          const text = await res.text();
          let answer = text;
          try {
            const body = JSON.parse(text) as Record<string, unknown>;
            if (v.q !== undefined && body.query === v.q) delete body.query;
            answer = strings(body);
          } catch {
            /* not JSON: checked as it is */
          }
          const headers = [...res.headers.entries()].map(([k, val]) => `${k}: ${val}`).join('\n');
          const leaks = leaksIn(`${answer}\n${headers}`);
          if (leaks.length) found.push({ url, leaks });
          // A route for admins only answers a researcher with E_FORBIDDEN: answered, and leak-checked all the same.
          if (res.status === 200 || (res.status === 403 && text.includes('E_FORBIDDEN'))) crawled.set(route, (crawled.get(route) ?? 0) + 1);
        }
      }
    }
    expect(found).toEqual([]);
    // Every GET route was really answered, the letter routes for every letter asked.
    for (const [route, ops] of Object.entries(spec.paths)) if (ops.get) expect(crawled.get(route) ?? 0, route).toBeGreaterThan(0);
    // Each letter as it is, and with the words of every query marked in it.
    expect(crawled.get('/api/letters/{id}')).toBe(25 * (1 + queries.length));
    expect(secrets.size).toBeGreaterThan(1000);
  }, 300_000);

  it('answers an editor with the same letters as written (the crawler would see leaks there)', async () => {
    store.putUser({ name: 'editor', role: 'editor', hash: hashPassword('editor-password-1') });
    const login = await fetch(`${base}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'editor', password: 'editor-password-1' }) });
    const editorCookie = (login.headers.get('set-cookie') ?? '').split(';')[0] as string;
    const id = [...byPii].sort((a, b) => b.n - a.n)[0]!.id;
    const text = await (await fetch(`${base}/api/letters/${id}`, { headers: { cookie: editorCookie } })).text();
    expect(leaksIn(strings(JSON.parse(text))).length).toBeGreaterThan(2);
  });
});
