import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareLetter } from '../../ingest/index.js';
import { parseQuery } from '../../query/parse.js';
import { isEncrypted, openSqliteStore } from './index.js';

const LETTERS = [
  { id: 'e-1', received_at: '2021-03-01T10:00:00+03:00', body: 'Прошу освободить моего сына Кирилла, он раскаивается. Телефон +375 29 765-43-21.' },
  { id: 'e-2', received_at: '2021-03-02T10:00:00+03:00', body: 'Сообщаю, что сосед Вишневский вывесил флаг.' },
];
const KEY = 'correct horse battery staple';
const search = (store: ReturnType<typeof openSqliteStore>, q: string) => store.search({ query: parseQuery(q), limit: 10, offset: 0, sort: 'relevance' }).total;

afterEach(() => {
  delete process.env.ZVAROT_KEY;
});

function encryptedArchive(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'zvarot-enc-')), 'a.db');
  const store = openSqliteStore(file, { encrypt: true, key: KEY });
  store.putBatch(LETTERS.map((l, i) => prepareLetter(l, { file: 'f', line: i + 1 })), 'enc');
  expect(search(store, 'освободить')).toBe(1);
  store.close();
  return file;
}

describe('encryption at rest', () => {
  it('leaves no letter text, no index term and no SQLite header in the files, the write-ahead log included', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'zvarot-enc-')), 'a.db');
    const store = openSqliteStore(file, { encrypt: true, key: KEY });
    store.putBatch(LETTERS.map((l, i) => prepareLetter(l, { file: 'f', line: i + 1 })), 'enc');
    const check = () => {
      const files = [file, `${file}-wal`].filter(existsSync);
      for (const f of files) {
        const bytes = readFileSync(f);
        for (const word of ['освободить', 'Вишневский', '765-43-21', 'освобод', 'SQLite format 3']) expect(bytes.includes(Buffer.from(word)), `${path.basename(f)}: ${word}`).toBe(false);
      }
      return files.length;
    };
    // While open, the letters sit in the write-ahead log; after closing, in the main file.
    expect(check()).toBe(2);
    store.close();
    check();
    expect(isEncrypted(file)).toBe(true);
    // The same letters in a plaintext archive are there to be read: the check would see them.
    const plain = path.join(path.dirname(file), 'plain.db');
    const p = openSqliteStore(plain);
    p.putBatch(LETTERS.map((l, i) => prepareLetter(l, { file: 'f', line: i + 1 })), 'plain');
    p.close();
    expect(readFileSync(plain).includes(Buffer.from('Вишневский'))).toBe(true);
  });

  it('will not open without the key, nor with a wrong one; opens with the key given or from ZVAROT_KEY', () => {
    const file = encryptedArchive();
    expect(() => openSqliteStore(file)).toThrow(expect.objectContaining({ code: 'E_DB_KEY' }));
    expect(() => openSqliteStore(file, { key: 'wrong key' })).toThrow(expect.objectContaining({ code: 'E_DB_KEY', message: expect.stringContaining('does not open') }));
    const a = openSqliteStore(file, { key: KEY });
    expect(search(a, 'Вишневский')).toBe(1);
    a.close();
    process.env.ZVAROT_KEY = KEY;
    const b = openSqliteStore(file, { mustExist: true, readonly: true });
    expect(b.getLetter('e-1')?.body).toBe(LETTERS[0]!.body);
    b.close();
  });

  it('never applies a key to a plaintext archive, and never encrypts one in place', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'zvarot-plain-')), 'a.db');
    openSqliteStore(file).close();
    process.env.ZVAROT_KEY = KEY;
    const s = openSqliteStore(file);
    expect(s.count()).toBe(0);
    s.close();
    expect(isEncrypted(file)).toBe(false);
    expect(() => openSqliteStore(file, { encrypt: true, key: KEY })).toThrow(expect.objectContaining({ code: 'E_DB_KEY' }));
    delete process.env.ZVAROT_KEY;
    expect(() => openSqliteStore(path.join(path.dirname(file), 'new.db'), { encrypt: true })).toThrow(expect.objectContaining({ code: 'E_DB_KEY', message: expect.stringContaining('needs a key') }));
  });
});
