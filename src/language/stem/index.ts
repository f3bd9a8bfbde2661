/**
 * Stemming entry point. Provisional: Snowball Russian for both languages until the Belarusian
 * stemmer lands (issue 3); the signature is the one the rest of the code relies on.
 */
import snowball from 'snowball-stemmers';

const russian = snowball.newStemmer('russian');
const cache = new Map<string, string>();

export function stem(word: string, lang: 'ru' | 'be'): string {
  const key = lang + word;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const s = russian.stem(word.replace(/ё/g, 'е'));
  if (cache.size > 200_000) cache.clear();
  cache.set(key, s);
  return s;
}
