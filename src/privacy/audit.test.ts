import Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../store/sqlite/index.js';
import { audit, verifyAudit } from './audit.js';

/** An archive file with a log of five entries, and a raw handle to tamper with it. */
function logged(): { file: string; tamper: (sql: string) => void } {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'zvarot-audit-')), 'a.db');
  const store = openSqliteStore(file);
  audit(store, 'anna', 'login', { address: '127.0.0.1' });
  audit(store, 'anna', 'search', { q: 'флаг' });
  audit(store, 'anna', 'letter.read', { id: 'k-1' });
  audit(store, 'anna', 'letter.read', { id: 'k-2' });
  audit(store, 'anna', 'logout');
  store.close();
  return {
    file,
    tamper: (sql) => {
      const db = new Database(file);
      db.exec(sql);
      db.close();
    },
  };
}

const check = (file: string) => {
  const store = openSqliteStore(file);
  try {
    return verifyAudit(store);
  } finally {
    store.close();
  }
};

describe('audit log', () => {
  it('chains each entry to the one before and verifies the whole chain', () => {
    const { file } = logged();
    const store = openSqliteStore(file);
    const entries = store.auditEntries(0, 10);
    store.close();
    expect(entries.map((e) => [e.seq, e.actor, e.action])).toEqual([
      [1, 'anna', 'login'],
      [2, 'anna', 'search'],
      [3, 'anna', 'letter.read'],
      [4, 'anna', 'letter.read'],
      [5, 'anna', 'logout'],
    ]);
    expect(entries[0]!.prev).toBe('0'.repeat(64));
    for (let i = 1; i < entries.length; i++) expect(entries[i]!.prev).toBe(entries[i - 1]!.hash);
    expect(check(file)).toEqual({ ok: true, entries: 5, head: entries[4]!.hash });
  });

  it('finds an edited entry', () => {
    const { file, tamper } = logged();
    tamper(`UPDATE audit SET detail = '{"id":"k-9"}' WHERE seq = 3`);
    expect(check(file)).toMatchObject({ ok: false, entries: 2, broken: { seq: 3, reason: expect.stringContaining('edited') } });
  });

  it('finds a removed entry, even with the numbers closed up', () => {
    const { file, tamper } = logged();
    tamper('DELETE FROM audit WHERE seq = 2');
    expect(check(file)).toMatchObject({ ok: false, broken: { seq: 3, reason: expect.stringContaining('missing') } });
    tamper('UPDATE audit SET seq = seq - 1 WHERE seq > 2');
    expect(check(file)).toMatchObject({ ok: false, broken: { seq: 2, reason: expect.stringContaining('does not follow') } });
  });

  it('finds reordered entries', () => {
    const { file, tamper } = logged();
    tamper('UPDATE audit SET seq = 100 WHERE seq = 3; UPDATE audit SET seq = 3 WHERE seq = 4; UPDATE audit SET seq = 4 WHERE seq = 100;');
    expect(check(file)).toMatchObject({ ok: false, broken: { seq: 3 } });
  });

  it('shows entries cut off the end by a head hash that changes', () => {
    const { file, tamper } = logged();
    const before = check(file);
    tamper('DELETE FROM audit WHERE seq = 5');
    const after = check(file);
    expect(after.ok).toBe(true);
    expect(after.entries).toBe(4);
    expect(after.head).not.toBe(before.head);
  });
});
