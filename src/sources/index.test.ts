import { describe, expect, it } from 'vitest';
import { ZvarotError } from '../core/errors.js';
import { inspect, openSource } from './index.js';
import { collect, encode, flatten, readAll, tempDir, writeFixture } from './testkit.js';

describe('openSource', () => {
  it('detects format and encoding of a cp1251 CSV and reads it', async () => {
    const dir = tempDir();
    const f = writeFixture(dir, 'letters.csv', encode('ФИО;Текст;Дата\r\nИванов И.;Прошу разобраться с соседом;19.12.2021\r\n', 'windows-1251'));
    const src = await openSource(f);
    expect([src.format, src.encoding]).toEqual(['csv', 'windows-1251']);
    expect(flatten(await collect(src.records))).toEqual([{ line: 2, record: { ФИО: 'Иванов И.', Текст: 'Прошу разобраться с соседом', Дата: '19.12.2021' } }]);
  });

  it('flags records holding bytes that are not valid UTF-8', async () => {
    const dir = tempDir();
    const text = Buffer.concat([Buffer.from('{"body": "Прошу помочь, это очень важно для нашей семьи"}\n{"body": "bad '), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]);
    expect(await readAll(writeFixture(dir, 'a.jsonl', text))).toEqual([
      { line: 1, record: { body: 'Прошу помочь, это очень важно для нашей семьи' } },
      { line: 2, record: { body: 'bad \ufffd(' }, warnings: ['E_ENCODING'] },
    ]);
  });

  it('looks past a long ASCII start to find the encoding of the letters', async () => {
    const dir = tempDir();
    const ascii = Array.from({ length: 4000 }, (_, i) => `${i};ok;2021-12-19`).join('\n');
    const f = writeFixture(dir, 'late.csv', Buffer.concat([Buffer.from(`id;text;date\n${ascii}\n`), Buffer.from(encode('4000;Прошу вернуть сына домой;2021-12-20\n', 'windows-1251'))]));
    const src = await openSource(f);
    expect(src.encoding).toBe('windows-1251');
    const items = flatten(await collect(src.records));
    expect(items.at(-1)).toEqual({ line: 4002, record: { id: '4000', text: 'Прошу вернуть сына домой', date: '2021-12-20' } });
  });

  it('reads a UTF-16 JSON array and a KOI8-R text file', async () => {
    const dir = tempDir();
    const json = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('[{"body": "Привет"}]', 'utf16le')]);
    expect(await readAll(writeFixture(dir, 'a.json', json))).toEqual([{ line: 1, record: { body: 'Привет' } }]);
    expect(await readAll(writeFixture(dir, 'a.txt', encode('Прошу защиты от преследования.\r\nС уважением.', 'koi8-r')))).toEqual([
      { line: 1, record: { body: 'Прошу защиты от преследования.\nС уважением.', name: 'a.txt' } },
    ]);
  });

  it('walks a folder recursively in sorted order, each file with its own format and encoding', async () => {
    const dir = tempDir();
    writeFixture(dir, 'b/2.html', '<p>Абзац один</p><p>Абзац два</p>');
    writeFixture(dir, 'a.txt', encode('Текст письма в кодировке cp866, прошу прочитать.', 'ibm866'));
    writeFixture(dir, 'b/1.eml', 'From: a@b.c\nSubject: s\n\nbody\n');
    writeFixture(dir, 'b/3.jsonl', '{"body":"x"}\nnot json\n');
    writeFixture(dir, 'c.bin', 'ignored');
    const src = await openSource(dir);
    const items = flatten(await collect(src.records));
    expect(items).toEqual([
      { line: 1, record: { body: 'Текст письма в кодировке cp866, прошу прочитать.', name: 'a.txt' } },
      { line: 1, record: { from: 'a@b.c', from_email: 'a@b.c', subject: 's', body: 'body', attachments: [] } },
      { line: 1, record: { body: 'Абзац один\n\nАбзац два', name: '2.html' } },
      { line: 1, record: { body: 'x' } },
      { line: 2, code: 'E_JSON_SYNTAX', message: expect.stringContaining('line 2 is not valid JSON') },
    ]);
    expect(src.files.map((f) => [f.file.slice(dir.length + 1), f.format, f.encoding])).toEqual([
      ['a.txt', 'txt', 'ibm866'],
      ['b/1.eml', 'eml', 'binary'],
      ['b/2.html', 'html', 'utf-8'],
      ['b/3.jsonl', 'jsonl', 'utf-8'],
    ]);
  });

  it('throws only when the path does not exist or the format is unknown', async () => {
    await expect(openSource('/no/such/file.csv')).rejects.toThrow(ZvarotError);
    await expect(openSource(tempDir(), { format: 'xls' as never })).rejects.toMatchObject({ code: 'E_FORMAT_UNKNOWN' });
  });
});

describe('inspect', () => {
  it('lists SQL tables with columns, samples and a proposed mapping', async () => {
    const dir = tempDir();
    const f = writeFixture(dir, 'dump.sql', [
      'CREATE TABLE `obrashcheniya` (`id` int, `fio` varchar(99), `tekst` text, `data` datetime, `telefon` varchar(20));',
      "INSERT INTO `obrashcheniya` VALUES (1,'Иванов И. И.','Прошу разобраться с начальником ЖЭС.','2021-12-19 10:04:00','+375 29 111-22-33');",
      'CREATE TABLE `log` (`x` int);',
      '',
    ].join('\n'));
    const r = await inspect(f);
    expect(r).toEqual({
      format: 'sql',
      encoding: 'utf-8',
      detection: { encoding: 'utf-8', bom: false, reason: 'valid-utf8', confidence: 0.99 },
      files: [{ file: f, format: 'sql', encoding: 'utf-8' }],
      rejected: 0,
      truncated: false,
      tables: [
        {
          name: 'obrashcheniya',
          rows: 1,
          columns: [
            { name: 'id', samples: ['1'] },
            { name: 'fio', samples: ['Иванов И. И.'] },
            { name: 'tekst', samples: ['Прошу разобраться с начальником ЖЭС.'] },
            { name: 'data', samples: ['2021-12-19 10:04:00'] },
            { name: 'telefon', samples: ['+375 29 111-22-33'] },
          ],
          proposal: {
            mapping: { id: 'id', 'sender.name': 'fio', received_at: 'data', 'sender.phone': 'telefon', body: 'tekst' },
            reasons: { id: 'name', 'sender.name': 'name', received_at: 'values', 'sender.phone': 'values', body: 'values' },
          },
        },
        { name: 'log', rows: 0, columns: [{ name: 'x', samples: [] }], proposal: { mapping: {}, reasons: {} } },
      ],
    });
  });
});
