import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/types.js';
import { generateLetters } from '../demo/index.js';
import type { TruthRecord } from '../core/record.js';
import { ingestFiles } from './index.js';
import { PreparePool } from './pool.js';

let dir: string;
let store: Store;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'zvarot-ingest-'));
  store = openSqliteStore(path.join(dir, 'a.db'));
});
afterEach(() => store.close());

function jsonl(name: string, lines: string[]): string {
  const f = path.join(dir, name);
  writeFileSync(f, lines.join('\n') + '\n');
  return f;
}

const good = (id: string, body: string, extra: object = {}) => JSON.stringify({ id, body, received_at: '2021-12-19T10:04:00+03:00', ...extra });

describe('ingest', () => {
  it('stores good lines, rejects bad ones with their line numbers, and keeps the rest', async () => {
    const f = jsonl('letters.jsonl', [
      good('a1', 'Прошу разобраться с ЖЭС № 7 в Гомеле.'),
      '{"id": "a2", "body": "broken',
      good('a3', 'Прашу дапамагчы.'),
      '["not", "an", "object"]',
      JSON.stringify({ id: 'a5' }),
      JSON.stringify({ id: 'a6', body: 'текст', received_at: 'вчера' }),
      JSON.stringify({ id: 'a7', body: 'текст', sender: { phone: 375291234567 } }),
      '',
      good('a9', 'Благодарю сотрудников.'),
    ]);
    const report = await ingestFiles(store, [f]);
    expect(report).toEqual({
      read: 8,
      stored: 3,
      updated: 0,
      unchanged: 0,
      rejected: [
        { file: f, line: 2, column: expect.any(Number), code: 'E_JSON_SYNTAX', message: expect.stringContaining('line 2 is not valid JSON') },
        { file: f, line: 4, column: 1, code: 'E_RECORD_SHAPE', message: 'line 4 holds an array, not an object' },
        { file: f, line: 5, code: 'E_RECORD_SHAPE', message: 'the record has no "body"' },
        { file: f, line: 6, code: 'E_DATE_FORMAT', message: 'field "received_at" holds "вчера", which is not a date' },
        { file: f, line: 7, code: 'E_FIELD_TYPE', message: 'field "sender.phone" must be a string, got number' },
      ],
      warnings: [],
      files: [{ file: f, format: 'jsonl', encoding: 'utf-8' }],
      links: { letters: 3, campaigns: 0, campaignLetters: 0, senders: 3, repeatSenders: 0 },
    });
    expect(store.count()).toBe(3);
    expect(store.getLetter('a3')?.derived.lang).toBe('be');
  });

  it('is idempotent: the same input twice stores nothing new', async () => {
    const f = jsonl('x.jsonl', [good('b1', 'Первое письмо.'), good('b2', 'Второе письмо.'), JSON.stringify({ body: 'Письмо без id.' })]);
    const first = await ingestFiles(store, [f]);
    expect(first).toMatchObject({ read: 3, stored: 3, unchanged: 0, rejected: [] });
    const second = await ingestFiles(store, [f]);
    expect(second).toEqual({ read: 3, stored: 0, updated: 0, unchanged: 3, rejected: [], warnings: [], files: [{ file: f, format: 'jsonl', encoding: 'utf-8' }], links: null });
    expect(store.count()).toBe(3);
  });

  it('updates a letter whose content changed under the same id, and its index with it', async () => {
    await ingestFiles(store, [jsonl('v1.jsonl', [good('c1', 'Жалоба на соседей.')])]);
    const r = await ingestFiles(store, [jsonl('v2.jsonl', [good('c1', 'Благодарность участковому.')])]);
    expect(r).toMatchObject({ stored: 0, updated: 1, unchanged: 0 });
    expect(store.getLetter('c1')?.body).toBe('Благодарность участковому.');
    expect(store.search({ query: { type: 'term', text: 'соседей', column: 1 }, limit: 10, offset: 0, sort: 'relevance' }).total).toBe(0);
    expect(store.search({ query: { type: 'term', text: 'участковый', column: 1 }, limit: 10, offset: 0, sort: 'relevance' }).total).toBe(1);
  });

  it('rejects a second, different record with an id already seen in the same run', async () => {
    const f = jsonl('dup.jsonl', [good('d1', 'Один.'), good('d1', 'Другой.'), good('d1', 'Один.')]);
    const r = await ingestFiles(store, [f], { batchSize: 1 });
    expect(r.stored).toBe(1);
    expect(r.unchanged).toBe(1);
    expect(r.rejected).toEqual([{ file: f, line: 2, code: 'E_DUPLICATE_ID', message: expect.stringContaining('"d1"') }]);
    expect(store.getLetter('d1')?.body).toBe('Один.');
  });

  it('prepares letters on worker threads once the input is large, and stores exactly what the main thread would', async () => {
    // The worker runs the compiled code: `npm run build` comes before `npm test` (as in CI).
    const probe = PreparePool.start(1);
    expect(probe, 'no compiled ingest worker: run npm run build').not.toBeNull();
    await probe?.close();
    const lines: string[] = [];
    const ids: string[] = [];
    for (const { record, truth } of generateLetters({ letters: 2600, seed: 5 })) {
      lines.push(JSON.stringify({ ...record, id: truth.id }));
      ids.push(truth.id);
    }
    lines.splice(2400, 0, '{"id": "bad", "body": ', JSON.stringify({ id: 'nobody' }));
    const f = jsonl('many.jsonl', lines);
    const threaded = await ingestFiles(store, [f], { workers: 2 });
    const inline = openSqliteStore(path.join(dir, 'inline.db'));
    try {
      const plain = await ingestFiles(inline, [f], { workers: 0 });
      expect(threaded.stored).toBe(2600);
      expect(threaded.rejected.map((r) => [r.line, r.code])).toEqual([
        [2401, 'E_JSON_SYNTAX'],
        [2402, 'E_RECORD_SHAPE'],
      ]);
      expect({ ...threaded, files: [] }).toEqual({ ...plain, files: [] });
      for (const id of [ids[1]!, ids[1234]!, ids[2599]!]) {
        const a = store.getLetter(id)!;
        const b = inline.getLetter(id)!;
        expect({ ...a, ingested_at: '' }).toEqual({ ...b, ingested_at: '' });
      }
      const q = { query: { type: 'term' as const, text: 'прошу', column: 1 }, limit: 5, offset: 0, sort: 'relevance' as const };
      expect(store.search(q)).toEqual(inline.search(q));
    } finally {
      inline.close();
    }
  });

  it('links campaigns and repeat senders across the archive, as facets and filters', async () => {
    const truth = new Map<string, TruthRecord>();
    const lines: string[] = [];
    for (const { record, truth: t } of generateLetters({ letters: 1500, seed: 3 })) {
      truth.set(t.id, t);
      lines.push(JSON.stringify({ ...record, id: t.id }));
    }
    const report = await ingestFiles(store, [jsonl('demo.jsonl', lines)], { workers: 0 });
    expect(report.links?.campaigns).toBeGreaterThan(0);
    expect(report.links?.repeatSenders).toBeGreaterThan(0);
    // Pairs the linker put together mostly belong together (the eval measures this on 40,000).
    const byCampaign = new Map<string, string[]>();
    const bySender = new Map<string, string[]>();
    for (const id of truth.keys()) {
      const d = store.getLetter(id)!.derived;
      if (d.campaign) byCampaign.set(d.campaign, [...(byCampaign.get(d.campaign) ?? []), id]);
      bySender.set(d.sender_group!, [...(bySender.get(d.sender_group!) ?? []), id]);
    }
    let right = 0;
    let all = 0;
    for (const ids of byCampaign.values()) {
      for (const id of ids) {
        all++;
        if (truth.get(id)!.campaign === truth.get(ids[0]!)!.campaign && truth.get(id)!.campaign !== null) right++;
      }
    }
    expect(right / all).toBeGreaterThan(0.9);
    const repeat = [...bySender.values()].find((ids) => ids.length > 1)!;
    expect(new Set(repeat.map((id) => truth.get(id)!.sender)).size).toBe(1);
    // Facets count campaigns and mentioned entities; their values filter.
    const all0 = store.search({ query: null, limit: 1, offset: 0, sort: 'date' });
    const top = all0.facets.campaign![0]!;
    expect(top.count).toBe(byCampaign.get(top.value)!.length);
    const inCampaign = store.search({ query: { type: 'field', field: 'campaign', value: top.value, column: 1 }, limit: 100, offset: 0, sort: 'date' });
    expect(inCampaign.total).toBe(top.count);
    expect(new Set(inCampaign.hits.map((h) => h.id))).toEqual(new Set(byCampaign.get(top.value)));
    const org = all0.facets.org![0]!;
    expect(org.value).toMatch(/^org:/);
    expect(org.label).toBeTruthy();
    const byOrg = store.search({ query: { type: 'field', field: 'org', value: org.value, column: 1 }, limit: 1, offset: 0, sort: 'date' });
    expect(byOrg.total).toBe(org.count);
    expect(byOrg.facets.org!.find((v) => v.value === org.value)?.count).toBe(org.count);
    expect(all0.facets.person!.length).toBeGreaterThan(0);
    expect(all0.facets.location!.length).toBeGreaterThan(0);
  });
});
