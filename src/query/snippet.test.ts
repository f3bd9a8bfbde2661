import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../language/analyze.js';
import { tokenMatcher } from './highlight.js';
import { parseQuery } from './parse.js';
import { makeSnippet } from './snippet.js';

const snippet = (q: string, body: string, opts: { maxFragments?: number; context?: number } = {}, translit = true) => {
  const a = analyze(body);
  const s = makeSnippet(a.text, a.tokens, tokenMatcher(parseQuery(q), translit), opts);
  return { ...s, marked: s.highlights.map(([x, y]) => s.text.slice(x, y)) };
};

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const filler = (n: number) => Array.from({ length: n }, (_, i) => `слово${i}`).join(' ');

describe('snippets', () => {
  it('highlights every matched form, in several fragments cut at word boundaries', () => {
    const body = `Прошу рассмотреть моё заявление. ${filler(60)} К заявлению прилагаю копии. ${filler(60)} Заявлений больше не пишу.`;
    const s = snippet('заявление', body, { context: 40 });
    expect(s.marked).toEqual(['заявление', 'заявлению', 'Заявлений']);
    expect(s.text.split(' … ').length).toBe(3);
    expect(s.text.startsWith('Прошу')).toBe(true);
    // Every word of the snippet is a whole word of the letter.
    const words = new Set(body.split(/\s+/));
    for (const w of s.text.split(/\s+/).filter((x) => x !== '…')) expect(words.has(w)).toBe(true);
  });

  it('highlights the forms reached through the paradigm and through the name key', () => {
    expect(snippet('освободить', 'Мой сын был освобожден, но брат ещё не освобождён.').marked).toEqual(['освобожден', 'освобождён']);
    expect(snippet('Mahilau', 'Я жыву ў Магілёве і працую ў Мінску.').marked).toEqual(['Магілёве']);
    expect(snippet('Mahilau', 'Я жыву ў Магілёве.', {}, false).marked).toEqual([]);
    expect(snippet('Mahilau translit:off', 'Я жыву ў Магілёве.').marked).toEqual([]);
  });

  it('says whether it reads the name keys, and marks the same words without them when it does not', () => {
    expect(tokenMatcher(parseQuery('Mahilau')).keys).toBe(true);
    expect(tokenMatcher(parseQuery('person:Бабарико')).keys).toBe(true);
    expect(tokenMatcher(parseQuery('Mahilau translit:off')).keys).toBe(false);
    expect(tokenMatcher(parseQuery('Mahilau'), false).keys).toBe(false);
    expect(tokenMatcher(parseQuery('заявление "моё заявление" заяв* year:2021')).keys).toBe(false);
    const body = 'Прошу рассмотреть моё заявление. Я живу в Могилёве, Mahilau, и заявлений больше не пишу.';
    for (const q of ['заявление', '"моё заявление"', 'заяв*', 'Mahilau', 'Mahilau translit:off', 'NEAR(прошу заявление, 5)']) {
      const m = tokenMatcher(parseQuery(q));
      const full = analyze(body);
      const lean = analyze(body, undefined, { keys: m.keys });
      expect(lean.tokens.filter(m), q).toEqual(full.tokens.filter(m).map((t) => (m.keys ? t : (({ key: _key, ...rest }) => rest)(t))));
    }
    expect(analyze(body, undefined, { keys: false }).tokens.some((t) => t.key !== undefined)).toBe(false);
  });

  it('keeps to the fragment limit and starts the letter when nothing matched', () => {
    const body = Array.from({ length: 10 }, () => `флаг ${filler(40)}`).join(' ');
    expect(snippet('флаг', body, { maxFragments: 2, context: 30 }).marked).toHaveLength(2);
    const none = snippet('отсутствует', `Начало письма. ${filler(100)}`);
    expect(none.highlights).toEqual([]);
    expect(none.text.startsWith('Начало письма.')).toBe(true);
    expect(none.text.endsWith('…')).toBe(true);
  });

  it('never splits a surrogate pair or a word, whatever the text', () => {
    const piece = fc.constantFrom('флаг', 'сосед', '😀', '𝔘', 'Магілёў', 'x', '—', '\n\n', '  ', 'ўсё', '😀флаг😀', 'слова');
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 200 }).map((a) => a.join(' ')), fc.integer({ min: 1, max: 60 }), (body, context) => {
        const s = snippet('флаг', body, { context });
        expect(LONE_SURROGATE.test(s.text)).toBe(false);
        // Whitespace runs become one plain space.
        expect(/\s\s|[^\S ]/.test(s.text), JSON.stringify(s.text)).toBe(false);
        for (const m of s.marked) expect(m.toLowerCase()).toContain('флаг');
        const words = new Set(analyze(body).text.split(/\s+/));
        for (const w of s.text.split(/\s+/).filter((x) => x !== '…' && x !== '')) expect(words.has(w)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
