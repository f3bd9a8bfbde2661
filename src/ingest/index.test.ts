import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/types.js';
import { ingestFiles } from './index.js';

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
    });
    expect(store.count()).toBe(3);
    expect(store.getLetter('a3')?.derived.lang).toBe('be');
  });

  it('is idempotent: the same input twice stores nothing new', async () => {
    const f = jsonl('x.jsonl', [good('b1', 'Первое письмо.'), good('b2', 'Второе письмо.'), JSON.stringify({ body: 'Письмо без id.' })]);
    const first = await ingestFiles(store, [f]);
    expect(first).toMatchObject({ read: 3, stored: 3, unchanged: 0, rejected: [] });
    const second = await ingestFiles(store, [f]);
    expect(second).toEqual({ read: 3, stored: 0, updated: 0, unchanged: 3, rejected: [], warnings: [], files: [{ file: f, format: 'jsonl', encoding: 'utf-8' }] });
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
});
