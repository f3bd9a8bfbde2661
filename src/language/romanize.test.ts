import { describe, expect, it } from 'vitest';
import { cyrillicCandidates, isScheme, romanize, SCHEMES } from './romanize.js';

describe('romanize: Russian schemes', () => {
  it('BGN/PCGN: ye after vowels and signs, ë, the middle dot, ” and ’', () => {
    expect(romanize('Ельцин', 'bgn_pcgn')).toBe('Yel’tsin');
    expect(romanize('Подъячев', 'bgn_pcgn')).toBe('Pod”yachev');
    expect(romanize('Озёрный', 'bgn_pcgn')).toBe('Ozërnyy');
    expect(romanize('Улан-Удэ', 'bgn_pcgn')).toBe('Ulan-Ud·e');
    expect(romanize('Тыайа', 'bgn_pcgn')).toBe('Ty·ay·a');
  });
  it('GOST 7.79 A: one letter for one letter', () => {
    expect(romanize('Щербаков', 'gost_779')).toBe('Ŝerbakov');
    expect(romanize('Юлия, съешь', 'gost_779')).toBe('Ûliâ, sʺešʹ');
    expect(romanize('Йошкар-Ола', 'gost_779')).toBe('Joškar-Ola');
  });
  it('ICAO 9303 and MVD 782: passports', () => {
    expect(romanize('Юлия Щеглова', 'icao_doc_9303')).toBe('Iuliia Shcheglova');
    expect(romanize('Ян Разъездной', 'icao_doc_9303')).toBe('Ian Razieezdnoi');
    expect(romanize('Артём Краевой', 'mvd_782')).toBe('Artyem Krayevoy');
    expect(romanize('Игорь Ильин', 'mvd_782')).toBe("Igor' Ilyin");
  });
  it('Wikipedia: -ий/-ый as y, ь before a vowel as y, ye where a reader expects it', () => {
    expect(romanize('Ильинский', 'wikipedia')).toBe('Ilyinsky');
    expect(romanize('Юрьев', 'wikipedia')).toBe('Yuryev');
    expect(romanize('Подъярский', 'wikipedia')).toBe('Podyarsky');
    expect(romanize('Набережные Челны', 'wikipedia')).toBe('Naberezhnye Chelny');
    expect(romanize('Мягкий', 'wikipedia')).toBe('Myagky');
  });
  it('keeps case, punctuation, digits and Latin', () => {
    expect(romanize('ЩУКА и Щука, 2020 г. (OK)', 'wikipedia')).toBe('SHCHUKA i Shchuka, 2020 g. (OK)');
  });
});

describe('romanize: Belarusian schemes', () => {
  it('national system of 2007', () => {
    expect(romanize('Магілёў', 'be_national')).toBe('Mahilioŭ');
    expect(romanize('Гомель', 'be_national')).toBe('Homieĺ');
    expect(romanize('Віцебск', 'be_national')).toBe('Viciebsk');
    expect(romanize('Ціханоўская', 'be_national')).toBe('Cichanoŭskaja');
  });
  it('BGN/PCGN 1979', () => {
    expect(romanize('Магілёў', 'be_bgn_pcgn')).toBe('Mahilyow');
    expect(romanize('Гомель', 'be_bgn_pcgn')).toBe('Homyel');
  });
  it('passports and the press', () => {
    expect(romanize('Ціханоўская', 'be_passport')).toBe('Tsikhanouskaya');
    expect(romanize('Сяргей', 'be_passport')).toBe('Siarhei');
    expect(romanize('Дзмітрый', 'be_passport')).toBe('Dzmitry');
    expect(romanize('Лукашэнка', 'be_press')).toBe('Lukashenka');
    expect(romanize('Бабарыка', 'be_press')).toBe('Babaryka');
    expect(romanize('Гродна', 'be_press')).toBe('Hrodna');
    expect(romanize('Віктар', 'be_press')).toBe('Viktar');
  });
  it('lists every scheme it knows', () => {
    expect(SCHEMES.map((s) => s.name).every(isScheme)).toBe(true);
    expect(isScheme('klingon')).toBe(false);
  });
});

describe('cyrillicCandidates', () => {
  it('reads a Latin word back into the Cyrillic it stands for, best first', () => {
    expect(cyrillicCandidates('Mahilau', 'be')[0]).toBe('магілаў');
    expect(cyrillicCandidates('Mogilev', 'ru')[0]).toBe('могилев');
    expect(cyrillicCandidates('Mogilev', 'ru')).toContain('могилёв');
    expect(cyrillicCandidates('Babariko', 'ru')[0]).toBe('бабарико');
    expect(cyrillicCandidates('Viktar', 'be')[0]).toBe('віктар');
    expect(cyrillicCandidates('Hrodna', 'be')[0]).toBe('гродна');
    expect(cyrillicCandidates('Grodno', 'ru')[0]).toBe('гродно');
    expect(cyrillicCandidates('Tsikhanouskaya', 'be')[0]).toBe('ціханоўская');
    expect(cyrillicCandidates('Shcheglova', 'ru')[0]).toBe('щеглова');
  });
  it('keeps to the language asked for and to the limit', () => {
    expect(cyrillicCandidates('Ivanou', 'ru').some((c) => /[іў]/.test(c))).toBe(false);
    expect(cyrillicCandidates('Ivanou', 'be').some((c) => /[ищъ]/.test(c))).toBe(false);
    expect(cyrillicCandidates('Babaryka', undefined, 3)).toHaveLength(3);
  });
});
