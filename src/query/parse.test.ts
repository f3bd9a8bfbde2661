import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ZvarotError } from '../core/errors.js';
import { parseQuery } from './parse.js';

function errorOf(q: string): ZvarotError {
  try {
    parseQuery(q);
  } catch (e) {
    if (e instanceof ZvarotError) return e;
    throw e;
  }
  throw new Error(`expected "${q}" to fail`);
}

describe('parseQuery', () => {
  it('reads words as an implicit AND, with columns', () => {
    expect(parseQuery('заявление Гомель')).toEqual({
      type: 'and',
      nodes: [
        { type: 'term', text: 'заявление', column: 1 },
        { type: 'term', text: 'Гомель', column: 11 },
      ],
    });
  });

  it('reads phrases, exclusions, OR and fields together', () => {
    expect(parseQuery('"прошу освободить" -сын OR lang:be year:2020..2021')).toEqual({
      type: 'or',
      nodes: [
        {
          type: 'and',
          nodes: [
            { type: 'phrase', words: ['прошу', 'освободить'], column: 1 },
            { type: 'not', node: { type: 'term', text: 'сын', column: 21 }, column: 20 },
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

  it('takes Russian quotes and quoted field values', () => {
    expect(parseQuery('«за беспокойство» place:"Марьина Горка"')).toEqual({
      type: 'and',
      nodes: [
        { type: 'phrase', words: ['за', 'беспокойство'], column: 1 },
        { type: 'field', field: 'place', value: 'Марьина Горка', column: 19 },
      ],
    });
  });

  it('drops punctuation around words and gives null for an empty query', () => {
    expect(parseQuery('  (Гомель),  ')).toEqual({ type: 'term', text: 'Гомель', column: 3 });
    expect(parseQuery('   ')).toBeNull();
    expect(parseQuery('!!! ...')).toBeNull();
  });

  it.each([
    ['"прошу освободить', 1, 'closing'],
    ['сын "', 5, 'closing'],
    ['colour:red', 1, 'unknown field'],
    ['year:20x1', 1, 'year:'],
    ['year:2023..2021', 1, 'backwards'],
    ['сын OR', 5, 'OR needs a word after'],
    ['OR сын', 1, 'OR needs a word before'],
    ['-сын', 1, 'only exclude'],
    ['has:cats', 1, 'has:'],
    ['lang:', 1, 'needs a value'],
  ])('rejects %j at column %i', (q, column, words) => {
    const e = errorOf(q);
    expect(e.code).toBe('E_QUERY_SYNTAX');
    expect(e.location).toEqual({ column });
    expect(e.message).toContain(words);
  });

  it('never throws anything but a catalogued error, whatever the input', () => {
    const alphabet = fc.constantFrom('а', 'я', 'ў', 'і', 'x', ' ', '"', '«', '»', '-', ':', 'OR', 'year', 'lang', '..', '2021', '(', ')', '*', '\u0000', '\uD83D');
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
      { numRuns: 2000 },
    );
  });
});
