/**
 * Stemming entry point: `stem(word, lang)` gives the key under which search groups word forms.
 * Russian: Snowball, then the corrections in ./ru.ts; Belarusian: ./be.ts.
 */
import { remembered } from '../../core/memo.js';
import { stemBelarusian } from './be.js';
import { stemRussian } from './ru.js';

export { stemBelarusian } from './be.js';
export { snowballRussian, stemRussian } from './ru.js';

/** Stems already found, one memo a language. */
const RUSSIAN = remembered(stemRussian, 100_000);
const BELARUSIAN = remembered(stemBelarusian, 100_000);

export function stem(word: string, lang: 'ru' | 'be'): string {
  return lang === 'be' ? BELARUSIAN(word) : RUSSIAN(word);
}
