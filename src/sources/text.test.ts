import { describe, expect, it } from 'vitest';
import { parseDate } from './dates.js';
import { detectEncoding, repairMojibake } from './encoding.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { encode } from './testkit.js';

const RU = 'Прошу разобраться с моим соседом, который по ночам шумит и мешает спать всему подъезду. Заранее благодарю.';
const BE = 'Вельмі паважаныя супрацоўнікі, прашу звярнуць увагу на сітуацыю ў нашым двары, дзе ўвесь час шумяць.';

describe('encoding detection', () => {
  for (const enc of ['windows-1251', 'koi8-r', 'ibm866', 'iso-8859-5'] as const) {
    it(`tells ${enc} by letter frequencies, Russian and Belarusian`, () => {
      expect(detectEncoding(encode(RU, enc))).toMatchObject({ encoding: enc, bom: false, reason: 'letter-frequency' });
      expect(detectEncoding(encode(BE, enc))).toMatchObject({ encoding: enc, reason: 'letter-frequency' });
    });
  }
  it('finds UTF-8 with and without BOM, UTF-16 by BOM or by pattern, and plain ASCII', () => {
    expect(detectEncoding(Buffer.from(RU))).toEqual({ encoding: 'utf-8', bom: false, reason: 'valid-utf8', confidence: 0.99 });
    expect(detectEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(RU)]))).toEqual({ encoding: 'utf-8', bom: true, reason: 'bom', confidence: 1 });
    expect(detectEncoding(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RU, 'utf16le')]))).toEqual({ encoding: 'utf-16le', bom: true, reason: 'bom', confidence: 1 });
    expect(detectEncoding(Buffer.from(RU, 'utf16le'))).toEqual({ encoding: 'utf-16le', bom: false, reason: 'utf16-pattern', confidence: 0.9 });
    expect(detectEncoding(Buffer.from(RU, 'utf16le').swap16())).toEqual({ encoding: 'utf-16be', bom: false, reason: 'utf16-pattern', confidence: 0.9 });
    expect(detectEncoding(Buffer.from('id,text\n1,hello\n'))).toEqual({ encoding: 'utf-8', bom: false, reason: 'ascii', confidence: 1 });
  });
  it('keeps UTF-8 with one bad byte as UTF-8, and obeys an override', () => {
    const broken = Buffer.concat([Buffer.from(RU), Buffer.from([0xff]), Buffer.from(RU)]);
    expect(detectEncoding(broken).encoding).toBe('utf-8');
    expect(detectEncoding(Buffer.from(RU), 'cp1251')).toEqual({ encoding: 'windows-1251', bom: false, reason: 'override', confidence: 1 });
  });
  it('repairs UTF-8 read as CP1251, and leaves honest text alone', () => {
    const moj = new TextDecoder('windows-1251').decode(Buffer.from('Прошу разобраться'));
    expect(moj).toBe('РџСЂРѕС€Сѓ СЂР°Р·РѕР±СЂР°С‚СЊСЃСЏ');
    expect(repairMojibake(moj)).toBe('Прошу разобраться');
    expect(repairMojibake(`ID 17: ${moj}`)).toBe('ID 17: Прошу разобраться');
    for (const s of [RU, BE, 'СССР и РСФСР', 'Рубль, Семья, Работа']) expect(repairMojibake(s)).toBe(s);
  });
});

describe('dates', () => {
  const cases: Array<[unknown, string]> = [
    ['2021-12-19T10:04:00+03:00', '2021-12-19T10:04:00+03:00'],
    ['2021-12-19T07:04:00Z', '2021-12-19T07:04:00+00:00'],
    ['2021-12-19 10:04', '2021-12-19T10:04:00+03:00'],
    ['2020-10-18T14:50:40.817676', '2020-10-18T14:50:40+03:00'],
    ['19.12.2021 10:04', '2021-12-19T10:04:00+03:00'],
    ['19.12.21', '2021-12-19T00:00:00+03:00'],
    ['19.12.2021г. 10:04', '2021-12-19T10:04:00+03:00'],
    ['Sun, 19 Dec 2021 10:04:00 +0100', '2021-12-19T10:04:00+01:00'],
    ['19 Dec 2021 10:04:00 GMT', '2021-12-19T10:04:00+00:00'],
    ['19/12/2021', '2021-12-19T00:00:00+03:00'],
    [1639897440, '2021-12-19T10:04:00+03:00'],
    ['1639897440000', '2021-12-19T10:04:00+03:00'],
    ['19 декабря 2021 г.', '2021-12-19T00:00:00+03:00'],
    ['19 снежня 2021', '2021-12-19T00:00:00+03:00'],
    ['1 траўня 2020 года, 09:15', '2020-05-01T09:15:00+03:00'],
    ['3 сакавіка 2019', '2019-03-03T00:00:00+03:00'],
    // Minsk before 2011: EET with summer time, the clocks moved on the last Sundays of March and October.
    ['15.01.2010 12:00', '2010-01-15T12:00:00+02:00'],
    ['15.07.2010 12:00', '2010-07-15T12:00:00+03:00'],
    ['2011-01-15 12:00', '2011-01-15T12:00:00+02:00'],
    ['2011-03-28 12:00', '2011-03-28T12:00:00+03:00'],
    ['2012-01-15 12:00', '2012-01-15T12:00:00+03:00'],
  ];
  for (const [input, iso] of cases) it(`reads ${String(input)}`, () => expect(parseDate(input)).toEqual({ ok: true, iso }));
  it('uses another zone when asked', () => expect(parseDate('19.12.2021 10:04', 'Europe/Moscow')).toEqual({ ok: true, iso: '2021-12-19T10:04:00+03:00' }));
  it('keeps what it cannot read, never guessing', () => {
    for (const s of ['вчера', '31.02.2021', '2021-13-01', '19 чего-то 2021', '', '19 Foo 2021 10:00', '12345']) expect(parseDate(s)).toEqual({ ok: false, raw: s });
  });
});

describe('html', () => {
  it('keeps paragraphs, line breaks and entities, drops script and style', () => {
    const html = '<html><head><title>t</title><style>p{}</style></head><body><h1>Заявление</h1><p>Прошу&nbsp;помочь &laquo;срочно&raquo; &#1071;&#x44F; &amp; &bogus;</p><!-- c --><p>Вторая<br>строка</p><script>alert(1)</script><ul><li>a</li><li>b</li></ul></body></html>';
    expect(htmlToText(html)).toBe('Заявление\n\nПрошу помочь «срочно» Яя & &bogus;\n\nВторая\nстрока\n\na\nb');
  });
  it('handles fragments and broken markup', () => {
    expect(htmlToText('a < b и <b>жирный</b> <p unclosed')).toBe('a < b и жирный');
    expect(looksLikeHtml('<p>x</p>')).toBe(true);
    expect(looksLikeHtml('a < b > c')).toBe(false);
  });
});
