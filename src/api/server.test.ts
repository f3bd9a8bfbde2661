import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareLetter } from '../ingest/index.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/types.js';
import { openapi } from './openapi.js';
import { createApp, startServer, type RunningServer } from './server.js';

let store: Store;
let server: RunningServer;
let base: string;

const LETTERS = [
  { id: 'k-1', received_at: '2020-08-20T10:00:00+03:00', place: 'Гомель', subject: 'Заявление', body: 'Довожу до Вашего сведения, что мой сосед вывесил на балконе бело-красно-белый флаг.' },
  { id: 'k-2', received_at: '2021-03-02T11:00:00+03:00', place: 'Минск', body: 'Прошу освободить моего сына. Он оступился и больше так не будет. Заявлений больше не пишу.', response: 'Ваше обращение рассмотрено.' },
  { id: 'k-3', received_at: '2022-05-05T09:00:00+03:00', place: 'Магілёў', body: 'Прашу разгледзець маю заяву аб незаконным звальненні з працы ў Магілёве.' },
  { id: 'k-4', received_at: '2019-01-10T15:00:00+03:00', place: 'Брест', body: '<script>alert(1)</script> Проверка связи, тест.' },
];

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'zvarot-api-'));
  store = openSqliteStore(path.join(dir, 'a.db'));
  store.putBatch(LETTERS.map((l, i) => prepareLetter(l, { file: 'fixture', line: i + 1 })), 'test');
  const web = path.join(dir, 'web');
  mkdirSync(web);
  writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>zvarot</title>');
  server = await startServer({ store, port: 0, host: '127.0.0.1', webRoot: web });
  base = server.url.replace(/\/$/, '');
});

afterAll(async () => {
  await server.close();
  store.close();
});

async function get(url: string): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(base + url);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON: the web app */
  }
  return { status: res.status, body, headers: res.headers };
}

describe('HTTP API', () => {
  it('returns the words a search matched in a letter as offsets into its body', async () => {
    const r = await get(`/api/letters/k-2?q=${encodeURIComponent('заявление освободить')}`);
    expect(r.status).toBe(200);
    const words = r.body.highlights.map(([s, e]: [number, number]) => r.body.body.slice(s, e));
    expect(words).toEqual(['освободить', 'Заявлений']);
    expect((await get('/api/letters/k-2')).body.highlights).toBeUndefined();
  });

  it('searches with stemming: "заявление" finds "заявлений" and the subject, with highlighted snippets', async () => {
    const r = await get('/api/search?q=заявление');
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(2);
    const ids = r.body.hits.map((h: { id: string }) => h.id).sort();
    expect(ids).toEqual(['k-1', 'k-2']);
    const k2 = r.body.hits.find((h: { id: string }) => h.id === 'k-2');
    const marked = k2.highlights.map(([s, e]: [number, number]) => k2.snippet.slice(s, e));
    expect(marked).toEqual(['Заявлений']);
  });

  it('counts facets over the whole match set', async () => {
    const r = await get('/api/search?q=&limit=1');
    expect(r.body.total).toBe(4);
    expect(r.body.hits).toHaveLength(1);
    expect(r.body.facets.year).toEqual([
      { value: '2019', count: 1 },
      { value: '2020', count: 1 },
      { value: '2021', count: 1 },
      { value: '2022', count: 1 },
    ]);
    expect(r.body.facets.lang).toEqual([
      { value: 'ru', count: 3 },
      { value: 'be', count: 1 },
    ]);
    expect(r.body.facets.has_response).toEqual([
      { value: 'no', count: 3 },
      { value: 'yes', count: 1 },
    ]);
  });

  it('filters by field', async () => {
    const r = await get('/api/search?q=' + encodeURIComponent('lang:be year:2020..2023'));
    expect(r.body.hits.map((h: { id: string }) => h.id)).toEqual(['k-3']);
  });

  it('answers a malformed query with 400, a code and the column', async () => {
    const r = await get('/api/search?q=' + encodeURIComponent('сын "прошу'));
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error: { code: 'E_QUERY_SYNTAX', message: expect.stringContaining('column 5'), hint: expect.any(String), column: 5 } });
  });

  it('matches a place across scripts and highlights it, unless translit=off', async () => {
    const r = await get('/api/search?q=Mahilyow');
    expect(r.body.hits.map((h: { id: string }) => h.id)).toEqual(['k-3']);
    expect(r.body.hits[0].snippet.slice(...r.body.hits[0].highlights[0])).toBe('Магілёве');
    const off = await get('/api/search?q=Mahilyow&translit=off');
    expect(off.body.total).toBe(0);
    const bad = await get('/api/search?q=x&translit=maybe');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('E_QUERY_PARAM');
  });

  it('rejects bad parameters with a catalogued error', async () => {
    const r = await get('/api/search?q=x&limit=5000');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('E_QUERY_PARAM');
  });

  it('returns a letter with its derived fields, and 404 with a code for an unknown id', async () => {
    const ok = await get('/api/letters/k-3');
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id: 'k-3', place: 'Магілёў', derived: { lang: 'be', year: 2022, month: '2022-05' } });
    const missing = await get('/api/letters/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('E_NOT_FOUND');
  });

  it('answers more-like-this for a letter, and 404 for an unknown one', async () => {
    const r = await get('/api/letters/k-1/similar?limit=3');
    expect(r.status).toBe(200);
    expect(r.body.id).toBe('k-1');
    expect(r.body.hits.map((h: { id: string }) => h.id)).not.toContain('k-1');
    expect((await get('/api/letters/nope/similar')).body.error.code).toBe('E_NOT_FOUND');
    expect((await get('/api/letters/k-1/similar?limit=0')).body.error.code).toBe('E_QUERY_PARAM');
  });

  it('sends a strict Content-Security-Policy and serves the web app', async () => {
    const r = await get('/');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(r.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    const traversal = await fetch(base + '/..%2F..%2Fetc%2Fpasswd');
    expect(traversal.status).toBe(404);
    expect(await traversal.text()).not.toContain('root:');
    const deep = await fetch(base + '/a/b/c');
    expect(await deep.text()).toContain('<title>zvarot</title>'); // app routes get the app shell
  });

  it('documents every /api route it serves in the OpenAPI description', async () => {
    const r = await get('/api/openapi.json');
    const served = createApp({ store })
      .routes.filter((rt) => rt.path.startsWith('/api/') && rt.path !== '/api/*' && rt.method !== 'ALL')
      .map((rt) => rt.path.replace(/:(\w+)/g, '{$1}'));
    expect([...new Set(served)].sort()).toEqual(Object.keys(r.body.paths).sort());
    expect(Object.keys(r.body.paths).sort()).toEqual(Object.keys(openapi.paths).sort());
    for (const [p, ops] of Object.entries(r.body.paths as Record<string, { get?: { parameters?: { name: string; in: string; required?: boolean; schema?: { enum?: string[] } }[] } }>)) {
      if (!ops.get) continue;
      // Required query parameters get their first allowed value.
      const required = (ops.get.parameters ?? []).filter((x) => x.in === 'query' && x.required).map((x) => `${x.name}=${x.schema?.enum?.[0] ?? ''}`);
      // Collection routes take a collection's id: one made for the crawl.
      const id = p.startsWith('/api/collections/') ? String(store.addCollection('crawl', 'local').id) : 'k-1';
      const url = p.replace('{id}', id) + (required.length ? `?${required.join('&')}` : '');
      const res = await get(url);
      expect(res.status, url).toBe(200);
    }
    expect((await get('/api/nothing-here')).body.error.code).toBe('E_ROUTE');
  });
});
