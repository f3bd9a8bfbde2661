/**
 * The archive's facet and date columns held in memory, one small code per letter, indexed by rowid.
 *
 * Facets count the whole match set. Joining every match back to its row in SQL costs a b-tree seek
 * per match and facet (a million-letter archive: seconds for a common word); counting codes in typed
 * arrays costs a few milliseconds. The same columns order a match set by date without touching the
 * table. They are loaded on first use and again after any write (ours, or another process's: SQLite's
 * data_version tells), about 20 bytes per letter.
 */
import type Database from 'better-sqlite3-multiple-ciphers';
import { normalTag } from '../../core/notebook.js';
import { FLAGS } from '../../core/record.js';
import { OBLASTS, findOblast, placeById, placesInOblast } from '../../language/gazetteer/index.js';
import type { FieldNode, QueryNode } from '../../query/ast.js';
import type { Crosstab, Facets, FacetValue } from '../types.js';
import { dateRange, isEntityId, placeKey, splitClass, yearRange } from './compile.js';
import { pageByKey, topK } from './topk.js';

/** Facets with one value per letter: name → the column (or expression) it comes from. */
const SINGLE = ['kind', 'lang', 'year', 'month', 'place', 'oblast', 'channel', 'has_response'] as const;
type SingleFacet = (typeof SINGLE)[number];

/** The flags, as a field of a profile group after the SINGLE facets. */
const FLAG_FIELD = SINGLE.length;
/**
 * The order profile groups are made in: fields that go together in letters side by side (a kind
 * and its flags, a month and its year, a place and its oblast), so that a group holds few
 * combinations of many fields.
 */
const PROFILE_ORDER: readonly number[] = ['kind', FLAG_FIELD, 'lang', 'channel', 'has_response', 'year', 'month', 'place', 'oblast'].map((f) =>
  typeof f === 'number' ? f : SINGLE.indexOf(f as SingleFacet),
);
if (PROFILE_ORDER.length !== SINGLE.length + 1 || PROFILE_ORDER.includes(-1)) throw new Error('columns: PROFILE_ORDER must list every single-valued facet and the flags');
/** The most value combinations in one profile group: its counts (16 KiB) stay in the fastest cache. */
const PROFILE_CAP = 4096;

interface ProfileGroup {
  /** The group's fields: SINGLE indices, or FLAG_FIELD. */
  fields: number[];
  /** Per letter, its profile in the group. */
  of: Uint16Array | Uint32Array;
  /** Per profile, its code in each of the fields. */
  codes: Uint32Array;
  size: number;
}

/**
 * Numbers the combinations of a profile (`of`, `size` of them) and one more field, densely from 0
 * in the order letters first show them; letters not present keep profile 0.
 */
function renumber(of: Uint32Array, size: number, codes: ArrayLike<number>, radix: number, present: Uint8Array): { of: Uint32Array; size: number } {
  const out = new Uint32Array(of.length);
  const span = size * radix;
  // A table when the combinations can be numbered in 16 MiB, a map beyond.
  const table = span <= 1 << 22 ? new Int32Array(span).fill(-1) : null;
  const map = table ? null : new Map<number, number>();
  let n = 0;
  for (let id = 0; id < of.length; id++) {
    if (!present[id]) continue;
    const key = (of[id] as number) * radix + (codes[id] as number);
    let p = table ? (table[key] as number) : (map!.get(key) ?? -1);
    if (p < 0) {
      p = n++;
      if (table) table[key] = p;
      else map!.set(key, p);
    }
    out[id] = p;
  }
  return { of: out, size: Math.max(n, 1) };
}

/** In Columns.held, codes stand below this (30 bits), the facet above. */
const HELD_CODE = 2 ** 30;

/** Facets shown as a histogram keep their natural order; the others go by count, the top few. */
const ORDERED = new Set(['year', 'month']);
const LIMIT: Record<string, number> = { place: 30, month: 400 };

const OBLAST_LABEL = new Map<string, string>(OBLASTS.map((o) => [o.id, o.ru.nom]));

/** Interns strings to small codes; code 0 is "no value". */
class Dictionary {
  readonly values: string[] = [''];
  private readonly codes = new Map<string, number>();

  /** The code of a value, 0 when no letter has it. */
  lookup(v: string): number {
    return this.codes.get(v) ?? 0;
  }

  code(v: string | null | undefined): number {
    if (v === null || v === undefined || v === '') return 0;
    let c = this.codes.get(v);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(v);
      this.codes.set(v, c);
    }
    return c;
  }
}

/**
 * A facet with any number of values per letter (the entities it mentions): the codes of letter r
 * are codes[offsets[r] .. offsets[r + 1]).
 */
class Multi {
  readonly dict = new Dictionary();
  /** Per code, the spellings seen and how often: the facet shows the most common. */
  private readonly spellings: Map<string, number>[] = [new Map()];
  offsets: Uint32Array;
  codes = new Uint32Array(0);

  constructor(size: number) {
    this.offsets = new Uint32Array(size + 1);
  }

  /** Codes of values that are personal data (not public). */
  readonly personal = new Set<number>();

  /** Fills from (rowid, value, spelling, public) rows in rowid order. */
  static build(size: number, rows: Iterable<{ letter: number; entity: string; label: string; public: number }>): Multi {
    const m = new Multi(size);
    const codes: number[] = [];
    let at = 0;
    for (const r of rows) {
      if (r.letter >= size) continue;
      while (at <= r.letter) m.offsets[at++] = codes.length;
      const code = m.dict.code(r.entity);
      if (code === m.spellings.length) {
        m.spellings.push(new Map());
        if (!r.public) m.personal.add(code);
      }
      const sp = m.spellings[code] as Map<string, number>;
      sp.set(r.label, (sp.get(r.label) ?? 0) + 1);
      codes.push(code);
    }
    while (at <= size) m.offsets[at++] = codes.length;
    m.codes = Uint32Array.from(codes);
    return m;
  }

  /** The most common spelling of each code, found on first ask (the columns are rebuilt after any write). */
  private readonly labels: (string | undefined)[] = [];

  label(code: number): string {
    let best = this.labels[code];
    if (best !== undefined) return best;
    best = '';
    let n = 0;
    for (const [s, c] of this.spellings[code] ?? []) if (c > n || (c === n && s < best)) [best, n] = [s, c];
    this.labels[code] = best;
    return best;
  }

  has(id: number, code: number): boolean {
    for (let i = this.offsets[id] as number, e = this.offsets[id + 1] as number; i < e; i++) if (this.codes[i] === code) return true;
    return false;
  }
}

/** Facets over the entities letters mention: facet name → entity type in the mentions table. */
const MENTION_FACETS = { person: 'PER', org: 'ORG', location: 'LOC' } as const;
type MentionFacet = keyof typeof MENTION_FACETS;
const MULTI_LIMIT = 30;

interface Row {
  rowid: number;
  kind: string | null;
  lang: string | null;
  year: number | null;
  month: string | null;
  place_key: string | null;
  place_label: string | null;
  channel: string | null;
  has_response: number;
  flags_json: string;
  received_ts: number | null;
  seg: number | null;
  tokens: number;
}

export class Columns {
  private readonly dicts = new Map<SingleFacet, Dictionary>(SINGLE.map((f) => [f, new Dictionary()]));
  private readonly codes = new Map<SingleFacet, Codes>();
  private flags = new Uint32Array(0);
  /** Campaign per rowid (letters of no campaign: 0). */
  private readonly campaignDict = new Dictionary();
  private campaign = new Uint32Array(0);
  private readonly mentions = new Map<MentionFacet, Multi>();
  /** The tags reporters gave letters (notebook.ts), any number per letter: the facet `tag` and the filter tag:NAME. */
  private tags = new Multi(0);
  /** Trained classifiers: name → the label code of each letter. */
  private readonly classes = new Map<string, { dict: Dictionary; codes: Uint32Array }>();
  /** place_key per rowid (filters compare keys, facets show labels). */
  private readonly placeKeys = new Dictionary();
  private placeKey = new Uint32Array(0);
  /** Received time (ms) per rowid; NaN when unknown. */
  private received = new Float64Array(0);
  private present = new Uint8Array(0);
  private everything: Facets | null = null;
  readonly size: number;
  /** The postings segment each letter is indexed in (postings.ts), and its token count. */
  segOf = new Uint32Array(0);
  length = new Uint32Array(0);
  /** Letters held, and their tokens in all. */
  letters = 0;
  tokens = 0;

  private constructor(size: number) {
    this.size = size;
  }

  /** `profileCap`: the most value combinations in one profile group (buildProfiles). */
  static load(db: Database.Database, profileCap = PROFILE_CAP): Columns {
    const max = (db.prepare('SELECT coalesce(max(rowid), 0) AS m FROM letters').get() as { m: number }).m;
    const c = new Columns(max + 1);
    for (const f of SINGLE) c.codes.set(f, new Uint32Array(max + 1));
    c.flags = new Uint32Array(max + 1);
    c.placeKey = new Uint32Array(max + 1);
    c.received = new Float64Array(max + 1).fill(Number.NaN);
    c.present = new Uint8Array(max + 1);
    c.segOf = new Uint32Array(max + 1);
    c.length = new Uint32Array(max + 1);
    // The covering index holds exactly these columns: the scan never reads the letters' bodies.
    const stmt = db.prepare('SELECT rowid, kind, lang, year, month, place_key, place_label, channel, has_response, flags_json, received_ts, seg, tokens FROM letters INDEXED BY letters_columns');
    for (const r of stmt.iterate() as IterableIterator<Row>) c.set(r);
    c.campaign = new Uint32Array(max + 1);
    for (const r of db.prepare('SELECT rowid, campaign FROM letters INDEXED BY letters_campaign WHERE campaign IS NOT NULL').iterate() as IterableIterator<{ rowid: number; campaign: string }>) {
      c.campaign[r.rowid] = c.campaignDict.code(r.campaign);
    }
    for (const [facet, type] of Object.entries(MENTION_FACETS) as [MentionFacet, string][]) {
      c.mentions.set(facet, Multi.build(max + 1, db.prepare('SELECT letter, entity, label, public FROM mentions WHERE type = ? ORDER BY letter').iterate(type) as IterableIterator<{ letter: number; entity: string; label: string; public: number }>));
    }
    c.tags = Multi.build(max + 1, db.prepare('SELECT l.rowid AS letter, t.tag AS entity, t.tag AS label, 1 AS public FROM tags t JOIN letters l ON l.id = t.letter_id ORDER BY l.rowid').iterate() as IterableIterator<{ letter: number; entity: string; label: string; public: number }>);
    for (const { name } of db.prepare('SELECT name FROM classifiers ORDER BY name').all() as { name: string }[]) {
      const dict = new Dictionary();
      const codes = new Uint32Array(max + 1);
      for (const r of db.prepare('SELECT letter, label FROM labels WHERE classifier = ?').iterate(name) as IterableIterator<{ letter: number; label: string }>) {
        if (r.letter <= max) codes[r.letter] = dict.code(r.label);
      }
      c.classes.set(name, { dict, codes });
    }
    // The narrowest array that holds each column's codes: counting a million reads less memory.
    for (const f of SINGLE) {
      const wide = c.codes.get(f) as Uint32Array;
      const n = (c.dicts.get(f) as Dictionary).values.length;
      if (n <= 0x100) c.codes.set(f, Uint8Array.from(wide));
      else if (n <= 0x10000) c.codes.set(f, Uint16Array.from(wide));
    }
    c.buildProfiles(profileCap);
    c.buildHeld();
    return c;
  }

  /**
   * Profiles: the single-valued facets and the flags are cut into groups whose value combinations
   * stay few (at most `profileCap` each), and letters alike in every field of a group share that
   * group's profile. A large match set is counted by profile, one addition a letter and group, and
   * each profile's count then goes to its values. On a million demo letters the nine fields make
   * 435,209 combinations in all, too many to count in cache; three groups make a few thousand.
   */
  private groups: ProfileGroup[] = [];
  /** The profiles of all groups. */
  private profiles = 0;

  /** The profile groups: their fields (facet names, and "flags") and how many profiles each has. */
  get profileGroups(): { fields: string[]; size: number }[] {
    return this.groups.map((g) => ({ fields: g.fields.map((k) => (k === FLAG_FIELD ? 'flags' : (SINGLE[k] as string))), size: g.size }));
  }

  /**
   * Groups the fields greedily in PROFILE_ORDER: a field joins the group being made while the
   * group's combinations stay within the cap, else it starts the next group.
   */
  private buildProfiles(cap: number): void {
    const field = (k: number): ArrayLike<number> => (k === FLAG_FIELD ? this.flags : (this.codes.get(SINGLE[k] as SingleFacet) as Codes));
    const radix = (k: number): number => (k === FLAG_FIELD ? 2 ** FLAGS.length : (this.dicts.get(SINGLE[k] as SingleFacet) as Dictionary).values.length);
    const groups: ProfileGroup[] = [];
    let fields: number[] = [];
    let of: Uint32Array = new Uint32Array(this.size);
    let size = 1;
    const close = () => {
      if (fields.length === 0) return;
      const codes = new Uint32Array(size * fields.length);
      const seen = new Uint8Array(size);
      const columns = fields.map(field);
      for (let id = 0; id < this.size; id++) {
        const p = of[id] as number;
        if (!this.present[id] || seen[p]) continue;
        seen[p] = 1;
        for (let j = 0; j < fields.length; j++) codes[p * fields.length + j] = (columns[j] as ArrayLike<number>)[id] as number;
      }
      groups.push({ fields, of: size <= 0x10000 ? Uint16Array.from(of) : of, codes, size });
    };
    for (const k of PROFILE_ORDER) {
      const next = renumber(of, size, field(k), radix(k), this.present);
      if (fields.length > 0 && next.size > cap) {
        close();
        fields = [];
        const alone = renumber(new Uint32Array(this.size), 1, field(k), radix(k), this.present);
        of = alone.of;
        size = alone.size;
      } else {
        of = next.of;
        size = next.size;
      }
      fields.push(k);
    }
    close();
    this.groups = groups;
    this.profiles = groups.reduce((a, g) => a + g.size, 0);
  }

  /**
   * Every many-valued facet's codes of a letter side by side (mentions, then tags): letter r's are
   * held[heldOffsets[r] .. heldOffsets[r + 1]), each the facet's place in multis() in the top two
   * bits and its code below. Counting a match set reads one run a letter, not one per facet from
   * arrays of their own: on a million letters those were three scattered reads a letter and more.
   */
  private heldOffsets = new Uint32Array(1);
  private held = new Uint32Array(0);

  private multis(): [string, Multi][] {
    return [...this.mentions, ['tag', this.tags]];
  }

  private buildHeld(): void {
    const multis = this.multis().map(([, m]) => m);
    if (multis.length > 4) throw new Error('columns: more many-valued facets than two bits number');
    const offsets = new Uint32Array(this.size + 1);
    for (let id = 0; id < this.size; id++) {
      let n = 0;
      for (const m of multis) n += (m.offsets[id + 1] as number) - (m.offsets[id] as number);
      offsets[id + 1] = (offsets[id] as number) + n;
    }
    const held = new Uint32Array(offsets[this.size] as number);
    let at = 0;
    for (let id = 0; id < this.size; id++) {
      multis.forEach((m, k) => {
        for (let j = m.offsets[id] as number, e = m.offsets[id + 1] as number; j < e; j++) {
          const code = m.codes[j] as number;
          if (code >= HELD_CODE) throw new Error('columns: a many-valued facet has more values than 30 bits number');
          held[at++] = (k * HELD_CODE + code) >>> 0;
        }
      });
    }
    this.heldOffsets = offsets;
    this.held = held;
  }

  private set(r: Row): void {
    const id = r.rowid;
    this.present[id] = 1;
    this.segOf[id] = r.seg ?? 0;
    this.length[id] = r.tokens;
    this.letters++;
    this.tokens += r.tokens;
    const put = (f: SingleFacet, v: string | null) => {
      (this.codes.get(f) as Codes)[id] = (this.dicts.get(f) as Dictionary).code(v);
    };
    put('kind', r.kind);
    put('lang', r.lang);
    put('year', r.year === null ? null : String(r.year));
    put('month', r.month);
    put('place', r.place_label);
    this.placeKey[id] = this.placeKeys.code(r.place_key);
    const place = r.place_key?.startsWith('place:') ? placeById(r.place_key.slice(6)) : undefined;
    put('oblast', place ? (OBLAST_LABEL.get(place.oblast) ?? null) : null);
    put('channel', r.channel);
    put('has_response', r.has_response ? 'yes' : 'no');
    if (r.flags_json !== '[]') {
      let bits = 0;
      for (const f of JSON.parse(r.flags_json) as string[]) {
        const i = (FLAGS as readonly string[]).indexOf(f);
        if (i >= 0) bits |= 1 << i;
      }
      this.flags[id] = bits;
    }
    if (r.received_ts !== null) this.received[id] = r.received_ts;
  }

  /** Facet counts over these letters (null: all); `limit` widens the mention facets past 30 values. */
  facets(rowids: ArrayLike<number> | null, limit?: number): Facets {
    if (rowids === null && this.everything && limit === undefined) return this.everything;
    let raw: RawCounts;
    if (rowids === null) raw = this.all();
    else if (rowids.length * 3 > this.letters * 2) {
      // Most of the archive: count what is left out and take it from the whole.
      const mark = new Uint8Array(this.size);
      for (let i = 0; i < rowids.length; i++) mark[rowids[i] as number] = 1;
      const rest = new Int32Array(this.letters - rowids.length > 0 ? this.letters - rowids.length : 0);
      let n = 0;
      for (let id = 0; id < this.size && n < rest.length; id++) if (this.present[id] && !mark[id]) rest[n++] = id;
      raw = subtract(this.all(), this.count(rest.subarray(0, n)));
    } else raw = this.count(rowids instanceof Int32Array ? rowids : Int32Array.from(rowids));
    const out: Facets = {};
    for (const f of SINGLE) {
      const values = (this.dicts.get(f) as Dictionary).values;
      const count = raw.counts.get(f) as Uint32Array;
      out[f] = topValues(count, values, ORDERED.has(f), LIMIT[f]).map((code) => ({ value: values[code] as string, count: count[code] as number }));
    }
    const flags: FacetValue[] = [];
    FLAGS.forEach((f, i) => {
      if (raw.flags[i]) flags.push({ value: f, count: raw.flags[i] as number });
    });
    out.flags = flags.sort((a, b) => b.count - a.count || byValue(a.value, b.value));
    // Objects, labels and the personal mark only for the values kept: a common word's letters name thousands.
    const named = (count: Uint32Array, values: readonly string[], limit: number | undefined, m?: Multi, personal?: Set<number>) =>
      topValues(count, values, false, limit).map((code): FacetValue => ({
        value: values[code] as string,
        count: count[code] as number,
        ...(m ? { label: m.label(code) } : {}),
        ...(personal?.has(code) ? { private: true } : {}),
      }));
    out.campaign = named(raw.counts.get('campaign') as Uint32Array, this.campaignDict.values, limit ?? MULTI_LIMIT);
    for (const [facet, m] of this.mentions) out[facet] = named(raw.counts.get(facet) as Uint32Array, m.dict.values, limit ?? MULTI_LIMIT, m, facet === 'person' ? m.personal : undefined);
    out.tag = named(raw.counts.get('tag') as Uint32Array, this.tags.dict.values, limit ?? MULTI_LIMIT);
    for (const [name, cl] of this.classes) out[`class:${name}`] = named(raw.counts.get(`class:${name}`) as Uint32Array, cl.dict.values, undefined);
    if (rowids === null && limit === undefined) this.everything = out;
    return out;
  }

  private allCounts: RawCounts | null = null;

  /** The counts over every letter, kept. */
  private all(): RawCounts {
    if (!this.allCounts) {
      const ids = new Int32Array(this.letters);
      let n = 0;
      for (let id = 0; id < this.size; id++) if (this.present[id]) ids[n++] = id;
      this.allCounts = this.count(ids.subarray(0, n));
    }
    return this.allCounts;
  }

  /** Per facet, how many of these rowids have each code. */
  private count(rowids: Int32Array): RawCounts {
    const ids = this.inRange(rowids);
    const counts = new Map<string, Uint32Array>();
    const flags = new Uint32Array(FLAGS.length);
    const fresh = SINGLE.map((f) => new Uint32Array((this.dicts.get(f) as Dictionary).values.length));
    SINGLE.forEach((f, k) => counts.set(f, fresh[k] as Uint32Array));
    // By profile when the letters are a quarter of the profiles or more: each letter is a read per
    // group instead of nine, into counts small enough to stay in cache, and each profile one read after.
    if (this.profiles > 0 && ids.length * 4 >= this.profiles) this.countProfiles(ids, fresh, flags);
    else {
      SINGLE.forEach((f, k) => tally(this.codes.get(f) as Codes, ids, fresh[k] as Uint32Array));
      const bits = this.flags;
      for (let i = 0; i < ids.length; i++) {
        const b = bits[ids[i] as number] as number;
        if (b !== 0) countFlags(b, flags, 1);
      }
    }
    counts.set('campaign', tally(this.campaign, ids, new Uint32Array(this.campaignDict.values.length)));
    for (const [name, cl] of this.classes) counts.set(`class:${name}`, tally(cl.codes, ids, new Uint32Array(cl.dict.values.length)));
    // A letter counts once per entity or tag (one row per letter and entity, or letter and tag).
    const multis = this.multis();
    const multiCounts = multis.map(([facet, m]) => {
      const count = new Uint32Array(m.dict.values.length);
      counts.set(facet, count);
      return count;
    });
    const offsets = this.heldOffsets;
    const held = this.held;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      for (let j = offsets[id] as number, e = offsets[id + 1] as number; j < e; j++) {
        const v = held[j] as number;
        ((multiCounts[v >>> 30] as Uint32Array)[v & (HELD_CODE - 1)] as number)++;
      }
    }
    return { counts, flags };
  }

  /** The single-valued facets and flags of these letters, counted by profile, group by group. */
  private countProfiles(ids: Int32Array, counts: Uint32Array[], flags: Uint32Array): void {
    for (const g of this.groups) {
      const per = new Uint32Array(g.size);
      const of = g.of;
      for (let i = 0; i < ids.length; i++) (per[of[ids[i] as number] as number] as number)++;
      const width = g.fields.length;
      for (let p = 0; p < g.size; p++) {
        const n = per[p] as number;
        if (n === 0) continue;
        for (let j = 0; j < width; j++) {
          const code = g.codes[p * width + j] as number;
          const k = g.fields[j] as number;
          if (k !== FLAG_FIELD) ((counts[k] as Uint32Array)[code] as number) += n;
          else if (code !== 0) countFlags(code, flags, n);
        }
      }
    }
  }

  /** The rowids below `size` (a match set never holds others, but the columns must not read past their end). */
  private inRange(rowids: Int32Array): Int32Array {
    let n = 0;
    while (n < rowids.length && (rowids[n] as number) < this.size) n++;
    return n === rowids.length ? rowids : rowids.filter((id) => id < this.size);
  }

  /**
   * The rowids of the page when ordering these rowids by received time (unknown dates last), ties
   * by rowid: `after` is the last [time, rowid] of the previous page.
   */
  byDate(rowids: ArrayLike<number>, limit: number, offset: number, descending: boolean, after?: [number, number]): number[] {
    // Read in the direction of the sort: an archive's rowids mostly follow its dates, and read in
    // rowid order for a newest-first page nearly every letter would be newer than the page so far
    // (223,242 insertions for lang:ru on a million letters, against 88 read from the end).
    const sign = descending ? -1 : 1;
    return pageByKey(rowids, this.received, sign, sign, limit, offset, after, descending);
  }

  /**
   * The filter clauses as a test on a rowid, when every one of them reads only these columns (and
   * the dictionary they compare with); null when one needs the table (sender:, has:attachments, a
   * full-text sub-query), and SQL must run them.
   */
  predicate(nodes: QueryNode[]): ((id: number) => boolean) | null {
    const tests = nodes.map((n) => this.test(n));
    if (tests.some((t) => t === null)) return null;
    const all = tests as ((id: number) => boolean)[];
    const { size, present } = this;
    const one = all.length === 1 ? (all[0] as (id: number) => boolean) : null;
    if (one) return (id) => id < size && present[id] === 1 && one(id);
    return (id) => id < size && present[id] === 1 && all.every((t) => t(id));
  }

  private test(n: QueryNode): ((id: number) => boolean) | null {
    switch (n.type) {
      case 'not': {
        const t = this.test(n.node);
        return t && ((id) => !t(id));
      }
      case 'and':
      case 'or': {
        const ts = n.nodes.map((c) => this.test(c));
        if (ts.some((t) => t === null)) return null;
        const list = ts as ((id: number) => boolean)[];
        return n.type === 'and' ? (id) => list.every((t) => t(id)) : (id) => list.some((t) => t(id));
      }
      case 'field':
        return this.fieldTest(n);
      default:
        return null;
    }
  }

  private fieldTest(f: FieldNode): ((id: number) => boolean) | null {
    const equals = (facet: SingleFacet, value: string) => {
      const code = (this.dicts.get(facet) as Dictionary).lookup(value);
      const codes = this.codes.get(facet) as Codes;
      return (id: number) => code !== 0 && codes[id] === code;
    };
    switch (f.field) {
      case 'lang':
      case 'kind':
      case 'channel':
        return equals(f.field, f.value);
      case 'has':
        return f.value === 'response' ? equals('has_response', 'yes') : null;
      case 'flag': {
        const bit = 1 << (FLAGS as readonly string[]).indexOf(f.value);
        return (id) => ((this.flags[id] as number) & bit) !== 0;
      }
      case 'year': {
        const [from, to] = yearRange(f.value);
        const years = this.dicts.get('year') as Dictionary;
        const ok = new Uint8Array(years.values.length);
        years.values.forEach((v, code) => {
          if (code > 0 && Number(v) >= from && Number(v) <= to) ok[code] = 1;
        });
        const codes = this.codes.get('year') as Codes;
        return (id) => ok[codes[id] as number] === 1;
      }
      case 'date': {
        const [start, end] = dateRange(f.value);
        return (id) => (this.received[id] as number) >= start && (this.received[id] as number) < end;
      }
      case 'place': {
        const code = this.placeKeys.lookup(placeKey(f.value));
        return (id) => code !== 0 && this.placeKey[id] === code;
      }
      case 'oblast': {
        const oblast = findOblast(f.value);
        if (!oblast) return null; // SQL reports the unknown oblast with its column
        const codes = new Set(placesInOblast(oblast.id).map((p) => this.placeKeys.lookup(`place:${p.id}`)));
        codes.delete(0);
        return (id) => codes.has(this.placeKey[id] as number);
      }
      case 'campaign': {
        const code = this.campaignDict.lookup(f.value);
        return (id) => code !== 0 && this.campaign[id] === code;
      }
      case 'person':
      case 'org': {
        // A canonical id (a facet value) is tested here; a name in words needs the full-text index.
        const m = this.mentions.get(f.field);
        if (!m || !isEntityId(f.field, f.value)) return null;
        const code = m.dict.lookup(f.value);
        return (id) => code !== 0 && m.has(id, code);
      }
      case 'class': {
        const [name, label] = splitClass(f.value);
        const cl = this.classes.get(name);
        if (!cl) return null; // SQL reports the unknown classifier
        const code = cl.dict.lookup(label);
        return (id) => code !== 0 && cl.codes[id] === code;
      }
      case 'tag': {
        const code = this.tags.dict.lookup(normalTag(f.value));
        return (id) => code !== 0 && this.tags.has(id, code);
      }
      case 'translit':
        return () => true;
      default:
        return null;
    }
  }

  /** Every letter's rowid that passes the test. */
  select(test: (id: number) => boolean): Int32Array {
    const out = new Int32Array(this.size);
    let n = 0;
    for (let id = 0; id < this.size; id++) if (this.present[id] && test(id)) out[n++] = id;
    return out.slice(0, n);
  }

  /** A bitmap over rowids with these set. */
  bitmap(rowids: ArrayLike<number>): Uint8Array {
    const b = new Uint8Array(this.size);
    for (let i = 0; i < rowids.length; i++) b[rowids[i] as number] = 1;
    return b;
  }

  receivedAt(rowid: number): number {
    return rowid < this.size ? (this.received[rowid] as number) : Number.NaN;
  }

  /** Letters counted by two single-valued facets (letters without a value in either are left out). */
  crosstab(rowids: ArrayLike<number> | null, rows: SingleFacet, columns: SingleFacet): Crosstab {
    const rc = this.codes.get(rows) as Codes;
    const cc = this.codes.get(columns) as Codes;
    const rv = (this.dicts.get(rows) as Dictionary).values;
    const cv = (this.dicts.get(columns) as Dictionary).values;
    const grid = new Uint32Array(rv.length * cv.length);
    const add = (id: number) => {
      const r = rc[id] as number;
      const c = cc[id] as number;
      if (r && c) (grid[r * cv.length + c] as number)++;
    };
    if (rowids === null) for (let id = 0; id < this.size; id++) this.present[id] && add(id);
    else for (let i = 0; i < rowids.length; i++) add(rowids[i] as number);
    // Rows in their order (months, years), columns by size; only those that hold a letter.
    const rowTotal = new Uint32Array(rv.length);
    const colTotal = new Uint32Array(cv.length);
    for (let r = 1; r < rv.length; r++) {
      for (let c = 1; c < cv.length; c++) {
        const n = grid[r * cv.length + c] as number;
        (rowTotal[r] as number) += n;
        (colTotal[c] as number) += n;
      }
    }
    const codes = (totals: Uint32Array) => Array.from(totals.keys()).filter((code) => totals[code]);
    const rowCodes = codes(rowTotal).sort((a, b) => ((rv[a] as string) < (rv[b] as string) ? -1 : 1));
    const colCodes = codes(colTotal).sort((a, b) => (colTotal[b] as number) - (colTotal[a] as number));
    return {
      rows: rowCodes.map((r) => rv[r] as string),
      columns: colCodes.map((c) => cv[c] as string),
      counts: rowCodes.map((r) => colCodes.map((c) => grid[r * cv.length + c] as number)),
    };
  }
}

type Codes = Uint8Array | Uint16Array | Uint32Array;

interface RawCounts {
  counts: Map<string, Uint32Array>;
  flags: Uint32Array;
}

function subtract(a: RawCounts, b: RawCounts): RawCounts {
  const counts = new Map<string, Uint32Array>();
  for (const [f, x] of a.counts) {
    const y = b.counts.get(f) as Uint32Array;
    counts.set(f, x.map((v, i) => v - (y[i] as number)));
  }
  return { counts, flags: a.flags.map((v, i) => v - (b.flags[i] as number)) };
}

function countFlags(bits: number, counts: Uint32Array, n: number): void {
  for (let i = 0; i < counts.length; i++) if (bits & (1 << i)) (counts[i] as number) += n;
}

/** Plain code-point order: years and months are ISO strings, and localeCompare costs more than the counting. */
function byValue(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Counts each code of these letters in a single-valued column. */
function tally(codes: Codes, ids: Int32Array, count: Uint32Array): Uint32Array {
  for (let i = 0; i < ids.length; i++) (count[codes[ids[i] as number] as number] as number)++;
  return count;
}

/**
 * The codes a facet shows, in its order: histograms (`ordered`) by value, the others by count then
 * value; at most `limit`. Only codes that some letter holds (code 0 is "no value"). With a limit,
 * a bounded insertion buffer keeps the first few without sorting every value.
 */
function topValues(count: Uint32Array, values: readonly string[], ordered: boolean, limit: number | undefined): number[] {
  const before = ordered
    ? (a: number, b: number) => byValue(values[a] as string, values[b] as string) < 0
    : (a: number, b: number) => {
        const ca = count[a] as number;
        const cb = count[b] as number;
        return ca !== cb ? ca > cb : byValue(values[a] as string, values[b] as string) < 0;
      };
  if (limit === undefined) {
    const codes: number[] = [];
    for (let code = 1; code < count.length; code++) if (count[code] !== 0) codes.push(code);
    return codes.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  }
  const present = new Int32Array(count.length);
  let n = 0;
  for (let code = 1; code < count.length; code++) if (count[code] !== 0) present[n++] = code;
  return topK(present.subarray(0, n), limit, before);
}
