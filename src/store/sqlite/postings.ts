/**
 * The archive's own postings: for every full-text term, which letters hold it and how often, in a
 * table beside the FTS5 index.
 *
 * FTS5 ranks by calling bm25 once per matching row, and a common word matches half of a large
 * archive: a million-letter archive spent 300 ms and more per query in bm25 alone. These postings
 * are read as whole lists (a few varint-packed blobs per term), kept in a bounded cache, and scored
 * in typed arrays by rank.ts, with the same bm25 as FTS5 computes. Phrases run here too, through word
 * pairs: every two neighbouring tokens of the exact column are one more term (`PAIRS`), so a
 * two-word phrase is one posting and its count in a letter is the phrase's count, as FTS5 counts it.
 * FTS5 stays: it confirms longer phrases among the letters holding all their pairs, NEAR needs its
 * positions, and `similar` and the vocabulary use it.
 *
 * Layout. Every write (a batch of letters, or a page of a reindex) is one segment with a number;
 * each term of the batch gets one row (segment, term, blob), and each letter records the segment it
 * was indexed in (`letters.seg`). Reading a term looks it up in every segment. Ten segments of one
 * size (by tens of letters) are merged into one, dropping what was rewritten since, so a million
 * letters live in a few dozen segments. A letter rewritten later is indexed in a later segment, so a
 * posting counts only when the letter's segment is the posting's: old text falls away without
 * rewriting old rows. Terms are the FTS5 tokens of a column, prefixed by the column's number.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import type { IndexTexts } from '../types.js';

/** The full-text columns in FTS5 order (schema.ts), and their bm25 weights (subject above body). */
export const COLUMNS = ['subject', 'body', 'exact', 'keys'] as const;
export const WEIGHTS: readonly number[] = [2, 1, 1.5, 1];
export const SUBJECT = 0;
export const BODY = 1;
export const EXACT = 2;
export const KEYS = 3;
/**
 * Not an FTS5 column: the pairs of neighbouring tokens in the exact column, as FTS5 sees them
 * neighbour (across punctuation, and from the subject into the body, which the column joins).
 * Kept out of the vocabulary (`terms`), which prefix and typo queries read.
 */
export const PAIRS = 4;

/**
 * The tokens FTS5 makes of index text: its unicode61 tokenizer with the stem marks as token
 * characters (letters, numbers and private-use characters are token characters; all else splits),
 * folded to lower case. Index text is already folded, so this agrees with FTS5 on it.
 */
const TOKEN = /[\p{L}\p{N}\p{Co}=:~+]+/gu;

export function ftsTokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
}

/** The postings term of a token in a column. */
export const termOf = (column: number, token: string): string => `${column}${token}`;

/** The postings term of two neighbouring tokens of the exact column (a token never holds a space). */
export const pairTerm = (first: string, second: string): string => `${PAIRS}${first} ${second}`;

/** One term's postings: ascending rowids and the term's count in each. */
export interface Posting {
  docs: Int32Array;
  tf: Uint32Array;
}

const EMPTY: Posting = { docs: new Int32Array(0), tf: new Uint32Array(0) };

class ByteWriter {
  buf = new Uint8Array(64);
  n = 0;

  varint(v: number): void {
    if (this.n + 10 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    while (v >= 0x80) {
      this.buf[this.n++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buf[this.n++] = v;
  }
}

/** Packs (rowid, tf) pairs, rowids ascending: the gap to the previous rowid, then the count. */
export function encodePosting(pairs: number[]): Buffer {
  const w = new ByteWriter();
  let prev = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    const id = pairs[i] as number;
    w.varint(id - prev);
    w.varint(pairs[i + 1] as number);
    prev = id;
  }
  return Buffer.from(w.buf.buffer, 0, w.n);
}

/**
 * Unpacks a blob of segment `seg` into `docs` and `tf` from index `n` on, keeping the letters still
 * indexed in it; returns the new end. A letter is indexed in the segment it was last written in,
 * `segOf[rowid]`, or in a merge of it, which always has a higher number; so a posting counts when
 * `0 < segOf[rowid] <= seg` (0: no such letter). Each pair takes at least two bytes,
 * so arrays of half the blob's length always suffice.
 */
export function decodePosting(blob: Uint8Array, seg: number, segOf: Uint32Array, docs: Int32Array, tf: Uint32Array, n: number): number {
  let i = 0;
  let prev = 0;
  const end = blob.length;
  while (i < end) {
    let b = blob[i++] as number;
    let gap = b & 0x7f;
    for (let shift = 128; b & 0x80; shift *= 128) {
      b = blob[i++] as number;
      gap += (b & 0x7f) * shift;
    }
    b = blob[i++] as number;
    let count = b & 0x7f;
    for (let shift = 128; b & 0x80; shift *= 128) {
      b = blob[i++] as number;
      count += (b & 0x7f) * shift;
    }
    prev += gap;
    const at = prev < segOf.length ? (segOf[prev] as number) : 0;
    if (at !== 0 && at <= seg) {
      docs[n] = prev;
      tf[n] = count;
      n++;
    }
  }
  return n;
}

export interface LetterTerms {
  length: number;
  counts: Map<string, number>;
}

/**
 * Collects one segment: the postings of the letters added, and each letter's token count (the
 * length bm25 normalises by: all four columns, as FTS5 counts it).
 */
export class SegmentBuilder {
  /** term → rowid, tf, rowid, tf… */
  private readonly terms = new Map<string, number[]>();
  private sorted = true;
  private last = 0;

  /** A letter's terms with their counts, and its token count, before it has a rowid. */
  static terms(t: IndexTexts): LetterTerms {
    let length = 0;
    const counts = new Map<string, number>();
    const texts = [t.indexSubject, t.indexBody, t.indexExact, t.indexKeys];
    for (let c = 0; c < texts.length; c++) {
      const tokens = ftsTokens(texts[c] as string);
      length += tokens.length;
      for (const tok of tokens) {
        const term = termOf(c, tok);
        counts.set(term, (counts.get(term) ?? 0) + 1);
      }
      // Pairs are no tokens: they count in no letter's length.
      if (c === EXACT) {
        for (let i = 1; i < tokens.length; i++) {
          const term = pairTerm(tokens[i - 1] as string, tokens[i] as string);
          counts.set(term, (counts.get(term) ?? 0) + 1);
        }
      }
    }
    return { length, counts };
  }

  /** Adds a letter's terms under its rowid. */
  add(rowid: number, letter: LetterTerms): void {
    if (rowid <= this.last) this.sorted = false;
    this.last = rowid;
    for (const [term, n] of letter.counts) {
      let list = this.terms.get(term);
      if (!list) {
        list = [];
        this.terms.set(term, list);
      }
      list.push(rowid, n);
    }
  }

  get empty(): boolean {
    return this.terms.size === 0;
  }

  /** Writes the segment's rows (in key order: appended to the table) and adds new terms to the vocabulary. */
  write(db: PostingStatements, seg: number, letters: number): void {
    db.segment.run(seg, letters);
    const terms = [...this.terms.keys()].sort(byCodePoint);
    for (const term of terms) {
      const pairs = this.terms.get(term) as number[];
      if (!this.sorted) sortPairs(pairs);
      db.insert.run(seg, term, encodePosting(pairs));
    }
    for (const term of terms) if (!isPair(term)) db.addTerm.run(term);
    this.terms.clear();
    this.sorted = true;
    this.last = 0;
  }
}

const PAIR_DIGIT = String(PAIRS).charCodeAt(0);
const isPair = (term: string): boolean => term.charCodeAt(0) === PAIR_DIGIT;

/** Sorts rowid,tf pairs by rowid (a rewritten letter keeps its older, smaller rowid). */
function sortPairs(pairs: number[]): void {
  const idx = Array.from({ length: pairs.length / 2 }, (_, i) => i);
  idx.sort((a, b) => (pairs[2 * a] as number) - (pairs[2 * b] as number));
  const copy = pairs.slice();
  idx.forEach((from, to) => {
    pairs[2 * to] = copy[2 * from] as number;
    pairs[2 * to + 1] = copy[2 * from + 1] as number;
  });
}

/** A term's live postings from its blobs in several segments, by ascending rowid. */
function decodeSegments(parts: [number, Buffer][], segOf: Uint32Array): Posting {
  let bytes = 0;
  for (const [, blob] of parts) bytes += blob.length;
  const docs = new Int32Array(bytes >> 1);
  const tf = new Uint32Array(bytes >> 1);
  let n = 0;
  for (const [seg, blob] of parts) n = decodePosting(blob, seg, segOf, docs, tf, n);
  return n ? ascending({ docs: docs.slice(0, n), tf: tf.slice(0, n) }) : EMPTY;
}

/** Sorts a posting by rowid in place (a rewritten letter's later segment holds a smaller rowid). */
function ascending(p: Posting): Posting {
  let sorted = true;
  for (let i = 1; i < p.docs.length && sorted; i++) sorted = (p.docs[i] as number) > (p.docs[i - 1] as number);
  if (sorted) return p;
  const order = Array.from(p.docs.keys()).sort((a, b) => (p.docs[a] as number) - (p.docs[b] as number));
  return { docs: Int32Array.from(order, (i) => p.docs[i] as number), tf: Uint32Array.from(order, (i) => p.tf[i] as number) };
}

/** SQLite's order of TEXT keys (UTF-8 bytes, which is code point order). */
function byCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i) as number;
    const y = b.codePointAt(i) as number;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

export interface PostingStatements {
  segment: Database.Statement;
  insert: Database.Statement;
  addTerm: Database.Statement;
}

export function postingStatements(db: Database.Database): PostingStatements {
  return {
    segment: db.prepare('INSERT INTO segments (seg, letters) VALUES (?, ?)'),
    insert: db.prepare('INSERT INTO postings (seg, term, docs) VALUES (?, ?, ?)'),
    addTerm: db.prepare('INSERT OR IGNORE INTO terms (term) VALUES (?)'),
  };
}

/** The next segment number, taken inside the writing transaction (another writer may have taken one). */
export function nextSegment(db: Database.Database): number {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'segment'").get() as { value: string } | undefined;
  const seg = row ? Number(row.value) + 1 : 1;
  db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('segment', ?)").run(String(seg));
  return seg;
}

/** Decoded postings kept between queries, up to a byte budget; emptied whenever the archive changes. */
const CACHE_BYTES = 64 * 2 ** 20;

export class PostingReader {
  private readonly read: Database.Statement;
  private readonly range: Database.Statement;
  private readonly one: Database.Statement;
  private readonly sized: Database.Statement;
  private readonly cache = new Map<string, Posting>();
  private cached = 0;

  constructor(db: Database.Database) {
    // CROSS JOIN keeps segments as the outer loop: one primary-key lookup per segment, never a scan.
    this.read = db.prepare('SELECT p.seg, p.docs FROM segments s CROSS JOIN postings p ON p.seg = s.seg AND p.term = ? ORDER BY s.seg').raw();
    this.range = db.prepare('SELECT term FROM terms WHERE term >= ? AND term < ? LIMIT ?').pluck();
    this.one = db.prepare('SELECT 1 FROM terms WHERE term = ?').pluck();
    this.sized = db.prepare('SELECT term FROM terms WHERE term >= ? AND term < ? AND length(term) BETWEEN ? AND ?').pluck();
  }

  clear(): void {
    this.cache.clear();
    this.cached = 0;
  }

  /** A term's live postings: those whose letter is still indexed in the posting's segment. */
  get(term: string, segOf: Uint32Array): Posting {
    const hit = this.cache.get(term);
    if (hit) {
      // Most recently used last.
      this.cache.delete(term);
      this.cache.set(term, hit);
      return hit;
    }
    const p = decodeSegments(this.read.all(term) as [number, Buffer][], segOf);
    this.remember(term, p);
    return p;
  }

  private remember(term: string, p: Posting): void {
    const bytes = p.docs.length * 8 + 64;
    if (bytes > CACHE_BYTES / 4) return;
    this.cache.set(term, p);
    this.cached += bytes;
    for (const [k, v] of this.cache) {
      if (this.cached <= CACHE_BYTES) break;
      this.cache.delete(k);
      this.cached -= v.docs.length * 8 + 64;
    }
  }

  /** Whether any letter ever held this term (the vocabulary keeps the terms of rewritten text too). */
  has(term: string): boolean {
    return this.one.get(term) !== undefined;
  }

  /** Terms in [from, to) of a length in [min, max] (lengths count the column digit). */
  between(from: string, to: string, min: number, max: number): string[] {
    return this.sized.all(from, to, min, max) as string[];
  }

  /** Terms starting with `prefix` (a column-prefixed term), at most `cap`; null when there are more. */
  expand(prefix: string, cap: number): string[] | null {
    const terms = this.range.all(prefix, `${prefix}\u{10FFFF}`, cap + 1) as string[];
    return terms.length > cap ? null : terms;
  }
}

/** Segments of one size class merged at a time, and the size class (10^n letters) merges stop at. */
const FANIN = 10;
const LAST_LEVEL = 5;

const level = (letters: number) => Math.floor(Math.log10(Math.max(1, letters)));

/** Rows read from one segment at a time: enough to keep the merge fed, few enough to stay small. */
const MERGE_PAGE = 512;

/**
 * One segment's rows in term order (its primary key's order), read a page at a time so that no
 * statement stays open while the merge writes. A page read is deleted before the next is read: the
 * merged rows written after take its pages instead of growing the file.
 */
class SegmentRows {
  private rows: [string, Buffer][] = [];
  private i = 0;
  private end = false;

  constructor(
    private readonly page: Database.Statement,
    private readonly drop: Database.Statement,
    readonly seg: number,
  ) {
    this.fill('');
  }

  private fill(after: string): void {
    this.rows = this.page.all(this.seg, after, MERGE_PAGE) as [string, Buffer][];
    this.i = 0;
    this.end = this.rows.length < MERGE_PAGE;
  }

  /** The row at hand; undefined once the segment is read. */
  get head(): [string, Buffer] | undefined {
    return this.rows[this.i];
  }

  next(): void {
    this.i++;
    if (this.i === this.rows.length && !this.end) {
      const last = (this.rows[this.i - 1] as [string, Buffer])[0];
      this.drop.run(this.seg, last);
      this.fill(last);
    }
  }
}

/**
 * Merges the segments of a size class once it holds FANIN of them (inside the caller's
 * transaction), dropping postings of letters rewritten since. The merged segment takes the next
 * number, above every letter's segment in it. The segments are read side by side in term order and
 * written as they are merged, so memory holds a page of each, not the segments (a merge of ten
 * 10,000-letter segments holds millions of terms, word pairs among them).
 */
export function mergeSegments(db: Database.Database, w: PostingStatements): boolean {
  const segs = db.prepare('SELECT seg, letters FROM segments ORDER BY seg').all() as { seg: number; letters: number }[];
  const byLevel = new Map<number, { seg: number; letters: number }[]>();
  for (const s of segs) {
    const lv = level(s.letters);
    if (lv >= LAST_LEVEL) continue;
    const list = byLevel.get(lv) ?? [];
    list.push(s);
    byLevel.set(lv, list);
  }
  const group = [...byLevel.values()].find((l) => l.length >= FANIN);
  if (!group) return false;
  const numbers = group.map((s) => s.seg);
  const inList = `(${numbers.map(() => '?').join(', ')})`;
  const max = (db.prepare('SELECT coalesce(max(rowid), 0) FROM letters').pluck().get() as number) + 1;
  const segOf = new Uint32Array(max);
  for (const [rowid, seg] of db.prepare('SELECT rowid, seg FROM letters INDEXED BY letters_columns').raw().iterate() as IterableIterator<[number, number | null]>) segOf[rowid] = seg ?? 0;
  const merged = nextSegment(db);
  w.segment.run(merged, group.reduce((n, s) => n + s.letters, 0));
  const page = db.prepare('SELECT term, docs FROM postings WHERE seg = ? AND term > ? ORDER BY term LIMIT ?').raw();
  const drop = db.prepare('DELETE FROM postings WHERE seg = ? AND term <= ?');
  // Ascending segment numbers: a term's blobs are decoded oldest first, as decodeSegments expects.
  const sources = numbers.map((seg) => new SegmentRows(page, drop, seg));
  const parts: [number, Buffer][] = [];
  for (;;) {
    let term: string | undefined;
    for (const s of sources) {
      const h = s.head;
      if (h && (term === undefined || byCodePoint(h[0], term) < 0)) term = h[0];
    }
    if (term === undefined) break;
    parts.length = 0;
    for (const s of sources) {
      const h = s.head;
      if (h && h[0] === term) {
        parts.push([s.seg, h[1]]);
        s.next();
      }
    }
    const p = decodeSegments(parts, segOf);
    const n = p.docs.length;
    if (n === 0) continue;
    const pairs = new Array<number>(2 * n);
    for (let i = 0; i < n; i++) {
      pairs[2 * i] = p.docs[i] as number;
      pairs[2 * i + 1] = p.tf[i] as number;
    }
    w.insert.run(merged, term, encodePosting(pairs));
  }
  db.prepare(`DELETE FROM postings WHERE seg IN ${inList}`).run(...numbers);
  db.prepare(`DELETE FROM segments WHERE seg IN ${inList}`).run(...numbers);
  return true;
}
