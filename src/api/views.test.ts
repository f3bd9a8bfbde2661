import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLetters } from '../demo/index.js';
import { entitiesOf } from '../enrich/index.js';
import { prepareLetter } from '../ingest/index.js';
import { linkArchive } from '../ingest/link.js';
import { hashPassword } from '../privacy/passwords.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/types.js';
import { createApp } from './server.js';

let store: Store;
let app: ReturnType<typeof createApp>;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  store = openSqliteStore(path.join(mkdtempSync(path.join(tmpdir(), 'zvarot-views-')), 'a.db'));
  const batch = [...generateLetters({ letters: 1500, seed: 5 })].map(({ record, truth }, i) => prepareLetter({ ...record, id: truth.id } as unknown as Record<string, unknown>, { file: 'demo', line: i + 1 }));
  store.putBatch(batch, 'views');
  linkArchive(store);
  store.putUser({ name: 'ed', role: 'editor', hash: hashPassword('editor-password-1') });
  store.putUser({ name: 'rs', role: 'researcher', hash: hashPassword('researcher-password-1') });
  app = createApp({ store });
  for (const [name, password] of [['ed', 'editor-password-1'], ['rs', 'researcher-password-1']] as const) {
    const res = await app.request('/api/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: name, password }) });
    expect(res.status).toBe(200);
    cookies[name] = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
  }
}, 120_000);

afterAll(() => store.close());

async function get(who: 'ed' | 'rs', url: string): Promise<{ status: number; body: any }> {
  const res = await app.request(url, { headers: { cookie: cookies[who] as string } });
  return { status: res.status, body: await res.json() };
}

describe('GET /api/timeline', () => {
  it('counts each month by kind so that the cells add up to the search total', async () => {
    for (const q of ['', 'kind:denunciation', 'прошу', 'year:2021 lang:be']) {
      const t = await get('ed', `/api/timeline?q=${encodeURIComponent(q)}`);
      const s = await get('ed', `/api/search?q=${encodeURIComponent(q)}&limit=1`);
      expect(t.status).toBe(200);
      const cells = (t.body.counts as number[][]).flat().reduce((a, b) => a + b, 0);
      // Letters without a kind or a date are in the search but in no cell.
      const kinds = (s.body.facets.kind as { count: number }[]).reduce((a, b) => a + b.count, 0);
      expect(cells).toBeLessThanOrEqual(kinds);
      const dated = (s.body.facets.month as { count: number }[]).reduce((a, b) => a + b.count, 0);
      expect(cells).toBeGreaterThan(0);
      expect(cells).toBeLessThanOrEqual(dated);
      expect([...t.body.rows].sort()).toEqual(t.body.rows);
    }
    const all = await get('ed', '/api/timeline');
    // Every month's denunciations equal the month facet of kind:denunciation.
    const d = await get('ed', '/api/search?q=kind:denunciation&limit=1');
    const col = all.body.columns.indexOf('denunciation');
    expect(col).toBeGreaterThanOrEqual(0);
    for (const m of d.body.facets.month as { value: string; count: number }[]) expect(all.body.counts[all.body.rows.indexOf(m.value)][col]).toBe(m.count);
    expect(all.body.events.map((e: { date: string }) => e.date)).toContain('2020-08-09');
  });

  it('splits by language, and rejects an unknown split with its code', async () => {
    const t = await get('ed', '/api/timeline?by=lang');
    expect(t.body.columns).toEqual(expect.arrayContaining(['ru', 'be']));
    const bad = await get('ed', '/api/timeline?by=sender');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('E_QUERY_PARAM');
    const q = await get('ed', '/api/timeline?q=' + encodeURIComponent('kind:(nope'));
    expect(q.status).toBe(400);
  });
});

describe('GET /api/entities', () => {
  it('lists more values than the search facet, in the same order and counts, each a filter for its letters', async () => {
    const e = await get('ed', '/api/entities?type=person&limit=200');
    const s = await get('ed', '/api/search?limit=1');
    expect(e.body.values.length).toBeGreaterThan(s.body.facets.person.length);
    expect(e.body.values.slice(0, s.body.facets.person.length)).toEqual(s.body.facets.person);
    const top = e.body.values[0];
    const letters = await get('ed', `/api/search?q=${encodeURIComponent(`person:"${top.value}"`)}&limit=1`);
    expect(letters.body.total).toBe(top.count);
    const oblasts = await get('ed', '/api/entities?type=oblast');
    expect(oblasts.body.values.map((v: { value: string }) => v.value)).toContain('город Минск');
  });

  it('gives researchers pseudonyms for private persons, which still filter to the same letters', async () => {
    const ed = (await get('ed', '/api/entities?type=person&limit=500')).body.values as { value: string; count: number; label: string; private?: boolean }[];
    const rs = (await get('rs', '/api/entities?type=person&limit=500')).body.values as typeof ed;
    expect(rs.length).toBe(ed.length);
    const privateOnes = rs.filter((v) => v.private);
    expect(privateOnes.length).toBeGreaterThan(0);
    const rawLabels = new Set(ed.filter((v) => v.private).map((v) => v.label));
    for (const v of privateOnes) {
      expect(v.value).toMatch(/^per:~[0-9A-F]{6}$/);
      expect(v.label).toMatch(/^Person [0-9A-F]{6}$/);
      expect(rawLabels.has(v.label)).toBe(false);
    }
    const one = privateOnes[0] as (typeof rs)[number];
    const letters = await get('rs', `/api/search?q=${encodeURIComponent(`person:"${one.value}"`)}&limit=1`);
    expect(letters.body.total).toBe(one.count);
  });

  it('rejects an unknown type and a limit out of range', async () => {
    expect((await get('ed', '/api/entities?type=sender')).status).toBe(400);
    expect((await get('ed', '/api/entities?limit=0')).body.error.code).toBe('E_QUERY_PARAM');
  });
});

describe('GET /api/network', () => {
  it('links senders of denunciations to whom their letters name, never to the writer themself', async () => {
    const n = await get('ed', '/api/network');
    expect(n.status).toBe(200);
    const d = await get('ed', '/api/search?q=kind:denunciation&limit=1');
    expect(n.body.letters).toBe(d.body.total);
    const byId = new Map<string, { type: string; label: string }>(n.body.nodes.map((x: { id: string }) => [x.id, x]));
    expect(n.body.edges.length).toBeGreaterThan(10);
    for (const e of n.body.edges as { source: string; target: string; letters: number }[]) {
      const source = byId.get(e.source);
      const target = byId.get(e.target);
      expect(source?.type).toBe('sender');
      expect(['PER', 'ORG']).toContain(target?.type);
      expect(e.letters).toBeGreaterThan(0);
      // The sender's own name resolves to another person than the one named.
      if (source && target?.type === 'PER' && !source.label.startsWith('Sender of ')) expect(entitiesOf(source.label).map((x) => x.id)).not.toContain(e.target);
    }
  });

  it('shows researchers pseudonyms for senders and private persons, and honours the letter limit', async () => {
    const ed = (await get('ed', '/api/network?letters=100')).body;
    const rs = (await get('rs', '/api/network?letters=100')).body;
    expect(rs.letters).toBe(100);
    expect(rs.edges.length).toBe(ed.edges.length);
    const raw = new Set<string>(ed.nodes.filter((x: { type: string; public?: boolean }) => x.type === 'sender' || (x.type === 'PER' && !x.public)).map((x: { label: string }) => x.label));
    const text = JSON.stringify(rs);
    for (const name of raw) if (!name.startsWith('Sender of ')) expect(text).not.toContain(`"${name}"`);
    expect((await get('ed', '/api/network?letters=0')).status).toBe(400);
  });
});
