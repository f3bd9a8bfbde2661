/**
 * Stemming entry point: `stem(word, lang)` gives the key under which search groups word forms.
 * Russian: Snowball, then the corrections in ./ru.ts; Belarusian: ./be.ts.
 */
import { stemBelarusian } from './be.js';
import { stemRussian } from './ru.js';

export { stemBelarusian } from './be.js';
export { snowballRussian, stemRussian } from './ru.js';

const cache = new Map<string, string>();

export function stem(word: string, lang: 'ru' | 'be'): string {
  const key = lang + word;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const s = lang === 'be' ? stemBelarusian(word) : stemRussian(word);
  if (cache.size > 200_000) cache.clear();
  cache.set(key, s);
  return s;
}
