/**
 * Text normalisation, the first step of every analysis. Two layers:
 * - `cleanText` keeps the text readable (for display and offsets): NFC, invisible characters out,
 *   apostrophes unified, Latin look-alikes inside Cyrillic words turned Cyrillic;
 * - `foldWord` makes the search form of one word: case folded, ё→е for Russian.
 */
import type { TextLang } from './types.js';

/** Soft hyphen, zero-width and direction-control characters: invisible, and used to dodge filters. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** Every apostrophe a Belarusian or Ukrainian writer uses (ʼ ’ ` ´ ′ ‘) becomes U+0027. */
const APOSTROPHES = /[\u02BC\u2019\u2018\u0060\u00B4\u2032\u02B9]/g;

/** Latin letters that look exactly like Cyrillic ones, as OCR and filter-dodgers mix them in. */
const LOOKALIKE: Record<string, string> = {
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у', i: 'і', k: 'к', m: 'м', t: 'т', h: 'н', b: 'в',
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У', I: 'І',
};

const CYRILLIC = /\p{Script=Cyrillic}/u;
const MIXED_WORD = /[\p{L}]+/gu;
const LATIN_LOOKALIKE = /[acepoxyikmthbACEHKMOPTXYBI]/g;

/** Replaces look-alike Latin letters in words that are mostly Cyrillic ("Мiнск", "пpoтест"). */
function fixLookalikes(text: string): string {
  return text.replace(MIXED_WORD, (word) => {
    if (!CYRILLIC.test(word) || !/[A-Za-z]/.test(word)) return word;
    let cyr = 0;
    let lat = 0;
    for (const ch of word) {
      if (CYRILLIC.test(ch)) cyr++;
      else if (/[A-Za-z]/.test(ch)) lat++;
    }
    if (cyr < lat) return word;
    return word.replace(LATIN_LOOKALIKE, (ch) => LOOKALIKE[ch] ?? ch);
  });
}

/** Display-safe normalisation: same meaning, same offsets as the reader sees them after it. */
export function cleanText(text: string): string {
  let t = text.normalize('NFC').replace(INVISIBLE, '').replace(APOSTROPHES, "'");
  if (/[A-Za-z]/.test(t) && CYRILLIC.test(t)) t = fixLookalikes(t);
  return t;
}

/**
 * Whether a word is already in lower case, told by its code units for the letters most words are
 * made of (Latin a–z, Cyrillic а–я and ѐ–џ, apostrophe, hyphen): toLowerCase() on a Cyrillic string
 * goes through the runtime, and most words a search folds are folded already.
 */
function isLowerCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x430 && c <= 0x45f) || (c >= 0x61 && c <= 0x7a) || c === 0x27 || c === 0x2d) continue;
    return false;
  }
  return true;
}

/** The search form of a word: lower case; for Russian ё→е (writers omit the dots at will). */
export function foldWord(word: string, lang: TextLang | 'other' = 'ru'): string {
  const lower = isLowerCase(word) ? word : word.toLowerCase();
  return lang === 'be' || !lower.includes('ё') ? lower : lower.replace(/ё/g, 'е');
}
