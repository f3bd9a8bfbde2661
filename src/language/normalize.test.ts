import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, foldWord } from './normalize.js';
import { tokenize } from './tokenize.js';
import { detectLanguage, detectLetterLanguage } from './langid.js';

describe('cleanText', () => {
  it('removes soft hyphens, zero-width and direction controls, and unifies apostrophes', () => {
    expect(cleanText('за\u00ADбас\u200Bтовка \u202Eсям’я\u202C вераб\u02BCі')).toBe("забастовка сям'я вераб'і");
  });

  it('composes to NFC', () => {
    expect(cleanText('и\u0306')).toBe('й');
  });

  it('turns Latin look-alikes inside Cyrillic words into Cyrillic, leaving Latin words alone', () => {
    expect(cleanText('Мiнск, пpoтест, NEXTA и BYSOL')).toBe('Мінск, протест, NEXTA и BYSOL');
  });
});

describe('foldWord', () => {
  it('folds case and ё for Russian, keeps ё for Belarusian', () => {
    expect(foldWord('Могилёв', 'ru')).toBe('могилев');
    expect(foldWord('Магілёў', 'be')).toBe('магілёў');
  });
});

describe('tokenize', () => {
  it('keeps e-mails, phones, hyphenated and apostrophised words whole, with offsets', () => {
    const text = "Пишу кое-что: сям'я, тел. +375 29 123-45-67, ivan.petrov@mail.ru, дом 12";
    expect(tokenize(text).map((t) => [t.kind, t.text, text.slice(t.start, t.end) === t.text])).toEqual([
      ['word', 'Пишу', true],
      ['word', 'кое-что', true],
      ['word', "сям'я", true],
      ['word', 'тел', true],
      ['phone', '+375 29 123-45-67', true],
      ['email', 'ivan.petrov@mail.ru', true],
      ['word', 'дом', true],
      ['number', '12', true],
    ]);
  });

  it('reads 8 (029) 123-45-67 as one phone', () => {
    expect(tokenize('звоните 8 (029) 123-45-67').map((t) => t.kind)).toEqual(['word', 'phone']);
  });

  it('cuts any text as the one pattern with every alternative does, whether or not it has an "@" or a digit', () => {
    // The specification: e-mail, phone, word, number, tried in that order at every position.
    const spec = /(?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,})|(?<phone>(?:(?:\+\d{1,3}|8)[\s-]?)?(?:\(\d{2,5}\)[\s-]?|\d{2,5}[\s-])?\d{2,3}[\s-]?\d{2}[\s-]?\d{2}(?!\d))|(?<word>\p{L}[\p{L}\p{M}]*(?:['-][\p{L}\p{M}]+)*)|(?<number>\p{N}+(?:[.,/]\p{N}+)*)/gu;
    const reference = (text: string) =>
      [...text.matchAll(spec)].map((m) => {
        const g = m.groups ?? {};
        const kind = g.email ? 'email' : g.phone && /\d{7}|\d[\s-]\d/.test(g.phone) && g.phone.replace(/\D/g, '').length >= 7 ? 'phone' : g.word ? 'word' : 'number';
        return { text: m[0], kind, start: m.index, end: m.index + m[0].length };
      });
    const pieces = ['а', 'Я', 'ў', "'", '-', '@', '.', '+', '8', '0', '3', '7', ' ', '\n', '(', ')', '²', '٣', 'e', '\u0301', '𝒜', ',', '/', '%', '_', 'mail.ru', 'Іван', '029'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        expect(tokenize(text)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
    const letter = "Пишу кое-что: сям'я, тел. +375 29 123-45-67, ivan.petrov@mail.ru, дом 12, кв. 5; звоните 8 (029) 123-45-67";
    expect(tokenize(letter)).toEqual(reference(letter));
    expect(reference(letter).map((t) => t.kind)).toEqual(expect.arrayContaining(['email', 'phone', 'number', 'word']));
  });
});

describe('language identification', () => {
  it.each([
    ['Прошу разобраться с моим заявлением', 'ru'],
    ['Прашу разабрацца з маёй заявай', 'be'],
    ['Прошу розібратися з моєю заявою', 'uk'],
    ['Please look into my complaint', 'en'],
    ['Дзякуй', 'be'],
    ['Спасибо', 'ru'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('calls a letter mixed when long paragraphs disagree', () => {
    const letter = 'Уважаемые сотрудники, прошу рассмотреть моё обращение по существу и принять меры.\n\nЯ жыву ў Гомелі і працую на заводзе, мне патрэбна ваша дапамога.';
    expect(detectLetterLanguage(letter)).toEqual({ lang: 'mixed', paragraphs: ['ru', 'be'] });
  });
});

describe('language identification of short Belarusian texts without і or ў', () => {
  it.each([
    ['Жыве Беларусь!', 'be'],
    ['Пачалося!', 'be'],
    ['Заходзьце да нас.', 'be'],
    ['Трымайце новы выпуск', 'be'],
    ['Началось!', 'ru'],
    ['Заходите к нам.', 'ru'],
    ['Абмеркаваць фільм можна ў Facebook - <a href="https://www.facebook.com/x">https://www.facebook.com/x</a>', 'be'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});
