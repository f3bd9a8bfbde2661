import { describe, expect, it } from 'vitest';
import { CASES } from '../types.js';
import {
  asciiFold,
  beBgn,
  beNational,
  bePassport,
  findPlace,
  MINSK_STREETS,
  OBLASTS,
  PLACES,
  placeById,
  placeKey,
  RAIONS,
  ruLatin,
  STREETS,
} from './index.js';

const get = (id: string) => {
  const p = placeById(id);
  if (!p) throw new Error(`no place ${id}`);
  return p;
};

describe('gazetteer data', () => {
  it('fills every case of every place in both languages', () => {
    for (const p of PLACES) {
      for (const c of CASES) {
        expect(p.ru[c], `${p.id} ru ${c}`).toMatch(/^\p{Lu}[\p{L}' -]*\p{L}$/u);
        expect(p.be[c], `${p.id} be ${c}`).toMatch(/^\p{Lu}[\p{L}' -]*\p{L}$/u);
      }
      expect(p.be.nom, p.id).not.toMatch(/[ищъ]/);
      expect(p.ru.nom, p.id).not.toMatch(/[іў']/);
      expect(p.latin.length, p.id).toBeGreaterThan(0);
      for (const l of p.latin) expect(l, p.id).toMatch(/^[\p{Script=Latin}' -]+$/u);
    }
  });

  it('has unique ids and unique nominatives', () => {
    const ids = PLACES.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z-]*[a-z]$/);
    const noms = PLACES.map((p) => placeKey(p.ru.nom));
    expect(new Set(noms).size).toBe(noms.length);
  });

  it('covers Minsk, its nine districts, the oblast centres and all 118 raions', () => {
    expect(get('minsk').type).toBe('capital');
    expect(PLACES.filter((p) => p.type === 'city_district')).toHaveLength(9);
    expect(PLACES.filter((p) => p.type === 'oblast_centre').map((p) => p.id).sort()).toEqual(['brest', 'homel', 'hrodna', 'mahilyow', 'vitebsk']);
    expect(RAIONS).toHaveLength(118);
    const perOblast = new Map<string, number>();
    for (const r of RAIONS) perOblast.set(r.oblast, (perOblast.get(r.oblast) ?? 0) + 1);
    expect(Object.fromEntries(perOblast)).toEqual({ minsk: 22, brest: 16, vitebsk: 21, homel: 21, hrodna: 17, mahilyow: 21 });
    const centres = new Set(RAIONS.map((r) => r.centre));
    expect(centres.size).toBe(118);
    for (const c of centres) expect(['capital', 'oblast_centre', 'raion_centre']).toContain(get(c).type);
    expect(PLACES.filter((p) => p.type === 'raion_centre')).toHaveLength(112);
    expect(PLACES.filter((p) => p.type === 'village').length).toBeGreaterThanOrEqual(30);
    for (const id of ['navapolatsk', 'zhodzina', 'babruysk', 'mazyr', 'salihorsk', 'maladzyechna', 'barysaw', 'lida', 'svyetlahorsk', 'rechytsa', 'zhlobin', 'pinsk', 'baranavichy', 'orsha', 'polatsk', 'kobryn']) {
      expect(placeById(id), id).toBeDefined();
    }
  });

  it('puts every place outside Minsk in a raion of its own oblast', () => {
    const raions = new Map(RAIONS.map((r) => [r.id, r]));
    for (const p of PLACES) {
      if (p.oblast === 'minsk-city') {
        expect(p.raion).toBeUndefined();
        continue;
      }
      const r = raions.get(p.raion ?? '');
      expect(r, p.id).toBeDefined();
      expect(r!.oblast, p.id).toBe(p.oblast);
    }
  });

  it('declines the names the way a native reader expects', () => {
    expect(get('mahilyow').ru).toEqual({ nom: 'Могилёв', gen: 'Могилёва', dat: 'Могилёву', acc: 'Могилёв', ins: 'Могилёвом', loc: 'Могилёве' });
    expect(get('mahilyow').be).toEqual({ nom: 'Магілёў', gen: 'Магілёва', dat: 'Магілёву', acc: 'Магілёў', ins: 'Магілёвам', loc: 'Магілёве' });
    expect(get('homel').be).toEqual({ nom: 'Гомель', gen: 'Гомеля', dat: 'Гомелю', acc: 'Гомель', ins: 'Гомелем', loc: 'Гомелі' });
    expect(get('hrodna').ru.loc).toBe('Гродно');
    expect(get('hrodna').be).toEqual({ nom: 'Гродна', gen: 'Гродна', dat: 'Гродну', acc: 'Гродна', ins: 'Гроднам', loc: 'Гродне' });
    expect(get('brest').be.loc).toBe('Брэсце');
    expect(get('vitebsk').be.loc).toBe('Віцебску');
    expect(get('minsk').be.loc).toBe('Мінску');
    expect(get('pinsk').ru).toEqual({ nom: 'Пинск', gen: 'Пинска', dat: 'Пинску', acc: 'Пинск', ins: 'Пинском', loc: 'Пинске' });
    expect(get('pinsk').be.loc).toBe('Пінску');
    expect(get('mazyr').be).toEqual({ nom: 'Мазыр', gen: 'Мазыра', dat: 'Мазыру', acc: 'Мазыр', ins: 'Мазырам', loc: 'Мазыры' });
    expect(get('mazyr').ru.loc).toBe('Мозыре');
    expect(get('hlybokaye').ru).toEqual({ nom: 'Глубокое', gen: 'Глубокого', dat: 'Глубокому', acc: 'Глубокое', ins: 'Глубоким', loc: 'Глубоком' });
    expect(get('hlybokaye').be.loc).toBe('Глыбокім');
    expect(get('chashniki').ru).toEqual({ nom: 'Чашники', gen: 'Чашников', dat: 'Чашникам', acc: 'Чашники', ins: 'Чашниками', loc: 'Чашниках' });
    expect(get('baranavichy').ru.gen).toBe('Барановичей');
    expect(get('baranavichy').be.gen).toBe('Баранавіч');
    expect(get('lida').be.loc).toBe('Лідзе');
    expect(get('orsha').ru).toEqual({ nom: 'Орша', gen: 'Орши', dat: 'Орше', acc: 'Оршу', ins: 'Оршей', loc: 'Орше' });
    expect(get('orsha').be.loc).toBe('Оршы');
    expect(get('vilyeyka').be.loc).toBe('Вілейцы');
    expect(get('smarhon').be.ins).toBe('Смаргонню');
    expect(get('maryina-horka').ru.loc).toBe('Марьиной Горке');
    expect(get('maryina-horka').be.loc).toBe("Мар'інай Горцы");
    expect(get('staryya-darohi').ru.gen).toBe('Старых Дорог');
    expect(get('navahrudak').ru.gen).toBe('Новогрудка');
    expect(get('astravyets').be.gen).toBe('Астраўца');
    expect(get('slawharad').be.loc).toBe('Слаўгарадзе');
    expect(get('iwye').ru.loc).toBe('Ивье');
    expect(get('minsk-district-frunzensky').ru).toEqual({
      nom: 'Фрунзенский район',
      gen: 'Фрунзенского района',
      dat: 'Фрунзенскому району',
      acc: 'Фрунзенский район',
      ins: 'Фрунзенским районом',
      loc: 'Фрунзенском районе',
    });
    expect(get('minsk-district-oktyabrsky').be.nom).toBe('Кастрычніцкі раён');
    expect(get('minsk-district-tsentralny').be.loc).toBe('Цэнтральным раёне');
  });

  it('names the oblasts in every case', () => {
    expect(OBLASTS).toHaveLength(7);
    const mah = OBLASTS.find((o) => o.id === 'mahilyow')!;
    expect(mah.ru.nom).toBe('Могилёвская область');
    expect(mah.ru.dat).toBe('Могилёвской области');
    expect(mah.be.ins).toBe('Магілёўскай вобласцю');
    for (const o of OBLASTS) for (const c of CASES) expect(o.be[c]).not.toBe('');
    const pinsk = RAIONS.find((r) => r.centre === 'pinsk')!;
    expect(pinsk.ru.gen).toBe('Пинского района');
    expect(pinsk.be.loc).toBe('Пінскім раёне');
  });
});

describe('romanisation', () => {
  it('follows the national 2007 system, BGN/PCGN and passport practice', () => {
    expect(beNational('Магілёў')).toBe('Mahilioŭ');
    expect(beNational('Віцебск')).toBe('Viciebsk');
    expect(beNational('Гомель')).toBe('Homieĺ');
    expect(beNational('Ельск')).toBe('Jeĺsk');
    expect(beNational('Іўе')).toBe('Iŭje');
    expect(beNational('Маладзечна')).toBe('Maladziečna');
    expect(asciiFold('Mahilioŭ')).toBe('Mahiliou');
    expect(beBgn('Магілёў')).toBe('Mahilyow');
    expect(beBgn('Віцебск')).toBe('Vitsyebsk');
    expect(bePassport('Іваноў')).toBe('Ivanou');
    expect(bePassport('Сяргей')).toBe('Siarhei');
    expect(bePassport('Дзмітрый')).toBe('Dzmitry');
    expect(ruLatin('Могилёв')).toBe('Mogilev');
    expect(ruLatin('Могилёв', { yo: true })).toBe('Mogilyov');
    expect(ruLatin('Ельск')).toBe('Yelsk');
  });
});

describe('findPlace', () => {
  it.each([
    ['Mahilau', 'mahilyow'],
    ['Mogilev', 'mahilyow'],
    ['Mahilioŭ', 'mahilyow'],
    ['mahiliou', 'mahilyow'],
    ['Могилёве', 'mahilyow'],
    ['Могилеве', 'mahilyow'],
    ['Магілёве', 'mahilyow'],
    ['МАГІЛЁЎ', 'mahilyow'],
    ['Homiel', 'homel'],
    ['Gomel', 'homel'],
    ['Гомеля', 'homel'],
    ['Гомелі', 'homel'],
    ['Hrodna', 'hrodna'],
    ['Grodno', 'hrodna'],
    ['Гродне', 'hrodna'],
    ['Minsk', 'minsk'],
    ['Мінску', 'minsk'],
    ['Брэсце', 'brest'],
    ['Барановичей', 'baranavichy'],
    ['Baranavichy', 'baranavichy'],
    ['Глубоком', 'hlybokaye'],
    ['Чашниках', 'chashniki'],
    ['Марьиной Горке', 'maryina-horka'],
    ['Марьина  горка', 'maryina-horka'],
    ["Мар’іна Горка", 'maryina-horka'],
    ['Фрунзенском районе', 'minsk-district-frunzensky'],
    ['Navapolatsk', 'navapolatsk'],
    ['Novopolotsk', 'navapolatsk'],
    ['Буда Кошелево', 'buda-kashalyova'],
    ['Mozyr', 'mazyr'],
    ['Мазыры', 'mazyr'],
  ])('%s → %s', (spelling, id) => {
    expect(findPlace(spelling)?.id).toBe(id);
  });

  it('finds every place by every case form of its own', () => {
    for (const p of PLACES) {
      expect(findPlace(p.ru.nom)?.id, p.ru.nom).toBe(p.id);
      expect(findPlace(p.be.nom)?.id, p.be.nom).toBe(p.id);
      for (const l of p.latin) expect(findPlace(l), l).toBeDefined();
    }
  });

  it('does not guess', () => {
    expect(findPlace('Paris')).toBeUndefined();
    expect(findPlace('')).toBeUndefined();
    expect(findPlace('з Гомеля')).toBeUndefined();
  });
});

describe('streets', () => {
  it('gives each street with its type word in both languages', () => {
    expect(STREETS.length).toBeGreaterThanOrEqual(80);
    expect(MINSK_STREETS.length).toBeGreaterThanOrEqual(30);
    for (const s of [...STREETS, ...MINSK_STREETS]) {
      expect(s.ru).toMatch(/^(ул\.|пр-т|пер\.|бульвар|пл\.) \S/);
      expect(s.be).toMatch(/^(вул\.|пр-т|зав\.|бульвар|пл\.) \S/);
    }
    expect(STREETS).toContainEqual({ ru: 'ул. Ленина', be: 'вул. Леніна' });
    expect(STREETS).toContainEqual({ ru: 'пер. Садовый', be: 'зав. Садовы' });
    expect(MINSK_STREETS).toContainEqual({ ru: 'пр-т Победителей', be: 'пр-т Пераможцаў' });
    const all = [...STREETS, ...MINSK_STREETS].map((s) => s.ru);
    expect(new Set(all).size).toBe(all.length);
  });
});
