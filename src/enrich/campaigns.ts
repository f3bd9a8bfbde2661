/**
 * Campaigns: one text signed by many people. Letters of a campaign differ in who signs (the
 * addressee block with the sender's name, address and phone, the signature, the names, towns and
 * workplaces they fill in), in the grammatical gender of the signer ("обращался"/"обращалась") and
 * in typos. They are found as near-duplicates of their text with the sender's parts taken off.
 *
 * Per letter, pure and in one pass over the characters (no regular expressions: the signature has
 * to cost well under 0.05 ms for a 1.5 KB letter, which `cleanText` plus a `\p{L}+` split alone
 * would spend):
 *
 * 1. Words, folded as `cleanText` + `foldWord` fold them: case folded, ё→е, Latin look-alikes
 *    turned Cyrillic, apostrophes and invisible characters dropped inside a word. A run of
 *    non-space characters that holds a digit or an @ is dropped whole: phone numbers, house and
 *    flat numbers, personal and passport numbers, e-mail addresses, dates. A capitalised word that
 *    does not start a sentence is dropped too: the names and places a signer fills in. (Words in
 *    capitals throughout, КГБ, ОАО, stay: they are the campaign's own.)
 * 2. A word is its first PREFIX letters: "обращался"/"обращалась", "неблагонадёжного"/
 *    "неблагонадёжную" and most typos (which fall anywhere in a word) then make no difference.
 *    Words of fewer than MIN_WORD letters (в, и, не, ей) are left out.
 * 3. The sender's own lines off: a leading block of two or more lines that end no sentence (the
 *    addressee, "от Иванова И.И.,", "проживающего по адресу …,", "тел. …") and a one-line title
 *    after it, and a closing paragraph of at most SIGNATURE_WORDS words (date, "С уважением",
 *    name, phone). Openings and closings that are sentences stay: a campaign shares them, and they
 *    tell a campaign from letters that happen to share one stock paragraph.
 * 4. Shingles of SHINGLE consecutive words, hashed to 32 bits.
 * 5. One-permutation MinHash (Li, Owen & Zhang 2012) into BINS bins with optimal densification
 *    (Shrivastava 2017): one hash per shingle instead of BINS, and empty bins (short texts) filled
 *    from other bins along a fixed pseudo-random probe sequence, so that two letters agree in a
 *    bin with probability ≈ the Jaccard similarity of their shingle sets.
 *
 * Texts with fewer than MIN_SHINGLES distinct shingles (about a dozen words) get no signature and
 * are never clustered: "Прошу разобраться." or "Помогите, пожалуйста!" are the same words from many
 * unrelated people, and a campaign is a text long enough to be copied, not a phrase anyone writes.
 *
 * Matching: BANDS bands of ROWS bins (LSH). Two letters that agree on every bin of some band are
 * candidates; a candidate pair is a match when the estimated Jaccard similarity over all bins is
 * at least THRESHOLD (THRESHOLD_LONG when both texts are long) and the letters arrived at most
 * WINDOW_DAYS apart. Matches join transitively (union-find) into campaigns.
 *
 * Parameters were chosen on the demo corpus (40 000 letters, seeds 1–3, eval/campaigns.ts), where
 * the hard part is not finding campaigns but keeping apart unrelated letters built around the
 * same stock paragraph. Those are what the time window is for: without it precision falls below
 * 0.1, with 14 days instead of 7 it loses 3–5 points. 2-word shingles of 4-letter prefixes keep
 * a campaign's letters together despite typos and the signer's gender; 3-word shingles or whole
 * words lost 5–10 points of recall. 64 bins estimate J to ±0.055 (one standard deviation at 0.75);
 * 128 bins measured no better. With 16 bands of 4, a pair at J = 0.75 becomes a candidate with
 * probability 0.998, at J = 0.6 with 0.89.
 *
 * Band keys are plain integers (`bandKeys`), so a store can index them (one row per letter and
 * band) and find a new letter's candidates by key lookup at ingest; see `CampaignIndex`.
 */

/** Words per shingle. */
export const SHINGLE = 2;
/** Letters of a word that count. */
export const PREFIX = 4;
/** Words shorter than this are left out: в, и, я, не, на, ей — the words a gendered or filled-in variant changes most. */
export const MIN_WORD = 3;
/** Bins of the one-permutation MinHash: the signature's length. */
export const BINS = 64;
/** LSH bands and rows per band: BANDS × ROWS = BINS. */
export const BANDS = 16;
export const ROWS = BINS / BANDS;
/** A signature: the BINS minima, then the text's shingle count. */
export const SIGNATURE_LENGTH = BINS + 1;
/** Estimated Jaccard similarity of shingle sets at which two letters are one campaign. */
export const THRESHOLD = 0.75;
/**
 * The threshold when both texts have at least LONG_SHINGLES shingles. Two long letters that share
 * 60 % of their word pairs were copied from one another; two short ones may share a stock
 * paragraph and differ only in a sentence. Long campaign texts also vary more between signers
 * (a form letter about "my son" signed as "my daughter" changes every pronoun).
 */
export const THRESHOLD_LONG = 0.6;
export const LONG_SHINGLES = 80;
/**
 * A campaign is a burst: many people send one text within days of each other. The same paragraph
 * in two letters a year apart is a quotation or a stock phrase, not a campaign. Letters further
 * apart than this never match directly (a campaign that runs for months still chains through the
 * letters in between). Letters without a time match at any distance.
 */
export const WINDOW_DAYS = 7;
/** Distinct shingles a text needs before it gets a signature. */
export const MIN_SHINGLES = 12;
/** A closing paragraph of at most this many words is a signature. */
export const SIGNATURE_WORDS = 8;

const BIN_BITS = Math.log2(BINS);
const VALUE_MASK = 2 ** (32 - BIN_BITS) - 1;
const EMPTY = 0xffffffff;

/** MurmurHash3's finaliser: every input bit reaches every output bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The folded form of one UTF-16 code unit of a word, or -1 when it is not a letter (a word ends),
 * -2 when it is to be skipped inside a word (apostrophes, soft hyphen, zero-width characters).
 * Mirrors `cleanText` + `foldWord`: lower case, ё→е, Latin look-alikes turned Cyrillic.
 */
const FOLD = new Int32Array(0x500).fill(-1);
{
  for (let c = 0x61; c <= 0x7a; c++) FOLD[c] = c;
  for (let c = 0x41; c <= 0x5a; c++) FOLD[c] = c + 0x20;
  for (let c = 0xc0; c <= 0x24f; c++) {
    if (c === 0xd7 || c === 0xf7) continue;
    FOLD[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);
  }
  for (let c = 0x430; c <= 0x45f; c++) FOLD[c] = c;
  for (let c = 0x410; c <= 0x42f; c++) FOLD[c] = c + 0x20;
  for (let c = 0x400; c <= 0x40f; c++) FOLD[c] = c + 0x50;
  for (let c = 0x460; c <= 0x4ff; c++) FOLD[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);
  FOLD[0x451] = 0x435; // ё → е
  FOLD[0x401] = 0x435; // Ё → е
  const lookalike: Record<string, string> = { a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в' };
  for (const [lat, cyr] of Object.entries(lookalike)) {
    FOLD[lat.charCodeAt(0)] = cyr.charCodeAt(0);
    FOLD[lat.toUpperCase().charCodeAt(0)] = cyr.charCodeAt(0);
  }
  for (const c of [0x27, 0x60, 0xb4, 0xad, 0x2b9, 0x2bc]) FOLD[c] = -2;
}

function isSkipped(c: number): boolean {
  // ’ ‘ ′ and zero-width / direction marks, as cleanText removes or unifies them.
  return c === 0x2019 || c === 0x2018 || c === 0x2032 || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x2064) || c === 0xfeff;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x0b || c === 0x0c;

interface Line {
  /** Index of the line's first word in the word list, and one past its last. */
  from: number;
  to: number;
  /** The last punctuation mark or letter class the line ends with: '.', ',', 'a' (a letter) … */
  end: number;
  /** The line holds no character but spaces. */
  blank: boolean;
}

/** Word hashes of a text, and its lines, in one pass over the characters. */
function scan(text: string): { words: number[]; lines: Line[] } {
  const words: number[] = [];
  const lines: Line[] = [];
  let lineFrom = 0;
  let lineEnd = 0;
  let blank = true;
  // The current run of non-space characters: its words wait until we know it holds no digit or @.
  let chunkStart = 0;
  let tainted = false;
  let h = 0x811c9dc5;
  let inWord = false;
  let wordLen = 0;
  let sentenceStart = true;
  let capital = false;
  let lower = false;
  const endWord = () => {
    if (inWord) {
      if (!(capital && lower && !sentenceStart) && wordLen >= MIN_WORD) words.push(fmix32(h));
      inWord = false;
      sentenceStart = false;
      capital = false;
      lower = false;
      wordLen = 0;
      h = 0x811c9dc5;
    }
  };
  const endChunk = () => {
    endWord();
    if (tainted) words.length = chunkStart;
    tainted = false;
    chunkStart = words.length;
  };
  const endLine = () => {
    endChunk();
    lines.push({ from: lineFrom, to: words.length, end: lineEnd, blank });
    lineFrom = words.length;
    lineEnd = 0;
    blank = true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      endLine();
      sentenceStart = true;
      continue;
    }
    if (isSpace(c)) {
      endChunk();
      continue;
    }
    blank = false;
    const f = c < 0x500 ? FOLD[c]! : isSkipped(c) ? -2 : -1;
    if (f >= 0) {
      if (wordLen === 0) capital = (c >= 0x41 && c <= 0x5a) || (c >= 0x400 && c <= 0x42f) || (c >= 0xc0 && c <= 0xde);
      else if (!lower) lower = (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x45f);
      if (wordLen++ < PREFIX) h = Math.imul(h ^ f, 0x01000193);
      inWord = true;
      lineEnd = 0x61;
      continue;
    }
    if (f === -2) continue;
    endWord();
    if ((c >= 0x30 && c <= 0x39) || c === 0x40) tainted = true;
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026) sentenceStart = true;
    lineEnd = c;
  }
  endLine();
  return { words, lines };
}

const SENTENCE_END = new Set([0x2e, 0x21, 0x3f, 0x2026]);

/**
 * The words of a text with the sender's own lines taken off: a leading block of two or more lines
 * none of which ends a sentence (the addressee and the sender's name, address and phone), the
 * title line after it, and a closing paragraph of at most SIGNATURE_WORDS words (the signature,
 * with a date, "С уважением", a phone). Openings and closings that are sentences stay: a campaign
 * shares them, and they are what tells a campaign from two letters that happen to share a paragraph.
 */
function contentWords(text: string): number[] {
  const { words, lines } = scan(text);
  // Paragraphs: runs of non-blank lines, as [first line, last line + 1].
  const paras: [number, number][] = [];
  for (let l = 0; l < lines.length; ) {
    while (l < lines.length && lines[l]!.blank) l++;
    if (l >= lines.length) break;
    const start = l;
    while (l < lines.length && !lines[l]!.blank) l++;
    paras.push([start, l]);
  }
  if (paras.length === 0) return words;
  let p0 = 0;
  let p1 = paras.length;
  const wordsIn = (p: [number, number]) => lines[p[1] - 1]!.to - lines[p[0]]!.from;
  const header = paras[0]!;
  if (header[1] - header[0] >= 2 && !lines.slice(header[0], header[1]).some((l) => SENTENCE_END.has(l.end) && l.to - l.from > 3)) {
    p0 = 1;
    const title = paras[1];
    if (title && title[1] - title[0] === 1 && wordsIn(title) <= 3 && !SENTENCE_END.has(lines[title[0]]!.end)) p0 = 2;
  }
  const last = paras[p1 - 1]!;
  if (p1 - 1 > p0 && wordsIn(last) <= SIGNATURE_WORDS) p1--;
  if (p0 >= p1) return words;
  const from = lines[paras[p0]![0]]!.from;
  const to = lines[paras[p1 - 1]![1] - 1]!.to;
  return from === 0 && to === words.length ? words : words.slice(from, to);
}

/** The hashes of a text's shingles (with repeats); exported for tests and measurements. */
export function shingles(text: string): Uint32Array {
  const w = contentWords(text);
  const n = Math.max(0, w.length - SHINGLE + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = w[i]!;
    for (let j = 1; j < SHINGLE; j++) h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) + w[i + j]!;
    out[i] = fmix32(h);
  }
  return out;
}

/** Probe sequence of optimal densification: where empty bin `bin` looks, attempt by attempt. */
function probe(bin: number, attempt: number): number {
  return fmix32(Math.imul(bin + 1, 0x9e3779b1) ^ Math.imul(attempt, 0x85ebca77)) >>> (32 - BIN_BITS);
}

const EMPTY_SIGNATURE = new Uint32Array(0);

/**
 * A letter's campaign signature: SIGNATURE_LENGTH values (the BINS minima, then the shingle
 * count), or an empty array when its text is too short to be a campaign (fewer than MIN_SHINGLES distinct shingles once the sender's lines are off).
 */
export function signature(text: string): Uint32Array {
  const sh = shingles(text);
  if (sh.length < MIN_SHINGLES || (sh.length < 4 * MIN_SHINGLES && new Set(sh).size < MIN_SHINGLES)) return EMPTY_SIGNATURE;
  const raw = new Uint32Array(SIGNATURE_LENGTH).fill(EMPTY);
  raw[BINS] = Math.min(sh.length, 0xffff);
  for (let i = 0; i < sh.length; i++) {
    const h = sh[i]!;
    const bin = h >>> (32 - BIN_BITS);
    const v = h & VALUE_MASK;
    if (v < raw[bin]!) raw[bin] = v;
  }
  let filled = 0;
  for (let b = 0; b < BINS; b++) if (raw[b] !== EMPTY) filled++;
  if (filled === BINS) return raw;
  const sig = raw.slice();
  for (let b = 0; b < BINS; b++) {
    if (raw[b] !== EMPTY) continue;
    for (let a = 1; ; a++) {
      const from = a <= 4 * BINS ? probe(b, a) : (b + a) % BINS;
      if (raw[from] !== EMPTY) {
        sig[b] = raw[from]!;
        break;
      }
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two letters' shingle sets (0 when either has no signature). */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== SIGNATURE_LENGTH || b.length !== SIGNATURE_LENGTH) return 0;
  let same = 0;
  for (let i = 0; i < BINS; i++) if (a[i] === b[i]) same++;
  return same / BINS;
}

/**
 * Whether two letters are one campaign: similar enough for their length and, when both times are
 * known (ms since the epoch), close enough in time. The rule `CampaignIndex` applies to every
 * candidate pair, for a store that finds candidates itself.
 */
export function sameCampaign(a: Uint32Array, b: Uint32Array, timeA = Number.NaN, timeB = Number.NaN, opts: CampaignOptions = {}): boolean {
  if (a.length !== SIGNATURE_LENGTH || b.length !== SIGNATURE_LENGTH) return false;
  if (Math.abs(timeA - timeB) > (opts.windowDays ?? WINDOW_DAYS) * DAY) return false;
  const long = Math.min(a[BINS]!, b[BINS]!) >= LONG_SHINGLES;
  return similarity(a, b) >= (long ? (opts.thresholdLong ?? THRESHOLD_LONG) : (opts.threshold ?? THRESHOLD));
}

const DAY = 86_400_000;

/** The 32-bit hash of each band's bins. */
function bandHashes(sig: Uint32Array, at = 0): Uint32Array {
  const out = new Uint32Array(BANDS);
  for (let band = 0; band < BANDS; band++) {
    let h = 0x9747b28c ^ band;
    for (let r = 0; r < ROWS; r++) h = fmix32(Math.imul(h ^ sig[at + band * ROWS + r]!, 0xcc9e2d51) + r);
    out[band] = h;
  }
  return out;
}

/**
 * The LSH keys of a signature: one integer per band, below 2^36 (band number × 2^32 + a 32-bit
 * hash of the band's bins), so that a key can never match a key of another band; an INTEGER
 * column in SQL. Two letters are campaign candidates when they share a key. Empty for an empty
 * signature.
 */
export function bandKeys(sig: Uint32Array): number[] {
  if (sig.length !== SIGNATURE_LENGTH) return [];
  return Array.from(bandHashes(sig), (h, band) => band * 2 ** 32 + h);
}

/** A bucket past this size takes a new letter only when it brings a campaign the bucket lacks. */
const BUCKET_CAP = 24;

/**
 * Campaigns over letters added one by one, in memory: enough for an evaluation or a batch, and the
 * reference for a store's incremental version, which keeps the same three things on disk:
 *
 * - a band table (band key → letter), indexed by key, written as letters are ingested;
 * - each letter's signature (SIGNATURE_LENGTH × 4 bytes, a BLOB), to verify candidates;
 * - each letter's campaign key, a column.
 *
 * At ingest, for each new letter: look its `bandKeys` up in the band table (`WHERE key IN (…)`,
 * and with the letter's time, `AND received_at BETWEEN t - window AND t + window`); check each
 * candidate with `sameCampaign`; the letter takes the campaign key of its matches, and where it
 * matches letters of two campaigns, they merge (one UPDATE moves the later campaign's letters to
 * the earlier one's key). A campaign's key is the id of its first letter, so it stays put as the
 * campaign grows. Buckets are capped: once a key holds BUCKET_CAP letters, a new letter is
 * written under it only when it matched none of them, so a 100 000-letter campaign costs
 * O(BANDS × BUCKET_CAP) comparisons per new letter, not O(campaign), and its identical letters
 * add no rows under keys already full. Letters without a signature are written nowhere.
 */
export interface CampaignOptions {
  /** Estimated Jaccard similarity at which two letters match; THRESHOLD unless given. */
  threshold?: number;
  /** The same for two long letters; THRESHOLD_LONG unless given. */
  thresholdLong?: number;
  /** Two letters further apart in time than this never match directly; WINDOW_DAYS unless given. */
  windowDays?: number;
}

export class CampaignIndex {
  private readonly threshold: number;
  private readonly thresholdLong: number;
  private readonly window: number;
  private readonly ids: string[] = [];
  private readonly times: number[] = [];
  /** All signatures end to end, letter i's at i × SIGNATURE_LENGTH: one allocation, not one per letter. */
  private sigs = new Uint32Array(SIGNATURE_LENGTH * 1024);
  private readonly parent: number[] = [];
  /**
   * Band key → letters. In memory the key is cut to 30 bits (a small integer for V8, no boxed
   * double per key) with the band mixed in; the rare collision only adds a candidate to verify.
   * A bucket of one letter is the number itself, not an array.
   */
  private readonly buckets = new Map<number, number | number[]>();
  private readonly byId = new Set<string>();
  /** Candidate pairs compared so far: the cost of matching, for measurements. */
  comparisons = 0;

  constructor(opts: CampaignOptions = {}) {
    this.threshold = opts.threshold ?? THRESHOLD;
    this.thresholdLong = opts.thresholdLong ?? THRESHOLD_LONG;
    this.window = (opts.windowDays ?? WINDOW_DAYS) * DAY;
  }

  private find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }

  /** Joins two campaigns; the one whose first letter came first keeps its key. */
  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
  }

  private similar(me: number, other: number): boolean {
    const s = this.sigs;
    const a = me * SIGNATURE_LENGTH;
    const b = other * SIGNATURE_LENGTH;
    let same = 0;
    for (let i = 0; i < BINS; i++) if (s[a + i] === s[b + i]) same++;
    const n = Math.min(s[a + BINS]!, s[b + BINS]!);
    return same / BINS >= (n >= LONG_SHINGLES ? this.thresholdLong : this.threshold);
  }

  /**
   * Adds a letter with its signature and, if known, the time it arrived (ms since the epoch);
   * returns the ids of the earlier letters it was verified to match. A letter without a signature
   * is never part of a campaign and is not kept. Adding an id twice is a no-op.
   */
  add(id: string, sig: Uint32Array, time = Number.NaN): string[] {
    if (sig.length !== SIGNATURE_LENGTH || this.byId.has(id)) return [];
    this.byId.add(id);
    const me = this.ids.length;
    this.ids.push(id);
    this.times.push(time);
    this.parent.push(me);
    if (this.sigs.length < (me + 1) * SIGNATURE_LENGTH) {
      const grown = new Uint32Array(this.sigs.length * 2);
      grown.set(this.sigs);
      this.sigs = grown;
    }
    this.sigs.set(sig, me * SIGNATURE_LENGTH);
    const matched: string[] = [];
    const seen = new Set<number>();
    const hashes = bandHashes(sig);
    for (let band = 0; band < BANDS; band++) {
      const key = (hashes[band]! ^ Math.imul(band + 1, 0x9e3779b1)) & 0x3fffffff;
      const held = this.buckets.get(key);
      if (held === undefined) {
        this.buckets.set(key, me);
        continue;
      }
      const bucket = typeof held === 'number' ? [held] : held;
      let joined = false;
      for (const other of bucket) {
        if (this.find(other) === this.find(me)) {
          joined = true;
          continue;
        }
        if (seen.has(other)) continue;
        seen.add(other);
        if (Math.abs(time - this.times[other]!) > this.window) continue;
        this.comparisons++;
        if (this.similar(me, other)) {
          matched.push(this.ids[other]!);
          this.union(me, other);
          joined = true;
        }
      }
      if (bucket.length < BUCKET_CAP || !joined) {
        bucket.push(me);
        if (typeof held === 'number') this.buckets.set(key, bucket);
      }
    }
    return matched;
  }

  /** Letter id → campaign key (the id of the campaign's first letter), for campaigns of at least `minSize` letters. */
  clusters(minSize = 2): Map<string, string> {
    const size = new Map<number, number>();
    for (let i = 0; i < this.ids.length; i++) {
      const r = this.find(i);
      size.set(r, (size.get(r) ?? 0) + 1);
    }
    const out = new Map<string, string>();
    for (let i = 0; i < this.ids.length; i++) {
      const r = this.find(i);
      if ((size.get(r) ?? 0) >= Math.max(2, minSize)) out.set(this.ids[i]!, this.ids[r]!);
    }
    return out;
  }

  /** Letters held (those with a signature). */
  get size(): number {
    return this.ids.length;
  }
}
