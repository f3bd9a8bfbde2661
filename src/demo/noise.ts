/**
 * How real letters deviate from the textbook: typos, dropped commas, a sentence in CAPS, no capital
 * at the start. Applied to the connecting text only; names, places and contact data have their own
 * variation, so that every recorded span still covers exactly what it claims to.
 */
import type { Rng } from './types.js';

export interface Sloppiness {
  /** Chance that a word of five or more letters gets a typo. */
  typo: number;
  /** Chance that a comma is dropped. */
  comma: number;
  /** Chance that a sentence is shouted in capitals. */
  caps: number;
  /** Writes sentences without capital letters. */
  lowercase: boolean;
}

export const TIDY: Sloppiness = { typo: 0, comma: 0, caps: 0, lowercase: false };

export function pickSloppiness(rng: Rng): Sloppiness {
  const style = rng.weighted([
    ['tidy', 55],
    ['casual', 30],
    ['careless', 10],
    ['shouting', 5],
  ] as const);
  switch (style) {
    case 'tidy':
      return TIDY;
    case 'casual':
      return { typo: 0.01, comma: 0.15, caps: 0, lowercase: false };
    case 'careless':
      return { typo: 0.04, comma: 0.6, caps: 0.02, lowercase: rng.chance(0.5) };
    default:
      return { typo: 0.02, comma: 0.3, caps: 0.35, lowercase: false };
  }
}

const WORD = /[\p{L}]{5,}/gu;

function typo(word: string, rng: Rng): string {
  const i = rng.int(1, word.length - 2);
  switch (rng.int(0, 3)) {
    case 0: // swap two neighbours
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1: // drop one
      return word.slice(0, i) + word.slice(i + 1);
    case 2: // double one
      return word.slice(0, i) + word[i] + word.slice(i);
    default: // the unstressed vowel people get wrong
      return word.slice(0, i) + word.slice(i).replace(/[оа]/, (v) => (v === 'о' ? 'а' : 'о'));
  }
}

export function applyNoise(text: string, s: Sloppiness, rng: Rng): string {
  if (s === TIDY) return text;
  let out = text;
  if (s.typo > 0) out = out.replace(WORD, (w) => (rng.chance(s.typo) ? typo(w, rng) : w));
  if (s.comma > 0) out = out.replace(/,(?= )/g, (c) => (rng.chance(s.comma) ? '' : c));
  if (s.caps > 0 && rng.chance(s.caps)) out = out.toUpperCase();
  return out;
}
