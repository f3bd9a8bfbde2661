import { describe, expect, it } from 'vitest';
import { snowballRussian, stem, stemBelarusian, stemRussian } from './index.js';

/** Every form of a group must share one key, and no key may be shared with the other groups. */
function expectGroups(fn: (w: string) => string, groups: string[][]): void {
  const keys = groups.map((g) => new Set(g.map(fn)));
  groups.forEach((g, i) => expect(keys[i]!.size, `${g.join(' ')} → ${[...keys[i]!].join(' ')}`).toBe(1));
  const all = keys.map((k) => [...k][0]);
  expect(new Set(all).size, `keys ${all.join(' ')}`).toBe(groups.length);
}

describe('Snowball Russian', () => {
  it('is the reference algorithm, with ё read as е', () => {
    expect(snowballRussian('забастовками')).toBe('забастовк');
    expect(snowballRussian('актёрский')).toBe('актерск');
    expect(snowballRussian('ёлочный')).toBe('елочн');
  });
});

describe('Russian stemming', () => {
  it('groups the forms of one word, as Snowball does', () => {
    expectGroups(stemRussian, [
      ['забастовка', 'забастовки', 'забастовке', 'забастовок', 'забастовками'],
      ['задержать', 'задержал', 'задержали', 'задержит'],
    ]);
  });
  it('joins what Snowball leaves apart: pronouns, irregular verbs, fleeting vowels, theme vowels', () => {
    expectGroups(stemRussian, [
      ['я', 'меня', 'мне', 'мной'],
      ['быть', 'был', 'будет', 'есть'],
      ['человек', 'люди', 'людей'],
      ['день', 'дня', 'дней'],
      ['рынок', 'рынка', 'рынке'],
      ['отец', 'отца', 'отцом'],
      ['использовать', 'использует', 'использовал'],
      ['начинает', 'начинают', 'начинал'],
      ['выйти', 'вышел', 'вышла', 'выйдет'],
      ['уровень', 'уровня', 'уровнем'],
    ]);
  });
  it('keeps apart what the lemmas keep apart: reflexive verbs, nouns in -ость, adverbs, verbs and nouns', () => {
    expect(stemRussian('находится')).not.toBe(stemRussian('находит'));
    expect(stemRussian('возможность')).not.toBe(stemRussian('возможный'));
    expect(stemRussian('специально')).not.toBe(stemRussian('специальный'));
    expect(stemRussian('работает')).not.toBe(stemRussian('работа'));
    expect(stemRussian('Беларусь'.toLowerCase())).toBe(stemRussian('беларуси'));
  });
  it('ignores stress marks and ё', () => {
    expect(stemRussian('дви\u0301гатель')).toBe(stemRussian('двигатель'));
    expect(stemRussian('всё')).toBe(stemRussian('все'));
  });
});

describe('Belarusian stemming', () => {
  it('groups case and verb forms', () => {
    expectGroups(stemBelarusian, [
      ['забастоўка', 'забастоўкі', 'забастоўцы', 'забастовак', 'забастоўкамі'],
      ['беларускі', 'беларуская', 'беларускага', 'беларускім', 'беларускіх'],
      ['рабіць', 'рабіў', 'рабіла', 'рабілі'],
      ['працаваць', 'працуе', 'працуюць', 'працаваў'],
    ]);
  });
  it('meets the alternations of Belarusian spelling', () => {
    expectGroups(stemBelarusian, [
      ['горад', 'горада', 'гарады', 'гарадах', 'горадзе'], // о/а, д/дз
      ['дарога', 'дарогі', 'дарозе'], // г/з
      ['выпадак', 'выпадку', 'выпадкі'], // fleeting vowel
      ['узровень', 'ўзроўню', 'узроўнем'], // ў/у, fleeting vowel
      ['свабода', 'свабоды', 'свабодзе'],
      ['год', 'гадоў', 'года'],
      ['я', 'мяне', 'мне'],
      ['быць', 'быў', 'была', 'будзе', 'ёсць'],
      ['людзі', 'чалавек', 'людзей'],
    ]);
  });
  it('keeps short unrelated stems apart and reflexive verbs apart', () => {
    expect(stemBelarusian('радыё')).not.toBe(stemBelarusian('род'));
    expect(stemBelarusian('вучыцца')).not.toBe(stemBelarusian('вучыць'));
    expect(stemBelarusian('вучыцца')).toBe(stemBelarusian('вучыўся'));
    expect(stemBelarusian('магчымасць')).not.toBe(stemBelarusian('магчымы'));
  });
});

describe('stem()', () => {
  it('dispatches by language', () => {
    expect(stem('забастоўкі', 'be')).toBe(stemBelarusian('забастоўкі'));
    expect(stem('забастовки', 'ru')).toBe(stemRussian('забастовки'));
  });
});

describe('queryStems', () => {
  it('stems a query word only under the languages its letters allow, and always under one', async () => {
    const { queryStems } = await import('../analyze.js');
    expect(queryStems('заявлений')).toEqual([stemRussian('заявлений')]);
    expect(queryStems('заяў')).toEqual([stemBelarusian('заяў')]);
    expect(queryStems('забастовка')).toEqual([stemRussian('забастовка'), stemBelarusian('забастовка')]);
    expect(queryStems('иі')).toHaveLength(1);
  });
});
