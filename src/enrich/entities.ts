/**
 * Named entities in letter text: persons (PER), organisations (ORG) and places (LOC), in Russian
 * and Belarusian, with offsets and a canonical id that every spelling, case form and script of one
 * entity shares ("Бабарико В.Д.", "Виктора Бабарико", "Віктар Бабарыка", "Babaryka" → per:babaryka;
 * "Могилёв", "Магілёве", "Mahilau" → loc:mahilyow).
 *
 * Rules and lexicons, no model. The text is cut into tokens once; detectors then propose spans:
 *   - quoted names after a legal form or an organisation noun (ОАО «Нафтан», газета «Ведомости»);
 *   - lexicon organisations, agencies and abbreviations (КГБ, ГУБОПиК, БелАЗ), capital-letter
 *     abbreviations, Latin names in Cyrillic text (Google), descriptive names (Конституционный суд);
 *   - places from the Belarus gazetteer and the world list, streets (ул. Ленина, вуліца Леніна),
 *     villages (д. Малиновка, в деревне Заречье, аг. Ратомка), oblasts and raions;
 *   - persons from given names, patronymics, initials, surname lexicons and surname shapes
 *     (-ов, -ский, -енко, -ич, -ук, -швили…), public figures from ./lexicon/figures.ts, and within a
 *     letter every later mention of a surname already seen in a full name.
 * Where spans overlap, the stronger detector and then the longer span wins.
 *
 * Pure: no I/O. Offsets are UTF-16 code units of the input, end exclusive.
 */
import { PLACES, findOblast, findPlace, type PlaceEntry } from '../language/gazetteer/index.js';
import { nameKey } from '../language/keys.js';
import { GIVEN_NAMES, SURNAMES, inflectFirst, inflectPatronymic, inflectSurname } from '../language/names/index.js';
import { CASES } from '../language/types.js';
import { remembered } from '../core/memo.js';
import { HASH_SEED, LAST_READ, SPELLED, TEXT_UNITS, beginReading, hashStep, isJoiner, isStop, type Spelled } from './cues.js';
import { caseForms } from './lexicon/decline.js';
import { PUBLIC_FIGURES, type PublicFigure } from './lexicon/figures.js';
import { AMBIGUOUS_GIVEN, EXTRA_FEMALE, EXTRA_MALE, FOREIGN_GIVEN, LATIN_GIVEN } from './lexicon/given.js';
import { LEGAL_FORMS, ORG_HEAD_STEMS, ORG_LEXICON, ORG_NOUN_STEMS } from './lexicon/orgs.js';
import { PLACE_ABBREVIATIONS, WORLD_PLACES } from './lexicon/world.js';
import { sortSmall } from '../core/sort.js';

/** String methods called through the function, not the string: see charCodeAt in cues.ts. */
const charCodeAt = String.prototype.charCodeAt;

export interface Entity {
  type: 'PER' | 'ORG' | 'LOC';
  start: number;
  end: number;
  text: string;
  /** Canonical: `per:…`, `org:…`, `loc:…`; the same for every spelling of one entity. */
  id: string;
  /** A real public figure or a known organisation: an entity, but not personal data. */
  public?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Tokens

/**
 * What a token's spelling alone decides. A letter's words repeat across letters, so each spelling
 * is read once (SPELLINGS) and the lexicon facts asked of it are kept with it: that is most of the
 * cost of finding entities, and none of it depends on where the word stands.
 */
/** Spelling.bits: what the spelling is, one bit each. A word (letters, digits); */
const SP_WORD = 1;
/** starts with an upper-case letter; */
const SP_CAP = 2;
/** two or more letters, all upper case (КГБ, NATO; mixed abbreviations such as БелАЗ are SP_MIXED); */
const SP_UPPER = 4;
/** a mixed-case abbreviation (БелАЗ, ГУБОПиК, YouTube); */
const SP_MIXED = 8;
/** starts with a Latin letter; */
const SP_LATIN = 16;
/** holds an ASCII digit. */
const SP_DIGITS = 32;
/** Longer than three units, with a hyphen or ’ in it: the shape particleJoined() asks first. */
const SP_JOINER = 64;

/**
 * A spelling's shared record. What it is (a word, capitalised, …) is kept as bits of one small
 * integer, read through Tok's getters: a boolean read from a field was tested as any value would be
 * (against false, the empty string, an undetectable object, a number, a bigint), a dozen
 * instructions at every read, where a bit of an integer field is one test.
 */
class Spelling {
  /** Caches, filled on first use: the gazetteer entry (null: none), and whether the word can be part of a name. */
  place: PlaceEntry | null | undefined = undefined;
  nameish: boolean | undefined = undefined;
  /** The spelling's facts (IS_ bits that hold), once `known` is 1 (is()). */
  known = 0;
  facts = 0;
  given: GivenInfo | null | undefined = undefined;
  figure: PublicFigure | null | undefined = undefined;
  world: string | null | undefined = undefined;
  /** surnameStem() of the lower-cased word. */
  stem: string | undefined = undefined;
  /** A name with its particle joined on: "аль-Барадеи". */
  joined: boolean | undefined = undefined;
  /** What lexicon() finds for the word alone (see Finder.lexicon). */
  lex1: Lex1 | undefined = undefined;
  /** surnameKey(w): the id of the person the word names as a surname. */
  surnameKey: string | undefined = undefined;
  /** findPlace() of this word and the next ("Марьина Горка"), by the next word's record. */
  pairs: Map<Spelling, PlaceEntry | null> | undefined = undefined;
  /** The word's letters alone (abbreviation()). */
  letters: string | undefined = undefined;

  constructor(
    readonly w: string,
    /** Lower case, ё → е. */
    readonly lw: string,
    /** SP_ bits, read through Tok's getters. */
    readonly bits: number,
  ) {}
}

/**
 * A token: where it stands, and what its spelling decides, read from the spelling's shared record.
 * The spelling's fields are getters, not copies: a letter has a hundred tokens or more, the records
 * are reused (TOKENS), and each copied field cost a store with its write barrier at every token.
 * The optimiser inlines the getters (one more load where a field is read).
 */
class Tok {
  constructor(
    public s: number,
    public e: number,
    /** First word of a sentence (or of a line, or after a colon or an opening quote there). */
    public first: boolean,
    /** A space or line break before the token. */
    public spaceBefore: boolean,
    /** Position in the token list. */
    public i: number,
    /** The spelling's shared record, with its caches. */
    public x: Spelling,
  ) {}

  get w(): string {
    return this.x.w;
  }
  get lw(): string {
    return this.x.lw;
  }
  get word(): boolean {
    return (this.x.bits & SP_WORD) !== 0;
  }
  get cap(): boolean {
    return (this.x.bits & SP_CAP) !== 0;
  }
  get upper(): boolean {
    return (this.x.bits & SP_UPPER) !== 0;
  }
  get mixed(): boolean {
    return (this.x.bits & SP_MIXED) !== 0;
  }
  get latin(): boolean {
    return (this.x.bits & SP_LATIN) !== 0;
  }
}

const UPPER_START = /^\p{Lu}/u;
const LETTER_RE = /\p{L}/u;
/** Short words that end in a dot without ending the sentence: "г. Минск", "ул. Ленина", "т.е.". */
const ABBREV_DOT = new Set(
  'г ул вул д дер аг п пос с сел пр пер зав пл б-р бул ш пр-т просп наб мкр р-н обл им ім тт см ст св к кв корп стр тел тэл проф акад доц ген г-н г-жа гр'.split(' '),
);

function isUpperCode(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x410 && c <= 0x42f) || c === 0x401 || c === 0x406 || c === 0x40e || c === 0x404 || c === 0x407;
}
function isLowerCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x44f) || c === 0x451 || c === 0x456 || c === 0x45e || c === 0x454 || c === 0x457;
}

/**
 * Set when the tokenizer meets a code unit that the cue reader's word test (by code point,
 * `[\p{L}\p{M}\p{N}]`, cues.ts) reads otherwise: ҂ (U+0482, a symbol), a modifier symbol among
 * U+02B0–U+02FF, or a surrogate (an astral letter is a word there, two non-word units here). Until
 * then the two readers cut a text into the same words, and the cue reader takes this tokenizer's
 * (LAST_READ.clean). Cleared by tokenize() for each text.
 */
let disagrees = false;
/** U+02B0–U+02FF that are modifier symbols, not letters (˂ ˃ ˄ ˅ ˒ … ˿): 1, by code unit less 0x2B0. */
const MODIFIER_SYMBOL = Uint8Array.from({ length: 0x50 }, (_, k) => (/^\p{L}$/u.test(String.fromCharCode(0x2b0 + k)) ? 0 : 1));

/** What the tokenizer needs to know of a code unit, as bits of UNIT (0: not yet learnt). */
const KNOWN = 1;
/** A letter, digit or combining mark. */
const WORD = 2;
/** Read otherwise by the cue reader (see `disagrees`). */
const DISAGREES = 4;
/** White space, which separates tokens and is none. */
const SPACE = 8;
/** Inside a word between letters (isJoiner): "аб'яднанне", "Нью-Йорк". */
const JOIN = 16;
/**
 * The bits of every code unit met so far, learnt on first sight: the scan reads one byte a
 * character instead of running a chain of range tests (and, outside the common scripts, a Unicode
 * class test) for each.
 */
const UNIT = new Uint8Array(0x10000);

/**
 * UNIT[c] (0: not yet learnt). Read through this small function, which the optimiser inlines: in an
 * inlined function it knows the module's constants and reads the table at a fixed address with no
 * checks, where a read in the tokenizer's own body checked the table's map and reloaded its data.
 */
function unitBits(c: number): number {
  return UNIT[c]!;
}

/** Letters, digits and combining marks: ASCII, Latin-1/Extended and Cyrillic by range, the rest by Unicode class. */
function isWordUnit(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c >= 0x400 && c <= 0x52f) return true;
  if (c >= 0xc0 && c <= 0x36f) return c !== 0xd7 && c !== 0xf7;
  if ((c >= 0x2000 && c <= 0x206f) || c === 0xab || c === 0xbb || c === 0xa0 || (c >= 0xd800 && c <= 0xdfff)) return false;
  return /[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c));
}

/**
 * Learns UNIT[c] and returns it. The tokenizer writes `learnUnit(c) | 0`: a call's result is a
 * tagged number, and merged with the array reads it would make the unit's bits a tagged value, boxed
 * and checked at every character of the loop.
 */
function learnUnit(c: number): number {
  let k = KNOWN;
  if (isWordUnit(c)) k |= WORD;
  if (c === 0x482 || (c >= 0x2b0 && c < 0x300 && MODIFIER_SYMBOL[c - 0x2b0] === 1) || (c >= 0xd800 && c <= 0xdfff)) k |= DISAGREES;
  if (c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff || c === 0xad) k |= SPACE;
  if (isJoiner(c)) k |= JOIN;
  UNIT[c] = k;
  return k;
}

/** Reads a token's spelling: everything about it that does not depend on where it stands. */
function spell(w: string): Spelling {
  const c0 = w.charCodeAt(0);
  let cap = isUpperCode(c0);
  const low0 = isLowerCode(c0);
  const digit = c0 >= 0x30 && c0 <= 0x39;
  const word = cap || low0 || digit || (c0 > 0x7f && LETTER_RE.test(w[0]!));
  if (word && !cap && !low0 && !digit) cap = UPPER_START.test(w);
  let lw = w.toLowerCase();
  if (lw.includes('ё')) lw = lw.replace(/ё/g, 'е');
  let upper = false;
  let mixed = false;
  if (cap && w.length > 1) {
    let ups = 0;
    let lows = 0;
    let lowUp = false;
    let prevLow = false;
    for (let q = 0; q < w.length; q++) {
      const c = w.charCodeAt(q);
      if (isUpperCode(c)) {
        ups++;
        if (prevLow) lowUp = true;
        prevLow = false;
      } else if (isLowerCode(c)) {
        lows++;
        prevLow = true;
      } else prevLow = false;
    }
    upper = ups >= 2 && lows === 0;
    // БелАЗ, ГУБОПиК, YouTube; not Ахмат-Хаджи or О’Рейли (capitals after a hyphen or apostrophe).
    mixed = !upper && ups + lows >= 3 && (lowUp || (ups >= 2 && isUpperCode(w.charCodeAt(1))));
  }
  const latin = (c0 >= 0x41 && c0 <= 0x5a) || (c0 >= 0x61 && c0 <= 0x7a);
  const digits = /\d/.test(w);
  const joiner = w.length > 3 && (w.includes('-') || w.includes('’'));
  const bits = (word ? SP_WORD : 0) | (cap ? SP_CAP : 0) | (upper ? SP_UPPER : 0) | (mixed ? SP_MIXED : 0) | (latin ? SP_LATIN : 0) | (digits ? SP_DIGITS : 0) | (joiner ? SP_JOINER : 0);
  return new Spelling(w, lw, bits);
}


/**
 * Token records reused from letter to letter: a letter has a hundred or more tokens, and making
 * a record for each was the largest share of what reading a letter allocated (the churn of
 * short-lived objects costs more in evicted cache than in collection). A token never outlives
 * the findEntities() call that read it, so the k-th token of every text is the same object,
 * overwritten; only the array handed out is new, so that reading past its end still finds
 * nothing.
 */
const TOKENS: Tok[] = [];
/** Tokens past this many in one text are made afresh and not kept: a giant text must not hold its tokens for good. */
const TOKENS_KEPT = 8192;

function tokenize(text: string): Tok[] {
  // The tokens are TOKENS' first `count`, copied out at the end in one slice: pushed one by one
  // into a new array, the array was grown and copied four times a letter. Tokens past TOKENS_KEPT
  // are kept in `more`.
  let more: Tok[] | null = null;
  // The two tokens before the current one.
  let prev: Tok | undefined;
  let before: Tok | undefined;
  // Tokens so far, counted here: the optimised code read `out.length` through a megamorphic
  // lookup, as it did `text.length` (seen in its disassembly), once a token and more.
  let count = 0;
  const n = text.length;
  // The spans looked up are left for the cue matcher, which reads the same text next (LAST_READ).
  beginReading(text, n);
  const read = LAST_READ;
  // The spans' arrays, read once: stored through `read` at every token, each store reloaded the
  // array, its length and its data pointer. The count is written back at the end.
  const spanStarts = read.starts;
  const spanEnds = read.ends;
  const spanWord = read.word;
  const spanSpelled = read.spelled;
  const spanStops = read.stops;
  let stopCount = 0;
  const spanTitled = read.titled;
  let titledCount = 0;
  let spans = 0;
  disagrees = false;
  let prevEnd = 0;
  let sentence = true;
  const newlines = read.newlines;
  let newlineCount = 0;
  const u = TEXT_UNITS.of(text);
  // Imported bindings are read through their module's cell, with a check, at every use: the loop
  // below calls the hash step once a character.
  const step = hashStep;
  let pos = 0;
  while (pos < n) {
    const cc = u[pos]!;
    // The commonest unit, a space, before the table is read.
    if (cc === 0x20) {
      pos++;
      continue;
    }
    let kind = unitBits(cc);
    if (kind === 0) kind = learnUnit(cc) | 0;
    if ((kind & SPACE) !== 0) {
      // A line break starts a sentence, and is listed for the signature's reader.
      if (cc === 0x0a) {
        sentence = true;
        newlines[newlineCount++] = pos;
      }
      pos++;
      continue;
    }
    if ((kind & DISAGREES) !== 0) disagrees = true;
    let j = pos + 1;
    // A word's hash for SPELLED is taken as the scan reads it.
    let h = 0;
    const isWord = (kind & WORD) !== 0;
    if (isWord) {
      h = step(HASH_SEED, cc);
      for (;;) {
        let c = 0;
        let k = 0;
        while (j < n) {
          c = u[j]!;
          k = unitBits(c);
          if (k === 0) k = learnUnit(c) | 0;
          if ((k & WORD) === 0) break;
          if ((k & DISAGREES) !== 0) disagrees = true;
          h = step(h, c);
          j++;
        }
        if (j + 1 < n && (k & JOIN) !== 0) {
          const d = u[j + 1]!;
          let kd = unitBits(d);
          if (kd === 0) kd = learnUnit(d) | 0;
          if ((kd & WORD) !== 0) {
            if ((kd & DISAGREES) !== 0) disagrees = true;
            h = step(step(h, c), d);
            j += 2;
            continue;
          }
        }
        break;
      }
    } else if (cc >= 0xd800 && cc <= 0xdbff && j < n) {
      // A lone high surrogate takes the unit after it along, which may be a stop or a line feed.
      const after = u[j]!;
      if (isStop(after)) spanStops[stopCount++] = j;
      else if (after === 0x0a) newlines[newlineCount++] = j;
      j++;
    }
    const s = pos;
    // The spelling's shared record (made on first sight), looked up without cutting the token out.
    // A token of two or more units is a word, whose hash the scan took, or a surrogate pair.
    let spelled: Spelled;
    if (j - pos > 1) {
      if (!isWord) h = step(step(HASH_SEED, cc), u[pos + 1]!);
      spelled = SPELLED.find(u, pos, j, h) ?? SPELLED.add(u, text, pos, j, h);
    } else spelled = SPELLED.unit(cc);
    const x = (spelled.entity ??= spell(spelled.w)) as Spelling;
    spanStarts[spans] = pos;
    spanEnds[spans] = j;
    spanWord[spans] = isWord ? 1 : 0;
    // titledNames() reads these words only, not every span's record.
    if (isWord && spelled.titled !== 2) spanTitled[titledCount++] = spans;
    spanSpelled[spans++] = spelled;
    pos = j;
    const word = (x.bits & SP_WORD) !== 0;
    let t = TOKENS[count];
    if (t === undefined) {
      t = new Tok(s, j, word && sentence, s > prevEnd, count, x);
      if (TOKENS.length < TOKENS_KEPT) TOKENS.push(t);
      else (more ??= []).push(t);
    } else {
      t.s = s;
      t.e = j;
      t.first = word && sentence;
      t.spaceBefore = s > prevEnd;
      t.x = x;
    }
    count++;
    // The stops and colons by their code unit: a non-word token of one unit is that unit, and its
    // spelling compared with a string literal was a call to compare strings at every token.
    if (word) sentence = false;
    else if (j - s === 1 && isStop(cc)) {
      spanStops[stopCount++] = s;
      // "в 2010 г. Президент…": a year's "г." does end the sentence.
      const yearG = prev?.lw === 'г' && before !== undefined && /^\d+$/.test(before.w);
      sentence = !(prev && prev.word && prev.e === s && !yearG && (ABBREV_DOT.has(prev.lw) || (prev.cap && prev.e - prev.s === 1)));
    } else if (j - s === 1 && (cc === 0x3a || cc === 0x3b)) sentence = true;
    // A line feed a lone high surrogate took along starts a sentence after it.
    else if (j - s === 2 && u[s + 1] === 0x0a) sentence = true;
    // Quotes, dashes and brackets keep the state: «Москва — …» starts a sentence if the quote does.
    prevEnd = j;
    before = prev;
    prev = t;
  }
  read.count = spans;
  read.stopCount = stopCount;
  read.newlineCount = newlineCount;
  read.titledCount = titledCount;
  read.clean = !disagrees;
  return more === null ? TOKENS.slice(0, count) : TOKENS.concat(more);
}

// ---------------------------------------------------------------------------------------------
// Lexicons, built once

const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е');

interface GivenInfo {
  /** Russian nominative: "Виктор" for Віктар, Виктору, Viktar. */
  canon: string;
  ambiguous: boolean;
}

const GIVEN = new Map<string, GivenInfo>();
const PATRONYMIC = new Set<string>();
{
  const add = (form: string, canon: string) => {
    const k = fold(form);
    if (k.length < 2 || GIVEN.has(k)) return;
    GIVEN.set(k, { canon, ambiguous: AMBIGUOUS_GIVEN.has(fold(canon)) || AMBIGUOUS_GIVEN.has(k) });
  };
  for (const g of GIVEN_NAMES) {
    for (const lang of ['ru', 'be'] as const) {
      const p = inflectFirst(g, lang);
      for (const c of CASES) add(p[c], g.ru);
      for (const gender of ['m', 'f'] as const) {
        const pp = inflectPatronymic(g, gender, lang);
        for (const c of CASES) if (pp[c]) PATRONYMIC.add(fold(pp[c]));
      }
    }
    for (const l of g.latin) add(l, g.ru);
  }
  for (const n of [...EXTRA_MALE, ...EXTRA_FEMALE, ...FOREIGN_GIVEN]) for (const f of caseForms(n, 'ru')) add(f, n);
}
/** Patronymic shapes for fathers' names not in the list: -ович, -евна, -авіч, -аўна. */
const PATRONYMIC_RE = /^[а-яёіў]+(?:ович|евич|ьевич|ич|овна|евна|ична|инична|авіч|евіч|аўна|еўна|ічна)(?:а|у|ем|е|ы|ой|ою|у)?$/;

interface SurnameInfo {
  canon: string;
}
const SURNAME = new Map<string, SurnameInfo>();
for (const sn of SURNAMES) {
  for (const lang of ['ru', 'be'] as const)
    for (const gender of ['m', 'f'] as const) {
      const p = inflectSurname(sn, gender, lang);
      for (const c of CASES) if (!SURNAME.has(fold(p[c]))) SURNAME.set(fold(p[c]), { canon: sn.ru });
    }
  for (const l of sn.latin) if (!SURNAME.has(fold(l))) SURNAME.set(fold(l), { canon: sn.ru });
}

const FIGURE = new Map<string, PublicFigure>();
const FIGURE_GIVEN = new Map<string, Set<string>>();
for (const f of PUBLIC_FIGURES) {
  const sn = { ru: f.ru, be: f.be, latin: f.latin };
  for (const lang of ['ru', 'be'] as const) {
    const p = inflectSurname(sn, f.gender, lang);
    for (const c of CASES) FIGURE.set(fold(p[c]), f);
  }
  for (const l of f.latin) FIGURE.set(fold(l), f);
  FIGURE_GIVEN.set(f.id, new Set([f.given.ru, f.given.be].map((g) => GIVEN.get(fold(g))?.canon ?? g)));
}

/** World places: every case form (and multi-word names) → id. */
const WORLD = new Map<string, string>();
let WORLD_MAX_WORDS = 1;
for (const p of WORLD_PLACES) {
  const add = (form: string) => {
    const toks = tokenize(form).map((t) => t.lw);
    const k = toks.join(' ');
    if (!WORLD.has(k)) WORLD.set(k, p.id);
    WORLD_MAX_WORDS = Math.max(WORLD_MAX_WORDS, toks.length);
  };
  for (const n of p.ru) for (const f of /^[А-ЯЁA-Z]{2,}$/.test(n) ? [n] : caseForms(n, 'ru')) add(f);
  for (const n of p.be) for (const f of /^[А-ЯЁІЎA-Z]{2,}$/.test(n) ? [n] : caseForms(n, 'be')) add(f);
  for (const l of p.latin) add(l);
}

/** Every proper prefix (in words) of a multi-word lexicon entry, so that lookups stop early. */
const PREFIXES = new Set<string>();
function addPrefixes(key: string): void {
  const parts = key.split(' ');
  for (let n = 1; n < parts.length; n++) PREFIXES.add(parts.slice(0, n).join(' '));
}
for (const k of WORLD.keys()) addPrefixes(k);

interface OrgInfo {
  id: string;
  quotedOnly: boolean;
  /** Abbreviations match in their own letter case only. */
  exactCase: boolean;
}
/** Organisation spellings by their token sequence (lower case, space-joined). */
const ORG = new Map<string, OrgInfo>();
let ORG_MAX_WORDS = 1;
for (const o of ORG_LEXICON) {
  for (let sp of o.spellings) {
    let quotedOnly = false;
    let declines = false;
    if (sp.startsWith('"')) {
      quotedOnly = true;
      sp = sp.slice(1);
      declines = true;
    }
    if (sp.startsWith('~')) {
      declines = true;
      sp = sp.slice(1);
    }
    const exactCase = !declines && /^[\p{Lu}\d-]+$/u.test(sp.replace(/[^\p{L}\d-]/gu, '')) && sp.length <= 8;
    const forms = declines ? caseForms(sp, /[іў]/.test(sp) ? 'be' : 'ru') : [sp];
    for (const f of forms) {
      const toks = tokenize(f);
      const k = exactCase ? toks.map((t) => t.w).join(' ') : toks.map((t) => t.lw).join(' ');
      if (!ORG.has(k)) ORG.set(k, { id: o.id, quotedOnly, exactCase });
      addPrefixes(k);
      ORG_MAX_WORDS = Math.max(ORG_MAX_WORDS, toks.length);
    }
  }
}

const LEGAL = new Set(LEGAL_FORMS);
/** A stem plus a short ending (two letters after a stem of up to four, four after a longer one): "суда" is суд-, "Радулов" is not. */
function stemTest(stems: readonly string[]): (w: string) => boolean {
  const set = new Set(stems);
  return (w: string) => {
    if (w.length < 3) return false;
    for (let tail = 0; tail <= 4 && tail < w.length; tail++) {
      const st = w.slice(0, w.length - tail);
      if (set.has(st) && (st.length > 4 || tail <= 2)) return true;
    }
    return false;
  };
}
const ORG_NOUN = stemTest(ORG_NOUN_STEMS);
const ORG_HEAD = stemTest(ORG_HEAD_STEMS);

/** Abbreviations in capitals that are not names of anything (ДТП, ВВП) or not organisations. */
const NOT_ORG_ABBR = new Set(
  ('ЖЖ ОС ЛС ДТП ВВП НДС СМИ ЧП ТВ ИТ IT ПК ЖКХ ЖКУ НИИ ВУЗ ВИЧ СПИД ОРВИ ЭКО ЕГЭ ЦТ ФИО ИНН УНП ПДД УК КоАП ГК ТК НК ПВТ АЭС ГЭС ТЭЦ НПЗ ' +
    'РАО ООО ОАО ЗАО АО ЧП ИП УП НЛО ПМЖ ВНЖ ВОВ РСФСР БССР УССР США РФ РБ СССР КНР ЕГР СНГ ЧМ ОИ МКАД КАД ТЦ ТРЦ ДК ЗАГС ЗАГСа ' +
    'РЭС ЖЭС ЖЭУ ДНК РНК ИГИЛ ОК ОК! OK PS PR CEO VIP SMS MMS GPS USB PDF DVD CD TV IT SOS FAQ ТТН СЭС МРОТ ЖД РЖД ЦУМ ГУМ ' +
    'КПП ПТУ СПТУ ПГТ ДОТ РКЦ ЧС ИВЛ ПЦР МРТ УЗИ ЭКГ КТ ВНИИ ВАК ЕГРЮЛ ИНН ОКПО ВИП НТВ ТНТ СТС ДПС ПДН КДН ИДН АПК ГСМ ЛЭП АЗС СТО ' +
    'ЧАЭС ЗАЭС ЯО ЗРК ПВО ВДВ ВМФ ВВС БТР БМП ДРГ ВСУ ВС ЧВК').split(' '),
);
// США etc. are places (PLACE_ABBREVIATIONS); СНГ, ВСУ and the like stay out of both lists.

/** Latin names that are organisations however they stand: "(Microsoft Corp.)", "(BBC News)". */
const LATIN_ORGISH = /\b(?:Inc|Corp|Ltd|LLC|GmbH|Group|News|Bank|Company|Times|Post|Journal|Press|TV|Media|Agency|Foundation|Institute|University|Council|Party|Union|Association|Club|International)\b/;

const LATIN_LINK = new Set(['of', 'the', 'and', 'for', '&', 'de', 'la', 'le', 'und', 'von', 'du', 'des', 'y', 'e', 'di', 'del', 'van', 'der']);

/** Products and words in Latin that are not organisations. */
const NOT_ORG_LATIN = new Set('html html5 css javascript java python api windows iphone ipad android ios linux office xbox playstation wi-fi wifi bluetooth covid covid-19 sars pdf html http https www email e-mail ok online offline ps pc tv dvd gps usb id the a an and of in on for to by with at is be mr mrs ms dr vs etc'.split(' '));

// ---------------------------------------------------------------------------------------------
// Word shapes

/** Russian and Belarusian surname shapes in any case. */
const SURNAME_SHAPE = new RegExp(
  '^(?:' +
    [
      '[а-яёіў]{2,}(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой|ою|ы|ых|ыми)?',
      '[а-яёіў]{2,}(?:оў|аў|ёў|еў)',
      '[а-яёіў]{2,}(?:оў|ав|ёв|еў)(?:а|у|ым|е|ай|ой|ым|ых)',
      '[а-яёіў]{2,}(?:ск|цк)(?:ий|ая|ого|ому|им|ом|ой|ую|ие|их|ими|і|ага|аму|ім|ай)',
      '[а-яёіў]{2,}(?:енко|енка|енкі|енку|енкам|ко)',
      '[а-яёіў]{2,}(?:ович|евич|вич|ич|іч|віч)(?:а|у|ем|ам|е|ы)?',
      '[а-яёіў]{2,}(?:чук|щук|юк|ук|ак|як|ик|ык)(?:а|у|ом|ам|е)?',
      '[а-яёіў]{2,}(?:ян|янц|швили|швілі|дзе|идзе|ия|ани|иани|ен|ман|берг|штейн|штайн|сон|сен|ер|ли|ту|те|ьян|ов-|ев-)(?:а|у|ом|е|ым)?',
    ].join('|') +
    ')$',
);
/** The commonest surname endings, to tell Минченко from Минфин. */
const SURNAME_CORE = /(?:енко|ко|ов|ев|ёв|ин|ын|ич|ук|юк|ский|цкий)(?:а|у|ым|ом|е|ой)?$/;
/** Place names by their shape: -бург, -град, -поль, -дорф, -стан, -ия. */
const LOC_SHAPE = /[а-яё]{2,}(?:бург|град|город|поль|дорф|штадт|вилл|таун|полис|абад|стан|ия|ии|ию|ией)(?:а|у|е|ом|ем|я|ю)?$/;

/** Strong shapes only (-ов/-ев/-ин/-ский/-енко/-вич/-швили): enough at the start of a sentence. */
const SURNAME_STRONG = /^[а-яёіў]{3,}(?:ов|ев|ёв|оў|аў|ёў|енко|енка|швили|дзе|ович|евич)(?:а|у|ым|е|ой)?$/;

const ADJ_END = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими|ей|ага|аму|ай|ыя|ія|ае|ім)$/;
/** Adjective endings unlikely in a foreign surname (which may end in -ей, -ой, -ий: Стингрей, Толстой). */
const ADJ_TRIM = /(?:ого|его|ому|ему|ую|юю|ая|яя|ые|ие|ых|их|ыми|ими|ской|ском|ным|ной|ный|ном|нем|ній)$/;
const PARTICLES = new Set(['фон', 'де', 'ван', 'дер', 'ди', 'ле', 'ла', 'дю', 'бен', 'бин', 'ибн', 'аль', 'эль', 'оглы', 'кызы', 'bin', 'ibn', 'van', 'von', 'de', 'der', 'da', 'di', 'le', 'la', 'du', 'del', 'bin', 'al']);

/** Arabic and other particles written joined to the name: "аль-Хадж", "эль-Масри", "al-Haj". */
const NAME_PARTICLE_JOINED = /^(?:аль|эль|ад|ас|аш|ибн|бин|бен|ван|фон|де|ди|дю|ле|ла|al|el|ad|as|ibn|bin|ben|van|von|de|di|du|le|la|o)[-'’]\p{Lu}/u;

/** Everyday words that start sentences and are not names (a run of capitals after them is). */
const COMMON_START = new Set(
  ('сегодня вчера завтра ранее позже затем потом тогда теперь сейчас однако также кроме вместо согласно после перед между среди благодаря несмотря ' +
    'поэтому потому хотя если когда пока даже лишь только еще ещё уже вот вот тут там здесь где куда откуда почему зачем как так это эти этот эта ' +
    'тот та те то все всё весь вся каждый многие некоторые другие один одна одни сам сама сами мой моя наш наша ваш ваша его ее её их ' +
    'далее одновременно впрочем наконец кстати конечно возможно видимо очевидно вероятно впервые снова опять также итак зато причем причём ' +
    'глава лидер президент премьер министр директор председатель полёт полет смерть поддержку инициативу конкурент помощник похороны ' +
    'архитектор скульптор архиепископ жители представители пресс-служба слова словам позиция мнение заявление по за на в во из с со к ко у о об от до для при про под над без ' +
    'сёння учора заўтра таксама акрамя пасля перад паміж сярод таму калі ужо цяпер тады дзе чаму як гэта гэты гэтыя ўсе сам сама ' +
    // Written with a capital out of reverence, inside sentences too: "вернуться на Родину", "День Воли".
    'родина родины родине родину родиной радзіма радзімы радзіме радзіму отечество отечества отечеству воля воли волю воле воля').split(' '),
);
/** Polite capitalised pronouns and letter formulas of Russian and Belarusian letters: never names. */
const POLITE = new Set(
  ('вы вас вам вами ваш ваша ваше вашего вашей вашему вашим вашими вашу ваши ваших прошу прашу уважаемый уважаемая уважаемые уважаемого паважаны паважаная паважаныя ' +
    'вашага вашай вашаму вашы вашымі вашых вашым ты тебя тебе твой твоя господь бог бога богу господи день дзень главу главе глава главы главой').split(' '),
);

/** Verb endings: a sentence that starts with a verb ("Выступил Максим Туров"). */
const VERB_END = /(?:ал|ял|ил|ел|ыл|ул|ол|ла|ли|ло|ет|ит|ют|ят|ать|ять|ить|еть|ся|сь)$/;
/** Noun endings that mark a common noun, not a name: -ость, -ение, -ство, -тель, -ник. */
const COMMON_NOUN_END = /(?:ость|ости|ение|ения|ание|ания|ство|ства|тель|теля|тели|ник|ника|ники|щик|чик|ист|иста|исты|ция|ции|ии|ие|ия|ье|ья|сть|ка|ки)$/;

/** Words that precede a person's name and are not part of it. */
const PERSON_CUE = new Set(
  ('президент президента президенту президентом президенте премьер премьер-министр премьер-министра министр министра министру министром ' +
    'глава главы главе главой председатель председателя председателю председателем депутат депутата сенатор сенатора губернатор губернатора ' +
    'мэр мэра мэру мэром директор директора директору директором руководитель руководителя начальник начальника начальнику начальником ' +
    'лидер лидера лидеру лидером генсек генсека канцлер канцлера король короля королева королевы принц принца папа папы патриарх патриарха ' +
    'господин господина господину г-н г-жа госпожа госпожи мистер миссис мисс сэр пан пана пани гражданин гражданина гражданка гражданки гр ' +
    'тренер тренера игрок игрока нападающий нападающего защитник защитника вратарь вратаря чемпион чемпиона гроссмейстер гроссмейстера ' +
    'писатель писателя поэт поэта художник художника режиссер режиссера режиссёр режиссёра актер актера актёр актёра актриса актрисы певец певца певица певицы ' +
    'журналист журналиста журналистка журналистки блогер блогера профессор профессора доктор доктора академик академика ' +
    'спикер спикера посол посла генерал генерала полковник полковника майор майора капитан капитана лейтенант лейтенанта сержант сержанта ' +
    'следователь следователя инспектор инспектора участковый участкового прокурор прокурора судья судьи адвокат адвоката ' +
    'сосед соседа соседу соседка соседки соседке коллега коллеги брат брата сестра сестры сын сына дочь дочери муж мужа жена жены отец отца мать матери ' +
    'основатель основателя сооснователь сооснователя владелец владельца вице-президент вице-президента пресс-секретарь пресс-секретаря ' +
    'прэзідэнт прэзідэнта міністр міністра кіраўнік кіраўніка старшыня старшыні дэпутат дэпутата суддзя суддзі следчы следчага пракурор пракурора ' +
    'сусед суседа суседка суседкі калега калегі брат брата сястра сястры муж мужа жонка жонкі спадар спадара спадарыня спадарыні ' +
    'св святой святого святая святой святителя преподобного').split(' '),
);

/** Place type words that precede a place name: "г. Минск", "в деревне Заречье", "аг. Ратомка". */
const PLACE_CUE = new Set(
  ('г гор город города городе городу городом горад горада горадзе гораду д дер деревня деревни деревне деревню деревней вёска вёскі вёсцы вёску ' +
    'аг агрогородок агрогородка агрогородке аграгарадок аграгарадка аграгарадку п пос поселок поселка поселке посёлок посёлка посёлке пасёлак пасёлка пасёлку ' +
    'гп пгт с село села селе селом сяло сяла сяле х хутор хутора хуторе мкр микрорайон микрорайона микрорайоне мікрараён мікрараёна мікрараёне ' +
    'станица станицы станице штат штата штате провинция провинции провинцию остров острова острове река реки реке озеро озера озере ' +
    'столица столицы столице столицу регион региона регионе округ округа округе').split(' '),
);

/** Street type words: "ул. Ленина", "вуліца Леніна", "пр-т Независимости", "пер. Садовый". */
const STREET_CUE = new Set(
  ('ул улица улицы улице улицу улицей вул вуліца вуліцы вуліцу вуліцай вуліцы пр пр-т пр-кт просп проспект проспекта проспекте проспекту проспектом праспект праспекта праспекце ' +
    'пер переулок переулка переулке пяр зав завулак завулка завулку пл площадь площади площадью плошча плошчы плошчу б-р бул бульвар бульвара бульваре бульвару ' +
    'ш шоссе тракт тракта тракте тракту наб набережная набережной набярэжная набярэжнай туп тупик тупика праезд проезд проезда проезде').split(' '),
);
/** Street words that follow the name: "Невский проспект", "Тверской площади". */
const STREET_AFTER = new Set(
  'улица улицы улице улицу улицей проспект проспекта проспекте проспекту площадь площади площадью переулок переулка переулке бульвар бульвара бульваре шоссе тракт тракта тракте набережная набережной вуліца вуліцы праспект праспекце плошча плошчы'.split(' '),
);

/** Prepositions of place: an unknown capitalised word after them is a place more often than not. */
const LOC_PREP = new Set('в во из под до около возле близ через у ў з са пад да каля на'.split(' '));
const LOC_PREP_STRONG = new Set('в во из под около возле близ ў пад каля'.split(' '));
/** Endings of organisation names that make one even at a sentence start (ORG_SHAPE_STRONG). */
const ORG_STEMS_STRONG = ['пром', 'банк', 'надзор', 'комнадзор', 'исполком', 'холдинг', 'телеком', 'энерго'];
/** Single words built like organisation names: Минфин, Роскосмос, Газпром, Белтрансгаз. */
const ORG_SHAPE = new RegExp(
  `^(?:мин|рос|гос|мос)(?!к)[а-я]{4,}|(?:${[...ORG_STEMS_STRONG, 'нефть', 'нефти', 'газ', 'газа', 'строй', 'торг', 'сервис', 'инвест', 'авиа', 'экспорт', 'импорт', 'транс', 'маш', 'агро', 'сбыт', 'снаб', 'связь', 'связи', 'хлеб'].join('|')})(?:а|у|ом|е|ы|и)?$`,
);
/** A word ORG_SHAPE holds too (its endings are among ORG_SHAPE's), which orgShape() relies on. */
const ORG_SHAPE_STRONG = new RegExp(`(?:${ORG_STEMS_STRONG.join('|')})(?:а|у|ом|е|ы|и)?$`);

/** Genitive and dative endings of the words that follow an organisation's head noun. */
const GEN_END = /(?:а|я|ы|и|ов|ев|ей|ой|ых|их|ого|его|ств|ний|ій|аў|яў|ы|і)$/;
const DAT_END = /(?:ам|ям|ым|им|ому|ему|е|у|ю|ой|ей|и|ах|ях|ых|их|ом|ем)$/;

/** Region names built like Приморье, Подмосковье, Полесье. */
const PLACE_LIKE = /^(?:при|под|за|по|пад|па)[а-яёіў]{3,}(?:ье|ья|ью|ьем|ьі|сье|сся)$|[а-яё]{3,}(?:ье|ья|ью|ьем)$/;

/** Administrative units after a place adjective: "Минская область", "Пинского района". */
const REGION_AFTER = /^(?:област|вобласц|район|раён|края|край|крае|краю|округ|республик|рэспублік)/;

/** Everyday capitalised words at the start of a sentence that also spell places or names. */
const COMMON_FIRST = new Set(
  ('мир бор лев вера надежда любовь роза слава орел луна марс кит дом город поле лес глубокое мосты береза лида вязынка верх дятлово жодино прошу спасибо уважаемый уважаемая уважаемые сообщаю ' +
    // Belarusian "my", "she", "but": given names too (Мая, Яна, Аля), and everyday at a sentence start.
    'мая маю яна але').split(' '),
);

// ---------------------------------------------------------------------------------------------
// Candidates

interface Cand {
  type: Entity['type'];
  /** Token range, end exclusive. */
  a: number;
  b: number;
  /** Stronger detectors win overlaps; then the longer span. */
  prio: number;
  id: string;
  public?: boolean;
  /** For persons: the surname token (for the id and for later mentions) and the initial. */
  surname?: number;
  initial?: string;
  given?: string;
}

/** A person candidate, in the one shape of Finder.add()'s: its id is made later, from the surname token and the initial or given name. */
function personCandidate(a: number, b: number, prio: number, surname?: number, initial?: string, given?: string): Cand {
  return { type: 'PER', a, b, prio, id: '', public: undefined, surname, initial, given };
}

/** Opening quotes (each one code unit), marked 1 by their code unit. */
const OPEN_Q = new Uint8Array(0x10000);
for (const q of ['«', '"', '„', '“', "'"]) OPEN_Q[q.charCodeAt(0)] = 1;
/** An opening quote, read off the code unit: asked of every punctuation token, where a lookup of the string hashed it. */
function isOpenQuote(w: string): boolean {
  return w.length === 1 && OPEN_Q[charCodeAt.call(w, 0)] === 1;
}
const CLOSE_FOR: Record<string, string> = { '«': '»', '"': '"', '„': '“', '“': '”', "'": "'" };

function keyOf(text: string): string {
  return nameKey(text) + (/\d/.test(text) ? '-' + text.replace(/\D+/g, '-').replace(/^-|-$/g, '') : '');
}

const cachedKey = remembered(keyOf);

const INITIAL_LAT: Record<string, string> = { a: 'а', b: 'б', v: 'в', w: 'в', g: 'г', h: 'г', d: 'д', e: 'е', z: 'з', i: 'и', y: 'ю', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф', c: 'ц', j: 'я', і: 'и', ў: 'у', э: 'е' };

/** First letter of a given name or initial, folded across scripts (В, V, Віктар → в). Kept per spelling: names repeat. */
const initialOf = remembered((s: string): string => {
  const g = GIVEN.get(fold(s));
  const c = fold(g ? g.canon : s)[0] ?? '';
  return INITIAL_LAT[c] ?? c;
});

/** findPlace(), which normalises its argument (NFD, marks off) before the lookup, once per spelling (null: none). */
const placeOnce = remembered((spelling: string) => findPlace(spelling) ?? null);
function findPlaceOnce(spelling: string): PlaceEntry | undefined {
  return placeOnce(spelling) ?? undefined;
}

/** The place two words name together, `${k.w} ${next.w}`, kept with the first word's record. */
function twoWordPlace(k: Tok, next: Tok): PlaceEntry | undefined {
  const pairs = (k.x.pairs ??= new Map());
  let p = pairs.get(next.x);
  if (p === undefined) {
    p = findPlaceOnce(`${k.w} ${next.w}`) ?? null;
    if (pairs.size >= 64) pairs.clear(); // a common first word meets many others: keep the latest
    pairs.set(next.x, p);
  }
  return p ?? undefined;
}

/**
 * The gazetteer's one-word spellings by a cheap key (lower case, ё/й/ў folded, apostrophes off), so
 * that most tokens are ruled out without the gazetteer's own Unicode normalisation.
 */
const quickPlaceKey = (lw: string) => (/[йў'’ʼ`]/.test(lw) ? lw.replace(/й/g, 'и').replace(/ў/g, 'у').replace(/['’ʼ`]/g, '') : lw);
const PLACE_WORDS = new Set<string>();
for (const p of PLACES) {
  for (const para of [p.ru, p.be]) for (const c of CASES) PLACE_WORDS.add(quickPlaceKey(fold(para[c])));
  for (const l of p.latin) PLACE_WORDS.add(quickPlaceKey(fold(l)));
}

/** The gazetteer entry of a token, looked up once. */
function placeOf(k: Tok): PlaceEntry | undefined {
  const x = k.x;
  if (x.place === undefined) x.place = (k.cap && !k.upper && PLACE_WORDS.has(quickPlaceKey(k.lw)) && findPlace(k.w)) || null;
  return x.place ?? undefined;
}

/**
 * Facts of a token's spelling that the detectors ask again and again (is it a known surname, does
 * it end like an adjective, is it a place cue…): each is a Set lookup or a regular expression on
 * the lower-cased word, answered once per spelling and kept as a bit in its record (is()).
 */
const FACT_TESTS: readonly ((lw: string) => boolean)[] = [
  (lw) => SURNAME.has(lw),
  (lw) => FIGURE.has(lw),
  (lw) => WORLD.has(lw),
  (lw) => GIVEN.has(lw),
  (lw) => ORG.has(lw),
  (lw) => PATRONYMIC.has(lw),
  (lw) => PERSON_CUE.has(lw),
  (lw) => PLACE_CUE.has(lw),
  (lw) => STREET_CUE.has(lw),
  (lw) => STREET_AFTER.has(lw),
  (lw) => POLITE.has(lw),
  (lw) => COMMON_START.has(lw),
  (lw) => COMMON_FIRST.has(lw),
  (lw) => PARTICLES.has(lw),
  (lw) => LOC_PREP.has(lw),
  (lw) => LOC_PREP_STRONG.has(lw),
  (lw) => ORG_HEAD(lw),
  (lw) => ORG_NOUN(lw),
  (lw) => SURNAME_SHAPE.test(lw),
  (lw) => SURNAME_STRONG.test(lw),
  (lw) => SURNAME_CORE.test(lw),
  (lw) => ADJ_END.test(lw),
  (lw) => ADJ_TRIM.test(lw),
  (lw) => PLACE_LIKE.test(lw),
  (lw) => ORG_SHAPE.test(lw),
  (lw) => COMMON_NOUN_END.test(lw),
  (lw) => REGION_AFTER.test(lw),
  (lw) => PATRONYMIC_RE.test(lw),
  (lw) => VERB_END.test(lw),
  (lw) => LOC_SHAPE.test(lw),
  (lw) => GEN_END.test(lw),
  (lw) => DAT_END.test(lw),
];
const IS_SURNAME = 1 << 0;
const IS_FIGURE = 1 << 1;
const IS_WORLD = 1 << 2;
const IS_GIVEN = 1 << 3;
const IS_ORG = 1 << 4;
const IS_PATRONYMIC = 1 << 5;
const IS_PERSON_CUE = 1 << 6;
const IS_PLACE_CUE = 1 << 7;
const IS_STREET_CUE = 1 << 8;
const IS_STREET_AFTER = 1 << 9;
const IS_POLITE = 1 << 10;
const IS_COMMON_START = 1 << 11;
const IS_COMMON_FIRST = 1 << 12;
const IS_PARTICLES = 1 << 13;
const IS_LOC_PREP = 1 << 14;
const IS_LOC_PREP_STRONG = 1 << 15;
const IS_ORG_HEAD = 1 << 16;
const IS_ORG_NOUN = 1 << 17;
const IS_SURNAME_SHAPE = 1 << 18;
const IS_SURNAME_STRONG = 1 << 19;
const IS_SURNAME_CORE = 1 << 20;
const IS_ADJ_END = 1 << 21;
const IS_ADJ_TRIM = 1 << 22;
const IS_PLACE_LIKE = 1 << 23;
const IS_ORG_SHAPE = 1 << 24;
const IS_COMMON_NOUN_END = 1 << 25;
const IS_REGION_AFTER = 1 << 26;
const IS_PATRONYMIC_RE = 1 << 27;
const IS_VERB_END = 1 << 28;
const IS_LOC_SHAPE = 1 << 29;
const IS_GEN_END = 1 << 30;
const IS_DAT_END = 1 << 31;
const STREET_OR_PLACE = IS_STREET_CUE | IS_PLACE_CUE;

/**
 * Whether the token's spelling has the fact (an IS_ bit; of several, any). All of a spelling's
 * facts are learnt together at the first question and kept in its record: the question is then
 * one test, small enough for the optimiser to inline where a larger one was a call.
 */
function is(k: Tok, fact: number): boolean {
  const x = k.x;
  return ((x.known !== 0 ? x.facts : learnFacts(x)) & fact) !== 0;
}

/** Learns every fact of the spelling (FACT_TESTS) into its record; returns them. */
function learnFacts(x: Spelling): number {
  let facts = 0;
  for (let b = 0; b < FACT_TESTS.length; b++) if (FACT_TESTS[b]!(x.lw)) facts |= 1 << b;
  x.facts = facts;
  x.known = 1;
  return facts;
}

/** GIVEN, FIGURE and WORLD entries of a token's spelling, looked up once (null: none). */
function givenOf(k: Tok): GivenInfo | undefined {
  const x = k.x;
  if (x.given === undefined) x.given = GIVEN.get(k.lw) ?? null;
  return x.given ?? undefined;
}
function figureOf(k: Tok): PublicFigure | undefined {
  const x = k.x;
  if (x.figure === undefined) x.figure = FIGURE.get(k.lw) ?? null;
  return x.figure ?? undefined;
}
/** surnameStem() of a token's spelling, computed once. */
function stemOf(k: Tok): string {
  const x = k.x;
  return (x.stem ??= surnameStem(k.lw));
}

/** The spelling is a name with a particle joined on ("аль-Барадеи", "эль-Масри"). */
function particleJoined(k: Tok): boolean {
  const x = k.x;
  return (x.joined ??= (x.bits & SP_JOINER) !== 0 && NAME_PARTICLE_JOINED.test(k.w));
}

/** Finder.lexicon() for one word: the organisation and world place it spells alone, and whether a longer entry starts with it. */
interface Lex1 {
  org: OrgInfo | undefined;
  place: string | undefined;
  prefix: boolean;
}
function lex1(k: Tok): Lex1 {
  const x = k.x;
  if (x.lex1 === undefined) {
    const org = ORG.get(k.w) ?? ORG.get(k.lw);
    x.lex1 = {
      org: org && !(org.exactCase && ORG.get(k.w) !== org) ? org : undefined,
      place: WORLD.get(k.lw),
      prefix: PREFIXES.has(k.lw) || PREFIXES.has(k.w),
    };
  }
  return x.lex1;
}

function worldOf(k: Tok): string | undefined {
  const x = k.x;
  if (x.world === undefined) x.world = WORLD.get(k.lw) ?? null;
  return x.world ?? undefined;
}

class Finder {
  readonly cands: Cand[] = [];
  /** Tokens a lexicon place, organisation or abbreviation already claims (set after the first pass). */
  claimed: Uint8Array = NO_MARKS;
  constructor(
    readonly text: string,
    readonly t: Tok[],
  ) {}

  /**
   * Token i, or undefined outside the text. Reads before the first token come through here: a
   * negative index is looked up as a property named "-1", and the array read that once met one
   * stays megamorphic (slow) for every token after.
   */
  tok(i: number): Tok | undefined {
    return i >= 0 ? this.t[i] : undefined;
  }

  word(i: number): Tok | undefined {
    const k = this.tok(i);
    return k && k.word ? k : undefined;
  }

  /** Token i directly follows token i-1 with no space ("В.Д.", "пр-т"). */
  tight(i: number): boolean {
    const k = this.t[i];
    return !!k && !k.spaceBefore;
  }

  /**
   * A candidate, written out with every field in one order: read together by choose(), candidates
   * of one shape keep its reads monomorphic (the detectors' own literals had a dozen shapes).
   */
  add(type: Entity['type'], a: number, b: number, prio: number, id: string, pub?: boolean): void {
    this.cands.push({ type, a, b, prio, id, public: pub, surname: undefined, initial: undefined, given: undefined });
  }

  /** A person candidate (personCandidate()). */
  addPerson(a: number, b: number, prio: number, surname?: number, initial?: string, given?: string): void {
    this.cands.push(personCandidate(a, b, prio, surname, initial, given));
  }

  // -- lexicon matches ---------------------------------------------------------------------------

  /** Longest lexicon organisation or world place starting at i. */
  lexicon(i: number): void {
    const t = this.t;
    const first = t[i]!;
    if (!first.word || !(first.cap || first.latin)) return;
    const maxN = Math.max(ORG_MAX_WORDS, WORLD_MAX_WORDS);
    // The first word alone, from its spelling's record.
    const one = lex1(first);
    let lower = first.lw;
    let exact = first.w;
    let orgHit: [number, OrgInfo] | undefined = one.org ? [1, one.org] : undefined;
    let placeHit: [number, string] | undefined = one.place ? [1, one.place] : undefined;
    for (let n = 2; one.prefix && n <= maxN && i + n <= t.length; n++) {
      const k = t[i + n - 1]!;
      if (k.spaceBefore && !k.word && k.w !== '«' && k.w !== '»') break;
      if (n > 2 && !PREFIXES.has(lower) && !PREFIXES.has(exact)) break;
      lower = `${lower} ${k.lw}`;
      exact = `${exact} ${k.w}`;
      const org = ORG.get(exact) ?? ORG.get(lower);
      if (org && !(org.exactCase && ORG.get(exact) !== org)) orgHit = [n, org];
      const place = WORLD.get(lower);
      // Multi-word places need their words capitalised past the first adjective ("Южная Корея").
      if (place) placeHit = [n, place];
    }
    if (orgHit && !orgHit[1].quotedOnly) {
      const [n, org] = orgHit;
      if (!(n === 1 && first.first && is(first, IS_COMMON_FIRST))) this.add('ORG', i, i + n, 6, `org:${org.id}`, true);
    }
    if (placeHit) {
      const [n, id] = placeHit;
      if (!(n === 1 && first.first && is(first, IS_COMMON_FIRST)) && !(n === 1 && first.upper && !PLACE_ABBREVIATIONS.has(first.w) && first.w.length > 3))
        this.add('LOC', i, i + n, 5, `loc:${id}`);
    }
  }

  /** Belarus gazetteer: towns in any case and script, oblasts ("Минская область"), raions. */
  gazetteer(i: number): void {
    const t = this.t;
    const k = t[i]!;
    if (!k.word || !k.cap || k.upper) return;
    if (k.first && is(k, IS_COMMON_FIRST)) return;
    const next = this.word(i + 1);
    // Oblast and raion: an adjective plus "область"/"район".
    if (next && is(next, IS_REGION_AFTER) && is(k, IS_ADJ_END)) {
      const ob = next.lw.startsWith('обл') || next.lw.startsWith('вобл') ? findOblast(`${k.w} ${next.w}`) : undefined;
      if (ob) {
        this.add('LOC', i, i + 2, 7, `loc:oblast-${ob.id}`);
        return;
      }
      this.add('LOC', i, i + 2, 7, `loc:${next.lw.slice(0, 3)}-${cachedKey(k.w)}`);
      return;
    }
    if (next && next.cap && !next.spaceBefore === false) {
      const two = next.cap && !next.upper ? twoWordPlace(k, next) : undefined;
      if (two) {
        this.add('LOC', i, i + 2, 6, `loc:${two.id}`);
        return;
      }
    }
    const p = placeOf(k);
    if (p) {
      // A given name or surname that is also a village name (Мир, Ивье): the person reading wins
      // when a name part is next to it.
      const nb = this.word(i + 1);
      const pv = this.word(i - 1);
      if ((nb && nb.cap && (is(nb, IS_GIVEN) || is(nb, IS_PATRONYMIC))) || (pv && pv.cap && is(pv, IS_GIVEN) && !pv.first)) return;
      this.add('LOC', i, i + 1, 5, `loc:${p.id}`);
    }
  }

  /** "ул. Ленина", "вуліца Янкі Купалы", "пр-т Независимости", "Тверской площади", "в деревне Заречье". */
  streetsAndVillages(i: number): void {
    const t = this.t;
    const k = t[i]!;
    if (!k.word) return;
    // A street or place needs its cue word, a name before a street word its capital: most words have neither.
    const streetCue = is(k, IS_STREET_CUE);
    const placeCue = is(k, IS_PLACE_CUE);
    if (!streetCue && !placeCue && !k.cap) return;
    const dotted = t[i + 1]?.w === '.' && !t[i + 1]!.spaceBefore;
    // "в городе. Знакомые…": the dot after a whole word ended the sentence (after "ул." it does not).
    if (dotted && t[i + 2]?.first) return;
    // One- and two-letter abbreviations need their dot: "с. Заречье", not "с Google".
    const short = k.w.length <= 2 && k.lw !== 'ул' && k.lw !== 'пр' && k.lw !== 'пл';
    const street = streetCue && (dotted || !short);
    const place = placeCue && (dotted || !short);
    if (street || place) {
      let j = i + 1;
      if (dotted) j++;
      // "пр-т" is one token; "пр" "-" "т" is not produced by the tokenizer.
      const nameStart = j;
      let n = 0;
      while (j < t.length && n < 4) {
        const w = t[j]!;
        if (w.word && (w.cap || (n > 0 && /^\d/.test(t[nameStart]!.w) && w.word))) {
          j++;
          n++;
          continue;
        }
        // Numbered streets: "ул. 50 лет Октября", "ул. 8 Марта".
        if (n === 0 && w.word && /^\d{1,3}$/.test(w.w) && t[j + 1]?.word) {
          j++;
          n++;
          continue;
        }
        if (n > 0 && w.word && (w.lw === 'лет' || w.lw === 'гадоў' || w.lw === 'имени' || w.lw === 'імя') && t[j + 1]?.cap) {
          j++;
          continue;
        }
        break;
      }
      if (j === nameStart) return;
      if (street) {
        // Everything after the first word only if it agrees (a street name is one to three words).
        const name = this.text.slice(t[nameStart]!.s, t[j - 1]!.e);
        this.add('LOC', i, j, 8, `loc:street:${cachedKey(name)}`);
        return;
      }
      // A place cue: one capitalised name (two when the second is capitalised too: "Марьина Горка").
      const end = t[nameStart + 1]?.cap && t[nameStart + 1]?.word && !t[nameStart + 1]?.first ? nameStart + 2 : nameStart + 1;
      const w0 = t[nameStart]!;
      if (!w0.cap || w0.upper) return;
      // "в городе Москве" is still Moscow; an unknown village gets a key of its own.
      const two = end - nameStart === 2 ? findPlaceOnce(this.text.slice(w0.s, t[end - 1]!.e)) : undefined;
      const known = two ?? findPlaceOnce(w0.w);
      const world = worldOf(w0);
      const id = known ? `loc:${known.id}` : world ? `loc:${world}` : `loc:${cachedKey(this.text.slice(w0.s, t[(two ? end : nameStart + 1) - 1]!.e))}`;
      // A person after "г." is "господин"? No: "г." is город in letters; "гр." is гражданин (not here).
      if (is(w0, IS_GIVEN) && t[nameStart + 1]?.cap) return;
      if (!known && !world && (is(w0, IS_FIGURE) || is(w0, IS_SURNAME))) return; // "мэр города Лужков"
      this.add('LOC', i, two ? end : nameStart + 1, 7, id);
      return;
    }
    // Name before the street word: "Тверской площади", "Невский проспект".
    if (k.cap && !k.upper && is(k, IS_ADJ_END)) {
      const nx = this.word(i + 1);
      if (nx && is(nx, IS_STREET_AFTER)) this.add('LOC', i, i + 2, 7, `loc:street:${cachedKey(k.w)}`);
    }
  }

  // -- organisations ---------------------------------------------------------------------------

  /** Quoted names: after a legal form (ОАО «Нафтан»), after an organisation noun, or a known one. */
  quoted(i: number): void {
    const t = this.t;
    const q = t[i]!;
    if (!isOpenQuote(q.w)) return;
    const close = CLOSE_FOR[q.w]!;
    // Find the matching close quote within 10 tokens; nested „…“ inside «…» is allowed.
    let j = i + 1;
    let depth = 0;
    for (; j < t.length && j <= i + 12; j++) {
      const w = t[j]!.w;
      if (w === '«' && q.w === '«') depth++;
      else if (w === close || (q.w === '"' && w === '“') || (q.w === '“' && w === '"')) {
        if (depth === 0) break;
        depth--;
      } else if (w === '.' && t[j + 1]?.first && t[j + 1]?.cap && !t[j + 1]?.spaceBefore === false) {
        if (j > i + 1 && t[j + 1]!.first) break;
      }
      if (this.text.slice(t[j]!.s, t[j]!.e) === '\n') break;
    }
    if (j >= t.length || j > i + 12 || j === i + 1) return;
    if (t[j]!.w !== close && !((q.w === '"' && t[j]!.w === '“') || (q.w === '“' && t[j]!.w === '"'))) return;
    if (/\n/.test(this.text.slice(q.e, t[j]!.s))) return;
    const inner0 = t[i + 1]!;
    if (!(inner0.cap || /^\d/.test(inner0.w) || inner0.latin || isOpenQuote(inner0.w))) return;
    if (inner0.upper && inner0.w.length > 5 && !ORG.has(inner0.w) && !(this.tok(i - 1) && LEGAL.has(this.tok(i - 1)!.w))) return; // «РАЗОБРАТЬСЯ»
    const innerText = this.text.slice(inner0.s, t[j - 1]!.e);
    const innerWords = j - i - 1;
    const lex = ORG.get(t.slice(i + 1, j).map((x) => x.lw).join(' ')) ?? ORG.get(t.slice(i + 1, j).map((x) => x.w).join(' '));
    // Legal form right before: ОАО «Нафтан», ЖСК «Рассвет-12».
    const prev = this.tok(i - 1);
    if (prev && prev.word && LEGAL.has(prev.w)) {
      this.add('ORG', i - 1, j + 1, 9, lex ? `org:${lex.id}` : `org:${cachedKey(innerText)}`, !!lex);
      return;
    }
    // An organisation noun within two words before: газета «Ведомости», движения «Молодой фронт».
    let cue = false;
    for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
      const w = t[k]!;
      if (!w.word) break;
      if (is(w, IS_ORG_NOUN)) {
        cue = true;
        break;
      }
    }
    const place = WORLD.get(t.slice(i + 1, j).map((x) => x.lw).join(' '));
    if (lex || cue || (innerWords <= 4 && !place && (inner0.cap || inner0.latin))) {
      if (!lex && !cue) {
        if (t.slice(i + 1, j).some((x) => !x.word && /[!?:,;…]/.test(x.w))) return;
        if (t.slice(i + 1, j).filter((x) => x.word && !x.cap && !/^\d/.test(x.w)).length > 1) return;
        // A quoted capitalised phrase with no cue: an organisation only if it looks like a name, not a
        // sentence or a title ("«Мы требуем…»"): at most four words, the first not a common opener.
        if (innerWords > 4) return;
        if (is(inner0, IS_GIVEN) && !t[i + 2]?.cap) return;
      }
      this.add('ORG', i, j + 1, lex || cue ? 8 : 3, lex ? `org:${lex.id}` : `org:${cachedKey(innerText)}`, !!lex);
    }
  }

  /** КГБ, NATO, ГУБОПиК, БелАЗ; США is a place. */
  abbreviation(i: number): void {
    const t = this.t;
    const k = t[i]!;
    if (!k.word || !(k.upper || k.mixed)) return;
    const letters = (k.x.letters ??= k.w.replace(/[^\p{L}]/gu, ''));
    if (k.upper) {
      const place = PLACE_ABBREVIATIONS.get(k.w);
      if (place) {
        this.add('LOC', i, i + 1, 6, `loc:${place}`);
        return;
      }
      if (NOT_ORG_ABBR.has(k.w) || letters.length > 8 || /^[IVXLCDM]+$/.test(k.w)) return;
      // A run of capitals is shouting, not an abbreviation: "ПРОШУ ПРИНЯТЬ МЕРЫ".
      // Capitals around it (within three tokens either side) mean shouting: only known abbreviations count.
      if (!ORG.has(k.w)) {
        for (let q = Math.max(0, i - 3); q <= Math.min(t.length - 1, i + 3); q++) {
          const o = t[q]!;
          if (q !== i && o.word && o.upper && o.w.length > 3 && !ORG.has(o.w) && !PLACE_ABBREVIATIONS.has(o.w)) return;
        }
      }
      if (letters.length > 5 && /[АЕЁИОУЫЭЮЯAEIOU]{1}[^АЕЁИОУЫЭЮЯAEIOU]{1}[АЕЁИОУЫЭЮЯAEIOU]/.test(letters) && !ORG.has(k.w)) {
        // Long words of capitals with a vowel rhythm are words (ЗАЯВЛЕНИЕ), not abbreviations.
        return;
      }
      if (letters.length === 1) return;
      const lex = ORG.get(k.w);
      this.add('ORG', i, i + 1, lex ? 6 : 4, lex ? `org:${lex.id}` : `org:${k.w.toLowerCase()}`, lex ? true : undefined);
      return;
    }
    // Mixed: БелАЗ, ГУБОПиК, МинФин; Latin camel case (YouTube) is handled with Latin names.
    if (k.latin) return;
    if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test(k.w) || /^\p{Lu}{2,}\p{Ll}{1,2}\p{Lu}*$/u.test(k.w)) {
      const lex = ORG.get(k.w) ?? ORG.get(k.lw);
      this.add('ORG', i, i + 1, lex ? 6 : 4, lex ? `org:${lex.id}` : `org:${cachedKey(k.w)}`, lex ? true : undefined);
    }
  }

  /** Capitalised Latin words in Cyrillic text: company, media and product names (Google, The Times). */
  latinName(i: number): void {
    const t = this.t;
    const k = t[i]!;
    if (!k.word || !k.latin || !(k.cap || /^[a-z]+[A-Z]/.test(k.w))) return;
    if (this.tok(i - 1)?.word && this.tok(i - 1)!.latin) return; // only the run's first word starts a candidate
    let j = i;
    while (j < t.length && t[j]!.word && t[j]!.latin && (t[j]!.cap || /^\d/.test(t[j]!.w) || LATIN_LINK.has(t[j]!.lw) || NAME_PARTICLE_JOINED.test(t[j]!.w))) j++;
    if (j === i) return;
    while (j > i + 1 && !t[j - 1]!.cap && !NAME_PARTICLE_JOINED.test(t[j - 1]!.w)) j--;
    const words = t.slice(i, j);
    // A Latin-script text (an English sentence) is not a run of names.
    const around = t.slice(Math.max(0, i - 6), Math.min(t.length, j + 6)).filter((x) => x.word);
    if (around.filter((x) => x.latin).length > around.length * 0.6 && around.length >= 6) return;
    if (words.length === 1 && NOT_ORG_LATIN.has(k.lw)) return;
    const span = this.text.slice(k.s, t[j - 1]!.e);
    const lex = ORG.get(words.map((x) => x.w).join(' ')) ?? ORG.get(words.map((x) => x.lw).join(' '));
    if (lex) {
      this.add('ORG', i, j, 6, `org:${lex.id}`, true);
      return;
    }
    if (WORLD.has(words.map((x) => x.lw).join(' ')) || findPlaceOnce(span)) return; // lexicon() or gazetteer() has it
    const fig = figureOf(k) ?? (words.length > 1 ? figureOf(words[words.length - 1]!) : undefined);
    if (fig) return; // person() has it
    // A Latin full name ("Joshua Wolf"), or a Latin spelling in brackets after a name: "Джошуа Вольф (Joshua Wolf)".
    const inBrackets = this.tok(i - 1)?.w === '(' && t[j]?.w === ')' && !!this.tok(i - 2) && this.nameish(this.tok(i - 2));
    if ((words.length >= 2 && words.length <= 3 && (LATIN_GIVEN.has(k.lw) || is(k, IS_GIVEN))) || (inBrackets && words.length <= 4 && !LATIN_ORGISH.test(span))) {
      this.addPerson(i, j, 6, j - 1, initialOf(k.w));
      return;
    }
    this.add('ORG', i, j, j - i > 1 ? 6 : 2, `org:${cachedKey(span)}`);
  }

  /** "Конституционного суда", "Европейский союз", "Большого театра", "Министерство обороны". */
  descriptiveOrg(i: number): void {
    const t = this.t;
    const k = t[i]!;
    if (!k.word || !k.cap || k.upper || k.latin) return;
    // Capitalised adjective(s) + head noun.
    if (is(k, IS_ADJ_END) && k.lw.length > 4) {
      let j = i + 1;
      while (j < t.length && j < i + 5 && t[j]!.word && ((is(t[j]!, IS_ADJ_END) && !is(t[j]!, IS_ORG_HEAD) && t[j]!.lw.length > 3) || ((t[j]!.lw === 'и' || t[j]!.lw === 'і') && ADJ_END.test(t[j + 1]?.lw ?? '')))) j++;
      const head = t[j];
      if (!head || !head.word || !is(head, IS_ORG_HEAD) || head.upper) return;
      // At a sentence start the capital says nothing: "Российские суды отказали".
      if (k.first && !head.cap) return;
      if (placeOf(k) || is(k, IS_WORLD)) return;
      let b = j + 1;
      // "Комитет по иностранным делам", "Совет Безопасности ООН": a capitalised or "по"+dative tail.
      const nx = t[b];
      if (nx && nx.word && nx.cap && !nx.upper && !is(nx, IS_GIVEN) && !is(nx, IS_WORLD) && !placeOf(nx) && is(nx, IS_ADJ_END) === false && head.cap) b++;
      this.add('ORG', i, b, 5, `org:${cachedKey(this.text.slice(k.s, t[b - 1]!.e))}`);
      return;
    }
    // Capitalised head noun mid-sentence + lower-case genitive: "Палата представителей", "Министерство обороны".
    if (!k.first && is(k, IS_ORG_HEAD) && !is(k, IS_ADJ_END)) {
      let j = i + 1;
      let n = 0;
      if (t[j]?.word && (t[j]!.lw === 'по' || t[j]!.lw === 'при')) {
        // "Комитет по иностранным делам", "Совет при президенте".
        j++;
        while (j < t.length && n < 3 && t[j]!.word && !t[j]!.cap && is(t[j]!, IS_DAT_END)) {
          j++;
          n++;
        }
        if (n === 0) return;
      } else
        while (j < t.length && n < 3 && t[j]!.word && !t[j]!.cap && t[j]!.lw.length > 2 && is(t[j]!, IS_GEN_END)) {
          j++;
          n++;
        }
      if (n === 0) return;
      this.add('ORG', i, j, 6, `org:${cachedKey(this.text.slice(k.s, t[j - 1]!.e))}`);
    }
  }

  /** Single words built like organisation names: Минфин, Роскосмос, Газпром, Белтрансгаз, райисполком. */
  orgShape(i: number): void {
    const k = this.t[i]!;
    if (!k.word || !k.cap || k.upper || k.latin) return;
    // ORG_SHAPE first: it is kept per spelling, and every word ORG_SHAPE_STRONG holds it holds too.
    if (!is(k, IS_ORG_SHAPE)) return;
    if (k.first && !ORG_SHAPE_STRONG.test(k.lw)) return;
    if (!k.lw.startsWith('министер') && !is(k, IS_SURNAME_CORE)) {
      if (placeOf(k) || is(k, IS_WORLD) || is(k, IS_GIVEN) || is(k, IS_SURNAME) || is(k, IS_FIGURE)) return;
      if (is(k, IS_ADJ_END)) return;
      this.add('ORG', i, i + 1, 5, `org:${cachedKey(k.w)}`);
    }
  }

  // -- persons ---------------------------------------------------------------------------------

  /** Initials: "В.Д.", "В. Д.", "В." — returns the token after them, or -1. */
  initialsAt(i: number): number {
    const t = this.t;
    let j = i;
    let n = 0;
    while (n < 2) {
      const a = t[j];
      const dot = t[j + 1];
      if (!a || !a.word || !a.cap || a.w.length !== 1 || !dot || dot.w !== '.' || dot.spaceBefore) break;
      j += 2;
      n++;
    }
    return n ? j : -1;
  }

  isGiven(k: Tok | undefined, strict = false): boolean {
    if (!k || !k.word || !k.cap || k.upper) return false;
    const g = givenOf(k);
    return !!g && (!strict || !g.ambiguous);
  }

  isPatronymic(k: Tok | undefined): boolean {
    return !!k && k.word && k.cap && !k.upper && (is(k, IS_PATRONYMIC) || is(k, IS_PATRONYMIC_RE));
  }

  /** A capitalised word that can be a surname: known, shaped like one, or unknown and not a place or organisation. */
  surnameLike(k: Tok | undefined, loose: boolean): boolean {
    if (!k || !k.word || !k.cap || k.upper || (k.x.bits & SP_DIGITS) !== 0) return false;
    if (is(k, IS_SURNAME) || is(k, IS_FIGURE)) return true;
    if (is(k, IS_PLACE_CUE) || is(k, IS_STREET_CUE) || is(k, IS_PERSON_CUE)) return false;
    if (is(k, IS_WORLD) || is(k, IS_ORG)) return false;
    if (is(k, IS_SURNAME_SHAPE)) return true;
    return loose && !is(k, IS_ADJ_END);
  }

  /** A capitalised word that can be part of a person's name (not a place, organisation or cue word). */
  nameish(k: Tok | undefined): boolean {
    if (!k) return false;
    if (this.claimed[k.i]) return false;
    // nameishUncached() depends on the spelling alone (claimed tokens are answered above).
    const x = k.x;
    if (x.nameish === undefined) x.nameish = this.nameishUncached(k);
    return x.nameish;
  }

  nameishUncached(k: Tok | undefined): boolean {
    if (k && k.word && !k.cap && NAME_PARTICLE_JOINED.test(k.w)) return true;
    if (k && is(k, IS_POLITE)) return false;
    if (!k || !k.word || !k.cap || k.upper || k.mixed || k.latin || k.w.length < 2 || (k.x.bits & SP_DIGITS) !== 0) return false;
    if (this.claimed[k.i]) return false;
    if (is(k, IS_PERSON_CUE) || is(k, IS_PLACE_CUE) || is(k, IS_STREET_CUE) || is(k, IS_REGION_AFTER)) return false;
    if (is(k, IS_GIVEN) || is(k, IS_SURNAME) || is(k, IS_FIGURE)) return true;
    if (is(k, IS_WORLD) || is(k, IS_ORG) || is(k, IS_ORG_HEAD) || is(k, IS_PLACE_LIKE) || (is(k, IS_ORG_SHAPE) && !is(k, IS_SURNAME_CORE))) return false;
    return !placeOf(k);
  }

  /** Keys of the capitalised words that stand inside a sentence somewhere in the text (made on first need). */
  private midSentence: Set<string> | null = null;

  /** Whether the word is also written capitalised inside a sentence in this text, in any case form. */
  insideSentence(k: Tok): boolean {
    if (!this.midSentence) {
      this.midSentence = new Set();
      for (const w of this.t) if (w.word && w.cap && !w.first && !w.upper) this.midSentence.add(cachedKey(w.w));
    }
    return this.midSentence.has(cachedKey(k.w));
  }

  /** A sentence's first word that is an everyday word, not a name ("Сегодня", "Полёт", "Представители"). */
  commonFirst(k: Tok): boolean {
    if (is(k, IS_GIVEN) || is(k, IS_SURNAME) || is(k, IS_FIGURE) || is(k, IS_SURNAME_STRONG)) return false;
    if (is(k, IS_SURNAME_SHAPE) === false && GIVEN.has(this.t[k.i + 1]?.lw ?? '')) return true; // "Выступил Максим Туров"
    return is(k, IS_COMMON_START) || is(k, IS_POLITE) || is(k, IS_PERSON_CUE) || is(k, IS_COMMON_NOUN_END) || is(k, IS_VERB_END) || /(?:ы|ами|ями|ах|ях)$/.test(k.lw) || is(k, IS_ADJ_END) || /(?:[бвгджзклмнпрстфхцчшщ]о|[^и]е|ю|я)$/.test(k.lw) || k.w.length <= 2;
  }

  /**
   * Runs of two to five capitalised name words: foreign and full names the lexicons do not know
   * ("Кирос Вассарас", "Реджеп Тайип Эрдоган", "Усамы бин Ладена", "Ким Ир Сен").
   */
  nameRun(i: number): void {
    const t = this.t;
    const k = t[i]!;
    if (!this.nameish(k)) return;
    const pv = this.tok(i - 1);
    const pvFirstDropped = !!pv && pv.first && this.commonFirst(pv);
    if (pv && pv.word && this.nameish(pv) && !k.first && !pvFirstDropped) return; // not the run's start
    let j = i + 1;
    while (j < t.length && j - i < 6) {
      const w = t[j]!;
      if (w.first) break;
      if (this.nameish(w)) {
        j++;
        continue;
      }
      if (w.word && is(w, IS_PARTICLES) && !w.cap && this.nameish(t[j + 1]) && !t[j + 1]!.first) {
        j += 2;
        continue;
      }
      break;
    }
    // An adjective after the name belongs to what follows: "Роман Коноплев Русской службе".
    while (j - i >= 2 && is(t[j - 1]!, IS_ADJ_TRIM) && !is(t[j - 1]!, IS_SURNAME_SHAPE) && !is(t[j - 1]!, IS_GIVEN) && (j - i > 2 || (t[j]?.word && !t[j]!.cap))) j--;
    // The first word of a sentence is a name only if it is one: "Сегодня Реджеп Эрдоган", "Смерть Егора".
    if (k.first && j - i >= 2 && this.commonFirst(k)) return; // the run from i+1 is tried next
    const n = j - i;
    if (n < 2) return;
    const run = t.slice(i, j).filter((x) => x.word && x.cap);
    const hasGiven = run.some((x) => is(x, IS_GIVEN) && !givenOf(x)!.ambiguous);
    const hasShape = run.some((x) => is(x, IS_SURNAME) || is(x, IS_FIGURE) || is(x, IS_SURNAME_SHAPE) || this.isPatronymic(x));
    if (k.first && !hasGiven && !hasShape && is(k, IS_ADJ_END)) return;
    if (run.every((x) => is(x, IS_ADJ_END) && !is(x, IS_SURNAME_STRONG)) && !hasGiven) return;
    // After an organisation noun the run is the organisation: "клуба Тоттенхэм Хотспур".
    for (let q = i - 1; q >= Math.max(0, i - 2) && !hasGiven && !hasShape; q--) {
      const w = t[q]!;
      if (!w.word) break;
      if (is(w, IS_ORG_NOUN) && !w.cap && !is(w, IS_PERSON_CUE)) {
        this.add('ORG', i, j, 6, `org:${cachedKey(this.text.slice(k.s, t[j - 1]!.e))}`);
        return;
      }
    }
    const g = givenOf(k);
    this.addPerson(i, j, 8, j - 1, g ? initialOf(g.canon) : undefined, g ? g.canon : undefined);
  }

  /** An unknown capitalised word after "в", "из", "под": a place ("в Нигере", "из Тусона"). */
  placeAfterPreposition(i: number): void {
    const t = this.t;
    const k = t[i]!;
    const pv = this.tok(i - 1);
    if (!pv || !pv.word || !is(pv, IS_LOC_PREP) || k.first || !k.cap || k.upper || k.latin || is(k, IS_POLITE)) return;
    if (is(k, IS_GIVEN) || is(k, IS_SURNAME) || is(k, IS_FIGURE) || is(k, IS_ORG) || is(k, IS_ORG_HEAD)) return;
    if (this.nameish(t[i + 1]) && !t[i + 1]!.first) return; // "у Виктора Бабарико"
    if (is(k, IS_ADJ_END) && t[i + 1]?.word) return; // "в Национальном банке"
    if (is(k, IS_SURNAME_SHAPE) && !/[еи]$/.test(k.lw)) return; // "у Иванова"
    if (!/[аеиуыяю]$/.test(k.lw) && !is(pv, IS_LOC_PREP_STRONG)) return;
    this.add('LOC', i, i + 1, 4, `loc:${cachedKey(k.w)}`);
  }

  person(i: number): void {
    const t = this.t;
    const k = t[i]!;
    if (!k.word || !k.cap || k.upper || is(k, IS_POLITE)) return;

    // Initials first: "В.Д. Бабарико", "В. Бабарико".
    const afterInit = this.initialsAt(i);
    if (afterInit > 0) {
      const sn = t[afterInit];
      if (this.surnameLike(sn, true) && !(sn && is(sn, IS_GIVEN) && !is(sn, IS_SURNAME))) {
        this.addPerson(i, afterInit + 1, 9, afterInit, initialOf(k.w));
      }
      return;
    }

    // Surname + initials: "Бабарико В.Д.", "Иванову И. И.".
    const nxInit = this.initialsAt(i + 1);
    if (nxInit > 0 && this.surnameLike(k, true) && !is(k, IS_GIVEN)) {
      // "…в г. Минске" cannot reach here: "г" is lower case.
      this.addPerson(i, nxInit, 9, i, initialOf(t[i + 1]!.w));
      return;
    }

    // Given name [patronymic] [surname] / surname given name [patronymic].
    const given = this.isGiven(k);
    if (given) {
      const g = givenOf(k)!;
      let j = i + 1;
      let hasPatr = false;
      if (this.isPatronymic(t[j])) {
        j++;
        hasPatr = true;
      }
      // Particles and surname: "Марин Ле Пен", "Урсула фон дер Ляйен", "Жан-Мари Ле Пен".
      let sEnd = j;
      while (t[sEnd] && t[sEnd]!.word && is(t[sEnd]!, IS_PARTICLES) && t[sEnd + 1]?.cap) sEnd++;
      const sn = t[sEnd];
      // An adjectival surname counts after a name that is only a name: "Юрию Долгорукому", "Лев Толстой".
      const adjSurname = !!sn && sn.word && sn.cap && !sn.upper && is(sn, IS_ADJ_END) && !g.ambiguous && !is(sn, IS_ORG_HEAD);
      const snOk = sn && (this.surnameLike(sn, true) || adjSurname || (is(sn, IS_SURNAME_SHAPE) && sn.cap && !sn.upper)) && !this.isPatronymic(sn) && !(placeOf(sn) && !is(sn, IS_SURNAME) && !is(sn, IS_FIGURE) && !is(sn, IS_SURNAME_SHAPE) && !adjSurname) && !(sn.first);
      if (snOk) {
        // Another capitalised word after the surname may continue a foreign name ("Аун Сан Су Чжи"); keep to one.
        let b = sEnd + 1;
        // "Иван Иванович Иванов" done; a second given name before the surname ("Жан Поль Сартр"): take it.
        if (is(sn!, IS_GIVEN) && !is(sn!, IS_SURNAME) && !is(sn!, IS_FIGURE) && this.surnameLike(t[b], true) && !t[b]!.first && !is(t[b]!, IS_GIVEN)) b++;
        const snIdx = b - 1;
        this.addPerson(i, b, 8, snIdx, initialOf(g.canon), g.canon);
        return;
      }
      if (hasPatr) {
        // "Иван Иванович" with no surname, or preceded by one: "Иванов Иван Иванович".
        const pv = this.word(i - 1);
        if (pv && pv.e <= k.s && this.surnameLike(pv, true) && !pv.first === true) return; // handled from the surname
        this.addPerson(i, j, 7, undefined, initialOf(g.canon), g.canon);
        return;
      }
      // A given name alone. Ambiguous ones (Вера, Роза, Лев) need a neighbour; at a sentence start
      // the name must be a name and nothing else.
      if (!g.ambiguous && !(k.first && (placeOf(k) || is(k, IS_WORLD) || is(k, IS_COMMON_FIRST)))) {
        this.addPerson(i, i + 1, 4, undefined, initialOf(g.canon), g.canon);
      }
      return;
    }

    // A name the lists do not know, before a patronymic: "Наина Иосифовна"; not a relation or a post
    // before a surname that looks like one ("Сосед Войтович").
    if (this.isPatronymic(t[i + 1]) && !t[i + 1]!.first && !is(k, IS_ADJ_END) && !is(k, IS_PERSON_CUE)) {
      const sn = t[i + 2];
      const withSurname = !!sn && this.nameish(sn) && !sn.first && !this.isPatronymic(sn);
      this.addPerson(i, withSurname ? i + 3 : i + 2, 7, withSurname ? i + 2 : undefined, initialOf(k.w), k.w);
      return;
    }

    // Surname first: "Иванов Иван Иванович", "Бабарико Виктор".
    if (this.surnameLike(k, false) && this.isGiven(t[i + 1]) && !t[i + 1]!.first) {
      const g = givenOf(t[i + 1]!)!;
      if (this.isPatronymic(t[i + 2])) {
        this.addPerson(i, i + 3, 9, i, initialOf(g.canon), g.canon);
        return;
      }
      if ((is(k, IS_SURNAME) || is(k, IS_SURNAME_SHAPE)) && !k.first) {
        // "Бабарико Виктор" mid-sentence; not at a sentence start ("Москвы Юрия" has no shape).
        this.addPerson(i, i + 2, 6, i, initialOf(g.canon), g.canon);
        return;
      }
    }

    // A public figure's surname alone: "Лукашенко", "Бабарыкі", "Babaryka".
    const fig = figureOf(k);
    if (fig) {
      this.addPerson(i, i + 1, 7, i);
      return;
    }

    // A surname alone: known or shaped like one, not at a sentence start unless the shape is strong.
    if (placeOf(k) || is(k, IS_WORLD) || is(k, IS_ORG) || is(k, IS_ORG_HEAD) || is(k, IS_PLACE_LIKE)) return;
    const pv = this.tok(i - 1);
    const cued = !!pv && pv.word && (is(pv, IS_PERSON_CUE) || (pv.w === '.' && PERSON_CUE.has(this.tok(i - 2)?.lw ?? '')));
    if (is(k, IS_SURNAME) || is(k, IS_SURNAME_SHAPE) || cued) {
      // At a sentence start a strong shape alone is not enough where everyday words share it
      // ("Готова показать", "Выклікаў міліцыю"): the word must also stand capitalised inside a
      // sentence somewhere in the text.
      if (k.first && !cued && !is(k, IS_SURNAME) && !(is(k, IS_SURNAME_STRONG) && this.insideSentence(k))) return;
      // A surname that is also an everyday or revered word ("на Родину": Родин) needs a post or a relation before it.
      if (!cued && is(k, IS_COMMON_START)) return;
      if (k.first && is(k, IS_ADJ_END) && this.word(i + 1) && !this.word(i + 1)!.cap) return; // "Российский суд"
      if (!cued && is(k, IS_ADJ_END) && !/(?:ов|ев|ёв|ин|ын)(?:ым|ой)$/.test(k.lw) && this.word(i + 1) && !this.word(i + 1)!.cap && !is(k, IS_SURNAME)) return; // adjective before a noun
      if (k.latin && t[i + 1]?.latin) return; // part of a Latin name: latinName()
      if (is(k, IS_PERSON_CUE) || is(k, IS_STREET_CUE) || is(k, IS_PLACE_CUE)) return;
      this.addPerson(i, i + 1, cued ? 5 : 3, i);
      return;
    }
    // Any other capitalised word inside a sentence that no lexicon knows and nothing marks as a place
    // or an organisation: names are what redaction must not miss, so it is taken for a name.
    if (k.first || k.latin || !this.nameish(k)) return;
    if (is(k, IS_ADJ_END) && this.word(i + 1) && !this.word(i + 1)!.cap) return;
    if (pv && (isOpenQuote(pv.w) || (pv.word && (is(pv, IS_LOC_PREP) || is(pv, IS_ORG_NOUN) || is(pv, IS_PLACE_CUE))))) return;
    if (givenOf(k)?.ambiguous) return;
    if (is(k, IS_LOC_SHAPE)) {
      this.add('LOC', i, i + 1, 2, `loc:${cachedKey(k.w)}`);
      return;
    }
    // A sentence start the punctuation did not mark (after a heading): everyday words and plurals.
    if (is(k, IS_COMMON_START) || (is(k, IS_COMMON_NOUN_END) && !/к[аи]$/.test(k.lw)) || /(?:ы|ами|ями|ах|ях)$/.test(k.lw)) return;
    this.addPerson(i, i + 1, 2, i);
  }
}

// ---------------------------------------------------------------------------------------------
// Resolution and ids

/**
 * Token marks for one letter, zeroed for `n` tokens: scratch buffers reused from letter to letter,
 * since a typed array is dear to allocate and findEntities runs one letter at a time.
 */
class Marks {
  private buf = new Uint8Array(1024);
  zeroed(n: number): Uint8Array {
    if (this.buf.length < n) this.buf = new Uint8Array(Math.max(n, this.buf.length * 2));
    else this.buf.fill(0, 0, n);
    return this.buf;
  }
}
const CLAIMED = new Marks();
const COVERED = new Marks();
const USED = new Marks();
const NO_MARKS = new Uint8Array(0);

function choose(cands: Cand[]): Cand[] {
  const sorted = sortSmall([...cands], (x, y) => y.prio - x.prio || y.b - y.a - (x.b - x.a) || x.a - y.a);
  const taken: Cand[] = [];
  let maxB = -1;
  for (const c of cands) if (c.b > maxB) maxB = c.b;
  const used = USED.zeroed(maxB + 1);
  for (const c of sorted) {
    let free = true;
    for (let k = c.a; k < c.b; k++)
      if (used[k]) {
        free = false;
        break;
      }
    if (!free) continue;
    for (let k = c.a; k < c.b; k++) used[k] = 1;
    taken.push(c);
  }
  return sortSmall(taken, (x, y) => x.a - y.a);
}

/** The surname's key: its consonant skeleton with case endings off (Бабарико, Бабарыкі → bbrk). */
function surnameKey(w: string): string {
  // Feminine -ова/-ева/-ина and -ская fold onto the masculine: one family name.
  const lw = fold(w)
    .replace(/(ов|ев|ин|ын)(а|ой|у|ою)$/, '$1')
    .replace(/(ск|цк)(ая|ой|ую|ою|ай)$/, '$1ий');
  return cachedKey(lw);
}

/** A surname without its case ending, to find later mentions in the same letter (Лужкова → лужков). */
function surnameStem(lw: string): string {
  if (/(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ою|ие|их|ими|і|ага|аму|ім|ай)$/.test(lw)) return lw.replace(/(ск|цк)[а-яёіў]+$/, '$1');
  if (/(?:ов|ев|ёв|ин|ын)(?:а|у|ым|ом|е|ой|ою|ых|ыми|ы)?$/.test(lw)) return lw.replace(/(ов|ев|ёв|ин|ын)[а-яё]*$/, '$1');
  return lw.replace(/(?:ом|ем|ам|ой|ей|ою|а|я|у|ю|е|ы|и|і)$/, '');
}

export function findEntities(text: string, lang: 'ru' | 'be' = 'ru'): Entity[] {
  void lang; // Both languages' lexicons are always on: letters mix them.
  const t = tokenize(text);
  if (!t.length) return [];
  const f = new Finder(text, t);
  // First pass: what the lexicons know. Name runs must not swallow a known place or organisation.
  for (let i = 0; i < t.length; i++) {
    const k = t[i]!;
    if (!k.word || !(k.cap || k.latin)) continue;
    f.lexicon(i);
    if (k.upper || k.mixed) f.abbreviation(i); // its first test, asked before the call (see below)
    f.gazetteer(i);
  }
  f.claimed = CLAIMED.zeroed(t.length);
  for (const c of f.cands) if (c.prio >= 5 && c.b - c.a > 1) for (let k = c.a; k < c.b; k++) f.claimed[k] = 1;
  for (let i = 0; i < t.length; i++) {
    const k = t[i]!;
    if (!k.word) {
      if (isOpenQuote(k.w)) f.quoted(i);
      continue;
    }
    // Asked here first, as streetsAndVillages() asks it: most words have neither a street or place
    // cue nor a capital, and a call into that large function cost a hundred instructions to return.
    const x = k.x;
    if (k.cap || is(k, STREET_OR_PLACE)) f.streetsAndVillages(i);
    // particleJoined()'s first test, the spelling's shape, asked before the call.
    if ((x.bits & SP_JOINER) !== 0 && !k.cap && !k.first && !k.latin && particleJoined(k)) f.addPerson(i, i + 1, 3, i); // "аль-Барадеи"
    if (!(k.cap || k.latin)) continue;
    // The detectors' first tests that most capitalised words fail are asked here too: a call into
    // one of these large functions cost some sixty instructions before its first test.
    if (k.latin) f.latinName(i);
    f.descriptiveOrg(i);
    if (k.cap && !k.upper && !k.latin && is(k, IS_ORG_SHAPE)) f.orgShape(i);
    f.nameRun(i);
    if (i > 0 && !k.first && t[i - 1]!.word && is(t[i - 1]!, IS_LOC_PREP)) f.placeAfterPreposition(i);
    if (k.cap && !k.upper) f.person(i);
  }
  let chosen = choose(f.cands);

  // Later mentions of a surname already seen in a full name: "Юрий Лужков … Лужкова …".
  const known = new Map<string, Cand>();
  for (const c of chosen) {
    if (c.type !== 'PER' || c.b - c.a < 2) continue;
    for (let q = c.a; q < c.b; q++) {
      const w = t[q]!;
      if (!w.word || !w.cap || w.w.length < 3 || (is(w, IS_GIVEN) && q !== c.surname) || is(w, IS_PATRONYMIC)) continue;
      const st = stemOf(w);
      if (st.length >= 3 && !known.has(st)) known.set(st, c);
    }
  }
  if (known.size) {
    const extra: Cand[] = [];
    const covered = COVERED.zeroed(t.length);
    for (const c of chosen) for (let k = c.a; k < c.b; k++) covered[k] = 1;
    for (let i = 0; i < t.length; i++) {
      const k = t[i]!;
      if (covered[i] || !k.word || !k.cap || k.upper) continue;
      if (k.w.length > 2 && known.has(stemOf(k))) extra.push(personCandidate(i, i + 1, 5, i));
    }
    // A place or organisation reading of the same word loses to the person: "Лужков … в Лужкове" stays rare.
    if (extra.length) chosen = choose([...chosen, ...extra]);
  }

  // A lower-case particle before a name belongs to it: "ибн Эзра", "фон Браун".
  for (const c of chosen) {
    const p = f.tok(c.a - 1);
    if (c.type === 'PER' && p && p.word && !p.cap && is(p, IS_PARTICLES) && (c.a < 2 || !chosen.some((o) => o.b === c.a - 1 + 1 && o !== c && o.a <= c.a - 1))) c.a--;
  }
  const out: Entity[] = [];
  for (const c of chosen) {
    const start = t[c.a]!.s;
    const end = t[c.b - 1]!.e;
    let id = c.id;
    let pub = c.public;
    if (c.type === 'PER') {
      const sn = c.surname !== undefined ? t[c.surname]! : undefined;
      const fig = sn ? figureOf(sn) : undefined;
      const figGiven = fig ? FIGURE_GIVEN.get(fig.id) : undefined;
      if (fig && (!c.given || figGiven!.has(c.given)) && (!c.initial || [...figGiven!].some((g) => initialOf(g) === c.initial))) {
        id = `per:${fig.id}`;
        pub = true;
      } else if (sn) {
        const key = (sn.x.surnameKey ??= surnameKey(sn.w));
        const full = known.get(stemOf(sn));
        const initial = c.initial ?? (full && full !== c ? full.initial : undefined);
        id = `per:${key}${initial ? '.' + initial : ''}`;
      } else id = `per:~${cachedKey(c.given ?? t[c.a]!.w)}`;
    }
    const e: Entity = { type: c.type, start, end, text: text.slice(start, end), id };
    if (pub) e.public = true;
    out.push(e);
  }
  return out;
}
