import { describe, expect, it } from 'vitest';
import { readCsv, detectDelimiter } from './csv.js';
import { chunked, collect, flatten } from './testkit.js';

const read = async (text: string, opts = {}, size = 4) => flatten(await collect(readCsv(chunked(text, size), 'a.csv', opts)));

describe('csv', () => {
  it('detects the delimiter among , ; tab and |', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('фио;текст;дата\n"Иванов, И.";"Привет, мир";19.12.2021\n')).toBe(';');
    expect(detectDelimiter('a\tb\n1\t2\n')).toBe('\t');
    expect(detectDelimiter('a|b\n1|2\n')).toBe('|');
  });

  it('reads quoted fields with "" escapes, embedded newlines, CRLF and a BOM, with the line each record starts on', async () => {
    const text = '\ufeffid;ФИО;текст\r\n1;"Иванов ""старший""";"Первая строка\r\nвторая; строка"\r\n2;Петров;"Просто"\r\n';
    expect(await read(text)).toEqual([
      { line: 2, record: { id: '1', ФИО: 'Иванов "старший"', текст: 'Первая строка\r\nвторая; строка' } },
      { line: 4, record: { id: '2', ФИО: 'Петров', текст: 'Просто' } },
    ]);
  });

  it('keeps what it can of ragged rows and reports them', async () => {
    expect(await read('a,b,c\n1,2\n1,2,3,4\n')).toEqual([
      { line: 2, record: { a: '1', b: '2' }, warnings: ['E_CSV_RAGGED'] },
      { line: 3, record: { a: '1', b: '2', c: '3', _extra: ['4'] }, warnings: ['E_CSV_RAGGED'] },
    ]);
  });

  it('rejects a row whose quote never closes and reads the rows after its first line', async () => {
    expect(await read('a,b\n1,"open\n2,two\n3,three\n')).toEqual([
      { line: 2, code: 'E_CSV_QUOTE', message: 'row at line 2 opens a quote that is never closed' },
      { line: 3, record: { a: '2', b: 'two' } },
      { line: 4, record: { a: '3', b: 'three' } },
    ]);
  });

  it('names columns col1… when the first row is data, not a header', async () => {
    expect(await read('1;Прошу помочь с отоплением;19.12.2021\n2;Спасибо за ремонт;20.12.2021\n')).toEqual([
      { line: 1, record: { col1: '1', col2: 'Прошу помочь с отоплением', col3: '19.12.2021' } },
      { line: 2, record: { col1: '2', col2: 'Спасибо за ремонт', col3: '20.12.2021' } },
    ]);
    expect(await read('x,y\n1,2\n', { header: false })).toEqual([
      { line: 1, record: { col1: 'x', col2: 'y' } },
      { line: 2, record: { col1: '1', col2: '2' } },
    ]);
  });

  it('gives the same records at every chunk size', async () => {
    const text = 'id,text\n1,"a ""q"" b\nc"\r\n2,d\r\n3,"e,f"\n';
    const whole = await read(text, {}, 1 << 20);
    for (const size of [1, 2, 3, 5]) expect(await read(text, {}, size)).toEqual(whole);
    expect(whole).toHaveLength(3);
  });
});
