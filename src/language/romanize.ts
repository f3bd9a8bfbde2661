/**
 * Romanisation: Cyrillic → Latin under named schemes, and Latin → the Cyrillic spellings it may
 * stand for.
 *
 * Russian: BGN/PCGN (1947), GOST 7.79-2000 system A (= ISO 9:1995), ICAO Doc 9303 (passports since
 * 2013), MVD order 782 (Russian passports since 2017, in its practice), and the style of the English
 * Wikipedia and press. Belarusian: the national system of 2007 (adopted by the UN in 2007), BGN/PCGN
 * 1979, the spelling of Belarusian passports, and the press style of English-language reporting
 * (Lukashenka, Tsikhanouskaya, Babaryka, Hrodna).
 *
 * A scheme is a letter table plus the few context rules it has: what a letter becomes at the start
 * of a word, after a vowel or a sign, before a vowel, or at the end of a word. Case follows the
 * source letter: Title case for a capital followed by lower case, UPPER for a capital in a capital
 * word.
 */

export type RussianScheme = 'bgn_pcgn' | 'gost_779' | 'icao_doc_9303' | 'mvd_782' | 'wikipedia';
export type BelarusianScheme = 'be_national' | 'be_bgn_pcgn' | 'be_passport' | 'be_press';
export type SchemeName = RussianScheme | BelarusianScheme;

export interface SchemeInfo {
  name: SchemeName;
  lang: 'ru' | 'be';
  description: string;
}

export const SCHEMES: readonly SchemeInfo[] = [
  { name: 'bgn_pcgn', lang: 'ru', description: 'BGN/PCGN 1947, English-language maps and gazetteers (Yoshkar-Ola, Ozërnyy)' },
  { name: 'gost_779', lang: 'ru', description: 'GOST 7.79-2000 system A = ISO 9:1995, one Latin letter per Cyrillic letter (Ûliâ, Joškar-Ola)' },
  { name: 'icao_doc_9303', lang: 'ru', description: 'ICAO Doc 9303, machine-readable passports since 2013 (Iuliia, Andrei)' },
  { name: 'mvd_782', lang: 'ru', description: 'MVD order 782 of 2017 as Russian passport offices apply it (Yuliya, Igor\')' },
  { name: 'wikipedia', lang: 'ru', description: 'English Wikipedia and press style (Yeltsin, Ilyinsky, Mogilev)' },
  { name: 'be_national', lang: 'be', description: 'Belarusian national system of 2007, adopted by the UN (Mahilioŭ, Viciebsk, Homieĺ)' },
  { name: 'be_bgn_pcgn', lang: 'be', description: 'BGN/PCGN 1979 for Belarusian (Mahilyow, Vitsyebsk, Homyel)' },
  { name: 'be_passport', lang: 'be', description: 'Belarusian passports and most e-mail addresses (Siarhei, Ivanou, Dzmitry)' },
  { name: 'be_press', lang: 'be', description: 'English-language press (Lukashenka, Tsikhanouskaya, Babaryka, Hrodna, Homiel)' },
];

const RU_VOWELS = 'аеёиоуыэюя';
const BE_VOWELS = 'аеёіоуыэюя';
const APOSTROPHES = "'’ʼ";

/** Where a letter stands: what comes before and after it inside the word. */
interface Ctx {
  /** The previous letter of the word, lower case; '' at the start of a word. */
  prev: string;
  /** The next letter of the word, lower case; '' at the end. */
  next: string;
}

type Rule = (ch: string, c: Ctx) => string | undefined;

interface Scheme {
  table: Record<string, string>;
  rule?: Rule;
  /** Word endings spelled as a whole (Wikipedia: -ий, -ый → y). */
  endings?: Record<string, string>;
}

const BASE_RU: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya',
};

const isRuVowel = (c: string) => c !== '' && RU_VOWELS.includes(c);
const isBeVowel = (c: string) => c !== '' && BE_VOWELS.includes(c);

/** Belarusian passports (and the press); е ё ю я are spelt by position (IOTATED_PASSPORT). */
const BE_PASSPORT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', ж: 'zh', з: 'z', і: 'i', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', ы: 'y', ь: '', э: 'e',
};

const SCHEME_TABLE: Record<SchemeName, Scheme> = {
  bgn_pcgn: {
    table: { ...BASE_RU, ё: 'ë', ъ: '”', ь: '’' },
    rule: (ch, { prev, next }) => {
      const soft = prev === '' || isRuVowel(prev) || 'йъь'.includes(prev);
      if (ch === 'е') return soft ? 'ye' : 'e';
      if (ch === 'ё') return soft ? 'yë' : 'ë';
      // The middle dot keeps apart what would read as one sound: Ty·ay·a, Vyart·silya, Ud·e.
      if (ch === 'ы') return (isRuVowel(prev) ? '·y' : 'y') + (next !== '' && 'ауыэ'.includes(next) ? '·' : '');
      if (ch === 'э') return prev !== '' && !isRuVowel(prev) && !'йъь'.includes(prev) ? '·e' : 'e';
      if (ch === 'й') return next !== '' && 'ауыэ'.includes(next) ? 'y·' : 'y';
      if (ch === 'т' && next === 'с') return 't·';
      if (ch === 'ш' && next === 'ч') return 'sh·';
      return undefined;
    },
  },
  gost_779: {
    table: {
      а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'ë', ж: 'ž', з: 'z', и: 'i', й: 'j', к: 'k', л: 'l', м: 'm', н: 'n',
      о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', ш: 'š', щ: 'ŝ', ъ: 'ʺ', ы: 'y', ь: 'ʹ',
      э: 'è', ю: 'û', я: 'â',
    },
  },
  icao_doc_9303: {
    table: { ...BASE_RU, й: 'i', ъ: 'ie', ю: 'iu', я: 'ia' },
  },
  mvd_782: {
    table: { ...BASE_RU, ё: 'yo', ъ: "'", ь: "'" },
    rule: (ch, { prev, next }) => {
      if (ch === 'е') return isRuVowel(prev) || 'ъь'.includes(prev) && prev !== '' ? 'ye' : 'e';
      if (ch === 'ё') return prev !== '' && 'жчшщ'.includes(prev) ? 'e' : prev !== '' && !isRuVowel(prev) && !'ъь'.includes(prev) ? 'ye' : 'yo';
      if (ch === 'и' && prev === 'ь') return 'yi';
      if ((ch === 'ъ' || ch === 'ь') && next !== '' && 'еёи'.includes(next)) return '';
      return undefined;
    },
  },
  wikipedia: {
    table: { ...BASE_RU, ё: 'yo' },
    endings: { ий: 'y', ый: 'y' },
    rule: (ch, { prev, next }) => {
      // ye at the start and after а и о у э ю я ъ ь; after ы it stays e (Naberezhnye).
      if (ch === 'е') return prev === '' || 'аиоуэюяъь'.includes(prev) ? 'ye' : 'e';
      if ((ch === 'ъ' || ch === 'ь') && next !== '' && 'аиоуыэ'.includes(next)) return 'y';
      return undefined;
    },
  },
  be_national: {
    table: {
      а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', ж: 'ž', з: 'z', і: 'i', й: 'j', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
      п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'ŭ', ф: 'f', х: 'ch', ц: 'c', ч: 'č', ш: 'š', ы: 'y', э: 'e', ь: '',
    },
    rule: (ch, { prev }) => {
      const iot = IOTATED_NATIONAL[ch];
      if (iot) return iotatedPosition(prev) ? iot[0] : iot[1];
      if (ch === 'і' && APOSTROPHES.includes(prev) && prev !== '') return 'ji';
      // The soft sign is an acute on the consonant before it: Homieĺ, Maładziečna's ś, ć, ź, ń.
      if (ch === 'ь') return 'злнсц'.includes(prev) && prev !== '' ? '\u0301' : '';
      return undefined;
    },
  },
  be_bgn_pcgn: {
    table: {
      а: 'a', б: 'b', в: 'v', г: 'h', ґ: 'g', д: 'd', е: 'ye', ё: 'yo', ж: 'zh', з: 'z', і: 'i', й: 'y', к: 'k', л: 'l',
      м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'w', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
      ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
    },
  },
  be_passport: {
    table: BE_PASSPORT,
    rule: (ch, { prev, next }) => {
      const iot = IOTATED_PASSPORT[ch];
      if (iot) return iotatedPosition(prev) ? iot[0] : iot[1];
      // -ый at the end of a name: Dzmitry, not Dzmitryi.
      if (ch === 'й' && prev === 'ы' && next === '') return '';
      return undefined;
    },
  },
  // The press spells as the passports do, and drops the й of -ій too (Zhenski, not Zhenskii).
  be_press: {
    table: BE_PASSPORT,
    rule: (ch, { prev, next }) => {
      const iot = IOTATED_PASSPORT[ch];
      if (iot) return iotatedPosition(prev) ? iot[0] : iot[1];
      if (ch === 'й' && 'ыі'.includes(prev) && prev !== '' && next === '') return '';
      return undefined;
    },
  },
};

const IOTATED_NATIONAL: Record<string, [string, string]> = { е: ['je', 'ie'], ё: ['jo', 'io'], ю: ['ju', 'iu'], я: ['ja', 'ia'] };
const IOTATED_PASSPORT: Record<string, [string, string]> = { е: ['ye', 'e'], ё: ['yo', 'io'], ю: ['yu', 'iu'], я: ['ya', 'ia'] };

/** An iotated vowel is written with j/y at the start of a word and after a vowel, ў, ь, й or an apostrophe. */
function iotatedPosition(prev: string): boolean {
  return prev === '' || isBeVowel(prev) || APOSTROPHES.includes(prev) || 'ўьй'.includes(prev);
}

const LETTER = /\p{L}/u;

function applyCase(piece: string, source: string, wordUpper: boolean): string {
  if (source === source.toLowerCase() || piece === '') return piece;
  if (wordUpper) return piece.toUpperCase();
  return piece[0]!.toUpperCase() + piece.slice(1);
}

/** Romanises a text under a scheme; everything that is not Cyrillic passes through. */
export function romanize(text: string, scheme: SchemeName): string {
  const s = SCHEME_TABLE[scheme];
  const chars = [...text.normalize('NFC')];
  let out = '';
  let i = 0;
  while (i < chars.length) {
    if (!LETTER.test(chars[i]!) && !APOSTROPHES.includes(chars[i]!)) {
      out += chars[i];
      i++;
      continue;
    }
    // One word: letters and inner apostrophes.
    let j = i;
    while (j < chars.length && (LETTER.test(chars[j]!) || (APOSTROPHES.includes(chars[j]!) && j + 1 < chars.length && LETTER.test(chars[j + 1]!)))) j++;
    out += romanizeWord(chars.slice(i, j), s);
    if (j === i) {
      out += chars[i];
      j = i + 1;
    }
    i = j;
  }
  return out.normalize('NFC');
}

function romanizeWord(word: string[], s: Scheme): string {
  const lower = word.map((c) => c.toLowerCase());
  const letters = word.filter((c) => LETTER.test(c));
  const wordUpper = letters.length > 1 && letters.every((c) => c === c.toUpperCase() && c !== c.toLowerCase());
  let out = '';
  for (let k = 0; k < word.length; k++) {
    const ch = lower[k]!;
    const src = word[k]!;
    if (s.endings) {
      const rest = lower.slice(k).join('');
      const end = s.endings[rest];
      if (end !== undefined && k > 0) {
        out += applyCase(end, src, wordUpper);
        break;
      }
    }
    const prev = k > 0 ? lower[k - 1]! : '';
    const next = k + 1 < lower.length ? lower[k + 1]! : '';
    let piece = s.rule?.(ch, { prev, next });
    if (piece === undefined) piece = s.table[ch];
    if (piece === undefined) {
      // Not a letter of this scheme (Latin, another script, an apostrophe): kept, apostrophes dropped.
      out += APOSTROPHES.includes(ch) ? '' : src;
      continue;
    }
    if (piece === '\u0301') {
      out = (out + '\u0301').normalize('NFC');
      continue;
    }
    // A capital in a word of capitals stays all capitals: ЩУКА → SHCHUKA, Щука → Shchuka.
    out += applyCase(piece, src, wordUpper);
  }
  return out;
}

export function isScheme(name: string): name is SchemeName {
  return SCHEMES.some((s) => s.name === name);
}

/**
 * Latin pieces and the Cyrillic they may stand for, with a cost: the reading a scheme gives first
 * costs least. Built by hand from the schemes above, for the way back.
 */
const REVERSE: [string, string, number][] = [
  ['shch', 'щ', 0], ['sch', 'щ', 1], ['šč', 'щ', 0], ['ŝ', 'щ', 0],
  ['zh', 'ж', 0], ['ž', 'ж', 0], ['kh', 'х', 0], ['ch', 'ч', 0], ['ch', 'х', 1], ['č', 'ч', 0], ['sh', 'ш', 0], ['š', 'ш', 0],
  ['ts', 'ц', 0], ['tz', 'ц', 1], ['c', 'ц', 1], ['c', 'к', 2], ['dz', 'дз', 0], ['dzh', 'дж', 0],
  ['ya', 'я', 0], ['ia', 'я', 0], ['ja', 'я', 0], ['â', 'я', 0], ['yu', 'ю', 0], ['iu', 'ю', 0], ['ju', 'ю', 0], ['û', 'ю', 0],
  ['yo', 'ё', 0], ['io', 'ё', 0], ['jo', 'ё', 0], ['ë', 'ё', 0], ['yo', 'йо', 2],
  ['ye', 'е', 0], ['ie', 'е', 0], ['je', 'е', 0], ['yi', 'ьи', 1], ['e', 'ё', 2],
  ['a', 'а', 0], ['a', 'о', 3], ['b', 'б', 0], ['v', 'в', 0], ['w', 'ў', 0], ['w', 'в', 1], ['g', 'г', 0], ['h', 'г', 0], ['h', 'х', 1],
  ['d', 'д', 0], ['e', 'е', 0], ['e', 'э', 1], ['è', 'э', 0], ['z', 'з', 0], ['i', 'и', 0], ['i', 'і', 0], ['i', 'й', 1], ['j', 'й', 0],
  ['k', 'к', 0], ['l', 'л', 0], ['ĺ', 'ль', 0], ['m', 'м', 0], ['n', 'н', 0], ['ń', 'нь', 0], ['o', 'о', 0], ['p', 'п', 0],
  ['r', 'р', 0], ['s', 'с', 0], ['ś', 'сь', 0], ['t', 'т', 0], ['ć', 'ць', 0], ['ź', 'зь', 0], ['u', 'у', 0], ['u', 'ў', 1], ['ŭ', 'ў', 0],
  ['f', 'ф', 0], ['y', 'ы', 0], ['y', 'й', 1], ['y', 'ий', 2], ['y', 'ый', 2], ['x', 'кс', 0], ['q', 'к', 2],
  ["'", 'ь', 1], ["'", '', 0], ['’', 'ь', 0], ['”', 'ъ', 0], ['ʹ', 'ь', 0], ['ʺ', 'ъ', 0], ['·', '', 0],
];

const RU_ONLY = /[ищъ]/;
const BE_ONLY = /[іў]/;

/**
 * The Cyrillic spellings a Latin word may stand for, most plausible first (lower case, at most
 * `limit`): Mahilau → магілаў, Mogilev → могилев, Babariko → бабарико. With `lang`, spellings with
 * letters of the other language are left out.
 */
export function cyrillicCandidates(latin: string, lang?: 'ru' | 'be', limit = 16): string[] {
  const w = latin.normalize('NFC').toLowerCase();
  // beams[i]: readings of the first i characters, cheapest first.
  const beams: { text: string; cost: number }[][] = Array.from({ length: w.length + 1 }, () => []);
  beams[0] = [{ text: '', cost: 0 }];
  const width = Math.max(limit * 4, 32);
  for (let i = 0; i < w.length; i++) {
    const here = beams[i]!.sort((a, b) => a.cost - b.cost || (a.text < b.text ? -1 : 1)).slice(0, width);
    if (!here.length) continue;
    let matched = false;
    for (const [piece, cyr, cost] of REVERSE) {
      if (!w.startsWith(piece, i)) continue;
      matched = true;
      const end = i + piece.length;
      // Fewer, longer pieces are the likelier reading (shch is щ before it is ш + ч).
      let penalty = cost + 0.1;
      // u after a vowel and before a consonant or the end is Belarusian ў (Tsikhanouskaya, Mahilau).
      if (piece === 'u' && /[aeiouy]/.test(w[i - 1] ?? '') && !/[aeiouy]/.test(w[end] ?? '')) penalty += cyr === 'ў' ? -1 : 1;
      for (const h of here) beams[end]!.push({ text: h.text + cyr, cost: h.cost + penalty });
    }
    if (!matched) for (const h of here) beams[i + 1]!.push({ text: h.text + w[i], cost: h.cost + 1 });
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of beams[w.length]!.sort((a, b) => a.cost - b.cost || (a.text < b.text ? -1 : 1))) {
    if (lang === 'ru' && BE_ONLY.test(c.text)) continue;
    if (lang === 'be' && RU_ONLY.test(c.text)) continue;
    if (!lang && RU_ONLY.test(c.text) && BE_ONLY.test(c.text)) continue;
    if (seen.has(c.text)) continue;
    seen.add(c.text);
    out.push(c.text);
    if (out.length >= limit) break;
  }
  return out;
}
