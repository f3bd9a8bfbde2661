import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../query/parse.js';
import { queryStems } from '../../language/analyze.js';
import { compileQuery, ftsQuote } from './compile.js';

/** The FTS form of one word: its stems under both languages, quoted, OR-ed when they differ. */
const t = (word: string) => {
  const stems = queryStems(word).map(ftsQuote);
  return stems.length === 1 ? (stems[0] as string) : `(${stems.join(' OR ')})`;
};
const first = (word: string) => queryStems(word)[0] as string;

const c = (q: string) => compileQuery(parseQuery(q));

describe('compileQuery (SQLite)', () => {
  it('quotes every FTS term and doubles quotes inside it', () => {
    expect(ftsQuote('a"b')).toBe('"a""b"');
  });

  it('compiles words to stems, in Russian and Belarusian where they differ', () => {
    expect(c('заявлений')).toEqual({ match: '"заявлен"', where: '1', params: [] });
    expect(c('Магілёве')).toEqual({ match: t('Магілёве'), where: '1', params: [] });
  });

  it('compiles phrases, AND, NOT and OR into one MATCH', () => {
    expect(c('"прошу освободить" -сын')).toEqual({ match: `(${ftsQuote(`${first('прошу')} ${first('освободить')}`)} NOT (${t('сын')}))`, where: '1', params: [] });
    expect(c('флаг OR крыша')).toEqual({ match: `(${t('флаг')} OR ${t('крыша')})`, where: '1', params: [] });
  });

  it('binds field values as parameters and lets text drive the FTS query', () => {
    expect(c('флаг lang:be year:2020..2021 place:Гомель')).toEqual({
      match: t('флаг'),
      where: 'l.lang = ? AND l.year BETWEEN ? AND ? AND l.place_key = ?',
      params: ['be', 2020, 2021, 'гомель'],
    });
  });

  it('falls back to sub-selects when text and filters mix under OR', () => {
    expect(c('флаг OR has:response')).toEqual({
      match: null,
      where: '(l.rowid IN (SELECT rowid FROM letters_fts WHERE letters_fts MATCH ?) OR l.has_response = 1)',
      params: [t('флаг')],
    });
    expect(c('-флаг channel:post')).toEqual({
      match: null,
      where: 'NOT (l.rowid IN (SELECT rowid FROM letters_fts WHERE letters_fts MATCH ?)) AND l.channel = ?',
      params: [t('флаг'), 'post'],
    });
  });

  it('compiles an empty query to everything', () => {
    expect(compileQuery(null)).toEqual({ match: null, where: '1', params: [] });
  });
});
