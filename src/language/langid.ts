/**
 * Language identification for ru / be / uk / en by the letters and short words that only one of the
 * languages uses. Letters decide fast and reliably between these four even on one line: Belarusian
 * has і and ў but no и, щ, ъ; Ukrainian has ї, є, ґ and both и and і; Russian has и, щ, ъ and no і.
 */
import type { Lang } from '../core/record.js';

export type Detected = Exclude<Lang, 'mixed'> | 'und';

interface Counts {
  ru: number;
  be: number;
  uk: number;
  en: number;
  letters: number;
}

/**
 * Letter pairs that only one language writes: Belarusian has no soft р and writes ць/дз where
 * Russian writes ть/д, doubles цц in "-цца", and writes шч for щ.
 */
const PAIRS: readonly [string, 'ru' | 'be', number][] = [
  ['ць', 'be', 3],
  ['цц', 'be', 3],
  ['дз', 'be', 2],
  ['шч', 'be', 2],
  ['аў', 'be', 2],
  ['ть', 'ru', 2],
  ['рь', 'ru', 3],
  ['чь', 'ru', 1],
  ['ие', 'ru', 1],
  ['ія', 'be', 1],
  // Russian spells жи/ши/чи, Belarusian жы/шы/чы; imperatives end -йте and -йце.
  ['жы', 'be', 3],
  ['шы', 'be', 3],
  ['чы', 'be', 3],
  ['йце', 'be', 2],
  ['йте', 'ru', 2],
];

/**
 * Frequent words that differ between the languages, for short texts that have no telling letter
 * ("Прашу дапамагчы", "Дзякуй"): function words and the formulae of letters.
 */
const WORDS: Record<'ru' | 'be', readonly string[]> = {
  ru: ['что', 'это', 'как', 'когда', 'если', 'чтобы', 'очень', 'уже', 'также', 'сегодня', 'сейчас', 'был', 'была', 'было', 'мой', 'моя', 'моего', 'его', 'она', 'они', 'прошу', 'помочь', 'помогите', 'спасибо', 'здравствуйте', 'уважаемые', 'уважаемый', 'заявление', 'нет', 'только', 'можно', 'нужно', 'просто', 'тоже', 'где', 'почему', 'потому'],
  be: ['ня', 'ці', 'што', 'гэта', 'як', 'калі', 'каб', 'вельмі', 'ужо', 'таксама', 'сёння', 'зараз', 'быў', 'была', 'было', 'мой', 'мая', 'майго', 'яго', 'яна', 'яны', 'прашу', 'дапамагчы', 'дапамажыце', 'дзякуй', 'добры', 'шаноўныя', 'шаноўны', 'заява', 'толькі', 'можна', 'трэба', 'проста', 'дзе', 'чаму', 'таму', 'ад', 'аб', 'пра', 'з', 'ці'],
};
const WORD_LANG = new Map<string, 'ru' | 'be' | 'both'>();
for (const lang of ['ru', 'be'] as const) {
  for (const w of WORDS[lang]) WORD_LANG.set(w, WORD_LANG.has(w) && WORD_LANG.get(w) !== lang ? 'both' : lang);
}

/** Word endings one language has and the other lacks: be -ага/-ыя/-цца, ru -ого/-ые/-ться. */
const ENDINGS: readonly [string, 'ru' | 'be', number][] = [
  ['ага', 'be', 2],
  ['яга', 'be', 2],
  ['ыя', 'be', 2],
  ['ія', 'be', 2],
  ['цца', 'be', 2],
  ['ого', 'ru', 2],
  ['его', 'ru', 2],
  ['ые', 'ru', 2],
  ['ие', 'ru', 2],
  ['ться', 'ru', 2],
  // Past-tense reflexives: Russian takes -сь after the vowel ("началось"), Belarusian keeps -ся
  // ("пачалося"); nouns like "Беларусь" are not caught.
  ['лася', 'be', 3],
  ['лося', 'be', 3],
  ['ліся', 'be', 3],
  ['лыся', 'be', 3],
  ['лась', 'ru', 3],
  ['лось', 'ru', 3],
  ['лись', 'ru', 3],
];

/**
 * Links, e-mail addresses and markup say nothing of the language the letter is written in. Each
 * alternative is tried only where it can start (an e-mail after a space, a tag of at most 300
 * characters): a 60,000-character run with no "@" or ">" must not cost a scan per character.
 */
const NOISE = /<[^<>]{0,300}>|https?:\/\/\S+|www\.\S+|(?<!\S)[^\s@]+@\S+/gu;

/** Letter pairs and triples as numeric keys (char codes), for one map lookup per character. */
const NGRAMS = new Map<number, readonly ['ru' | 'be', number]>();
for (const [gram, lang, w] of PAIRS) {
  let key = 0;
  for (const ch of gram) key = key * 65536 + (ch.codePointAt(0) as number);
  NGRAMS.set(key, [lang, w]);
}

/** Per-letter weights: which languages a letter speaks for and against. */
const LETTER: Record<string, Partial<Record<'ru' | 'be' | 'uk', number>>> = {
  и: { ru: 1, uk: 1, be: -3 },
  щ: { ru: 2, uk: 2, be: -3 },
  ъ: { ru: 3, be: -3, uk: -3 },
  ы: { ru: 1, be: 1, uk: -3 },
  э: { ru: 1, be: 1, uk: -3 },
  ё: { ru: 1, be: 1, uk: -3 },
  і: { be: 2, uk: 1, ru: -3 },
  ў: { be: 4, ru: -3, uk: -3 },
  ї: { uk: 4, ru: -3, be: -3 },
  є: { uk: 4, ru: -3, be: -3 },
  ґ: { uk: 4, ru: -3, be: -3 },
};
const LETTER_CODE = new Map<number, Partial<Record<'ru' | 'be' | 'uk', number>>>(Object.entries(LETTER).map(([ch, w]) => [ch.codePointAt(0) as number, w]));
const E_CODE = 'э'.codePointAt(0) as number;
const APOSTROPHE = 39;

function isLetterCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  if (code >= 0x400 && code <= 0x52f) return code !== 0x482 && (code < 0x483 || code > 0x489);
  return /\p{L}/u.test(String.fromCharCode(code));
}

function scoreWord(word: string, c: Counts): void {
  const l = WORD_LANG.get(word);
  if (l === 'ru' || l === 'be') c[l] += 3;
  if (word.length > 3) for (const [end, lang, w] of ENDINGS) if (word.endsWith(end)) c[lang] += w;
}

/** One pass over the text: letters, letter pairs and triples, and whole words. */
function count(text: string): Counts {
  const c: Counts = { ru: 0, be: 0, uk: 0, en: 0, letters: 0 };
  let lower = text.toLowerCase();
  if (lower.includes('<') || lower.includes('http') || lower.includes('www.') || lower.includes('@')) lower = lower.replace(NOISE, ' ');
  let wordStart = -1;
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i <= lower.length; i++) {
    const code = i < lower.length ? lower.charCodeAt(i) : 32;
    const letter = isLetterCode(code);
    if (letter) {
      c.letters++;
      if (code >= 0x61 && code <= 0x7a) c.en++;
      const w = LETTER_CODE.get(code);
      if (w) {
        if (w.ru) c.ru += w.ru;
        if (w.be) c.be += w.be;
        if (w.uk) c.uk += w.uk;
      }
      // Russian writes э after a consonant only in loanwords; Belarusian writes it everywhere (рэчы, тэма).
      if (code === E_CODE && wordStart >= 0 && wordStart < i) c.be += 2;
      const pair = NGRAMS.get(prev * 65536 + code);
      if (pair) c[pair[0]] += pair[1];
      const triple = NGRAMS.get((prev2 * 65536 + prev) * 65536 + code);
      if (triple) c[triple[0]] += triple[1];
      if (wordStart < 0) wordStart = i;
    } else if (code !== APOSTROPHE || wordStart < 0) {
      if (wordStart >= 0 && i - wordStart <= 24) scoreWord(lower.slice(wordStart, i), c);
      wordStart = -1;
    }
    prev2 = prev;
    prev = letter ? code : 0;
  }
  return c;
}

/** The language of one stretch of text; 'und' when it has too few letters to tell. */
export function detectLanguage(text: string): Detected {
  const c = count(text);
  if (c.letters < 2) return 'und';
  if (c.en > c.letters * 0.6) return 'en';
  const cyr = c.letters - c.en;
  if (cyr < 2) return 'und';
  const best = (['ru', 'be', 'uk'] as const).reduce((a, b) => (c[b] > c[a] ? b : a));
  if (c[best] <= 0) return 'ru'; // no telling letter at all: Russian is by far the likelier
  return best;
}

/**
 * The language of a letter: per paragraph, and 'mixed' when paragraphs of real length disagree
 * between Russian and Belarusian (or Ukrainian).
 */
export function detectLetterLanguage(text: string): { lang: Lang | 'und'; paragraphs: Detected[] } {
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  const langs = paragraphs.map(detectLanguage);
  const weight = new Map<Detected, number>();
  paragraphs.forEach((p, i) => {
    const l = langs[i] as Detected;
    if (l === 'und') return;
    weight.set(l, (weight.get(l) ?? 0) + Math.min(p.length, 400));
  });
  const ranked = [...weight.entries()].sort((a, b) => b[1] - a[1]);
  const first = ranked[0];
  if (!first) return { lang: 'und', paragraphs: langs };
  const second = ranked[1];
  if (second && second[0] !== 'en' && first[0] !== 'en' && second[1] >= 60) return { lang: 'mixed', paragraphs: langs };
  return { lang: first[0] as Lang, paragraphs: langs };
}
