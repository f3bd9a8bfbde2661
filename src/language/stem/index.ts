/**
 * Stemming entry point: `stem(word, lang)` gives the key under which search groups word forms.
 * Russian: Snowball, then the corrections in ./ru.ts; Belarusian: ./be.ts.
 */
import { stemBelarusian } from './be.js';
import { stemRussian } from './ru.js';

export { stemBelarusian } from './be.js';
export { snowballRussian, stemRussian } from './ru.js';

/** Stems already found, one map a language (a key of its own would be a new string at every call). */
const CACHES = { ru: new Map<string, string>(), be: new Map<string, string>() };

export function stem(word: string, lang: 'ru' | 'be'): string {
  const cache = lang === 'be' ? CACHES.be : CACHES.ru;
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const s = lang === 'be' ? stemBelarusian(word) : stemRussian(word);
  if (cache.size > 100_000) cache.clear();
  cache.set(word, s);
  return s;
}
