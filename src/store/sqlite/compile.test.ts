import { describe, expect, it } from 'vitest';
import { queryStems } from '../../language/analyze.js';
import { parseQuery } from '../../query/parse.js';
import { compileQuery, ftsQuote, placeKey } from './compile.js';

/** The SQL side of a compiled query: the MATCH, the WHERE and its parameters. */
const sqlOf = ({ filters: _filters, plan: _plan, ...sql }: ReturnType<typeof compileQuery>) => sql;
const c = (q: string, fuzzy?: (w: string, d: number) => string[]) => sqlOf(compileQuery(parseQuery(q), fuzzy ? { fuzzy } : {}));

/** The stems of a word under both languages, quoted, OR-ed when they differ. */
const stems = (word: string) => {
  const s = queryStems(word).map(ftsQuote);
  return s.length === 1 ? (s[0] as string) : `(${s.join(' OR ')})`;
};
/** What a plain word compiles to: its stems in subject and body, or its exact form anywhere. */
const word = (w: string, form = w.toLowerCase()) => `({subject body} : ${stems(w)} OR exact : ${ftsQuote(form)})`;
const FTS = 'l.rowid IN (SELECT rowid FROM letters_fts WHERE letters_fts MATCH ?)';

describe('compileQuery (SQLite)', () => {
  it('quotes every FTS term and doubles quotes inside it', () => {
    expect(ftsQuote('a"b')).toBe('"a""b"');
  });

  it('compiles a word to its stems and its exact form; a capitalised or Latin word also to its name key', () => {
    expect(c('заявлений')).toEqual({ match: '({subject body} : "заявлен" OR exact : "заявлений")', where: '1', params: [] });
    expect(c('Заявлений')).toEqual({ match: '({subject body} : "заявлен" OR exact : "заявлений" OR keys : "zln")', where: '1', params: [] });
    expect(c('Mahilau')).toEqual({ match: '({subject body} : "mahilau" OR exact : "mahilau" OR keys : "mgl")', where: '1', params: [] });
    expect(c('могилёве')).toEqual({ match: word('могилёве', 'могилеве'), where: '1', params: [] });
  });

  it('switches the name key off with translit:off or the translit option', () => {
    expect(c('Mahilau translit:off')).toEqual({ match: '({subject body} : "mahilau" OR exact : "mahilau")', where: '1', params: [] });
    expect(compileQuery(parseQuery('Mahilau'), { translit: false }).match).toBe('({subject body} : "mahilau" OR exact : "mahilau")');
  });

  it('adds the forms of the paradigm that the archive holds and the stems miss', () => {
    const asked: string[][] = [];
    const known = (forms: string[]) => {
      asked.push(forms);
      return forms.filter((f) => f === 'освобождена' || f === 'освобожден');
    };
    const q = compileQuery(parseQuery('освободить'), { known });
    expect(asked[0]).toContain('освобождена');
    // Forms the stems already reach are not looked up: освободил stems as освободить does.
    expect(asked[0]).not.toContain('освободил');
    expect(q.match).toBe(`({subject body} : ${stems('освободить')} OR exact : ("освободить" OR "освобожден" OR "освобождена"))`);
  });

  it('finds a person by the keys of the name in any script', () => {
    expect(c('person:"Svetlana Tikhanovskaya"')).toEqual({
      match: null,
      where: FTS,
      params: [`({subject body} : ${ftsQuote(queryStems('svetlana')[0] + ' ' + queryStems('tikhanovskaya')[0])} OR keys : "svtln tgnsk")`],
    });
    expect(c('person:Svetlana translit:off').params).toEqual([`{subject body} : ${ftsQuote(queryStems('svetlana')[0] as string)}`]);
  });

  it('compiles =exact, prefix*, fuzzy~ and phrases to the exact view', () => {
    expect(c('=Заявлением')).toEqual({ match: 'exact : "заявлением"', where: '1', params: [] });
    expect(c('заяв*')).toEqual({ match: 'exact : "заяв"*', where: '1', params: [] });
    expect(c('бабарико~1', () => ['бабарыко', 'бабарико'])).toEqual({ match: 'exact : ("бабарико" OR "бабарыко")', where: '1', params: [] });
    expect(c('"Прошу Освободить"')).toEqual({ match: 'exact : "прошу освободить"', where: '1', params: [] });
  });

  it('compiles NEAR over stems, with its distance', () => {
    const [s1] = queryStems('сосед');
    const [s2] = queryStems('флаг');
    expect(c('NEAR(сосед флаг, 3)')).toEqual({ match: `{subject body} : NEAR(${ftsQuote(s1 as string)} ${ftsQuote(s2 as string)}, 3)`, where: '1', params: [] });
  });

  it('compiles AND, NOT and OR of words into one MATCH', () => {
    expect(c('"прошу освободить" -сын')).toEqual({ match: `(exact : "прошу освободить" NOT (${word('сын')}))`, where: '1', params: [] });
    expect(c('флаг OR крыша')).toEqual({ match: `(${word('флаг')} OR ${word('крыша')})`, where: '1', params: [] });
  });

  it('binds field values as parameters and lets text drive the FTS query', () => {
    expect(c('флаг lang:be year:2020..2021 place:Гомель kind:denunciation')).toEqual({
      match: word('флаг'),
      where: 'l.lang = ? AND coalesce(l.year BETWEEN ? AND ?, 0) AND l.place_key IS ? AND l.kind IS ?',
      params: ['be', 2020, 2021, 'place:homel', 'denunciation'],
    });
  });

  it('finds a place by any spelling, and an oblast by its name or any of its towns', () => {
    expect(placeKey('Mahilau')).toBe('place:mahilyow');
    expect(placeKey('Магілёў')).toBe('place:mahilyow');
    expect(placeKey('Нигдеград')).toBe('нигдеград');
    const byName = c('oblast:"Могилёвская область"');
    const byTown = c('oblast:Babruysk');
    expect(byName).toEqual(byTown);
    expect(byName.params).toContain('place:mahilyow');
    expect(byName.params).not.toContain('place:homel');
    expect(byName.where).toMatch(/^coalesce\(l\.place_key IN \(\?(, \?)+\), 0\)$/);
  });

  it('turns days into Minsk-time bounds and flags into a JSON lookup', () => {
    expect(c('date:2021-01-01..2021-01-31 flag:recantation')).toEqual({
      match: null,
      where: 'coalesce(l.received_ts >= ? AND l.received_ts < ?, 0) AND EXISTS (SELECT 1 FROM json_each(l.flags_json) WHERE value = ?)',
      params: [Date.UTC(2020, 11, 31, 21), Date.UTC(2021, 0, 31, 21), 'recantation'],
    });
  });

  it('escapes LIKE wildcards in sender:', () => {
    expect(c('sender:100%_Иван')).toEqual({ match: null, where: "l.sender_key LIKE ? ESCAPE '\\'", params: ['%100\\%\\_иван%'] });
  });

  it('falls back to sub-selects when text and filters mix under OR or NOT', () => {
    expect(c('флаг OR has:response')).toEqual({ match: null, where: `(${FTS} OR l.has_response = 1)`, params: [word('флаг')] });
    expect(c('-флаг channel:post')).toEqual({ match: null, where: `NOT (${FTS}) AND l.channel IS ?`, params: [word('флаг'), 'post'] });
  });

  it('compiles a tag filter to the tags table, the tag in the form tags are kept in', () => {
    expect(c('tag:"на  проверку "')).toEqual({ match: null, where: 'l.id IN (SELECT letter_id FROM tags WHERE tag = ?)', params: ['на проверку'] });
  });

  it('compiles an empty query to everything, and refuses an unknown oblast', () => {
    expect(compileQuery(null)).toEqual({ match: null, where: '1', params: [], filters: [], plan: null });
    expect(() => c('oblast:Атлантида')).toThrow(/no Belarusian oblast/);
  });
});
