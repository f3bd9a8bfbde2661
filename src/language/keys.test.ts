import { describe, expect, it } from 'vitest';
import { nameKey } from './keys.js';

function expectOneKey(spellings: string[]): void {
  const keys = new Set(spellings.map(nameKey));
  expect(keys.size, spellings.map((s) => `${s}→${nameKey(s)}`).join(' ')).toBe(1);
  expect([...keys][0]).not.toBe('');
}

describe('nameKey', () => {
  it('joins places across Russian, Belarusian, their romanisations and case forms', () => {
    expectOneKey(['Mogilev', 'Mahilyow', 'Mahilau', 'Mahilioŭ', 'Могилёв', 'Магілёў', 'Могилёве', 'Магілёве', 'Mogilyov']);
    expectOneKey(['Hrodna', 'Grodno', 'Гродна', 'Гродно', 'Гродне']);
    expectOneKey(['Гомель', 'Гомеля', 'Homiel', 'Homyel', 'Gomel', 'Homieĺ']);
    expectOneKey(['Віцебск', 'Витебск', 'Vitsyebsk', 'Viciebsk', 'Vitebsk', 'Віцебску']);
    expectOneKey(['Брэст', 'Брест', 'Брэсце', 'Brest']);
  });
  it('joins people: surnames, first names with their Belarusian pairs, patronymics', () => {
    expectOneKey(['Babaryka', 'Babariko', 'Бабарико', 'Бабарыка', 'Бабарыкі']);
    expectOneKey(['Tsikhanouskaya', 'Ціханоўская', 'Тихановская', 'Cichanoŭskaja', 'Tikhanovskaya']);
    expectOneKey(['Lukashenka', 'Lukashenko', 'Лукашэнка', 'Лукашенко']);
    expectOneKey(['Viktar', 'Viktor', 'Віктар', 'Виктор']);
    expectOneKey(['Вольга', 'Ольга', 'Volha', 'Olga']);
    expectOneKey(['Уладзімір', 'Владимир', 'Uladzimir', 'Vladimir']);
    expectOneKey(['Іваноў', 'Иванов', 'Ivanou', 'Ivanov', 'Ивановым']);
    expectOneKey(['Віктаравіч', 'Викторович', 'Viktaravich', 'Viktorovich']);
    expectOneKey(['Аляксандраўна', 'Александровна', 'Aliaksandrauna', 'Aleksandrovna']);
  });
  it('keeps different names apart', () => {
    const keys = ['Минск', 'Пинск', 'Брест', 'Гродно', 'Гомель', 'Могилёв', 'Витебск', 'Бабарико', 'Колесникова', 'Виктор'].map(nameKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('keys each word of a phrase and ignores punctuation', () => {
    expect(nameKey('Виктор Бабарико')).toBe(`${nameKey('Viktar')} ${nameKey('Babaryka')}`);
    expect(nameKey('  «Гродно», ')).toBe(nameKey('Hrodna'));
    expect(nameKey('')).toBe('');
  });
});
