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
const PAIRS: readonly [string, keyof Omit<Counts, 'letters'>, number][] = [
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
const ENDINGS: readonly [RegExp, 'ru' | 'be', number][] = [
  [/(?:ага|яга)$/u, 'be', 2],
  [/(?:ыя|ія)$/u, 'be', 2],
  [/цца$/u, 'be', 2],
  [/(?:ого|его)$/u, 'ru', 2],
  [/(?:ые|ие)$/u, 'ru', 2],
  [/ться$/u, 'ru', 2],
  // Past-tense reflexives: Russian takes -сь after the vowel ("началось"), Belarusian keeps -ся
  // ("пачалося"); nouns like "Беларусь" are not caught.
  [/л[аоіы]ся$/u, 'be', 3],
  [/л[аоиы]сь$/u, 'ru', 3],
];

/** Links, e-mail addresses and markup say nothing of the language the letter is written in. */
const NOISE = /<[^>]*>|https?:\/\/\S+|www\.\S+|\S+@\S+/gu;

function count(text: string): Counts {
  const c: Counts = { ru: 0, be: 0, uk: 0, en: 0, letters: 0 };
  const lower = text.toLowerCase().replace(NOISE, ' ');
  for (const word of lower.split(/[^\p{L}']+/u)) {
    const l = WORD_LANG.get(word);
    if (l === 'ru' || l === 'be') c[l] += 3;
    if (word.length > 3) for (const [re, lang, w] of ENDINGS) if (re.test(word)) c[lang] += w;
    // Russian writes э after a consonant only in loanwords; Belarusian writes it everywhere (рэчы, тэма).
    const inner = word.slice(1).split('э').length - 1;
    if (inner > 0) c.be += 2 * inner;
  }
  for (const [pair, lang, w] of PAIRS) {
    for (let i = lower.indexOf(pair); i >= 0; i = lower.indexOf(pair, i + 1)) c[lang] += w;
  }
  for (const ch of lower) {
    switch (ch) {
      case 'и':
        c.ru += 1;
        c.uk += 1;
        c.be -= 3;
        break;
      case 'щ':
        c.ru += 2;
        c.uk += 2;
        c.be -= 3;
        break;
      case 'ъ':
        c.ru += 3;
        c.be -= 3;
        c.uk -= 3;
        break;
      case 'ы':
      case 'э':
      case 'ё':
        c.ru += 1;
        c.be += 1;
        c.uk -= 3;
        break;
      case 'і':
        c.be += 2;
        c.uk += 1;
        c.ru -= 3;
        break;
      case 'ў':
        c.be += 4;
        c.ru -= 3;
        c.uk -= 3;
        break;
      case 'ї':
      case 'є':
      case 'ґ':
        c.uk += 4;
        c.ru -= 3;
        c.be -= 3;
        break;
      default:
        if (ch >= 'a' && ch <= 'z') c.en += 1;
    }
    if (/\p{L}/u.test(ch)) c.letters++;
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
