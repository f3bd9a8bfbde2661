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

export interface Cue<T extends string = string> {
  /** What the cue speaks for: a kind, a flag, or an internal signal. */
  readonly signal: T;
  readonly weight: number;
  readonly pattern: string;
}

interface Slot {
  exact: Set<string>;
  prefixes: string[];
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
}

const NEGATIONS = new Set(['не', 'ни', 'ні', 'нi']);
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ-][\p{L}\p{M}\p{N}]+)*/gu;
/** Sentence ends: . ! ? … and paragraph breaks; a dot after an initial or "г." does not end one. */
const SENTENCE_END = /[.!?…]+(?=\s+[\p{Lu}\d«"(—-])|[.!?…]+\s*$|\n\s*\n/gu;

/** Lower case, ё→е, ў→у (Belarusian writes "ўлада" after a vowel, "улада" after a consonant), one apostrophe. */
export function fold(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/ў/g, 'у').replace(/[’ʼ]/g, "'");
}

/** The words of a text with sentence numbers. */
export function wordsOf(text: string): Word[] {
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    // An initial ("В.") or an abbreviation of one or two letters does not end a sentence.
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (m[0].startsWith('.') && /(?:^|[\s.])\p{L}{1,2}$/u.test(before) && !/\n/.test(m[0])) continue;
    ends.push(m.index + m[0].length);
  }
  const out: Word[] = [];
  let sentence = 0;
  let e = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    while (e < ends.length && (ends[e] as number) <= m.index) {
      e++;
      sentence++;
    }
    const first = m[0][0] as string;
    out.push({ w: fold(m[0]), start: m.index, end: m.index + m[0].length, sentence, cap: first !== first.toLowerCase() });
  }
  return out;
}

function compileSlot(text: string, gapBefore: number): Slot {
  const negative = text.startsWith('!');
  const body = negative ? text.slice(1) : text;
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of body.split('|')) {
    const a = fold(alt);
    if (a.endsWith('*')) prefixes.push(a.slice(0, -1));
    else exact.add(a);
  }
  return { exact, prefixes, negative, gapBefore };
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
  if (slot.exact.has(w)) return true;
  for (const p of slot.prefixes) if (w.startsWith(p)) return true;
  return false;
}

/** A set of cues compiled for matching. */
export class CueSet<T extends string = string> {
  private readonly byWord = new Map<string, CompiledCue<T>[]>();
  private readonly byPrefix = new Map<string, CompiledCue<T>[]>();

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

  /** Every match in the words, at most one per cue and starting word. */
  match(words: readonly Word[]): CueHit<T>[] {
    const hits: CueHit<T>[] = [];
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!.w;
      const exact = this.byWord.get(w);
      if (exact) for (const c of exact) this.tryAt(c, words, i, hits);
      if (w.length >= 3) {
        const pre = this.byPrefix.get(w.slice(0, 3));
        // A cue whose first slot also lists the word itself was tried above.
        if (pre) for (const c of pre) if (!c.slots[0]!.exact.has(w) && c.slots[0]!.prefixes.some((p) => w.startsWith(p))) this.tryAt(c, words, i, hits);
      }
    }
    return hits;
  }

  private tryAt(c: CompiledCue<T>, words: readonly Word[], i: number, hits: CueHit<T>[]): void {
    const sentence = words[i]!.sentence;
    if (!c.spellsNegation && i > 0 && words[i - 1]!.sentence === sentence && NEGATIONS.has(words[i - 1]!.w)) return;
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
      if (!c.spellsNegation && NEGATIONS.has(word.w)) return -1;
    }
    return -1;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}
