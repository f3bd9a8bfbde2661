import Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLetters } from '../../demo/index.js';
import { prepareLetter } from '../../ingest/index.js';
import { withinEdits } from '../../query/edits.js';
import { parseQuery } from '../../query/parse.js';
import type { Store } from '../types.js';
import { compileQuery } from './compile.js';
import { openSqliteStore } from './index.js';
import { decodePosting, encodePosting, ftsTokens } from './postings.js';

/**
 * The archive's own postings must find and rank exactly what FTS5 finds and ranks: the same
 * letters, in the same order, with the same bm25. FTS5 here is the real index of the same archive.
 */
describe('postings search agrees with FTS5', () => {
  let dir: string;
  let db: string;
  let store: Store;
  let raw: Database.Database;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'zvarot-rank-'));
    db = path.join(dir, 'a.db');
    store = openSqliteStore(db);
    const letters = [...generateLetters({ letters: 1500, seed: 7 })].map((g) => g.record as unknown as Record<string, unknown>);
    // Many small batches: many segments, merged ten at a time as they pile up.
    for (let i = 0; i < letters.length; i += 40) {
      store.putBatch(letters.slice(i, i + 40).map((l, j) => prepareLetter(l, { file: 'g', line: i + j + 1 })), `run-${i}`);
    }
    raw = new Database(db, { readonly: true });
    const segments = raw.prepare('SELECT letters FROM segments ORDER BY seg').pluck().all() as number[];
    expect(segments.length).toBeLessThan(20);
    expect(segments.some((n) => n >= 400)).toBe(true);
  });

  afterAll(() => {
    raw.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const known = (forms: string[]) => forms.filter((f) => raw.prepare("SELECT 1 FROM letters_vocab WHERE col = 'exact' AND term = ?").get(f) !== undefined);

  const fuzzy = (word: string, distance: number) =>
    (raw.prepare("SELECT term FROM letters_vocab WHERE col = 'exact' AND term >= ? AND term < ?").pluck().all(word[0], String.fromCodePoint((word.codePointAt(0) as number) + 1)) as string[]).filter(
      (t) => t !== word && withinEdits(word, t, distance),
    );

  /** The FTS5 answer for the same compiled query: ids by bm25 then rowid, and their scores. */
  function fts(q: string): { id: string; score: number }[] {
    const c = compileQuery(parseQuery(q), { known, fuzzy });
    expect(c.plan).not.toBeNull();
    const rows = raw
      .prepare(
        `SELECT l.id AS id, -bm25(letters_fts, 2.0, 1.0, 1.5, 1.0) AS score FROM letters_fts JOIN letters l ON l.rowid = letters_fts.rowid
         WHERE letters_fts MATCH ? AND ${c.where} ORDER BY bm25(letters_fts, 2.0, 1.0, 1.5, 1.0), l.rowid`,
      )
      .all(c.match, ...c.params) as { id: string; score: number }[];
    return rows;
  }

  const QUERIES = [
    'заявление',
    'милиция',
    'сын задержан',
    'прошу OR просим',
    'сын -задержан',
    'принять меры',
    'увол*',
    'Mahilau',
    '=заявление',
    'милицыя~1',
    'year:2021 протест',
    'lang:be заява',
    'place:Гомель сын',
    'has:response жалоба',
    '(сосед OR соседка) флаг',
    // Two-word phrases run on word pairs: a pair's count in a letter is the phrase's, as FTS5 counts it.
    '"принять меры"',
    'сын "прошу разобраться"',
    '"принять меры" OR милиция',
    '"прошу разобраться" -сын',
  ];

  it.each(QUERIES)('%s', (q) => {
    const want = fts(q);
    expect(want.length).toBeGreaterThan(0);
    const got = store.search({ query: parseQuery(q), limit: 200, offset: 0, sort: 'relevance' });
    expect(got.total).toBe(want.length);
    const top = want.slice(0, 200);
    expect(got.hits.map((h) => h.id)).toEqual(top.map((w) => w.id));
    got.hits.forEach((h, i) => expect(h.score).toBeCloseTo((top[i] as { score: number }).score, 9));
  });

  it.each(['"прошу принять меры"', '"прошу вас принять меры" OR сын', 'NEAR(сын задержан, 5)', '"меры принять прошу"'])('%s: the same letters as FTS5, a longer phrase ranked by the least count of its pairs', (q) => {
    const want = fts(q);
    const got = store.search({ query: parseQuery(q), limit: 200, offset: 0, sort: 'relevance' });
    expect(got.total).toBe(want.length);
    if (want.length <= 200) expect(got.hits.map((h) => h.id).sort()).toEqual(want.map((w) => w.id).sort());
    // The least count is at least the phrase's count: never below FTS5's score.
    const ftsScore = new Map(want.map((w) => [w.id, w.score]));
    for (const h of got.hits) expect(h.score).toBeGreaterThanOrEqual((ftsScore.get(h.id) as number) - 1e-9);
  });

  it('pages by cursor through the same order', () => {
    const want = fts('заявление').map((w) => w.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const r = store.search({ query: parseQuery('заявление'), limit: 37, offset: 0, sort: 'relevance', ...(cursor ? { cursor } : {}) });
      seen.push(...r.hits.map((h) => h.id));
      if (!r.next) break;
      cursor = r.next;
    }
    expect(seen).toEqual(want);
  });

  it('finds rewritten letters by their new text only', () => {
    // FTS5 keeps its row count and token total through deletes (a contentless table cannot know
    // the tokens it drops), so after rewrites only the match sets are compared, not bm25.
    // The last letters written: their old postings sit in small segments that the rewrites get merged with.
    const letters = [...generateLetters({ letters: 1500, seed: 7 })].slice(-60).map((g) => g.record as unknown as Record<string, unknown>);
    const rewritten = letters.map((l, j) => prepareLetter({ ...l, body: `Заявление о милиции номер ${j}. Прошу принять меры, сын задержан.` }, { file: 'h', line: j + 1 }));
    // In batches of ten: merges then mix rewritten letters with their own older postings.
    let updated = 0;
    for (let i = 0; i < rewritten.length; i += 10) updated += store.putBatch(rewritten.slice(i, i + 10), `rewrite-${i}`).updated;
    expect(updated).toBe(60);
    // Words of their old text: FTS5 has forgotten it, the postings must have too.
    const oldWords = [...new Set(letters.slice(0, 8).flatMap((l) => String(l.body).toLowerCase().match(/[а-яё]{8,}/gu) ?? []))].slice(0, 12);
    expect(oldWords.length).toBeGreaterThan(5);
    for (const q of ['сын задержан', 'милиция', 'увол*', 'Mahilau', 'прошу -меры', ...oldWords]) {
      const want = fts(q).map((w) => w.id).sort();
      const got = store.search({ query: parseQuery(q), limit: 200, offset: 0, sort: 'relevance' });
      expect(got.total).toBe(want.length);
      expect(got.hits.map((h) => h.id).sort()).toEqual(want.slice(0, 200).length === want.length ? want : expect.any(Array));
    }
    // Their old words no longer find them.
    const old = store.search({ query: parseQuery('беспилотник'), limit: 200, offset: 0, sort: 'relevance' }).hits.map((h) => h.id);
    expect(old.filter((id) => letters.some((l) => l.id === id))).toEqual([]);
  });

  it('sees letters written after it was loaded', () => {
    const before = store.search({ query: parseQuery('кукурузник'), limit: 5, offset: 0, sort: 'relevance' }).total;
    store.putBatch([prepareLetter({ id: 'late-1', body: 'Над полем летал кукурузник.' }, { file: 'late', line: 1 })], 'late');
    const after = store.search({ query: parseQuery('кукурузник'), limit: 5, offset: 0, sort: 'relevance' });
    expect(after.total).toBe(before + 1);
    expect(after.hits.map((h) => h.id)).toContain('late-1');
  });
});

describe('postings encoding', () => {
  it('round-trips rowids and counts, and drops letters indexed in another segment', () => {
    const pairs = [1, 1, 2, 3, 130, 1, 20_000, 200, 2 ** 31, 7];
    const segOf = new Uint32Array(20_001).fill(5);
    segOf[2] = 6;
    const blob = encodePosting(pairs);
    const docs = new Int32Array(blob.length >> 1);
    const tf = new Uint32Array(blob.length >> 1);
    const n = decodePosting(blob, 5, segOf, docs, tf, 0);
    // rowid 2 was rewritten into segment 6; 2^31 lies beyond the archive.
    expect([...docs.slice(0, n)]).toEqual([1, 130, 20_000]);
    expect([...tf.slice(0, n)]).toEqual([1, 1, 200]);
  });

  it('tokenises as the FTS5 unicode61 tokenizer with the stem marks as token characters', () => {
    expect(ftsTokens('прос: =сын~ ab-c Сям’я x+y')).toEqual(['прос:', '=сын~', 'ab', 'c', 'сям', 'я', 'x+y']);
  });
});

describe('phrases on word pairs', () => {
  it('finds a longer phrase only where its pairs stand together, however many letters hold them apart', () => {
    const store = openSqliteStore(':memory:');
    // Both pairs of "прошу принять меры", apart: "прошу принять" and "принять меры" in other sentences.
    const apart = (i: number) => ({ id: `apart-${i}`, body: `Прошу принять к сведению моё заявление номер ${i}. Обязуюсь принять меры сам.` });
    const together = (i: number) => ({ id: `together-${i}`, body: `Прошу принять меры к соседу, заявление номер ${i}.` });
    const write = (letters: { id: string; body: string }[]) => store.putBatch(letters.map((l, j) => prepareLetter(l, { file: 'p', line: j + 1 })), `run-${letters[0]?.id}`);
    write([...Array.from({ length: 5 }, (_, i) => apart(i)), together(0), together(1)]);
    const ids = (q: string) => store.search({ query: parseQuery(q), limit: 1000, offset: 0, sort: 'relevance' }).hits.map((h) => h.id).sort();
    // Letters holding both pairs apart are no match.
    expect(ids('"прошу принять меры"')).toEqual(['together-0', 'together-1']);
    expect(ids('"принять меры"').length).toBe(7);
    expect(ids('"меры к соседу"')).toEqual(['together-0', 'together-1']);
    // Nor when they are many, written in another segment.
    write(Array.from({ length: 400 }, (_, i) => apart(i + 5)));
    expect(ids('"прошу принять меры"')).toEqual(['together-0', 'together-1']);
    expect(ids('"прошу принять меры" OR "меры сам"').length).toBe(407);
    // A phrase of one word is that word's exact form; one whose pair no letter holds matches nothing.
    expect(ids('"соседу"')).toEqual(['together-0', 'together-1']);
    expect(ids('"меры соседу"')).toEqual([]);
    store.close();
  });
});

describe('segment merges', () => {
  it('leave every term with the postings one batch would have written', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zvarot-merge-'));
    try {
      const letters = [...generateLetters({ letters: 600, seed: 11 })].map((g) => g.record as unknown as Record<string, unknown>);
      // Words past the Basic Multilingual Plane and near its top, whose UTF-16 order is not SQLite's.
      letters.forEach((l, i) => {
        if (i % 3 === 0) l.body = `${String(l.body)} 𝔄𝔅 ﬁcus ${i % 2 ? '𝔄𝔅 ﬁcus' : 'ﬁcus 𝔄𝔅'}`;
      });
      const prepared = letters.map((l, j) => prepareLetter(l, { file: 'm', line: j + 1 }));
      const once = openSqliteStore(path.join(dir, 'once.db'));
      once.putBatch(prepared, 'once');
      once.close();
      const merged = openSqliteStore(path.join(dir, 'merged.db'));
      for (let i = 0; i < prepared.length; i += 5) merged.putBatch(prepared.slice(i, i + 5), `run-${i}`);
      merged.close();
      const read = (file: string) => {
        const d = new Database(path.join(dir, file), { readonly: true });
        const segs = d.prepare('SELECT count(*) FROM segments').pluck().get() as number;
        const rows = d.prepare('SELECT p.term, p.docs FROM postings p ORDER BY p.seg, p.term').raw().all() as [string, Buffer][];
        const rowids = new Map((d.prepare('SELECT rowid, id FROM letters').raw().all() as [number, string][]).map(([r, id]) => [r, id]));
        d.close();
        // term → "id:tf" lists, by letter id (rowids may differ between the archives).
        const byTerm = new Map<string, string[]>();
        for (const [term, blob] of rows) {
          const docs = new Int32Array(blob.length);
          const tf = new Uint32Array(blob.length);
          const n = decodePosting(blob, 1e9, new Uint32Array(rowids.size + 2).fill(1), docs, tf, 0);
          const list = byTerm.get(term) ?? [];
          for (let i = 0; i < n; i++) list.push(`${rowids.get(docs[i] as number)}:${tf[i]}`);
          byTerm.set(term, list);
        }
        return { segs, byTerm };
      };
      const a = read('once.db');
      const b = read('merged.db');
      expect(a.segs).toBe(1);
      // 120 batches of five: merged into tens, then into hundreds.
      expect(b.segs).toBeLessThan(20);
      expect(b.byTerm.size).toBe(a.byTerm.size);
      for (const [term, list] of a.byTerm) expect(b.byTerm.get(term)?.sort(), term).toEqual(list.sort());
      // The pair of the two words, in both orders: merged in UTF-16 order instead of SQLite's, a
      // segment's term would come twice (and break its key).
      expect([...a.byTerm.keys()].filter((t) => t.includes('𝔄𝔅 ﬁcus') || t.includes('ﬁcus 𝔄𝔅')).length).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
