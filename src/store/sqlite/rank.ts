/**
 * Runs a text query over the archive's own postings (postings.ts): the match set by set algebra on
 * sorted rowid arrays, and bm25 as FTS5 computes it (k1 1.2, b 0.75; column weights; each quoted
 * term of the FTS5 expression is one "phrase" with its own idf; a letter's length is its tokens in
 * all columns), so that either path ranks the same letters the same way.
 */
import { EXACT, WEIGHTS, pairTerm, termOf, type Posting } from './postings.js';
import { pageByKey } from './topk.js';

/**
 * A text query the postings can run: AND / OR / NOT of single terms. A `term` is one bm25 phrase:
 * one token in some columns, or with `prefix` every token that starts with it (one phrase, as FTS5
 * counts a prefix query).
 */
export type RankPlan =
  | { type: 'term'; columns: readonly number[]; token: string; prefix?: boolean }
  /**
   * A phrase of two tokens or more in the exact column: the letters holding each pair of its
   * neighbouring tokens (postings.ts, PAIRS). For two tokens they are the phrase's letters and the
   * pair's count is the phrase's; a longer phrase's pairs may stand apart, so FTS5 confirms it among
   * those letters (`match`), and its count is taken as the least count of its pairs (exact when no
   * pair of it stands elsewhere in the letter too).
   */
  | { type: 'phrase'; match: string; words: string[] }
  /** NEAR: FTS5 finds the letters (it keeps word positions); bm25 takes each word as a term. */
  | { type: 'positions'; match: string; columns: readonly number[]; words: string[] }
  | { type: 'or'; nodes: RankPlan[] }
  | { type: 'and'; nodes: RankPlan[]; not: RankPlan[] };

export interface RankSource {
  /** One more than the largest rowid. */
  size: number;
  /** Letters in the archive and their tokens in all, for idf and the average length. */
  letters: number;
  tokens: number;
  /** Tokens per rowid. */
  length: Uint32Array;
  posting(term: string): Posting;
  /** The terms under a prefix, or null when they are too many to run here. */
  expand(prefixTerm: string): string[] | null;
  /** The letters (ascending) an FTS5 expression matches. */
  fts(match: string): Int32Array;
}

const K1 = 1.2;
const B = 0.75;

/** A phrase's letters (ascending) and its weighted count in each. */
interface Leaf {
  docs: Int32Array;
  freq: Float64Array;
}

/** Thrown when a prefix expands too far; the caller runs the query through FTS5 instead. */
export class TooBroad extends Error {}

/** Scratch arrays sized to the archive, reused by every query (search runs one at a time). */
export class Ranker {
  private readonly acc: Float64Array;
  private readonly mark: Uint8Array;
  /** One bit a rowid, all clear between calls (union()). */
  private readonly bits: Uint32Array;
  readonly score: Float64Array;
  private readonly norm: Float64Array;

  constructor(private readonly src: RankSource) {
    this.acc = new Float64Array(src.size);
    this.mark = new Uint8Array(src.size);
    this.bits = new Uint32Array((src.size + 31) >>> 5);
    // bm25's length term of each letter, K1 · (1 − B + B · length / average length): the same per query.
    const avgdl = src.letters > 0 ? src.tokens / src.letters : 1;
    this.norm = new Float64Array(src.size);
    for (let id = 0; id < src.size; id++) this.norm[id] = K1 * (1 - B + (B * (src.length[id] as number)) / avgdl);
    this.score = new Float64Array(src.size);
  }

  /**
   * The letters matching the plan and passing `keep`, ascending; their scores are in `score` until
   * the next run.
   */
  run(plan: RankPlan, keep: ((id: number) => boolean) | null): Int32Array {
    const leaves: Leaf[] = [];
    let matches = this.evaluate(plan, leaves, true);
    if (keep) matches = matches.filter(keep);
    // Under OR alone every scored letter matches; AND, NOT and filters leave some out.
    this.scoreAll(matches, leaves, !keep && onlyOr(plan));
    return matches;
  }

  private evaluate(p: RankPlan, scored: Leaf[], positive: boolean): Int32Array {
    switch (p.type) {
      case 'term': {
        const leaf = this.leaf(p);
        // Terms under NOT only exclude; FTS5 finds no instances of them in a matching letter.
        if (positive) scored.push(leaf);
        return leaf.docs;
      }
      case 'phrase': {
        const pairs: Posting[] = [];
        for (let i = 1; i < p.words.length; i++) pairs.push(this.src.posting(pairTerm(p.words[i - 1] as string, p.words[i] as string)));
        let docs = intersectAll(pairs.map((x) => x.docs));
        // FTS5 runs the whole phrase once: asked letter by letter (a rowid range each), it took
        // 3-7 ms a letter in a million-letter archive, against 18-53 ms for the whole phrase.
        if (pairs.length > 1 && docs.length) docs = intersect(docs, this.src.fts(p.match));
        if (positive) scored.push(pairLeaf(docs, pairs));
        return docs;
      }
      case 'positions': {
        const docs = this.src.fts(p.match);
        if (positive) for (const token of p.words) scored.push(this.leaf({ type: 'term', columns: p.columns, token }));
        return docs;
      }
      case 'or':
        return this.union(p.nodes.map((n) => this.evaluate(n, scored, positive)));
      case 'and': {
        let out = intersectAll(p.nodes.map((n) => this.evaluate(n, scored, positive)));
        if (p.not.length && out.length) out = this.minus(out, this.union(p.not.map((n) => this.evaluate(n, scored, false))));
        return out;
      }
    }
  }

  /** One phrase: the union of its postings over its columns (and prefix terms), counts weighted by column. */
  private leaf(p: Extract<RankPlan, { type: 'term' }>): Leaf {
    const lists: { posting: Posting; weight: number }[] = [];
    for (const c of p.columns) {
      const terms = p.prefix ? this.src.expand(termOf(c, p.token)) : [termOf(c, p.token)];
      if (terms === null) throw new TooBroad(`${p.token}* has too many words`);
      for (const t of terms) lists.push({ posting: this.src.posting(t), weight: WEIGHTS[c] ?? 1 });
    }
    const only = lists.length === 1 ? lists[0] : undefined;
    if (only) {
      const { tf } = only.posting;
      const freq = new Float64Array(tf.length);
      for (let i = 0; i < tf.length; i++) freq[i] = (tf[i] as number) * only.weight;
      return { docs: only.posting.docs, freq };
    }
    const acc = this.acc;
    const docs = this.union(lists.map((l) => l.posting.docs));
    for (const { posting, weight } of lists) {
      const d = posting.docs;
      const tf = posting.tf;
      for (let i = 0; i < d.length; i++) (acc[d[i] as number] as number) += (tf[i] as number) * weight;
    }
    const freq = new Float64Array(docs.length);
    for (let i = 0; i < docs.length; i++) {
      const id = docs[i] as number;
      freq[i] = acc[id] as number;
      acc[id] = 0;
    }
    return { docs, freq };
  }

  /** Ascending union: small inputs sort, large ones mark a bitmap and sweep it. */
  private union(sets: Int32Array[]): Int32Array {
    const nonEmpty = sets.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return new Int32Array(0);
    if (nonEmpty.length === 1) return nonEmpty[0] as Int32Array;
    let total = 0;
    let lo = Infinity;
    let hi = -1;
    for (const s of nonEmpty) {
      total += s.length;
      lo = Math.min(lo, s[0] as number);
      hi = Math.max(hi, s[s.length - 1] as number);
    }
    if (nonEmpty.length <= 4) {
      // A few lists: pairwise linear merges beat marking and sweeping a bitmap.
      let acc = nonEmpty[0] as Int32Array;
      for (let k = 1; k < nonEmpty.length; k++) acc = merge(acc, nonEmpty[k] as Int32Array);
      return acc;
    }
    if (total * 16 < hi - lo) {
      const all = new Int32Array(total);
      let k = 0;
      for (const s of nonEmpty) {
        all.set(s, k);
        k += s.length;
      }
      all.sort();
      let n = 0;
      for (let i = 0; i < all.length; i++) if (n === 0 || all[i] !== all[n - 1]) all[n++] = all[i] as number;
      return all.slice(0, n);
    }
    // A bitset over the rowids: marking costs one OR a posting, and the sweep reads a word per 32 letters.
    const bits = this.bits;
    for (const s of nonEmpty) for (let i = 0; i < s.length; i++) {
      const id = s[i] as number;
      (bits[id >>> 5] as number) |= 1 << (id & 31);
    }
    const out = new Int32Array(total);
    let n = 0;
    // Rowids past the columns (none in a consistent archive) have no bit, as they had no mark.
    for (let w = lo >>> 5, last = Math.min(hi >>> 5, bits.length - 1); w <= last; w++) {
      let x = bits[w] as number;
      if (x === 0) continue;
      bits[w] = 0;
      const base = w << 5;
      while (x !== 0) {
        const low = x & -x;
        out[n++] = base + 31 - Math.clz32(low);
        x ^= low;
      }
    }
    return out.slice(0, n);
  }

  private minus(a: Int32Array, b: Int32Array): Int32Array {
    const mark = this.mark;
    for (let i = 0; i < b.length; i++) mark[b[i] as number] = 1;
    const out = a.filter((id) => mark[id] === 0);
    for (let i = 0; i < b.length; i++) mark[b[i] as number] = 0;
    return out;
  }

  /** bm25 of every match, summed over the phrases in query order (as FTS5 sums them). */
  private scoreAll(matches: Int32Array, leaves: Leaf[], allMatch: boolean): void {
    const { score, mark, norm } = this;
    const letters = this.src.letters;
    for (let i = 0; i < matches.length; i++) {
      const id = matches[i] as number;
      mark[id] = 1;
      score[id] = 0;
    }
    for (const leaf of leaves) {
      const hits = leaf.docs.length;
      let idf = Math.log((letters - hits + 0.5) / (hits + 0.5));
      if (idf <= 0) idf = 1e-6;
      const { docs, freq } = leaf;
      if (allMatch) {
        for (let i = 0; i < docs.length; i++) {
          const id = docs[i] as number;
          const f = freq[i] as number;
          (score[id] as number) += (idf * (f * (K1 + 1))) / (f + (norm[id] as number));
        }
        continue;
      }
      for (let i = 0; i < docs.length; i++) {
        const id = docs[i] as number;
        if (mark[id] !== 1) continue;
        const f = freq[i] as number;
        (score[id] as number) += (idf * (f * (K1 + 1))) / (f + (norm[id] as number));
      }
    }
    for (let i = 0; i < matches.length; i++) mark[matches[i] as number] = 0;
  }

  /**
   * The page by descending score, ties by ascending rowid; `after` is the previous page's last
   * [score, rowid].
   */
  top(matches: Int32Array, limit: number, offset: number, after?: [number, number]): { rowid: number; score: number }[] {
    const score = this.score;
    // Highest score first, ties by rowid ascending.
    return pageByKey(matches, score, -1, 1, limit, offset, after).map((rowid) => ({ rowid, score: score[rowid] as number }));
  }
}

/**
 * A phrase's letters (each holding every pair) with the least count of its pairs in each, weighted as
 * the exact column is.
 */
function pairLeaf(docs: Int32Array, pairs: readonly Posting[]): Leaf {
  const freq = new Float64Array(docs.length).fill(Infinity);
  for (const { docs: has, tf } of pairs) {
    let j = 0;
    for (let i = 0; i < docs.length; i++) {
      const id = docs[i] as number;
      while ((has[j] as number) < id) j++;
      if ((tf[j] as number) < (freq[i] as number)) freq[i] = tf[j] as number;
    }
  }
  const weight = WEIGHTS[EXACT] as number;
  for (let i = 0; i < freq.length; i++) (freq[i] as number) *= weight;
  return { docs, freq };
}

/** Whether a plan is terms under OR only: then every letter of every scored phrase is a match. */
function onlyOr(p: RankPlan): boolean {
  return p.type === 'term' || (p.type === 'or' && p.nodes.every(onlyOr));
}

/** Ascending union of two ascending arrays. */
function merge(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x < y) {
      out[n++] = x;
      i++;
    } else if (y < x) {
      out[n++] = y;
      j++;
    } else {
      out[n++] = x;
      i++;
      j++;
    }
  }
  while (i < a.length) out[n++] = a[i++] as number;
  while (j < b.length) out[n++] = b[j++] as number;
  return n === out.length ? out : out.slice(0, n);
}

/** The intersection of several ascending sets, the smallest first (stops once it is empty). */
function intersectAll(sets: Int32Array[]): Int32Array {
  const bySize = [...sets].sort((a, b) => a.length - b.length);
  let out = bySize[0] ?? new Int32Array(0);
  for (let i = 1; i < bySize.length && out.length; i++) out = intersect(out, bySize[i] as Int32Array);
  return out;
}

/** Ascending intersection; gallops through the longer array when the shorter is much shorter. */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let n = 0;
  let j = 0;
  const gallop = b.length > a.length * 16;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const x = a[i] as number;
    if (gallop) {
      let step = 1;
      while (j + step < b.length && (b[j + step] as number) < x) step *= 2;
      let lo = j;
      let hi = Math.min(j + step, b.length - 1);
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((b[mid] as number) < x) lo = mid + 1;
        else hi = mid;
      }
      j = lo;
    } else {
      while (j < b.length && (b[j] as number) < x) j++;
    }
    if (j < b.length && b[j] === x) out[n++] = x;
  }
  return out.slice(0, n);
}
