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
