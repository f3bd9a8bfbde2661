/**
 * Personal data in letter text: phones, e-mails, street addresses, Belarusian personal numbers,
 * passport numbers, bank cards and car plates, as Russian and Belarusian writers spell them.
 *
 * One pass of named detectors, each a regular expression plus, where the shape alone is not enough,
 * a small validator (Luhn, a plausible birth date, a passport word nearby, what follows a house
 * number). Letters are full of numbers that are not personal data (dates, years, sums, article and
 * case numbers), so every detector is anchored on something those never have: a country or trunk
 * prefix, a Belarusian operator code, a street-type word, a document series, plate letters. A bare
 * run of digits is a phone only after a phone word ("тел.", "тэлефон", "моб.").
 *
 * Offsets are UTF-16 code units of the text as given; spans are sorted and never overlap (where two
 * detectors claim the same characters, the longer claim wins).
 */

import { LAST_READ, TEXT_UNITS, UNIT_LETTER, UNIT_SMALL, unitClass, type Spelled } from './cues.js';
import { sortSmall } from '../core/sort.js';

/** String methods called through the function, not the string: see charCodeAt in cues.ts. */
const charCodeAt = String.prototype.charCodeAt;
const indexOf = String.prototype.indexOf;

export type PiiType = 'phone' | 'email' | 'address' | 'id_number' | 'passport' | 'card' | 'plate';

export interface PiiSpan {
  type: PiiType;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  text: string;
}

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

/** A literal word matched in any letter case, so that \p{Lu} elsewhere in the pattern keeps its meaning (an `i` flag would make \p{Lu} match lower case too). */
function ci(word: string): string {
  let out = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    out += lower !== upper ? `[${lower}${upper}]` : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  }
  return out;
}

/** Any of the words, longest first so that "улица" is tried before "ул". */
function anyWord(words: readonly string[]): string {
  return `(?:${[...words].sort((a, b) => b.length - a.length).map(ci).join('|')})`;
}

/** Spaces inside one line: ordinary, no-break and narrow no-break (Word puts them in phone numbers). */
const SP = '[ \\u00A0\\u202F]';
/** Hyphen, non-breaking hyphen, en dash: all of them turn up between digit groups. */
const DASH = '[\\-\\u2010\\u2011\\u2013]';
/** At most one separator between two digits of a phone: a space, a dash, or a dash with spaces. */
const SEP = `(?:${DASH}${SP}?|${SP}${DASH}?${SP}?)?`;
/** The same, where the brackets of an area code may stand too ("8 (029) 123", "+375(29)1234567"). */
const SEPP = `(?:[\\-\\u2010\\u2011\\u2013()]${SP}?|${SP}[\\-\\u2010\\u2011\\u2013()]?${SP}?)?`;
/** A separator that must be there: it is what tells a bare "29 123 45 67" from an arbitrary number. */
const SEP_REQ = `(?:${DASH}${SP}?|${SP}${DASH}?${SP}?)`;
/** Letters of words, with combining marks, apostrophes (сям'я, Мар'іна) and inner hyphens. */
const WORD_TAIL = "[\\p{L}\\p{M}'\\u2019\\u02BC]*(?:-[\\p{L}\\p{M}'\\u2019\\u02BC]+)*";

/** Not glued to a word or a number on the left: "BY13NBRB3600900000002" holds no card number. */
const ALONE_L = '(?<![\\p{L}\\p{N}])';
const ALONE_R = '(?![\\p{L}\\p{N}])';
/**
 * A phone starts neither inside a number nor right after one group of it ("4276 8000 …" is a card,
 * not a phone starting at 8), and ends where the digits end; a space and another number may follow.
 */
const PHONE_L = `(?<![\\p{L}\\p{N}+])(?<!\\d${SP}?${DASH}?)`;
const PHONE_R = `(?!\\p{N})(?!${DASH}\\d)`;

/** n more digits, each after an optional separator. */
const more = (n: number, sep: string): string => `(?:${sep}\\d){${n}}`;

// ---------------------------------------------------------------------------------------------
// Detectors
// ---------------------------------------------------------------------------------------------

interface Detector {
  type: PiiType;
  /** Global, with indices; a named group `pii` marks the span when the match also holds context. */
  pattern: RegExp;
  /** Rejects a candidate the pattern alone cannot tell from something harmless. */
  accept?: (span: string, text: string, start: number, end: number) => boolean;
  /**
   * A cheap pattern every match must have within reach (`reach` characters before it, 160 after):
   * the costly pattern then runs only around its hits, not from every position of the letter.
   */
  near?: { pattern: RegExp; reach: number; start: Start };
  /**
   * For a detector with `near`: the end of its pattern, which starts with one of the near `words`
   * (as the near pattern reads them: no letter before or after). A window runs the detector only
   * up to the last of those words where this part matches, and not at all where it matches at none:
   * a few anchored tries instead of one at every capital letter of the window. `small`: at most
   * so many small letters after a space, comma, dot or line break stand before the tail in a match
   * (smallBefore()), which bounds how far before the first tail a match can start.
   */
  tail?: { words: readonly string[]; pattern: RegExp; small?: number };
  /** Where a match may start: see Start. */
  start: Start;
  /** A string every match contains: without it in the letter, the detector does not run. */
  needs?: string;
  /**
   * False when a match may hold no digit. Every other detector's matches hold an ASCII digit
   * after their first character (the number itself, a house number), so no match starts at or
   * after the last digit of the text (or window) it runs on.
   */
  digit?: false;
}

/**
 * Where a match may start, as a condition on its first character and the one before it, each a
 * character class read under the pattern's own flags. findPii reads the letter once for all
 * detectors and runs each pattern anchored (sticky) only where its condition holds, instead of
 * letting the pattern try every position: most patterns begin with a look-behind, past which
 * irregexp cannot skip ahead, and a letter is mostly words that start no personal data. The
 * condition is taken from the pattern's first element and must hold for every match it can make,
 * or a match is lost; it may hold elsewhere too, which costs a failed attempt and nothing else.
 */
interface Start {
  /** The first character may be one of these wherever it stands. */
  any?: string;
  /** The first character may be one of these when the character before it is not in `notAfter`. */
  alone?: string;
  notAfter?: string;
  /** The character after the first may only be one of these (where there is one, in the Basic Multilingual Plane). */
  next?: string;
  /**
   * Classes for the characters after the second, in order (where they are plain ones): a cheap
   * look at what every match must begin with, so that a year or a date is not tried as a card.
   */
  then?: readonly string[];
  /**
   * Instead of the above: a match starts where a run of `run` characters that ends right before
   * `char` starts (and nowhere else). For e-mail: the local part runs up to the "@".
   */
  before?: { char: string; run: string };
}

/** What ALONE_L and PHONE_L forbid before a match: a letter or digit (for phones, a plus too). */
const NOT_AFTER_ALONE = '[\\p{L}\\p{N}]';
const NOT_AFTER_PHONE = '[\\p{L}\\p{N}+]';
/** Starts of ALONE_L / PHONE_L patterns that begin with one of `first`. */
const aloneStart = (first: string, next?: string, then?: readonly string[]): Start => ({ alone: first, notAfter: NOT_AFTER_ALONE, ...(next ? { next } : {}), ...(then ? { then } : {}) });
const phoneStart = (first: string, next: string, then?: readonly string[]): Start => ({ alone: first, notAfter: NOT_AFTER_PHONE, next, ...(then ? { then } : {}) });
/** Spaces and digits: what follows the first character of most numbers. */
const SP_OR_DIGIT = '[ \\u00A0\\u202F\\d]';

/** The first letters of the words, in both cases as ci() spells them: a character class. */
function firstLetters(words: readonly string[]): string {
  const out = new Set<string>();
  for (const w of words) {
    const ch = String.fromCodePoint(w.codePointAt(0)!);
    out.add(ch.toLowerCase());
    out.add(ch.toUpperCase());
  }
  return `[${[...out].map((ch) => ch.replace(/[\\\]^-]/g, '\\$&')).join('')}]`;
}

const re = (source: string, flags = ''): RegExp => new RegExp(source, `gdu${flags}`);

// --- Phones ---------------------------------------------------------------------------------

/** Belarusian mobile operators: velcom/A1 29 and 44, MTS 29 and 33, life:) 25. */
const BY_MOBILE = '(?:25|29|33|44)';

/** Area codes by length with the subscriber digits that make the national number up to nine. */
const LANDLINE_CODES: readonly [string, number][] = [
  ['17', 7], // Minsk
  ['(?:1[56]|2[1-3])\\d', 6], // oblast centres: 0162 Brest, 0152 Hrodna, 0212 Vitebsk, 0222 Mahilyow, 0232 Homel
  ['(?:1[5-7]|2[1-3])\\d\\d', 5], // raion towns: 01713, 02131…
];

/** Brackets, if any, come as one pair and in order: "8 (029" without ")" is not a phone spelling. */
function bracketsPaired(s: string): boolean {
  const open = s.indexOf('(');
  const close = s.indexOf(')');
  if (open === -1 && close === -1) return true;
  return open !== -1 && close > open && s.indexOf('(', open + 1) === -1 && s.indexOf(')', close + 1) === -1;
}

/** "25-12-2020 1…" and "2020-08-09 …" can be spelt with phone separators; a phone never starts with a date. */
const DATE_START = new RegExp(`^(?:\\d{1,2}${DASH}\\d{1,2}${DASH}(?:19|20)\\d\\d|(?:19|20)\\d\\d${DASH}\\d\\d${DASH}\\d\\d)(?!\\d)`, 'u');

/** "+15 000 000 000 рублей": a sum written with a plus sign is no phone. */
const MONEY_AFTER = new RegExp(`^${SP}*(?:%|\\$|€|${anyWord(['руб', 'р.', 'бел', 'byn', 'byr', 'usd', 'eur', 'rub', 'долл', 'евро', 'тыс', 'млн', 'млрд'])})`, 'u');

const phoneShape = (span: string, text: string, _start: number, end: number): boolean =>
  bracketsPaired(span) && !DATE_START.test(span) && !MONEY_AFTER.test(text.slice(end, end + 12));

/** Country codes of the neighbours and of the countries letter writers left for. */
const OTHER_COUNTRIES = ['380', '370', '371', '372', '373', '374', '994', '995', '998', '996', '992', '48', '49', '420', '90', '972', '44'];

/** Words that announce a phone number, Russian, Belarusian and Latin, full or abbreviated. */
const PHONE_WORD =
  '(?:т[еэ]л(?:[еэ]ф[оа]н\\p{L}{0,4})?|моб(?:ильн\\p{L}{0,4}|ільн\\p{L}{0,4})?|мабільн\\p{L}{0,4}|сотов\\p{L}{0,4}|факс|tel(?:ephone)?|phone|mob(?:ile)?)(?!\\p{L})\\.?';
/** The phone words and what stands between them and the number: "моб. тел.: ", "тел./факс ", "телефон — ". */
const PHONE_CUE = `(?<!\\p{L})${PHONE_WORD}(?:${SP}*[/,]?${SP}*${PHONE_WORD})?${SP}*(?:[:#\\u2116]|${DASH}|номер|нумар)?${SP}*`;
/** After a phone word, a local number is enough: "123-45-67", "2-12-34", "(0162) 12-34-56", "912 345 67 89". */
const LOCAL_NUMBER = `(?:(?:\\(${SP}?\\d{2,5}${SP}?\\)${SEP}|\\d{2,5}${SEP_REQ})?(?:\\d{1,3}${SEP}\\d{2}${SEP}\\d{2}|\\d{5,7})|\\d{8,11})`;

const PHONES: Detector[] = [
  // +375 29 123-45-67, +375(29)1234567, 375 17 234 56 78: the country code and nine digits.
  { type: 'phone', pattern: re(`${PHONE_L}(?:\\+${SP}?)?375${SEPP}[1-4](?:${SEPP}\\d){8}${PHONE_R}`), accept: phoneShape, start: phoneStart('[+3]', '[ \\u00A0\\u202F37]'), needs: '375' },
  // +7 912 345-67-89, +7 (495) 123-45-67: Russia, ten digits.
  { type: 'phone', pattern: re(`${PHONE_L}\\+${SP}?7${SEPP}[3489](?:${SEPP}\\d){9}${PHONE_R}`), accept: phoneShape, start: phoneStart('[+]', '[ \\u00A0\\u202F7]'), needs: '+' },
  // The trunk prefix 8 and ten digits: 8 (029) 123 45 67, 80291234567, 8 017 234-56-78, 8-800-555-35-35,
  // 8 (912) 345 67 89, (8029) 123-45-67. Belarus dials 8 0 and an area code starting 1–4; Russia 8
  // and 3, 4, 8 or 9.
  {
    type: 'phone',
    pattern: re(`${PHONE_L}\\(?8${SEPP}(?:0${SEPP}[1-4]|[3489]${SEPP}\\d)(?:${SEPP}\\d){8}${PHONE_R}`),
    accept: phoneShape,
    // After "(" an 8; after the 8 a separator (SEPP), or the 0 or operator digit.
    start: phoneStart('[(8]', '[8\\-\\u2010\\u2011\\u2013() \\u00A0\\u202F03489]'),
  },
  // Other countries, written with a plus: +380 67 123 45 67, +48 601 234 567.
  {
    type: 'phone',
    pattern: re(`${PHONE_L}\\+${SP}?(?:${OTHER_COUNTRIES.join('|')})${SEPP}\\d(?:${SEPP}\\d){6,11}${PHONE_R}`),
    accept: (s, text, start, end) => phoneShape(s, text, start, end) && s.replace(/\D/g, '').length >= 10,
    start: phoneStart('[+]', SP_OR_DIGIT),
    needs: '+',
  },
  // A Belarusian mobile without any prefix, grouped: 29 123 45 67, (029) 123-45-67, 044-1234567.
  {
    type: 'phone',
    pattern: re(`${PHONE_L}(?:\\(${SP}?0?${BY_MOBILE}${SP}?\\)${SEP}|0?${BY_MOBILE}${SEP_REQ})[1-9]${more(6, SEP)}${PHONE_R}`),
    accept: phoneShape,
    start: phoneStart('[(0234]', SP_OR_DIGIT),
  },
  // A Belarusian landline with its area code and the 0 before it: 017 234-56-78, (0162) 12-34-56,
  // 01713 5-12-34. The code is 2, 3 or 4 digits and the subscriber part makes it up to nine.
  {
    type: 'phone',
    pattern: re(
      `${PHONE_L}(?:${LANDLINE_CODES.map(
        ([code, n]) => `(?:\\(${SP}?0${code}${SP}?\\)${SEP}|0${code}${SEP_REQ})[1-9]${more(n - 1, SEP)}`,
      ).join('|')})${PHONE_R}`,
    ),
    accept: phoneShape,
    start: phoneStart('[(0]', '[ \\u00A0\\u202F012]'),
  },
  // A Russian mobile grouped 3-3-2-2, "903 874 17 24": sums and counts are never grouped so.
  { type: 'phone', pattern: re(`${PHONE_L}9\\d\\d${SEP_REQ}[1-9]\\d\\d${SEP_REQ}\\d\\d${SEP_REQ}\\d\\d${PHONE_R}`), accept: phoneShape, start: phoneStart('[9]', '\\d', ['\\d', `[\\-\\u2010\\u2011\\u2013 \\u00A0\\u202F]`]) },
  // A Russian code in brackets is as clear a sign as a prefix: (495) 123-45-67, (912) 345 67 89.
  { type: 'phone', pattern: re(`${PHONE_L}\\(${SP}?[3489]\\d\\d${SP}?\\)${SEP}[1-9]${more(6, SEP)}${PHONE_R}`), accept: phoneShape, start: phoneStart('[(]', '[ \\u00A0\\u202F3489]'), needs: '(' },
  // Anything shaped like a local number, but only right after a phone word.
  {
    type: 'phone',
    pattern: re(`${PHONE_CUE}(?<pii>${PHONE_L}${LOCAL_NUMBER})${PHONE_R}`, 'i'),
    accept: (s, text, start, end) => phoneShape(s, text, start, end) && s.replace(/\D/g, '').length >= 5,
    // The first three letters of PHONE_WORD's spellings (тел, моб, мабільн, сотов, факс, tel, phone,
    // mob); under the `i` flag, as the pattern reads them.
    start: { alone: '[тмсфtpm]', notAfter: '\\p{L}', next: '[еэоаeho]', then: ['[лбткlob]'] },
  },
];

// --- E-mail ---------------------------------------------------------------------------------

/** Any letters, so that Cyrillic mailboxes and domains (иван@почта.рф) count; plus-addressing kept whole. */
const EMAIL: Detector = {
  type: 'email',
  pattern: re(
    '(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}_%+\\-](?:[\\p{L}\\p{N}._%+\\-]*[\\p{L}\\p{N}_%+\\-])?@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]*[\\p{L}\\p{N}])?\\.)+\\p{L}{2,}(?![\\p{L}\\p{N}\\-])',
  ),
  // The local part: a run of these characters (the look-behind's) up to the "@", which starts it.
  start: { before: { char: '@', run: '[\\p{L}\\p{N}._%+\\-]' } },
  needs: '@',
  digit: false,
};

// --- Addresses ------------------------------------------------------------------------------

/** Street types that may stand without their dot: "ул Ленина", "пр-т Независимости", "бульвар …". */
const STREET_TYPES = [
  'ул', 'улица', 'ул-ца', 'вул', 'вуліца', 'пр-т', 'пр-кт', 'просп', 'проспект', 'праспект', 'пер', 'переулок',
  'завулак', 'пр-д', 'проезд', 'праезд', 'б-р', 'бул', 'бульв', 'бульвар', 'площадь', 'плошча', 'шоссе', 'шаша',
  'тракт', 'наб', 'набережная', 'набярэжная', 'тупик', 'тупік', 'мкр', 'мкрн', 'микрорайон', 'мікрараён',
];
/** Abbreviations that are street types only with their dot ("пр." yes, "пр" no; "зав." is also завулак). */
const STREET_TYPES_DOTTED = ['пр', 'пл', 'ш', 'зав', 'туп'];
const STREET_TYPE = `${ALONE_L}(?:${anyWord(STREET_TYPES)}(?:\\.${SP}*|${SP}+)|${anyWord(STREET_TYPES_DOTTED)}\\.${SP}*)`;

/** Words that end a street name: the house and flat markers, in any case ("УЛ. ЛЕНИНА Д. 5"). */
const MARKER = `${anyWord(['д', 'дом', 'кв', 'корп', 'корпус', 'к', 'квартира', 'кватэра', 'стр'])}(?![\\p{L}\\p{M}])`;
/** A capitalised word of a street name, perhaps after an initial: "Ленина", "Я. Купалы", "Юго-Запад". */
const NAME_WORD = `(?!${MARKER})(?:\\p{Lu}\\.${SP}?)?\\p{Lu}${WORD_TAIL}`;
const QUOTED = '[«"„“][^«»"„“”\\n]{1,40}[»"“”]';
/** Lower-case words that stand inside street names: "50 лет Октября", "имени Кирова", "Кирилла и Мефодия". */
const NAME_LINK = `${anyWord(['лет', 'гадоў', 'года', 'имени', 'імя', 'імені', 'им.', 'ім.', 'и', 'і', 'де', 'ла', 'фон', 'ван'])}${SP}+`;
/** The next word of a name; a number inside it needs a capitalised word after it ("Бойцов 9 Дивизии"). */
const NAME_NEXT = `${SP}+(?:${NAME_LINK}|\\d{1,3}${SP}+(?=\\p{Lu}))?(?:${NAME_WORD}|${QUOTED})`;
/** A street name; one that starts with a number needs a word after it ("8 Марта", "50 лет Октября"). */
const STREET_NAME = `(?:\\d{1,3}(?:${DASH}?\\p{Ll}{1,3})?(?=${SP}+\\p{L})(?:${NAME_NEXT}){1,4}|(?:${NAME_WORD}|${QUOTED})(?:${NAME_NEXT}){0,4})`;

/** Between parts of an address: a comma (and perhaps a line break after it), or just spaces. */
const PART_SEP = `(?:${SP}*,${SP}*(?:\\n${SP}*)?|${SP}+)`;
const NUM = '\\d{1,4}(?!\\p{N})';
/** A house letter glued on or after a dash: "5а", "12-Б". */
const HOUSE_LETTER = `(?:${DASH}?[а-еА-Еa-dA-D](?![\\p{L}\\p{N}]))`;
const HOUSE_NUMBER = `${NUM}${HOUSE_LETTER}?(?:${SP}?/${SP}?${NUM}${HOUSE_LETTER}?)?`;
const HOUSE_WORDS = ['д', 'дом'];
const HOUSE_MARK = `${anyWord(HOUSE_WORDS)}(?:\\.${SP}*|${SP}+)(?:\\u2116${SP}*)?`;
const BLOCK = `(?:${PART_SEP}?${anyWord(['корп', 'корпус', 'к', 'стр', 'строение'])}(?:\\.${SP}*|${SP}*)${NUM}${HOUSE_LETTER}?)`;
const FLAT_MARK = `${anyWord(['кв', 'кв-ра', 'квартира', 'кватэра', 'ком', 'комн', 'комната', 'пакой'])}(?:\\.${SP}*|${SP}*)(?:\\u2116${SP}*)?`;
/** The flat: "-12" or "/12" straight after the house, or marked: ", кв. 12", " кв 7", ", квартира 12". */
const FLAT = `(?:${SP}?${DASH}${SP}?${NUM}${HOUSE_LETTER}?|${SP}?/${SP}?${NUM}|${PART_SEP}?${FLAT_MARK}${NUM}${HOUSE_LETTER}?)`;
const HOUSE_AND_FLAT = `${HOUSE_NUMBER}${BLOCK}?${FLAT}?`;

/** Town types written before the name: "г. Минск", "аг. Крупица", "в. Крупіца", "г.п. Бобр", "д. Каменка". */
const TOWN_TYPES_DOTTED = ['г', 'гор', 'д', 'дер', 'в', 'вёс', 'аг', 'п', 'пос', 'пгт', 'гп', 'г.п', 'г. п', 'с', 'х'];
const TOWN_TYPES = ['город', 'горад', 'деревня', 'вёска', 'агрогородок', 'аграгарадок', 'посёлок', 'поселок', 'пасёлак', 'село', 'пгт'];
const TOWN_PREFIX = `${ALONE_L}(?:${anyWord(TOWN_TYPES_DOTTED)}\\.|${anyWord(TOWN_TYPES)}(?![\\p{L}]))${SP}*`;
const TOWN_NAME = `\\p{Lu}${WORD_TAIL}(?:${SP}\\p{Lu}${WORD_TAIL})?`;
/** Oblast and raion before the town: "Минская обл., Борисовский р-н, ". */
const ADMIN = `\\p{Lu}${WORD_TAIL}${SP}+${anyWord(['обл', 'вобл', 'р-н', 'район', 'раён', 'область', 'вобласць'])}\\.?${SP}*,${SP}*(?:\\n${SP}*)?`;
/** Postal code, oblast, raion: only in front of a town with its type word, never on their own. */
const ADDRESS_HEAD = `(?:${ALONE_L}\\d{6}${SP}*,?${SP}*)?(?:${ADMIN}){0,2}`;
/** The town before the street: with its type word ("г. Минск ул. …"), or bare but then with a comma ("Минск, ул. …"). */
const TOWN = `(?:${ADDRESS_HEAD}${TOWN_PREFIX}${TOWN_NAME}${PART_SEP}|${ALONE_L}${TOWN_NAME}${SP}*,${SP}*(?:\\n${SP}*)?)`;

const MONTHS = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
  'студзеня', 'лютага', 'сакавіка', 'красавіка', 'траўня', 'мая', 'чэрвеня', 'ліпеня', 'жніўня', 'верасня',
  'кастрычніка', 'лістапада', 'снежня',
];
/**
 * What may follow "на пл. Победы 9" when the number is no house: a month, a year, a count, a sum,
 * a time or a date ("9 мая", "5 человек", "2020 года", "10:30", "12.05.2021"). A capitalised word
 * after the number is a place ("ул. Ленина 5 Минск"), so the stems below count only in lower case or caps.
 */
const NOT_A_HOUSE = new RegExp(
  `^(?:[.:]\\d|${SP}*(?:%|\\$|€|(?!\\p{Lu}\\p{Ll})${anyWord([
    ...MONTHS, 'год', 'гад', 'лет', 'раз', 'чел', 'чалав', 'руб', 'бел', 'тыс', 'млн', 'млрд', 'долл', 'евро', 'час',
    'гадзін', 'мин', 'хвіл', 'сут', 'дн', 'дзён', 'дня', 'мес', 'шт', 'кг', 'км', 'метр', 'ч.', 'ст.', 'штук', 'сум',
  ])}))`,
  'u',
);

/** Street types that Russian puts after an adjectival name: "Садовый переулок, 3", "Ленинский пр-т 45". */
const STREET_TYPES_AFTER = ['улица', 'вуліца', 'переулок', 'завулак', 'проспект', 'праспект', 'пр-т', 'бульвар', 'б-р', 'проезд', 'праезд', 'шоссе', 'тракт', 'площадь', 'набережная', 'тупик'];
/** Abbreviations count after the name only with their dot: "Курск ул 3-я …" is no "Курск street". */
const STREET_TYPES_AFTER_DOTTED = ['ул', 'вул', 'пер', 'пл'];
/** The street type after the name (and the spaces after it). */
const STREET_TYPE_AFTER = `(?:${anyWord(STREET_TYPES_AFTER)}\\.?|${anyWord(STREET_TYPES_AFTER_DOTTED)}\\.)`;
/** Capitalised at the start of a sentence, yet no street name: "На Пулковском шоссе, д. 15", "По Московскому шоссе 288". */
const NOT_A_NAME = `(?!${anyWord(['на', 'по', 'в', 'во', 'у', 'к', 'с', 'со', 'от', 'до', 'из', 'за', 'около', 'возле', 'напротив', 'вдоль', 'адрес', 'па', 'ля', 'каля', 'ад', 'да', 'праз', 'із'])}${SP})`;

/** Street types and house marks: no address without one of them. */
const NEAR_WORDS = [...STREET_TYPES, ...STREET_TYPES_DOTTED, ...STREET_TYPES_AFTER, ...HOUSE_WORDS];
const ADDRESS_NEAR = {
  pattern: new RegExp(`(?<![\\p{L}])${anyWord(NEAR_WORDS)}(?![\\p{L}])`, 'gu'),
  reach: 260,
  start: { alone: firstLetters(NEAR_WORDS), notAfter: '\\p{L}' },
};

/**
 * Where an address starts: ADMIN (an oblast or raion) and TOWN_NAME / NAME_WORD begin with a
 * capital, ADMIN with no look-behind, so any capital; a postal code, a town type or a street type
 * begins after ALONE_L.
 */
const townStart = (streetWords: readonly string[]): Start => ({
  any: '\\p{Lu}',
  alone: `(?:\\d|${firstLetters([...TOWN_TYPES_DOTTED, ...TOWN_TYPES, ...streetWords])})`,
  notAfter: NOT_AFTER_ALONE,
});

/** What may follow an address: no month, year, count or sum after its house number (NOT_A_HOUSE). */
const notAHouseAfter = (_s: string, text: string, _start: number, end: number): boolean => !NOT_A_HOUSE.test(text.slice(end, end + 24));
/** The house, perhaps marked, and the flat that end the first two address patterns. */
const HOUSE_END = `(?:${HOUSE_MARK})?${HOUSE_AND_FLAT}(?![\\p{L}\\p{N}])`;

/** An address detector: `head`, then `tail`, which starts with one of the near words `words`; `small`: see Detector.tail. */
function address(head: string, words: readonly string[], tail: string, start: Start, small?: number): Detector {
  return { type: 'address', pattern: re(head + tail), accept: notAHouseAfter, near: ADDRESS_NEAR, tail: { words, pattern: new RegExp(tail, 'uy'), ...(small === undefined ? {} : { small }) }, start };
}
/**
 * The small-letter words a town before the street can hold: two oblast or raion words (ADMIN,
 * "обл", "р-н") and a town type of up to two ("г. п."); its names are capitalised.
 */
const TOWN_SMALL_WORDS = 4;

const ADDRESSES: Detector[] = [
  address(`(?:${TOWN})?`, [...STREET_TYPES, ...STREET_TYPES_DOTTED], `${STREET_TYPE}${STREET_NAME}${PART_SEP}${HOUSE_END}`, townStart([...STREET_TYPES, ...STREET_TYPES_DOTTED]), TOWN_SMALL_WORDS),
  address(
    `(?:${TOWN})?${ALONE_L}${NOT_A_NAME}${NAME_WORD}(?:${NAME_NEXT}){0,2}${SP}+`,
    [...STREET_TYPES_AFTER, ...STREET_TYPES_AFTER_DOTTED],
    `${STREET_TYPE_AFTER}${PART_SEP}${HOUSE_END}`,
    townStart([]),
  ),
  // Villages without streets: "д. Крупица, д. 5", "в. Каменка, дом 12". The house marker is required here.
  address(`${ADDRESS_HEAD}${TOWN_PREFIX}${TOWN_NAME}${PART_SEP}`, HOUSE_WORDS, `${HOUSE_MARK}${HOUSE_AND_FLAT}(?![\\p{L}\\p{N}])`, townStart([]), TOWN_SMALL_WORDS),
];

// --- Documents ------------------------------------------------------------------------------

/**
 * A Belarusian personal number: birth century and sex digit, DDMMYY, region letter, serial, two
 * letters (PB, BA, BI, GB…), check digit. Cyrillic look-alikes and lower case are accepted, as
 * writers type them on whatever keyboard is on.
 */
const ID_NUMBER: Detector = {
  type: 'id_number',
  pattern: re(`${ALONE_L}[1-6]\\d{6}[ABCEFHKMАВСЕНКМ]\\d{3}[A-ZА-ЯЁІЎ]{2}\\d${ALONE_R}`, 'i'),
  accept: (s) => {
    const day = Number(s.slice(1, 3));
    const month = Number(s.slice(3, 5));
    return day >= 1 && day <= 31 && month >= 1 && month <= 12;
  },
  start: aloneStart('[1-6]', '\\d', ['\\d', '\\d', '\\d', '\\d']),
};

/** Latin passport-series letters and their Cyrillic look-alikes; Cyrillic only in capitals, as "кв" is a flat. */
const SERIES_LETTER: Record<string, string> = {
  A: 'AАa', B: 'BВb', H: 'HНh', K: 'KКk', M: 'MМm', P: 'PРp', C: 'CСc', S: 'Ss', D: 'Dd',
};
const BY_SERIES_CODES = ['AB', 'BM', 'HB', 'KH', 'MP', 'MC', 'KB', 'PP', 'SP', 'DP'];
const BY_SERIES = BY_SERIES_CODES.map((s) => [...s].map((ch) => `[${SERIES_LETTER[ch] ?? ch}]`).join('')).join('|');
/** The letters a Belarusian series can start with, and its second letters, in every spelling SERIES_LETTER allows. */
const BY_SERIES_FIRST = `[${[...new Set(BY_SERIES_CODES.map((s) => SERIES_LETTER[s[0]!] ?? s[0]!))].join('')}]`;
const BY_SERIES_SECOND = `[${[...new Set(BY_SERIES_CODES.map((s) => SERIES_LETTER[s[1]!] ?? s[1]!))].join('')}]`;
/** Between series and number: nothing, a space, a dash, or "№" / "N" / "номер". */
const SERIES_GAP = `(?:${SP}*(?:\\u2116|[Nn][oº]?\\.?|${ci('номер')}|${ci('нумар')})${SP}*|${SP}?${DASH}?${SP}?)`;

/** Passport words, of which one must stand shortly before a Russian series and number. */
const PASSPORT_WORD = /(?<!\p{L})(?:пасп|пашп|passport|сер(?:ия|ии|ию|ией|ыя|ыі|ыю|\.))/giu;
const PASSPORT_REACH = 30;

function passportWordBefore(text: string, start: number): boolean {
  const from = Math.max(0, start - PASSPORT_REACH - 12);
  const before = text.slice(from, start);
  for (const m of before.matchAll(PASSPORT_WORD)) {
    // Measured from the end of the word's stem: "паспорт гражданина РФ серии 4512 …".
    if (before.length - (m.index + m[0].length) <= PASSPORT_REACH) return true;
  }
  return false;
}

const PASSPORTS: Detector[] = [
  // Belarusian series and seven digits is unmistakable on its own: MP1234567, КН 1234567, AB № 1234567.
  { type: 'passport', pattern: re(`${ALONE_L}(?:${BY_SERIES})${SERIES_GAP}\\d{7}${ALONE_R}`), start: aloneStart(BY_SERIES_FIRST, BY_SERIES_SECOND) },
  // Russian "45 12 345678": four digits of series, six of number, otherwise just digits, so a passport word must precede.
  {
    type: 'passport',
    pattern: re(`${ALONE_L}\\d{2}${SP}?\\d{2}(?:${SP}*(?:\\u2116|N|номер|нумар)${SP}*|${SP}?)\\d{6}${ALONE_R}`, 'i'),
    accept: (_s, text, start) => passportWordBefore(text, start),
    start: aloneStart('\\d', '\\d', [SP_OR_DIGIT, '\\d']),
  },
];

// --- Bank cards -----------------------------------------------------------------------------

/** The Luhn checksum every payment card number carries. */
export function luhnValid(digitString: string): boolean {
  let sum = 0;
  for (let i = 0; i < digitString.length; i++) {
    let d = digitString.charCodeAt(digitString.length - 1 - i) - 48;
    if (d < 0 || d > 9) return false;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * An unbroken run of digits may be a case, protocol or register number that happens to pass Luhn
 * (one in ten does); those come with their word before them.
 */
const CASE_WORD = /(?<!\p{L})(?:дел[оау]|справ[аыуе]|протокол|постановлени|материал|кусп|инн|унп|снилс|огрн|полис|паліс|регистр|рэгістр|сч[её]т|рахун|квитанц)/iu;
const CARD_REACH = 40;

const CARD: Detector = {
  type: 'card',
  pattern: re(
    `${ALONE_L}(?<!\\d[ \\u00A0\\-])(?:\\d{4}(?:[ \\u00A0\\-]\\d{4}){2,3}(?:[ \\u00A0\\-]\\d{1,4})?|\\d{4}[ \\u00A0\\-]\\d{6}[ \\u00A0\\-]\\d{4,5}|\\d{13,19})${ALONE_R}`,
  ),
  accept: (s, text, start) => {
    const d = s.replace(/\D/g, '');
    if (d.length < 13 || d.length > 19 || !luhnValid(d)) return false;
    // Issuers: 2 Mir and Mastercard, 3 Amex/JCB, 4 Visa, 5–6 Mastercard/Maestro/UnionPay, 9 Belkart.
    if (!/^[2-69]/.test(d) || /^(\d)\1+$/.test(d)) return false;
    if (/^\d+$/.test(s) && CASE_WORD.test(text.slice(Math.max(0, start - CARD_REACH), start))) return false;
    return true;
  },
  // Four digits, then a separator or a digit, then a digit: "2020 года" is tried no further.
  start: aloneStart('\\d', '\\d', ['\\d', '\\d', '[ \\u00A0\\-\\d]', '\\d']),
};

// --- Car plates -----------------------------------------------------------------------------

/** Belarusian plates use Latin letters that exist in Cyrillic too; writers type either. */
const BY_PLATE_LETTERS = 'ABCEHIKMOPTXАВСЕНІКМОРТХ';
const BY_PLATE_LETTER = `[${BY_PLATE_LETTERS}]`;
/** Russian plates: the twelve Cyrillic letters with Latin twins, upper case; lower case only when written solid. */
const RU_PLATE_LETTER = '[АВЕКМНОРСТУХABEKMHOPCTYXавекмнорстухabekmhopctyx]';
/** The region after the dash: 1–7 oblasts and Minsk, 8 for the newer series. */
const BY_REGION = `${SP}?${DASH}${SP}?[0-8]`;
const HAS_DASH = new RegExp(DASH, 'u');
/** "1234 AB 7", as the plate is read aloud, has a space for the dash; only in the digits-first order. */
const BY_REGION_LOOSE = `(?:${BY_REGION}|${SP}[0-8])`;

const PLATES: Detector[] = [
  // 1234 AB-7, 1234АВ-7 (since 1992) and AB 1234-7 (the newer order).
  {
    type: 'plate',
    pattern: re(`${ALONE_L}(?:\\d{4}${SP}?${BY_PLATE_LETTER}{2}${BY_REGION_LOOSE}|${BY_PLATE_LETTER}{2}${SP}?\\d{4}${BY_REGION})${ALONE_R}`),
    // Without the dash, "2020 ОН 7 РАЗ" in a shouted letter would pass; a year is no plate then.
    accept: (s) => HAS_DASH.test(s) || !/^(?:19|20)\d\d/.test(s),
    start: aloneStart(`[\\d${BY_PLATE_LETTERS}]`, `[\\d${BY_PLATE_LETTERS}]`, [SP_OR_DIGIT, '\\d', `[\\d \\u00A0\\u202F${BY_PLATE_LETTERS}]`, `[\\d${BY_PLATE_LETTERS}]`]),
  },
  // А123ВС 77, А123ВС777, А 123 ВС 77 RUS.
  {
    type: 'plate',
    pattern: re(`${ALONE_L}${RU_PLATE_LETTER}${SP}?\\d{3}${SP}?${RU_PLATE_LETTER}{2}${SP}?\\d{2,3}(?:${SP}?RUS)?${ALONE_R}`),
    accept: (s) => {
      if (/\p{Ll}/u.test(s) && /\s/.test(s)) return false;
      const number = /\d{3}/.exec(s)?.[0];
      return number !== '000';
    },
    start: aloneStart(RU_PLATE_LETTER, SP_OR_DIGIT, ['\\d', '\\d']),
  },
];

/**
 * Every detector, in order of precedence, each with all of its fields (absent ones undefined): one
 * shape, so that findPii() reads a field of any detector at one place without a megamorphic lookup.
 */
const DETECTORS: readonly Detector[] = [EMAIL, ...PHONES, ...ADDRESSES, ID_NUMBER, ...PASSPORTS, CARD, ...PLATES].map(
  (d): Detector => ({ type: d.type, pattern: d.pattern, accept: d.accept, near: d.near, tail: d.tail, start: d.start, needs: d.needs, digit: d.digit }),
);

// ---------------------------------------------------------------------------------------------

interface Candidate extends PiiSpan {
  rank: number;
}

/**
 * A pattern as findPii runs it: sticky, at the positions its Start allows. The start tables are
 * filled per code point on first sight (a letter uses a few hundred), one bit per runner.
 */
interface Runner {
  /** The same pattern with the sticky flag: it matches at lastIndex or not at all. */
  sticky: RegExp;
  any: RegExp | null;
  alone: RegExp | null;
  notAfter: RegExp | null;
  next: RegExp | null;
  then: RegExp[];
  before: { char: string; run: RegExp } | null;
  /** Positions in the letter where a match may start, ascending: the first `count` of `at`, refilled for every letter (or window). */
  at: Int32Array;
  count: number;
}

function runner(pattern: RegExp, start: Start): Runner {
  const flags = pattern.flags.includes('i') ? 'iu' : 'u';
  const cls = (c: string | undefined) => (c ? new RegExp(`^(?:${c})$`, flags) : null);
  return {
    sticky: new RegExp(pattern.source, `${pattern.flags}y`),
    any: cls(start.any),
    alone: cls(start.alone),
    notAfter: cls(start.notAfter),
    next: cls(start.next),
    then: (start.then ?? []).map((c) => cls(c)!),
    before: start.before ? { char: start.before.char, run: new RegExp(`^(?:${start.before.run})$`, flags) } : null,
    at: new Int32Array(4096),
    count: 0,
  };
}

const NEAR_RUNNER = runner(ADDRESS_NEAR.pattern, ADDRESS_NEAR.start);
const DETECTOR_RUNNERS = DETECTORS.map((d) => runner(d.pattern, d.start));
const RUNNERS: readonly Runner[] = [NEAR_RUNNER, ...DETECTOR_RUNNERS];
if (RUNNERS.length > 31) throw new Error('pii: more patterns than bits in a start mask');
/** Runners whose detectors run in the near windows: their starts are read per window, where they are needed. */
const WINDOWED = DETECTORS.reduce((m, d, k) => (d.near ? m | (1 << (k + 1)) : m), 0);
/** Runners whose starts are found from a character they end before (Start.before), not in the pass. */
const BEFORE = RUNNERS.reduce((m, r, b) => (r.before ? m | (1 << b) : m), 0);
const ALL_RUNNERS = (2 ** RUNNERS.length - 1) & ~WINDOWED & ~BEFORE;
// findPii reads the windowed detectors' starts only up to a window's last digit.
if (DETECTORS.some((d) => d.near && d.digit === false)) throw new Error('pii: a windowed detector must hold a digit');
/** The runners whose detector needs a literal (Detector.needs), by that literal. */
const NEEDS: readonly [string, number][] = DETECTORS.flatMap((d, k) => (d.needs === undefined ? [] : [[d.needs, 1 << (k + 1)] as [string, number]]));

/** The longest Start.then. */
const THEN_LENGTH = Math.max(0, ...RUNNERS.map((r) => r.then.length));
/**
 * Per code unit, the masks of the characters after a possible start: [nextOk, then…] (masksOf()'s
 * from the fourth on). nextOk holds the runners a character may stand second for (those with no
 * `next`, and those whose `next` holds it), then… per place the runners it may stand there for.
 */
const STRIDE = 1 + THEN_LENGTH;
const MASKS = new Int32Array(STRIDE * 0x10000);
/** In NOT_AFTER_OF: the unit is learnt. No runner has this bit (RUNNERS.length < 32). */
const LEARNT = 1 << 31;
/** The runners with a `then` condition. */
const HAS_THEN = RUNNERS.reduce((m, r, b) => (r.then.length ? m | (1 << b) : m), 0);
const ASTRAL = new Map<number, Uint32Array>();
/** The runners with a `next` condition. */
const HAS_NEXT = RUNNERS.reduce((m, r, b) => (r.next ? m | (1 << b) : m), 0);

function masksOf(cp: number): Uint32Array {
  const ch = String.fromCodePoint(cp);
  const m = new Uint32Array(4 + THEN_LENGTH);
  RUNNERS.forEach((r, b) => {
    if (r.any?.test(ch)) m[0]! |= 1 << b;
    if (r.alone?.test(ch)) m[1]! |= 1 << b;
    if (r.notAfter?.test(ch)) m[2]! |= 1 << b;
    if (!r.next || r.next.test(ch)) m[3]! |= 1 << b;
    for (let k = 0; k < THEN_LENGTH; k++) if (!r.then[k] || r.then[k]!.test(ch)) m[4 + k]! |= 1 << b;
  });
  return m;
}

/**
 * Per code unit, the runners it may start (any; alone, where the character before is none of
 * notAfter) and those that cannot start right after it (notAfter): masksOf()'s first three, one
 * table each, indexed by the unit itself. The scan reads them at every character; a unit read from
 * a Uint16Array is known to lie inside them, so the reads need no bounds checks. NOT_AFTER_OF holds
 * LEARNT too (0: not learnt; the unit's other tables and its MASKS row are filled with it).
 */
const ANY_OF = new Int32Array(0x10000);
const ALONE_OF = new Int32Array(0x10000);
const NOT_AFTER_OF = new Int32Array(0x10000);

/** Learns code unit c: its entries in the three tables above and its row in MASKS. */
function knowUnit(c: number): void {
  const m = masksOf(c);
  MASKS.set(m.subarray(3), c * STRIDE);
  ANY_OF[c] = m[0]!;
  ALONE_OF[c] = m[1]!;
  NOT_AFTER_OF[c] = m[2]! | LEARNT;
}

/** Set by findStarts: the position of the letter's last ASCII digit, or -1. */
let lastDigit = -1;

/** Literals some detector needs (Detector.needs) that the letter holds: set by findStarts. */
const present = new Set<string>();

/** Set by skipPlain(): the notAfter mask of the unit before the one it stopped at. */
let skipNotAfter = 0;

/**
 * The first position from i on where a runner in `which` may start, or whose unit the loop below
 * must read itself (a high surrogate, a unit not yet learnt), or `to`. Most characters of a letter
 * start nothing: a small loop of its own passes over them with its few values in registers.
 */
function skipPlain(u: Uint16Array, from: number, to: number, which: number, notAfterPrev: number): number {
  // `| 0`: the optimiser then keeps the index an untagged integer in a register (read from an
  // argument, it stayed a tagged value in a stack slot, checked and shifted at every character).
  let i = from | 0;
  const end = to | 0;
  for (; i < end; i++) {
    const c = u[i]!;
    const notAfter = NOT_AFTER_OF[c]!;
    if (notAfter === 0 || (c >= 0xd800 && c <= 0xdbff)) break;
    if (((ANY_OF[c]! | (ALONE_OF[c]! & ~notAfterPrev)) & which) !== 0) break;
    notAfterPrev = notAfter;
  }
  skipNotAfter = notAfterPrev;
  return i;
}

/** Empties the `at` lists of the runners in `which`, with room for `size` starts each. */
function clearStarts(which: number, size: number): void {
  for (let b = 0; b < RUNNERS.length; b++) {
    if ((which & (1 << b)) === 0) continue;
    const r = RUNNERS[b]!;
    r.count = 0;
    if (r.at.length < size) r.at = new Int32Array(Math.max(size, r.at.length * 2));
  }
}

/**
 * Records position i as a start of each runner in `bits` (those its character may start, in
 * `which`) that the characters after it allow: the second (`next`) and those after (`then`),
 * while they are plain units. `width`: the units of the character at i.
 */
function addStarts(u: Uint16Array, n: number, i: number, width: number, bits: number): void {
  // The second character, where it is a plain one.
  if ((bits & HAS_NEXT) !== 0 && i + width < n) {
    const c2 = u[i + width]!;
    if (c2 < 0xd800 || c2 > 0xdfff) {
      if (NOT_AFTER_OF[c2] === 0) knowUnit(c2);
      bits &= MASKS[c2 * STRIDE]!;
      // The characters after it, while they are plain ones.
      for (let k = 0, at = i + width + 1; k < THEN_LENGTH && at < n && (bits & HAS_THEN) !== 0; k++, at++) {
        const c = u[at]!;
        if (c >= 0xd800 && c <= 0xdfff) break;
        if (NOT_AFTER_OF[c] === 0) knowUnit(c);
        bits &= MASKS[c * STRIDE + 1 + k]!;
      }
    }
  }
  while (bits !== 0) {
    const b = 31 - Math.clz32(bits);
    const r = RUNNERS[b]!;
    r.at[r.count++] = i;
    bits ^= 1 << b;
  }
}

/**
 * The positions in text[from, to) where the runners in `which` may start a match, into their
 * `at` lists (emptied first). One pass over the characters, with the start tables.
 */
function scanStarts(text: string, from: number, to: number, which: number): void {
  clearStarts(which, to - from);
  const n = text.length;
  const u = TEXT_UNITS.of(text);
  // The character before `from`: nothing at the start of the text (nor, for a window, in its slice;
  // runDetector tries a window's first position whatever stands before it).
  let notAfterPrev = 0;
  for (let i = from; i < to; ) {
    i = skipPlain(u, i, to, which, notAfterPrev);
    if (i >= to) break;
    notAfterPrev = skipNotAfter;
    let cp = u[i]!;
    let width = 1;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const lo = u[i + 1]!;
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (lo - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    let any: number;
    let alone: number;
    let notAfter: number;
    if (width === 1) {
      if (NOT_AFTER_OF[cp] === 0) knowUnit(cp);
      any = ANY_OF[cp]!;
      alone = ALONE_OF[cp]!;
      notAfter = NOT_AFTER_OF[cp]!;
    } else {
      let m = ASTRAL.get(cp);
      if (!m) {
        m = masksOf(cp);
        ASTRAL.set(cp, m);
      }
      any = m[0]!;
      alone = m[1]!;
      notAfter = m[2]!;
    }
    const bits = (any | (alone & ~notAfterPrev)) & which;
    if (bits !== 0) addStarts(u, n, i, width, bits);
    notAfterPrev = notAfter;
    i += width;
  }
}

/**
 * 1 where no runner of the letter's pass (ALL_RUNNERS) can start inside the spelling, after its
 * first unit, whatever stood before it; else 2 (Spelled.quiet). `w` holds no surrogate.
 */
function quietInside(w: string): number {
  for (let k = 1; k < w.length; k++) {
    const c = charCodeAt.call(w, k);
    const p = charCodeAt.call(w, k - 1);
    if (NOT_AFTER_OF[c] === 0) knowUnit(c);
    if (NOT_AFTER_OF[p] === 0) knowUnit(p);
    if (((ANY_OF[c]! | (ALONE_OF[c]! & ~NOT_AFTER_OF[p]!)) & ALL_RUNNERS) !== 0) return 2;
  }
  return 1;
}

/** NEAR_RUNNER's bit. */
const NEAR_BIT = 1 << RUNNERS.indexOf(NEAR_RUNNER);
const NEAR_FROM_START = new RegExp(ADDRESS_NEAR.pattern.source, 'uy');

/**
 * 1 where a near word (ADDRESS_NEAR) starts the word spelt `w`, else 2 (Spelled.near). In a text
 * the tokenizer has read cleanly the same holds at the word's span: no letter stands before a word
 * span or after it, and a near word cannot reach past it (it would need a letter after its hyphen,
 * which the tokenizer joins into the word).
 */
function nearStart(w: string): number {
  return nearWordStartsAt(w, 0) ? 1 : 2;
}

/** A near word (ADDRESS_NEAR's pattern, look-behind and all) starts at p in text. Exported for tests. */
export function nearWordStartsAt(text: string, p: number): boolean {
  NEAR_FROM_START.lastIndex = p;
  return NEAR_FROM_START.test(text);
}

// A space starts no pattern, whatever stands before it: scanStartsBySpans() passes spaces by.
knowUnit(0x20);
if ((ANY_OF[0x20]! | ALONE_OF[0x20]!) !== 0) throw new Error('pii: a pattern may start at a space');

/**
 * scanStarts() over a whole text the entity finder's tokenizer has just cut into spans (LAST_READ),
 * for runners among ALL_RUNNERS: the same starts, but inside a word whose spelling no runner can
 * start in (Spelled.quiet) no character is read. Every other unit (the words' first ones, the
 * other spans, the blanks between them) is read as scanStarts() reads it. Only for a clean text
 * (no surrogates: a unit is a character) that LAST_READ holds.
 */
function scanStartsBySpans(text: string, which: number): void {
  const n = text.length;
  clearStarts(which, n);
  const u = TEXT_UNITS.of(text);
  const { count, starts, ends, word, spelled } = LAST_READ;
  let i = 0;
  for (let r = 0; r <= count; r++) {
    const s = r < count ? starts[r]! : n;
    // The units before the span: the blanks, and the inside of a word that is not quiet. A space
    // starts nothing (checked at load), and most blanks are one.
    for (; i < s; i++) if (u[i] !== 0x20) unitStarts(u, n, i, which);
    if (r === count) break;
    i = s + 1;
    const isWord = word[r] === 1;
    // A word starts a near word only where its spelling does (nearStart()): most words that begin
    // with a near word's letter are none.
    let sp: Spelled | undefined;
    let near = 1;
    if (isWord) {
      sp = spelled[r]!;
      near = sp.near;
      if (near === 0) sp.near = near = nearStart(sp.w);
    }
    unitStarts(u, n, s, near === 1 ? which : which & ~NEAR_BIT);
    const e = ends[r]!;
    if (sp !== undefined && e - s > 1) {
      let quiet = sp.quiet;
      if (quiet === 0) sp.quiet = quiet = quietInside(sp.w);
      if (quiet === 1) i = e;
    }
  }
}

/**
 * The starts at unit i of a text without surrogates (u, n units), as scanStarts() finds them there.
 * A small function the optimiser inlines: there it reads the start tables at fixed addresses, with
 * no checks (in the body of a function compiled on its own, each read checked the table's map).
 */
function unitStarts(u: Uint16Array, n: number, i: number, which: number): void {
  const c = u[i]!;
  if (NOT_AFTER_OF[c] === 0) knowUnit(c);
  let notAfterPrev = 0;
  if (i > 0) {
    const p = u[i - 1]!;
    if (NOT_AFTER_OF[p] === 0) knowUnit(p);
    notAfterPrev = NOT_AFTER_OF[p]!;
  }
  const bits = (ANY_OF[c]! | (ALONE_OF[c]! & ~notAfterPrev)) & which;
  if (bits !== 0) addStarts(u, n, i, 1, bits);
}

/**
 * The starts of the letter's pass (findStarts without the `before` runners) for each runner, read
 * unit by unit or, where the tokenizer has just read the text, span by span (`bySpans`), NEAR_RUNNER's
 * first: for tests, which hold the two ways to one answer (span by span, a word's start is a near
 * runner's start only where a near word stands).
 */
export function passStarts(text: string, bySpans: boolean): number[][] {
  if (bySpans && LAST_READ.text === text && LAST_READ.clean) scanStartsBySpans(text, ALL_RUNNERS);
  else scanStarts(text, 0, text.length, ALL_RUNNERS);
  return RUNNERS.map((r, b) => ((ALL_RUNNERS & (1 << b)) === 0 ? [] : [...r.at.subarray(0, r.count)]));
}

/**
 * The letter's starts for every runner but the windowed ones, its last digit, and which needed
 * literals it holds; runners whose detector needs a literal the letter lacks collect nothing.
 */
function findStarts(text: string): void {
  present.clear();
  let which = ALL_RUNNERS;
  for (const [literal, bit] of NEEDS) {
    if (present.has(literal) || text.includes(literal)) present.add(literal);
    else which &= ~bit;
  }
  lastDigit = -1;
  const u = TEXT_UNITS.of(text);
  for (let i = text.length - 1; i >= 0; i--) {
    const c = u[i]!;
    if (c >= 0x30 && c <= 0x39) {
      lastDigit = i;
      break;
    }
  }
  if (LAST_READ.text === text && LAST_READ.clean) scanStartsBySpans(text, which);
  else scanStarts(text, 0, text.length, which);
  for (let b = 0; b < RUNNERS.length; b++) {
    if ((BEFORE & (1 << b)) === 0) continue;
    const needs = NEEDS.find(([, bit]) => bit === 1 << b)?.[0];
    startsBefore(text, RUNNERS[b]!, needs === undefined || present.has(needs));
  }
}

/** Start.before: for each `char`, the start of the run of `run` characters that ends right before it. */
function startsBefore(text: string, r: Runner, active: boolean): void {
  const { char, run } = r.before!;
  r.count = 0;
  if (!active) return;
  if (r.at.length < text.length) r.at = new Int32Array(Math.max(text.length, r.at.length * 2));
  for (let a = indexOf.call(text, char); a >= 0; a = indexOf.call(text, char, a + 1)) {
    let p = a;
    while (p > 0) {
      // The code point ending at p - 1.
      let w = 1;
      const lo = charCodeAt.call(text, p - 1);
      if (lo >= 0xdc00 && lo <= 0xdfff && p >= 2) {
        const hi = charCodeAt.call(text, p - 2);
        if (hi >= 0xd800 && hi <= 0xdbff) w = 2;
      }
      if (!run.test(text.slice(p - w, p))) break;
      p -= w;
    }
    if (p < a && (r.count === 0 || r.at[r.count - 1] !== p)) r.at[r.count++] = p;
  }
}

// --- The near words, read without a regular expression --------------------------------------

/**
 * ADDRESS_NEAR's pattern as a trie: at a position its look-behind allows (findStarts), the longest
 * of NEAR_WORDS spelt there, each letter in either case as ci() spells it, that no letter follows.
 * The same matches as the pattern (pii.test.ts and the corpus comparison hold them to it) at a
 * fraction of the cost: the pattern is tried at every word that starts like a street type.
 */
interface TrieNode {
  /** Children by NEAR_ALPHABET's number of the code unit. */
  next: (TrieNode | undefined)[];
  word: boolean;
  /** The detectors (bit 1 << rank) whose tail can start with the word ending here. */
  holds: number;
}
/** The code units of the near words in both cases, numbered from 1 (0: none of them), so that a trie step is two array reads. */
const NEAR_ALPHABET = new Uint8Array(0x10000);
let nearLetters = 0;
for (const w of NEAR_WORDS)
  for (const ch of w)
    for (const v of new Set([ch.toLowerCase(), ch.toUpperCase(), ch])) {
      if (v.length !== 1) throw new Error(`pii: near word "${w}" has a letter of two code units`);
      if (NEAR_ALPHABET[v.charCodeAt(0)] === 0) NEAR_ALPHABET[v.charCodeAt(0)] = ++nearLetters;
    }
if (nearLetters > 255) throw new Error('pii: too many letters in the near words');
const trieNode = (): TrieNode => ({ next: new Array<TrieNode | undefined>(nearLetters + 1).fill(undefined), word: false, holds: 0 });
const NEAR_TRIE: TrieNode = trieNode();
/** The node of the near word `w`, made on first call. */
function nearNode(w: string): TrieNode {
  let node = NEAR_TRIE;
  for (const ch of w) {
    const lower = ch.toLowerCase();
    const upper = ch.toUpperCase();
    let child: TrieNode | undefined;
    for (const v of lower !== upper ? [lower, upper] : [ch]) {
      const a = NEAR_ALPHABET[v.charCodeAt(0)]!;
      child ??= node.next[a];
      child ??= trieNode();
      node.next[a] = child;
    }
    node = child!;
  }
  return node;
}
for (const w of NEAR_WORDS) nearNode(w).word = true;
DETECTORS.forEach((d, rank) => {
  for (const w of d.tail?.words ?? []) {
    const node = nearNode(w);
    if (!node.word) throw new Error(`pii: "${w}" is held but no near word`);
    node.holds |= 1 << rank;
  }
});

/** `(?![\p{L}])` at i: no letter (code point) starts there. */
function noLetterAt(text: string, i: number): boolean {
  if (i >= text.length) return true;
  const c = charCodeAt.call(text, i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const lo = charCodeAt.call(text, i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return !/^\p{L}$/u.test(text.slice(i, i + 2));
  }
  return (unitClass(c) & UNIT_LETTER) === 0;
}

/** Set by nearWordAt: the `holds` bits of every near word that ends at a non-letter there (TrieNode.holds). */
let nearHeld = 0;

/** The end of the near word at p, or -1; u holds the text's code units. */
function nearWordAt(text: string, u: Uint16Array, p: number): number {
  let node: TrieNode | undefined = NEAR_TRIE;
  let end = -1;
  nearHeld = 0;
  const n = text.length;
  for (let k = p; k < n; k++) {
    const a = NEAR_ALPHABET[u[k]!]!;
    if (a === 0) break;
    node = node.next[a];
    if (node === undefined) break;
    if (node.word && noLetterAt(text, k + 1)) {
      end = k + 1;
      nearHeld |= node.holds;
    }
  }
  return end;
}

/** Every near word of the letter, in text order, as windows() read them: where it starts and its TrieNode.holds bits. */
const NEAR_HITS = { at: new Int32Array(256), held: new Int32Array(256), count: 0 };

/**
 * The last place in the window text[from, to) (`part`) where the tail of the detector of `rank`
 * matches, or -1: no match of the detector starts after it.
 */
function lastTail(rank: number, part: string, from: number, to: number): number {
  for (let k = NEAR_HITS.count - 1; k >= 0 && NEAR_HITS.at[k]! >= from; k--) if (tailAt(rank, part, from, to, k)) return NEAR_HITS.at[k]!;
  return -1;
}

/** The first such place, or -1: no match of the detector has its tail before it. */
function firstTail(rank: number, part: string, from: number, to: number): number {
  for (let k = 0; k < NEAR_HITS.count && NEAR_HITS.at[k]! < to; k++) if (tailAt(rank, part, from, to, k)) return NEAR_HITS.at[k]!;
  return -1;
}

/** The tail of the detector of `rank` matches at the near word NEAR_HITS[k], inside the window. */
function tailAt(rank: number, part: string, from: number, to: number, k: number): boolean {
  const p = NEAR_HITS.at[k]!;
  if (p < from || p >= to || (NEAR_HITS.held[k]! & (1 << rank)) === 0) return false;
  const tail = DETECTORS[rank]!.tail!.pattern;
  tail.lastIndex = p - from;
  return tail.test(part);
}

/**
 * Where a match whose tail is at `tail` or later can start at the earliest, given that at most
 * `small` small letters (\p{Ll}) after a space, comma, dot or line break stand before its tail:
 * right after the one more than that, read back from `tail`; else `from`.
 */
function smallBefore(text: string, from: number, tail: number, small: number): number {
  let seen = 0;
  for (let i = tail - 1; i > from; i--) {
    const c = charCodeAt.call(text, i);
    if ((unitClass(c) & UNIT_SMALL) === 0) continue;
    const b = charCodeAt.call(text, i - 1);
    if ((b === 0x20 || b === 0xa0 || b === 0x202f || b === 0x2c || b === 0x2e || b === 0x0a) && ++seen > small) return i + 1;
  }
  return from;
}

/**
 * Where a detector with a `near` pattern runs: windows around its hits, cut at white space so no
 * word is split; with each window, where its last hit starts.
 */
function windows(text: string, near: { reach: number }, r: Runner): [number, number, number][] {
  const out: [number, number, number][] = [];
  let next = 0;
  NEAR_HITS.count = 0;
  if (NEAR_HITS.at.length < r.count) {
    NEAR_HITS.at = new Int32Array(r.count);
    NEAR_HITS.held = new Int32Array(r.count);
  }
  const u = TEXT_UNITS.of(text);
  const { at, count } = r;
  for (let k = 0; k < count; k++) {
    const p = at[k]!;
    const e = nearWordAt(text, u, p);
    if (e < 0) continue;
    NEAR_HITS.at[NEAR_HITS.count] = p;
    NEAR_HITS.held[NEAR_HITS.count++] = nearHeld;
    if (p < next) continue;
    next = e;
    let from = Math.max(0, p - near.reach);
    while (from > 0 && !/\s/.test(text[from - 1] as string)) from--;
    let to = Math.min(text.length, e + 160);
    while (to < text.length && !/\s/.test(text[to] as string)) to++;
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (last && from <= last[1]) {
      last[1] = Math.max(last[1], to);
      last[2] = p;
    } else out.push([from, to, p]);
  }
  return out;
}

/**
 * Every match of a detector in text[from, to), as the pattern run globally over that slice would
 * find them (the slice is what the pattern sees, look-behinds included), trying only the
 * positions where a match may start; a rejected match steps one code point on, an accepted one
 * continues after itself. The first position of a window is always tried: in the slice nothing
 * stands before it. `until`: no match starts at or after it (the last digit, for detectors whose
 * matches hold one after their start); `since`: none starts before it.
 */
function runDetector(det: Detector, rank: number, r: Runner, text: string, from: number, to: number, until: number, out: Candidate[], since = from): void {
  if (until <= from) return;
  const part = from === 0 && to === text.length ? text : text.slice(from, to);
  const sticky = r.sticky;
  const at = r.at;
  const count = r.count;
  const end = Math.min(to, until);
  let next = 0;
  let k = 0;
  while (k < count && at[k]! < since) k++;
  let q = -1;
  if (from > 0 && since <= from) {
    q = 0;
    if (k < count && at[k] === from) k++;
  }
  for (;;) {
    // q: the next position to try, relative to the slice; -1 until taken from the starts.
    if (q < 0) {
      if (k >= count || at[k]! >= end) break;
      q = at[k++]! - from;
    }
    const pos = q;
    q = -1;
    if (pos < next) continue;
    sticky.lastIndex = pos;
    const m = sticky.exec(part);
    if (m === null) continue;
    const range = m.indices?.groups?.pii ?? m.indices?.[0];
    const start = (range?.[0] ?? 0) + from;
    const stop = (range?.[1] ?? 0) + from;
    const span = text.slice(start, stop);
    if (stop > start && (!det.accept || det.accept(span, text, start, stop))) {
      out.push({ type: det.type, start, end: stop, text: span, rank });
      next = sticky.lastIndex;
    } else {
      // A rejected match must not hide one that starts inside it: "(8-908-124-88-11" fails on its
      // bracket, "8-908-124-88-11" right after it does not. Step one code point on.
      next = m.index + ((part.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    }
  }
}

/** The last ASCII digit in text[from, to), or -1. */
function lastDigitIn(text: string, from: number, to: number): number {
  for (let i = Math.min(to, lastDigit + 1) - 1; i >= from; i--) {
    const c = charCodeAt.call(text, i);
    if (c >= 0x30 && c <= 0x39) return i;
  }
  return -1;
}

/**
 * Per detector, where it stops and starts in the current window: findPii's scratch, written before
 * every read. Two typed arrays made at each call took most of what a short letter costs.
 */
const WINDOW_STOPS = new Int32Array(DETECTORS.length);
const WINDOW_STARTS = new Int32Array(DETECTORS.length);

/** Every piece of personal data in the text, sorted by start, non-overlapping. */
export function findPii(text: string): PiiSpan[] {
  const candidates: Candidate[] = [];
  findStarts(text);
  DETECTORS.forEach((det, rank) => {
    if (det.needs !== undefined && !present.has(det.needs)) return;
    if (det.near) return;
    runDetector(det, rank, DETECTOR_RUNNERS[rank]!, text, 0, text.length, det.digit !== false ? lastDigit : text.length, candidates);
  });
  // The windowed detectors, window by window: their starts are read in the window only. None can
  // start at or after the window's last digit (each holds a house number), nor after its last near
  // word: each holds a street type or house mark, a near word no other near word hides.
  // A detector with a tail runs only up to the last place its tail matches (lastTail), and from
  // where a match can reach the first (smallBefore).
  const stops = WINDOW_STOPS;
  const starts = WINDOW_STARTS;
  for (const [from, to, lastHit] of windows(text, ADDRESS_NEAR, NEAR_RUNNER)) {
    const until = Math.min(lastDigitIn(text, from, to), lastHit + 1);
    if (until <= from) continue;
    const part = text.slice(from, to);
    let scanTo = from;
    DETECTORS.forEach((det, rank) => {
      if (!det.near) return;
      stops[rank] = det.tail ? Math.min(until, lastTail(rank, part, from, to) + 1) : until;
      starts[rank] = from;
      const small = det.tail?.small;
      if (small !== undefined && stops[rank]! > from) starts[rank] = smallBefore(text, from, firstTail(rank, part, from, to), small);
      scanTo = Math.max(scanTo, stops[rank]!);
    });
    if (scanTo <= from) continue;
    scanStarts(text, from, scanTo, WINDOWED);
    DETECTORS.forEach((det, rank) => {
      if (det.near) runDetector(det, rank, DETECTOR_RUNNERS[rank]!, text, from, to, stops[rank]!, candidates, starts[rank]!);
    });
  }
  // The longer claim wins ("4276 8000 …" is one card, not a phone inside it); on a tie, the detector listed first.
  sortSmall(candidates, (a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const taken: PiiSpan[] = [];
  for (const c of candidates) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push({ type: c.type, start: c.start, end: c.end, text: c.text });
  }
  return sortSmall(taken, (a, b) => a.start - b.start);
}
