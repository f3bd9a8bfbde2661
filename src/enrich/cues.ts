/**
 * Cue phrases: short word patterns that a classifier looks for, found in one pass over a letter's
 * words with exact offsets, so every decision can show the words that made it.
 *
 * A pattern is written as words separated by spaces:
 * - `слово` matches that word (lower case, ё written е); `слов*` any word starting with `слов`;
 * - `a|b*` either alternative in one slot; `a|b+c` either `a` or the two words `b c`;
 * - `_` lets up to three other words stand between its neighbours (`_2` up to two, `_5` up to five);
 * - `!` before a slot makes it negative: the word must not be there (`!не участвова*`: a "не" right
 *   before the verb voids the match).
 * A match never crosses a sentence end. Unless the pattern spells its own "не"/"ні", a negation
 * right before the match, or inside a gap, voids it: "я не участвовал" is no confession.
 *
 * Patterns are indexed by their first slot (whole words in one map, prefixes by their first three
 * letters in another), so the cost per letter is a couple of map lookups per word.
 */

/**
 * String.prototype.charCodeAt, for reading a few code units of a string, called as
 * `charCodeAt.call(text, i)` (pii.ts calls indexOf so too); a loop over a whole
 * letter reads it from CodeUnits instead. `text.charCodeAt(i)` first looks the method up by the
 * string's hidden class, and V8 gives strings one per representation (flat or sliced,
 * concatenated, one or two bytes a character, internalised); a loop that has met more than four
 * of them keeps a megamorphic lookup, and the optimiser then inlines neither the lookup nor the
 * call: a character costs several times as much. Called through the function, the call has one
 * target whatever strings come. The constant must be the module's own: through an import the
 * optimiser does not see it as a constant, and the call is not inlined either.
 */
const charCodeAt = String.prototype.charCodeAt;

export interface Cue<T extends string = string> {
  /** What the cue speaks for: a kind, a flag, or an internal signal. */
  readonly signal: T;
  readonly weight: number;
  readonly pattern: string;
}

interface Slot {
  exact: Set<string>;
  prefixes: string[];
  /**
   * The first letters of the prefixes, as bits: bit k for the small Cyrillic letter а + k (а to я
   * are 32 code units), and `otherHeads` for any other first letter. A word whose first letter has
   * no bit starts none of the prefixes, and most words of a letter are such.
   */
  heads: number;
  otherHeads: boolean;
  /** The same for the first letters of the whole words (`exact`): a word whose first letter has no bit is none of them, without a set lookup. */
  exactHeads: number;
  otherExact: boolean;
  negative: boolean;
  /** Words that may stand before this slot (0 for adjacent). */
  gapBefore: number;
}

interface CompiledCue<T extends string> {
  cue: Cue<T>;
  slots: Slot[];
  /** The pattern names a negation itself, so a negation in the text is part of the match. */
  spellsNegation: boolean;
}

export interface CueHit<T extends string = string> {
  signal: T;
  weight: number;
  pattern: string;
  /** UTF-16 offsets into the text as given, end exclusive: from the first to the last matched word. */
  start: number;
  end: number;
  /** Index of the sentence the match is in. */
  sentence: number;
}

/** A word of a letter, folded for matching, with where it stands. */
export interface Word {
  /** Lower case, ё→е, apostrophes unified. */
  w: string;
  start: number;
  end: number;
  sentence: number;
  /** The word started with a capital letter in the text. */
  cap: boolean;
  /** The spelling's shared record, where a CueSet keeps the cues the word can start (set by wordsOf). */
  spelled?: Spelled;
}

const NEGATIONS = new Set(['не', 'ни', 'ні', 'нi']);
/** NEGATIONS.has(w) for a folded word, read off its two letters instead of hashing it: the matcher asks it of most words it passes. */
function isNegation(w: string): boolean {
  if (w.length !== 2 || charCodeAt.call(w, 0) !== 0x43d) return false;
  const c = charCodeAt.call(w, 1);
  return c === 0x435 || c === 0x438 || c === 0x456 || c === 0x69;
}
if ([...NEGATIONS].some((n) => !isNegation(n))) throw new Error('cues: isNegation() misses a negation');
/**
 * Sentence ends, as the ends of the matches of `/[.!?…]+(?=\s+[\p{Lu}\d«"(—-])|[.!?…]+\s*$|\n\s*\n/gu`:
 * a run of . ! ? … before white space and a capital, digit, quote, bracket or dash, or at the end
 * of the text; and a paragraph break (white space holding two line feeds, ending after its last).
 * A dot after an initial or a one- or two-letter abbreviation ("В.", "г.") ends none (INITIAL_BEFORE).
 * sentenceEnds() reads them unit by unit: run as a regular expression, with a match object, a
 * substring and a lookup per dot, it cost a letter as much as the rest of reading its words.
 */
const INITIAL_BEFORE = /(?:^|[\s.])\p{L}{1,2}$/u;
const LETTER_CP = /^\p{L}$/u;
const UPPER_CP = /^\p{Lu}$/u;
const SMALL_CP = /^\p{Ll}$/u;
const WORD_CP = /^[\p{L}\p{M}\p{N}]$/u;
/** Bits of unitClass(): a letter (\p{L}), an upper-case one (\p{Lu}), a small one (\p{Ll}). */
export const UNIT_LETTER = 2;
export const UNIT_UPPER = 4;
export const UNIT_SMALL = 64;
/** White space (`\s` under `u`). */
export const UNIT_SPACE = 8;
/** A word character: a letter, mark or number (`[\p{L}\p{M}\p{N}]`). */
export const UNIT_WORD = 16;
/** `ch !== ch.toLowerCase()`, as a word's `cap` is defined. */
export const UNIT_CAP = 32;
/** Per BMP code unit, the UNIT_ bits of it as a code point of its own (a lone surrogate is none of them), and 1: learnt. */
const UNIT_CLASS = new Uint8Array(0x10000);

/**
 * What a code unit is, learnt on first sight and kept: the readers of letters ask it of every unit
 * they read, and one array read answers instead of a regular expression.
 */
export function unitClass(c: number): number {
  let v = UNIT_CLASS[c]!;
  if (v === 0) {
    const ch = String.fromCharCode(c);
    v = 1;
    if (LETTER_CP.test(ch)) v |= UNIT_LETTER;
    if (UPPER_CP.test(ch)) v |= UNIT_UPPER;
    if (SMALL_CP.test(ch)) v |= UNIT_SMALL;
    if (/^\s$/u.test(ch)) v |= UNIT_SPACE;
    if (WORD_CP.test(ch)) v |= UNIT_WORD;
    if (ch !== ch.toLowerCase()) v |= UNIT_CAP;
    UNIT_CLASS[c] = v;
  }
  return v;
}

const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
/** A sentence stop: . ! ? or …. */
export const isStop = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;

/** `[\p{Lu}\d«"(—-]` at i, by code point; u holds the text's code units, n of them. */
function opensSentence(u: Uint16Array, n: number, i: number): boolean {
  const c = u[i]!;
  if ((c >= 0x30 && c <= 0x39) || c === 0xab || c === 0x22 || c === 0x28 || c === 0x2014 || c === 0x2d) return true;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = u[i + 1]!;
    if (d >= 0xdc00 && d <= 0xdfff) return UPPER_CP.test(String.fromCharCode(c, d));
  }
  return (unitClass(c) & UNIT_UPPER) !== 0;
}

/** INITIAL_BEFORE on the three units before the dot at i; by unit where none is a surrogate and three stand there. */
function initialBefore(text: string, u: Uint16Array, i: number): boolean {
  if (i < 3) return INITIAL_BEFORE.test(text.slice(0, i));
  const a = u[i - 3]!;
  const b = u[i - 2]!;
  const c = u[i - 1]!;
  if (isSurrogate(a) || isSurrogate(b) || isSurrogate(c)) return INITIAL_BEFORE.test(text.slice(i - 3, i));
  if ((unitClass(c) & UNIT_LETTER) === 0) return false;
  const bc = unitClass(b);
  if ((bc & UNIT_SPACE) !== 0 || b === 0x2e) return true;
  return (bc & UNIT_LETTER) !== 0 && ((unitClass(a) & UNIT_SPACE) !== 0 || a === 0x2e);
}

/** `text.trimEnd().length`, without making the trimmed copy (white space is \s, none of it astral). */
export function trimmedLength(text: string): number {
  let n = text.length;
  while (n > 0 && (unitClass(charCodeAt.call(text, n - 1)) & UNIT_SPACE) !== 0) n--;
  return n;
}

/** Units a sentence end can start at: . ! ? … and the line feed. */
const STOP_OR_NEWLINE = new Uint8Array(0x10000);
for (const c of [0x2e, 0x21, 0x3f, 0x2026, 0x0a]) STOP_OR_NEWLINE[c] = 1;

/**
 * Where the sentences of a text end (see INITIAL_BEFORE above), ascending. Only a stop or a line
 * feed can start one; where the entity finder's tokenizer has just read the text (LAST_READ), its
 * lists of them (LAST_READ.stops, LAST_READ.newlines) give them, and the rest of the text is not read.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  const n = text.length;
  const u = TEXT_UNITS.of(text);
  let i = 0;
  if (LAST_READ.text === text) {
    // The tokenizer's lists of the stops and the line feeds, read once.
    const { stops, stopCount, newlines, newlineCount } = LAST_READ;
    let q = 0;
    let f = 0;
    for (;;) {
      // The next stop and the next line feed at or after i.
      while (q < stopCount && stops[q]! < i) q++;
      const stop = q < stopCount ? stops[q]! : -1;
      while (f < newlineCount && newlines[f]! < i) f++;
      const nl = f < newlineCount ? newlines[f]! : -1;
      if (stop === -1 && nl === -1) return ends;
      i = endFrom(text, u, n, stop === -1 || (nl !== -1 && nl < stop) ? nl : stop, ends);
    }
  }
  while (i < n) {
    if (STOP_OR_NEWLINE[u[i]!] === 0) i++;
    else i = endFrom(text, u, n, i, ends);
  }
  return ends;
}

/**
 * The sentence end that starts at i, a stop or a line feed, if one does (into `ends`); returns
 * where the next can start.
 */
function endFrom(text: string, u: Uint16Array, n: number, i: number, ends: number[]): number {
  const c = u[i]!;
  if (c === 0x0a) {
    let s = i + 1;
    let last = -1;
    for (; s < n; s++) {
      const d = u[s]!;
      if (d === 0x0a) last = s;
      else if ((unitClass(d) & UNIT_SPACE) === 0) break;
    }
    if (last === -1) return s;
    ends.push(last + 1);
    return last + 1;
  }
  let r = i + 1;
  while (r < n && isStop(u[r]!)) r++;
  let s = r;
  while (s < n && (unitClass(u[s]!) & UNIT_SPACE) !== 0) s++;
  if (s > r && s < n && opensSentence(u, n, s)) {
    if (c !== 0x2e || !initialBefore(text, u, i)) ends.push(r);
    return r;
  }
  if (s === n) {
    // The run and the white space to the end: a dot's match holds a line feed there, and then counts whatever stands before it.
    let newline = false;
    for (let k = r; k < n && !newline; k++) newline = u[k] === 0x0a;
    if (c !== 0x2e || newline || !initialBefore(text, u, i)) ends.push(n);
    return n;
  }
  return r;
}

/** Lower case, ё→е, ў→у (Belarusian writes "ўлада" after a vowel, "улада" after a consonant), one apostrophe. */
export function fold(word: string): string {
  const lw = word.toLowerCase();
  // Most words hold none of ё, ў, ’, ʼ; the three replaces (each a regular expression) are for the few that do.
  for (let i = 0; i < lw.length; i++) {
    const c = charCodeAt.call(lw, i);
    if (c === 0x451 || c === 0x45e || c === 0x2019 || c === 0x2bc) return lw.replace(/ё/g, 'е').replace(/ў/g, 'у').replace(/[’ʼ]/g, "'");
  }
  return lw;
}

/**
 * A text's UTF-16 code units in a reused typed array, for the loops that read a letter unit by unit.
 * Reading a string is dearer than reading an array: each `charCodeAt` dispatches on the string's
 * representation (flat or sliced, concatenated, one or two bytes a character), unit after unit,
 * and the reads of an array are plain loads; one copy a text (a native one, through Buffer) pays
 * for itself in the first pass over it. Each reader keeps its own instance: the array is
 * overwritten when the instance is asked for another text, so a reader must not hold it across a
 * call that may read another text through the same instance.
 */
export class CodeUnits {
  private bytes = Buffer.allocUnsafeSlow(2 * 4096);
  private units = new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, 4096);
  private text: string | null = null;

  /** text's code units at [0, text.length) of the array returned (which may be longer). */
  of(text: string): Uint16Array {
    if (text === this.text) return this.units;
    const n = text.length;
    // Room for a giant text is given back at the next ordinary one.
    if (this.units.length < n || (this.units.length > 1 << 20 && n <= 1 << 16)) {
      const size = Math.max(n, 4096);
      this.bytes = Buffer.allocUnsafeSlow(2 * size);
      this.units = new Uint16Array(this.bytes.buffer, this.bytes.byteOffset, size);
    }
    // UTF-16LE is the units as they are, lone surrogates included.
    this.bytes.write(text, 0, 2 * n, 'utf16le');
    this.text = text;
    return this.units;
  }
}

/**
 * The code units of the text being read, shared by the readers of one letter: the entity
 * finder's tokenizer, sentenceEnds() and findPii() read the same text one after another, and so
 * copy it once. A reader must not hold the array across a call that may read another text.
 */
export const TEXT_UNITS = new CodeUnits();

/** Spellings longer than this many code units (no word of a language) are not kept by a SpellingTable. */
const KEPT_UNITS = 256;

/**
 * Records by spelling, looked up by the characters' place in a text rather than by a string: a
 * letter's words are found by offsets, and cutting each one out only to hash it for a Map costs
 * more than the rest of reading it (toLowerCase on Cyrillic, too, is dearer than a lookup). The
 * first sight of a spelling cuts it out and makes its record once, and copies its code units to
 * the table's own array (the arena); later sights hash the characters in place and compare them
 * with the arena, so that a probe touches neither the record nor its string until it has matched.
 * Open addressing with linear probing in a table that grows as it fills; bounded: after `limit`
 * spellings it starts over. A spelling longer than KEPT_UNITS is made afresh at each sight.
 */
export class SpellingTable<V extends { readonly w: string }> {
  /**
   * Four numbers per slot: the record's index + 1 (0: empty), its hash, and where its code units
   * stand in the arena and how many, so that a probe reads one place in memory.
   */
  private slots = new Int32Array(4 * 4096);
  private values: V[] = [];
  private arena = new Uint16Array(1 << 16);
  private used = 0;
  /** Spellings of one code unit (punctuation, "и", "в", "я"), by the unit: no hashing, and never dropped. */
  private readonly single: (V | undefined)[] = new Array<V | undefined>(0x10000).fill(undefined);
  /** The units of texts that get() is asked about. */
  private readonly units = new CodeUnits();

  constructor(
    private readonly make: (spelling: string) => V,
    private readonly limit = 1 << 16,
  ) {}

  /** The record of text[start, end). */
  get(text: string, start: number, end: number): V {
    if (end - start === 1) return this.unit(charCodeAt.call(text, start));
    const units = this.units.of(text);
    let h = HASH_SEED;
    for (let i = start; i < end; i++) h = hashStep(h, units[i]!);
    return this.find(units, start, end, h) ?? this.add(units, text, start, end, h);
  }

  /** The record of the spelling of one code unit, c. Small, so that a tokenizer's loop inlines it. */
  unit(c: number): V {
    return this.single[c] ?? this.makeUnit(c);
  }

  private makeUnit(c: number): V {
    const value = this.make(String.fromCharCode(c));
    this.single[c] = value;
    return value;
  }

  /**
   * The kept record of a span of two or more code units whose hash (HASH_SEED, then hashStep()
   * over its code units) the caller computed while reading it, or undefined: then add() makes it.
   * A tokenizer saves a pass over the word. `units` holds the text's code units (CodeUnits.of(text)).
   *
   * Only the probe: with add() called from here, the optimiser inlined add() into find()'s own
   * code and then found find() too big to inline into the tokenizer's loop.
   */
  find(units: Uint16Array, start: number, end: number, h: number): V | undefined {
    const len = end - start;
    const slots = this.slots;
    const arena = this.arena;
    const mask = (slots.length >> 2) - 1;
    for (let s = (h ^ (h >>> 15)) & mask; ; s = (s + 1) & mask) {
      const e = slots[s * 4]!;
      if (e === 0) break;
      if (slots[s * 4 + 1] !== h || slots[s * 4 + 3] !== len) continue;
      const at = slots[s * 4 + 2]! - start;
      let k = start;
      while (k < end && arena[at + k] === units[k]) k++;
      if (k === end) return this.values[e - 1]!;
    }
    return undefined;
  }

  /** The record of a spelling find() did not find, made and kept (where it is not too long). */
  add(units: Uint16Array, text: string, start: number, end: number, h: number): V {
    const len = end - start;
    const value = this.make(text.slice(start, end));
    if (len > KEPT_UNITS) return value;
    if (this.values.length >= this.limit) {
      this.values = [];
      this.slots = new Int32Array(4 * 4096);
      this.used = 0;
    } else if ((this.values.length + 1) * 8 > this.slots.length) this.grow(); // at most half the slots in use
    if (this.used + len > this.arena.length) {
      const arena = new Uint16Array(2 * (this.used + len));
      arena.set(this.arena.subarray(0, this.used));
      this.arena = arena;
    }
    this.arena.set(units.subarray(start, end), this.used);
    this.values.push(value);
    this.place(this.values.length, h, this.used, len);
    this.used += len;
    return value;
  }

  private place(entry: number, h: number, at: number, len: number): void {
    const slots = this.slots;
    const mask = (slots.length >> 2) - 1;
    let s = (h ^ (h >>> 15)) & mask;
    while (slots[s * 4] !== 0) s = (s + 1) & mask;
    slots[s * 4] = entry;
    slots[s * 4 + 1] = h;
    slots[s * 4 + 2] = at;
    slots[s * 4 + 3] = len;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    for (let s = 0; s < old.length; s += 4) if (old[s] !== 0) this.place(old[s]!, old[s + 1]!, old[s + 2]!, old[s + 3]!);
  }
}

/** FNV-1a over UTF-16 code units, a step at a time: the hash SpellingTable keys spellings by. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const hashStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);

/**
 * A spelling met in a letter and what the readers of letters have derived from it so far. One
 * record per spelling, shared by the cue matcher (`folded`) and the entity finder (`entity`,
 * entities.ts's record), so that whichever reads a letter second finds the records of its words
 * already in cache.
 */
export interface Spelled {
  readonly w: string;
  /** fold(w). */
  folded: string | undefined;
  entity: object | undefined;
  /** The cues the folded word can start in `cueSet` (CueSet.match), kept for the set that asked last. */
  cueSet: object | undefined;
  cues: unknown;
  /** Whether the spelling holds a post's word (signature.ts): 0 not yet asked, 1 yes, 2 no. */
  titled: number;
  /** Whether no personal-data pattern can start inside the spelling, after its first unit (pii.ts): 0 not yet asked, 1 none can, 2 some may. */
  quiet: number;
  /** Whether the spelling is an address's near word from its start (pii.ts): 0 not yet asked, 1 yes, 2 no. */
  near: number;
}

/** The spellings of words in letters. */
export const SPELLED = new SpellingTable<Spelled>((w) => ({ w, folded: undefined, entity: undefined, cueSet: undefined, cues: undefined, titled: 0, quiet: 0, near: 0 }));

/**
 * The spans the last reader of a text looked up, with their records, in text order. The entity
 * finder's tokenizer writes them; readWords(), reading the same text next (as enrich() does),
 * takes the record of every span both cut alike from here instead of hashing it again, and where
 * the tokenizer met no character the two readers read differently (`clean`), its word spans
 * (`word` 1) are the words, and the text is not scanned again.
 */
export const LAST_READ = {
  text: null as string | null,
  starts: new Int32Array(1024),
  ends: new Int32Array(1024),
  word: new Uint8Array(1024),
  spelled: [] as Spelled[],
  count: 0,
  clean: false,
  /** Where the stops (. ! ? …) stand that are spans of their own or follow a lone high surrogate in one, ascending: the first `stopCount`. */
  stops: new Int32Array(1024),
  stopCount: 0,
  /** The word spans whose spelling may hold a post's word (Spelled.titled not 2), ascending: the first `titledCount`. */
  titled: new Int32Array(1024),
  titledCount: 0,
  /** Where the line feeds stand (all of them), ascending: the first `newlineCount`. */
  newlines: new Int32Array(1024),
  newlineCount: 0,
};

/** Starts a new LAST_READ for `text`, with room for `capacity` spans. */
export function beginReading(text: string, capacity: number): void {
  LAST_READ.text = text;
  LAST_READ.count = 0;
  LAST_READ.stopCount = 0;
  LAST_READ.titledCount = 0;
  LAST_READ.newlineCount = 0;
  LAST_READ.clean = false;
  // Room for a giant text is given back at the next ordinary one.
  const shrink = LAST_READ.starts.length > 1 << 20 && capacity <= 1 << 16;
  if (LAST_READ.starts.length < capacity || shrink) {
    const size = shrink ? Math.max(capacity, 1024) : Math.max(capacity, LAST_READ.starts.length * 2);
    LAST_READ.starts = new Int32Array(size);
    LAST_READ.ends = new Int32Array(size);
    LAST_READ.word = new Uint8Array(size);
    LAST_READ.stops = new Int32Array(size);
    LAST_READ.titled = new Int32Array(size);
    LAST_READ.newlines = new Int32Array(size);
    if (shrink) LAST_READ.spelled = [];
  }
}

const ASTRAL_WORD = new Map<number, boolean>();

/** The code point is a letter, mark or number: a word character. */
function isWordPoint(cp: number): boolean {
  if (cp < 0x10000) return (unitClass(cp) & UNIT_WORD) !== 0;
  let a = ASTRAL_WORD.get(cp);
  if (a === undefined) {
    a = WORD_CP.test(String.fromCodePoint(cp));
    ASTRAL_WORD.set(cp, a);
  }
  return a;
}

/** The code point at i under the `u` flag: a surrogate pair reads as one, a lone surrogate as itself. */
function pointAt(text: string, i: number): number {
  const c = charCodeAt.call(text, i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = charCodeAt.call(text, i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** Inside a word between word characters: apostrophes and the hyphen (' ’ ʼ -), for both readers of words. */
export const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x2d;

/**
 * The words of a text with sentence numbers.
 *
 * A word is a run of letters, marks and digits (`[\p{L}\p{M}\p{N}]+`, by code point), with an
 * apostrophe or hyphen inside it when a word character follows (`['’ʼ-]`), as the regular
 * expression the words were first read with had it. The records are the caller's own; the
 * classifier, which reads every letter, uses readWords() and its reused records instead.
 */
export function wordsOf(text: string): Word[] {
  return readWords(text).map((x) => ({ w: x.w, start: x.start, end: x.end, sentence: x.sentence, cap: x.cap, spelled: x.spelled }));
}

/**
 * A word as readWords() hands it out: where it stands, and its spelling's record, whose folded
 * form and first letter give `w` and `cap` (getters, which the optimiser inlines). The records are
 * reused from text to text, and a field copied into one was a store with its write barrier.
 */
class ReadWord implements Word {
  constructor(
    public start: number,
    public end: number,
    public sentence: number,
    public spelled: Spelled,
  ) {}

  get w(): string {
    return this.spelled.folded!;
  }

  get cap(): boolean {
    return (unitClass(charCodeAt.call(this.spelled.w, 0)) & UNIT_CAP) !== 0;
  }
}

/**
 * Word records reused from text to text (see readWords): the k-th word of every text is the same
 * object, overwritten.
 */
const WORDS: ReadWord[] = [];
/** Words past this many in one text are made afresh and not kept: a giant text must not hold its words for good. */
const WORDS_KEPT = 8192;

/**
 * wordsOf() for a reader that is done with the words before it reads the next text, as
 * CueSet.match() and classify() are: the records are reused by the next call, and only the array
 * is new. Saves a hundred short-lived objects a letter. The scan finds the spans without a match
 * object per word, and is skipped where the entity finder has just cut the same text (LAST_READ).
 */
export function readWords(text: string): Word[] {
  const ends = sentenceEnds(text);
  // The words are WORDS' first ones, copied out at the end in one slice (pushed one by one into a
  // new array, the array was grown and copied several times a letter); words past WORDS_KEPT wait in MORE_WORDS.
  MORE_WORDS.length = 0;
  let count = 0;
  let sentence = 0;
  let e = 0;
  const n = text.length;
  let pos = 0;
  // Spans this text's last reader looked up (see LAST_READ), walked alongside.
  const read = LAST_READ.text === text ? LAST_READ : null;
  if (read !== null && read.clean) {
    // The spans' arrays read once, not through `read` at every span (the stores into the word
    // records could, for all the optimiser knows, change them).
    const { count: spans, word: isWord, starts, ends: spanEnds, spelled } = read;
    for (let r = 0; r < spans; r++) {
      if (isWord[r] === 0) continue;
      const start = starts[r]!;
      while (e < ends.length && (ends[e] as number) <= start) {
        e++;
        sentence++;
      }
      putWord(count++, spelled[r]!, start, spanEnds[r]!, sentence);
    }
    return wordsRead(count);
  }
  let r = 0;
  while (pos < n) {
    let cp = pointAt(text, pos);
    if (!isWordPoint(cp)) {
      pos += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = pos;
    let j = pos + (cp > 0xffff ? 2 : 1);
    for (;;) {
      while (j < n) {
        cp = pointAt(text, j);
        if (!isWordPoint(cp)) break;
        j += cp > 0xffff ? 2 : 1;
      }
      // A joiner continues the word only when a word character follows it.
      if (j + 1 < n && isJoiner(charCodeAt.call(text, j)) && isWordPoint(pointAt(text, j + 1))) {
        j++;
        continue;
      }
      break;
    }
    while (e < ends.length && (ends[e] as number) <= start) {
      e++;
      sentence++;
    }
    // The record the text's last reader looked up for the same span, else the table's (hashed only then).
    let spelled: Spelled | undefined;
    if (read) {
      while (r < read.count && read.starts[r]! < start) r++;
      if (r < read.count && read.starts[r] === start && read.ends[r] === j) spelled = read.spelled[r];
    }
    putWord(count++, spelled ?? SPELLED.get(text, start, j), start, j, sentence);
    pos = j;
  }
  return wordsRead(count);
}

/** Words past WORDS_KEPT in the text being read, made afresh. */
const MORE_WORDS: ReadWord[] = [];

/** The first `count` words put, as a new array. */
function wordsRead(count: number): Word[] {
  if (MORE_WORDS.length === 0) return WORDS.slice(0, count);
  const all = WORDS.concat(MORE_WORDS);
  MORE_WORDS.length = 0;
  return all;
}

/** Puts the word text[start, end), spelled `spelled`, as the text's k-th word, in a reused record. */
function putWord(k: number, spelled: Spelled, start: number, end: number, sentence: number): void {
  // The folded form, made once per spelling: the word's `w`.
  spelled.folded ??= fold(spelled.w);
  let word = WORDS[k];
  if (word === undefined) {
    word = new ReadWord(start, end, sentence, spelled);
    if (WORDS.length < WORDS_KEPT) WORDS.push(word);
    else MORE_WORDS.push(word);
  } else {
    word.start = start;
    word.end = end;
    word.sentence = sentence;
    word.spelled = spelled;
  }
}

const CYR_A = 0x430;

/** The bit of a folded word's first letter among the small Cyrillic а to я (bit k for а + k), or 0 for any other first letter: Slot's heads. */
function headBit(w: string): number {
  const k = charCodeAt.call(w, 0) - CYR_A;
  return k >= 0 && k < 32 ? 1 << k : 0;
}

function compileSlot(text: string, gapBefore: number): Slot {
  const negative = text.startsWith('!');
  const body = negative ? text.slice(1) : text;
  const exact = new Set<string>();
  const prefixes: string[] = [];
  let heads = 0;
  let otherHeads = false;
  let exactHeads = 0;
  let otherExact = false;
  for (const alt of body.split('|')) {
    const a = fold(alt);
    const bit = headBit(a);
    if (!a.endsWith('*')) {
      exact.add(a);
      if (bit !== 0) exactHeads |= bit;
      else otherExact = true;
      continue;
    }
    prefixes.push(a.slice(0, -1));
    if (bit !== 0) heads |= bit;
    else otherHeads = true;
  }
  return { exact, prefixes, heads, otherHeads, exactHeads, otherExact, negative, gapBefore };
}

/** Spells out multi-word alternatives (`a|b+c`) as patterns of their own. */
export function expand(pattern: string): string[] {
  const parts = pattern.trim().split(/\s+/);
  const i = parts.findIndex((p) => p.includes('+'));
  if (i < 0) return [parts.join(' ')];
  const alts = parts[i]!.split('|');
  const single = alts.filter((a) => !a.includes('+'));
  const variants = [...(single.length ? [single.join('|')] : []), ...alts.filter((a) => a.includes('+')).map((a) => a.split('+').join(' '))];
  return variants.flatMap((v) => expand([...parts.slice(0, i), v, ...parts.slice(i + 1)].join(' ')));
}

function compile<T extends string>(cue: Cue<T>, pattern: string): CompiledCue<T> {
  const slots: Slot[] = [];
  let gap = 0;
  for (const part of pattern.split(/\s+/)) {
    const g = /^_(\d*)$/.exec(part);
    if (g) {
      gap = g[1] ? Number(g[1]) : 3;
      continue;
    }
    slots.push(compileSlot(part, gap));
    gap = 0;
  }
  if (!slots.length || slots[0]!.negative) throw new Error(`cue "${cue.pattern}": must start with a positive word`);
  for (const s of slots) for (const p of s.prefixes) if (p.length < 3) throw new Error(`cue "${cue.pattern}": prefix "${p}*" is shorter than three letters`);
  const spellsNegation = slots.some((s) => !s.negative && [...s.exact].some((x) => NEGATIONS.has(x)));
  return { cue, slots, spellsNegation };
}

function slotMatches(slot: Slot, w: string): boolean {
  const bit = headBit(w);
  if ((bit !== 0 ? (slot.exactHeads & bit) !== 0 : slot.otherExact) && slot.exact.has(w)) return true;
  if (bit !== 0 ? (slot.heads & bit) === 0 : !slot.otherHeads) return false;
  for (const p of slot.prefixes) if (w.startsWith(p)) return true;
  return false;
}

/** A set of cues compiled for matching. */
export class CueSet<T extends string = string> {
  private readonly byWord = new Map<string, CompiledCue<T>[]>();
  private readonly byPrefix = new Map<string, CompiledCue<T>[]>();
  /**
   * Per folded word, the cues whose first slot it fills, in the order match() tries them (the
   * word's own entries, then the prefix entries that do not list the word itself). Built once per
   * word from the two maps above, so each word of a letter costs one lookup. Bounded.
   */
  private readonly firstSlot = new Map<string, readonly CompiledCue<T>[]>();

  constructor(cues: readonly Cue<T>[]) {
    for (const cue of cues) {
      for (const pattern of expand(cue.pattern)) {
        const c = compile(cue, pattern);
        const first = c.slots[0]!;
        for (const x of first.exact) push(this.byWord, x, c);
        for (const p of first.prefixes) push(this.byPrefix, p.slice(0, 3), c);
      }
    }
  }

  private startingWith(w: string): readonly CompiledCue<T>[] {
    let list = this.firstSlot.get(w);
    if (list === undefined) {
      const found: CompiledCue<T>[] = [...(this.byWord.get(w) ?? [])];
      if (w.length >= 3) {
        const pre = this.byPrefix.get(w.slice(0, 3));
        // A cue whose first slot also lists the word itself was tried above.
        if (pre) for (const c of pre) if (!c.slots[0]!.exact.has(w) && c.slots[0]!.prefixes.some((p) => w.startsWith(p))) found.push(c);
      }
      list = found.length ? found : NONE;
      if (this.firstSlot.size >= 100_000) this.firstSlot.clear();
      this.firstSlot.set(w, list);
    }
    return list as readonly CompiledCue<T>[];
  }

  /** Every match in the words, at most one per cue and starting word. */
  match(words: readonly Word[]): CueHit<T>[] {
    const hits: CueHit<T>[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i]!;
      // The list from the word's spelling record when this set left it there, else from the maps.
      const sp = word.spelled;
      let list: readonly CompiledCue<T>[];
      if (sp !== undefined && sp.cueSet === this && sp.folded === word.w) list = sp.cues as readonly CompiledCue<T>[];
      else {
        list = this.startingWith(word.w);
        if (sp !== undefined && sp.folded === word.w) {
          sp.cueSet = this;
          sp.cues = list;
        }
      }
      if (list.length === 0) continue;
      // A negation right before the word voids every cue here that does not spell its own.
      const negated = i > 0 && words[i - 1]!.sentence === word.sentence && isNegation(words[i - 1]!.w);
      if (list.length < NARROW_FROM) {
        for (let k = 0; k < list.length; k++) this.tryAt(list[k]!, words, i, negated, hits);
        continue;
      }
      // A long list ("не", "прошу" start dozens of cues): only the cues whose second word stands
      // within its reach are tried, the others cannot match. The same hits, in the same order.
      const marks = this.reachable(list, words, i);
      for (let k = 0; k < list.length; k++) if (marks[k] === 1) this.tryAt(list[k]!, words, i, negated, hits);
    }
    return hits;
  }

  private readonly narrowings = new WeakMap<readonly CompiledCue<T>[], Narrowing>();
  private marks = new Uint8Array(64);

  /**
   * Marks (1) the cues of `list` that can match at word i: those with one slot or a negative
   * second slot, and those whose second slot some word within its gap after word i (in the same
   * sentence) fills, as extend() would try it. A necessary condition only: tryAt() decides.
   */
  private reachable(list: readonly CompiledCue<T>[], words: readonly Word[], i: number): Uint8Array {
    let nw = this.narrowings.get(list);
    if (nw === undefined) {
      nw = narrowing(list);
      this.narrowings.set(list, nw);
    }
    if (this.marks.length < list.length) this.marks = new Uint8Array(list.length * 2);
    const marks = this.marks;
    marks.fill(0, 0, list.length);
    for (const k of nw.always) marks[k] = 1;
    const sentence = words[i]!.sentence;
    for (let d = 0; d <= nw.reach && i + 1 + d < words.length; d++) {
      const next = words[i + 1 + d]!;
      if (next.sentence !== sentence) break;
      const exact = nw.exact.get(next.w);
      if (exact !== undefined) for (const k of exact) if (d <= nw.gap[k]!) marks[k] = 1;
      const prefixed = nw.byFirst.get(charCodeAt.call(next.w, 0));
      if (prefixed !== undefined) for (const [p, k] of prefixed) if (d <= nw.gap[k]! && next.w.startsWith(p)) marks[k] = 1;
    }
    return marks;
  }

  private tryAt(c: CompiledCue<T>, words: readonly Word[], i: number, negated: boolean, hits: CueHit<T>[]): void {
    const sentence = words[i]!.sentence;
    if (negated && !c.spellsNegation) return;
    const end = this.extend(c, words, 1, i, sentence);
    if (end < 0) return;
    hits.push({ signal: c.cue.signal, weight: c.cue.weight, pattern: c.cue.pattern, start: words[i]!.start, end: words[end]!.end, sentence });
  }

  /** Matches slots from `s` on after the word at `at`; returns the index of the last matched word or -1. */
  private extend(c: CompiledCue<T>, words: readonly Word[], s: number, at: number, sentence: number): number {
    if (s === c.slots.length) return at;
    const slot = c.slots[s]!;
    if (slot.negative) {
      const next = words[at + 1];
      if (next && next.sentence === sentence && slotMatches(slot, next.w)) return -1;
      return this.extend(c, words, s + 1, at, sentence);
    }
    for (let j = at + 1; j <= at + 1 + slot.gapBefore && j < words.length; j++) {
      const word = words[j]!;
      if (word.sentence !== sentence) return -1;
      if (slotMatches(slot, word.w)) {
        const r = this.extend(c, words, s + 1, j, sentence);
        if (r >= 0) return r;
      }
      // A negation inside a gap negates what follows it.
      if (!c.spellsNegation && isNegation(word.w)) return -1;
    }
    return -1;
  }
}

const NONE: readonly never[] = [];

/** From this many cues starting at one word, match() narrows them by the word after (Narrowing). */
const NARROW_FROM = 6;

/** A first-slot list's cues by their second slot: what CueSet.reachable() reads. */
interface Narrowing {
  /** Cues tried whatever follows: one slot, or a negative second slot. Indices into the list. */
  always: number[];
  /** Per cue, the words that may stand before its second slot (Slot.gapBefore). */
  gap: Int32Array;
  /** The largest of those. */
  reach: number;
  /** Whole words of second slots → the cues. */
  exact: Map<string, number[]>;
  /** Prefixes of second slots by their first code unit → [prefix, cue]. */
  byFirst: Map<number, [string, number][]>;
}

function narrowing(list: readonly CompiledCue<string>[]): Narrowing {
  const nw: Narrowing = { always: [], gap: new Int32Array(list.length), reach: 0, exact: new Map(), byFirst: new Map() };
  list.forEach((c, k) => {
    const second = c.slots[1];
    if (second === undefined || second.negative) {
      nw.always.push(k);
      return;
    }
    nw.gap[k] = second.gapBefore;
    nw.reach = Math.max(nw.reach, second.gapBefore);
    for (const x of second.exact) push(nw.exact, x, k);
    for (const p of second.prefixes) push(nw.byFirst, p.charCodeAt(0), [p, k] as [string, number]);
  });
  return nw;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
