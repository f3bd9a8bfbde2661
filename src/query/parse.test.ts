import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ZvarotError } from '../core/errors.js';
import { parseQuery, translitOff } from './parse.js';

function errorOf(q: string): ZvarotError {
  try {
    parseQuery(q);
  } catch (e) {
    if (e instanceof ZvarotError) return e;
    throw e;
  }
  throw new Error(`expected "${q}" to fail`);
}

const term = (text: string, column: number, mode = 'stem') => ({ type: 'term', text, mode, column });

describe('parseQuery', () => {
  it('reads words as an implicit AND, with columns', () => {
    expect(parseQuery('заявление Гомель')).toEqual({ type: 'and', nodes: [term('заявление', 1), term('Гомель', 11)] });
  });

  it('reads phrases, exclusions, OR and fields together, AND binding tighter than OR', () => {
    expect(parseQuery('"прошу освободить" -сын OR lang:be year:2020..2021')).toEqual({
      type: 'or',
      nodes: [
        {
          type: 'and',
          nodes: [
            { type: 'phrase', words: ['прошу', 'освободить'], column: 1 },
            { type: 'not', node: term('сын', 21), column: 20 },
          ],
        },
        {
          type: 'and',
          nodes: [
            { type: 'field', field: 'lang', value: 'be', column: 28 },
            { type: 'field', field: 'year', value: '2020..2021', column: 36 },
          ],
        },
      ],
    });
  });

  it('groups with parentheses and reads AND, NOT', () => {
    expect(parseQuery('(флаг OR символика) AND NOT тест')).toEqual({
      type: 'and',
      nodes: [
        { type: 'or', nodes: [term('флаг', 2), term('символика', 10)] },
        { type: 'not', node: term('тест', 29), column: 25 },
      ],
    });
  });

  it('reads =exact, prefix*, fuzzy~ and NEAR', () => {
    expect(parseQuery('=заявлением заяв* Бабарыка~1 Цепкало~2 NEAR(сосед флаг, 5)')).toEqual({
      type: 'and',
      nodes: [
        term('заявлением', 1, 'exact'),
        term('заяв', 13, 'prefix'),
        { type: 'term', text: 'Бабарыка', mode: 'fuzzy', distance: 1, column: 19 },
        { type: 'term', text: 'Цепкало', mode: 'fuzzy', distance: 2, column: 30 },
        { type: 'near', words: ['сосед', 'флаг'], distance: 5, column: 40 },
      ],
    });
    expect(parseQuery('NEAR(сосед флаг)')).toEqual({ type: 'near', words: ['сосед', 'флаг'], distance: 10, column: 1 });
  });

  it('takes Russian quotes, quoted field values, and a one-word quote as that exact form', () => {
    expect(parseQuery('«за беспокойство» place:"Марьина Горка" "Бабарико"')).toEqual({
      type: 'and',
      nodes: [
        { type: 'phrase', words: ['за', 'беспокойство'], column: 1 },
        { type: 'field', field: 'place', value: 'Марьина Горка', column: 19 },
        term('Бабарико', 41, 'exact'),
      ],
    });
  });

  it('drops punctuation around words and gives null for an empty query', () => {
    expect(parseQuery('  Гомель,  ')).toEqual(term('Гомель', 3));
    expect(parseQuery('   ')).toBeNull();
    expect(parseQuery('!!! ...')).toBeNull();
  });

  it('knows translit:off', () => {
    expect(translitOff(parseQuery('Mahilau translit:off'))).toBe(true);
    expect(translitOff(parseQuery('Mahilau'))).toBe(false);
  });

  it.each([
    ['"прошу освободить', 1, 'closing'],
    ['сын "', 5, 'closing'],
    ['colour:red', 1, 'unknown field'],
    ['year:20x1', 1, 'year:'],
    ['year:2023..2021', 1, 'backwards'],
    ['date:2021-02-30', 1, 'date:'],
    ['kind:letter', 1, 'kind: takes one of'],
    ['сын OR', 5, 'needs something after'],
    ['OR сын', 1, 'needs something before'],
    ['сын AND', 5, 'needs something after'],
    ['-сын', 1, 'only exclude'],
    ['-сын OR -дочь', 1, 'only exclude'],
    ['has:cats', 1, 'has:'],
    ['lang:', 1, 'needs a value'],
    ['(сын', 1, 'never closed'],
    ['сын)', 4, 'closes nothing'],
    ['()', 1, 'hold nothing'],
    ['NEAR(сын)', 1, 'at least two words'],
    ['NEAR(сын дочь, x)', 14, 'distance'],
    ['NEAR(сын дочь', 1, 'never closed'],
    ['с*', 1, 'two letters'],
    ['сын~5', 1, 'edits'],
  ])('rejects %j at column %i', (q, column, words) => {
    const e = errorOf(q);
    expect(e.code).toBe('E_QUERY_SYNTAX');
    expect(e.location).toEqual({ column });
    expect(e.message).toContain(words);
  });

  it('never throws anything but a catalogued error, whatever the input', () => {
    const alphabet = fc.constantFrom('а', 'я', 'ў', 'і', 'x', ' ', '"', '«', '»', '-', ':', 'OR', 'AND', 'NOT', 'NEAR', '(', ')', ',', 'year', 'lang', 'kind', '..', '2021', '*', '~', '=', '\u0000', '\uD83D');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), (q) => {
        try {
          parseQuery(q);
        } catch (e) {
          expect(e).toBeInstanceOf(ZvarotError);
          expect((e as ZvarotError).code).toBe('E_QUERY_SYNTAX');
          expect((e as ZvarotError).location?.column).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses deep nesting and very long queries with an error, not a stack overflow', () => {
    expect(errorOf('('.repeat(100) + 'сын' + ')'.repeat(100)).message).toContain('nest deeper');
    expect(errorOf('сын '.repeat(600)).message).toContain('limit');
  });
});
