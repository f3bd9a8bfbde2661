import { describe, expect, it } from 'vitest';
import { ZvarotError } from '../core/errors.js';
import { getPath, mapRecord, parseMapping, proposeMapping } from './mapping.js';

describe('mapping', () => {
  it('parses pairs and JSON, and rejects unknown targets', () => {
    expect(parseMapping('body=text, received_at=created_at\nsender.name=fio')).toEqual({ body: 'text', received_at: 'created_at', 'sender.name': 'fio' });
    expect(parseMapping('{"body": "Текст"}')).toEqual({ body: 'Текст' });
    expect(() => parseMapping('bodyy=text')).toThrow(ZvarotError);
    expect(() => parseMapping('body')).toThrow(/not a target=source pair/);
  });

  it('reads nested paths with indexes and element filters', () => {
    const raw = { feed: [{ widget: 'a', payload: { body: 'x' } }, { widget: 'public.petition', payload: { body: 'y' } }], 'a.b': 1 };
    expect(getPath(raw, 'feed[widget=public.petition].payload.body')).toBe('y');
    expect(getPath(raw, 'feed[0].payload.body')).toBe('x');
    expect(getPath(raw, 'a.b')).toBe(1);
    expect(getPath(raw, 'feed.nope')).toBeUndefined();
  });

  it('maps a raw row to a canonical letter: dates, HTML, mojibake, sender, source', () => {
    const moj = new TextDecoder('windows-1251').decode(Buffer.from('Іваноў Іван'));
    const r = mapRecord(
      { n: 12, fio: moj, text: '<p>Прошу помочь.</p><p>Спасибо</p>', dt: '19.12.2021 10:04', files: ['a', 'b'] },
      parseMapping('id=n,sender.name=fio,body=text,received_at=dt,attachments=files'),
      { file: 'a.csv', line: 3 },
    );
    expect(r).toEqual({
      ok: true,
      record: { id: '12', body: 'Прошу помочь.\n\nСпасибо', received_at: '2021-12-19T10:04:00+03:00', sender: { name: 'Іваноў Іван' }, attachments: 2, source: { file: 'a.csv', line: 3 } },
      warnings: [],
      raw: {},
    });
  });

  it('keeps an unreadable date raw with a warning, and rejects a record with no body', () => {
    const r = mapRecord({ t: 'Текст', d: 'позавчера' }, { body: 't', received_at: 'd' }, { file: 'f', line: 1 });
    expect(r.ok && { record: r.record, warnings: r.warnings.map((w) => w.toJSON()), raw: r.raw }).toEqual({
      record: { body: 'Текст', source: { file: 'f', line: 1 } },
      warnings: [{ code: 'E_DATE_UNPARSED', message: '"позавчера" in d is not a date zvarot can read; it was kept as written', hint: expect.any(String), file: 'f', line: 1 }],
      raw: { received_at: 'позавчера' },
    });
    const bad = mapRecord({ t: '' }, { body: 't' }, { file: 'f', line: 2 });
    expect(bad.ok ? null : bad.error.toJSON()).toEqual({ code: 'E_RECORD_SHAPE', message: 'the record has no "body"', hint: expect.any(String), file: 'f', line: 2 });
  });

  it('proposes a mapping from Russian and English column names, then from values', () => {
    expect(proposeMapping(['id', 'ФИО', 'Текст обращения', 'Дата', 'Телефон', 'Адрес', 'email'])).toEqual({
      mapping: { id: 'id', 'sender.name': 'ФИО', body: 'Текст обращения', received_at: 'Дата', 'sender.phone': 'Телефон', 'sender.address': 'Адрес', 'sender.email': 'email' },
      reasons: { id: 'name', 'sender.name': 'name', body: 'name', received_at: 'name', 'sender.phone': 'name', 'sender.address': 'name', 'sender.email': 'name' },
    });
    const samples = [
      { c1: 'ivan@example.by', c2: '+375 29 123-45-67', c3: '19.12.2021', c4: 'Прошу помочь с ремонтом крыши, течёт уже месяц.' },
      { c1: 'petr@example.by', c2: '8 029 765 43 21', c3: '20.12.2021 11:00', c4: 'Сосед шумит по ночам, примите меры пожалуйста.' },
    ];
    expect(proposeMapping(['c1', 'c2', 'c3', 'c4'], samples)).toEqual({
      mapping: { 'sender.email': 'c1', 'sender.phone': 'c2', received_at: 'c3', body: 'c4' },
      reasons: { 'sender.email': 'values', 'sender.phone': 'values', received_at: 'values', body: 'values' },
    });
  });
});
