/**
 * Cross-script matching keys: one key for a name or place however it is written, in Russian,
 * Belarusian or any romanisation, and in any case form.
 *
 *   Mogilev, Mahilyow, Mahilau, Могилёв, Магілёў, в Могилёве, у Магілёве  → mgl
 *   Babaryka, Babariko, Бабарико, Бабарыка, Бабарыкі                       → bbrk
 *   Viktar, Viktor, Віктар, Виктор                                        → vktr
 *
 * The key is a consonant skeleton over sound classes. Vowels go, because the languages and the
 * schemes disagree most about them (акание, ы/и, е/ё/э/ye/ie/je); so do soft signs, й and
 * apostrophes. Letters that alternate between Russian and Belarusian, or that schemes spell alike,
 * share a class: г/х/ч/g/h/kh/ch/č (h is г in Belarusian schemes and х in GOST; ch is ч in English and
 * х in the Belarusian national system), д/дз/dz, т/ц/ts/c, з/ж/z/zh/ž, с/ш/щ/s/sh/shch/š. A в/ў/v/w
 * after a vowel and not before one is dropped: that is where Belarusian writes ў and the schemes
 * write w, u or ŭ (Магілёў, Mahilau, Ivanou). Case endings of Cyrillic words come off first.
 * Belarusian first names that are not spelling variants of the Russian ones (Вольга/Ольга,
 * Уладзімір/Владимир) are mapped through the table of given-name pairs.
 */
import { GIVEN_NAMES } from './names/given.js';

const CYR: Record<string, string> = {
  б: 'b', п: 'p', в: 'v', ў: 'v', ф: 'f', м: 'm', н: 'n', л: 'l', р: 'r', к: 'k', г: 'g', ґ: 'g', х: 'g', ч: 'g',
  д: 'd', т: 't', ц: 't', з: 'z', ж: 'z', с: 's', ш: 's', щ: 's',
};
const CYR_VOWELS = 'аеёиіїоуыэюяє';
const CYR_SILENT = "йьъ'";

/** Latin spellings, longest first: each is [letters, class or '' (silent), isVowel]. */
const LATIN: [string, string, boolean][] = [
  ['shch', 's', false], ['sch', 's', false], ['tsch', 'g', false], ['dzh', 'dz', false], ['tch', 'g', false],
  ['kh', 'g', false], ['ch', 'g', false], ['zh', 'z', false], ['sh', 's', false], ['ts', 't', false], ['tz', 't', false],
  ['dz', 'd', false], ['ph', 'f', false], ['ck', 'k', false], ['gh', 'g', false],
  ['č', 'g', false], ['š', 's', false], ['ž', 'z', false], ['ŝ', 's', false], ['ć', 't', false], ['ŭ', 'v', false],
  ['x', 'ks', false], ['w', 'v', false], ['c', 't', false], ['q', 'k', false], ['h', 'g', false], ['g', 'g', false],
  ['b', 'b', false], ['p', 'p', false], ['v', 'v', false], ['f', 'f', false], ['m', 'm', false], ['n', 'n', false],
  ['l', 'l', false], ['r', 'r', false], ['k', 'k', false], ['d', 'd', false], ['t', 't', false], ['z', 'z', false],
  ['s', 's', false], ['j', '', false], ["'", '', false], ['ʹ', '', false], ['ʺ', '', false],
  ['a', '', true], ['e', '', true], ['i', '', true], ['o', '', true], ['u', '', true], ['y', '', true],
];

/** Case endings of names and place names that are not part of the name (Ивановым, Гомелем, Брэсце). */
const ENDINGS = /(?:ами|ями|ыми|ими|ого|его|ому|ему|ага|яга|аму|яму|ою|ею|ом|ем|ём|ам|ям|ах|ях|ым|им|ой|ей|ай|яй|ых|их|ую|юю|ія|ыя|ая|яя|ое|ае|ее|ые|ие)$/;
/** The same endings as the romanisation schemes spell them (Aleksandrom, Apenninakh, Aguzarovoj). */
const LATIN_ENDINGS = /(?:[iy]?ami|[yi]mi|ogo|ego|omu|emu|aga|amu|[yi]?om|[yi]?em|y?ëm|[iy]?am|[iy]?akh|[iy]?ah|ym|im|o[yij]|e[yij]|a[yij]|[yi]?kh|[yi]h|[uû]û|uyu|uiu|a[yi]?a|ââ|o[y]?e|e[y]?e|[yi][y]?e)$/;

/** A sound-class sequence for one word, each element a class letter or 'V' for a vowel. */
function sounds(word: string): string[] {
  const out: string[] = [];
  const w = word.normalize('NFC').toLowerCase();
  for (let i = 0; i < w.length; ) {
    const ch = w[i]!;
    if (CYR[ch] !== undefined) {
      // дз and дж are one sound in Belarusian spelling: д/дз, and дж as in the Latin dzh.
      if (ch === 'д' && w[i + 1] === 'з') {
        out.push('d');
        i += 2;
        continue;
      }
      out.push(CYR[ch]!);
      i++;
      continue;
    }
    if (CYR_VOWELS.includes(ch)) {
      out.push('V');
      i++;
      continue;
    }
    if (CYR_SILENT.includes(ch) || ch === '\u2019' || ch === '\u02bc') {
      i++;
      continue;
    }
    const latin = LATIN.find(([l]) => w.startsWith(l, i));
    if (latin) {
      if (latin[2]) out.push('V');
      else for (const c of latin[1]) out.push(c);
      i += latin[0].length;
      continue;
    }
    // Other diacritics (ĺ ń ś ź ë ě): the base letter.
    const base = ch.normalize('NFD').replace(/\p{M}/gu, '');
    if (base !== ch && base) {
      const again = sounds(base);
      out.push(...again);
    }
    i++;
  }
  return out;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Strips a case ending and final vowels from a Cyrillic word; final vowels from a Latin one. */
function bare(word: string): string {
  let w = word.toLowerCase().replace(/[’ʼ]/g, "'");
  if (w.length > 4) w = CYRILLIC.test(w) ? w.replace(ENDINGS, '') : w.replace(LATIN_ENDINGS, '');
  return w.replace(/[аеёиіоуыэюяьйaeiouy]+$/u, (m) => (w.length - m.length >= 2 ? '' : m));
}

/** The key of one word: consonant classes, doubled letters once, в/ў after a vowel and not before one dropped. */
function wordKey(word: string): string {
  const s = sounds(bare(word));
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === 'V') continue;
    if (c === 'v' && s[i - 1] === 'V' && s[i + 1] !== 'V') continue;
    // т + с reads as ц in every scheme (ts): Botsvana.
    if (c === 's' && s[i - 1] === 't') continue;
    // Doubled letters once (Ганна/Hana), but not the same sound twice across a vowel (Бабарыка).
    if (s[i - 1] === c) continue;
    out += c;
  }
  return out;
}

/** Belarusian given names that are other words than the Russian ones, by key. */
const NAME_KEYS = new Map<string, string>();
{
  const owners = new Map<string, Set<string>>();
  for (const n of GIVEN_NAMES) for (const k of [wordKey(n.ru), wordKey(n.be)]) owners.set(k, (owners.get(k) ?? new Set()).add(n.ru));
  for (const n of GIVEN_NAMES) {
    const ru = wordKey(n.ru);
    const be = wordKey(n.be);
    // Only where the Belarusian key names no other given name (Ганна → n, but Яўген is g-n too).
    if (ru !== be && ru && be && owners.get(be)?.size === 1) NAME_KEYS.set(be, ru);
  }
}

/** The matching key of a name, place or any short phrase: one key per word, space-separated. */
export function nameKey(text: string): string {
  return text
    .split(/[\s,.;:()«»"-]+/u)
    .filter((w) => /\p{L}/u.test(w))
    .map((w) => {
      const k = wordKey(w);
      return NAME_KEYS.get(k) ?? k;
    })
    .filter((k) => k.length > 0)
    .join(' ');
}
