import { describe, expect, it } from 'vitest';
import { CASES, type Gender, type Paradigm, type TextLang } from '../types.js';
import { GIVEN_NAMES, inflectFirst, inflectPatronymic, inflectSurname, patronymic, personName, SURNAMES, type GivenName, type Surname } from './index.js';

/** Reads "nom gen dat acc ins loc" as a paradigm, so that each expectation is one line to check. */
const P = (forms: string): Paradigm => {
  const [nom, gen, dat, acc, ins, loc] = forms.split(' ');
  return { nom: nom!, gen: gen!, dat: dat!, acc: acc!, ins: ins!, loc: loc! };
};

const given = (ru: string): GivenName => {
  const g = GIVEN_NAMES.find((n) => n.ru === ru);
  if (!g) throw new Error(`no given name ${ru}`);
  return g;
};
const sur = (ru: string): Surname => {
  const s = SURNAMES.find((n) => n.ru === ru);
  if (!s) throw new Error(`no surname ${ru}`);
  return s;
};
/** A surname built in the test, for names the list leaves out on purpose (public figures). */
const made = (ru: string, be: string): Surname => ({ ru, be, latin: [] });

describe('lists', () => {
  it('has 80+ names of each sex and 200+ surnames, without duplicates', () => {
    expect(GIVEN_NAMES.filter((n) => n.gender === 'm').length).toBeGreaterThanOrEqual(80);
    expect(GIVEN_NAMES.filter((n) => n.gender === 'f').length).toBeGreaterThanOrEqual(80);
    expect(SURNAMES.length).toBeGreaterThanOrEqual(200);
    for (const key of ['ru', 'be'] as const) {
      expect(new Set(GIVEN_NAMES.map((n) => n[key])).size).toBe(GIVEN_NAMES.length);
      expect(new Set(SURNAMES.map((n) => n[key])).size).toBe(SURNAMES.length);
    }
  });

  it('spells Russian and Belarusian with their own letters', () => {
    for (const n of [...GIVEN_NAMES, ...SURNAMES]) {
      expect(n.ru, n.ru).toMatch(/^\p{Lu}[а-яё]+$/u);
      expect(n.be, n.be).toMatch(/^\p{Lu}[а-зй-шы-яёіў']+$/u);
      expect(n.be, n.be).not.toMatch(/[ищъ]/);
      expect(n.ru, n.ru).not.toMatch(/[іў']/);
    }
  });

  it('gives an ASCII Latin form first, usable in an e-mail address', () => {
    for (const n of [...GIVEN_NAMES, ...SURNAMES]) {
      expect(n.latin[0], n.ru).toMatch(/^[A-Z][a-z]+$/);
      for (const l of n.latin) expect(l, n.ru).toMatch(/^[\p{Script=Latin}' -]+$/u);
    }
    expect(given('Сергей').latin).toEqual(expect.arrayContaining(['Sergei', 'Siarhei', 'Sergey']));
    expect(given('Дмитрий').latin).toEqual(expect.arrayContaining(['Dzmitry', 'Dmitry', 'Dmitriy']));
    expect(given('Виктор').latin).toEqual(expect.arrayContaining(['Viktar', 'Viktor']));
    expect(sur('Иванов').latin).toEqual(expect.arrayContaining(['Ivanov', 'Ivanou', 'Ivanoŭ']));
    expect(sur('Ковалёнок').latin).toEqual(expect.arrayContaining(['Kovalenok', 'Kavalionak']));
  });

  it('pairs the names as Belarusians know them', () => {
    const pairs: [string, string][] = [
      ['Виктор', 'Віктар'],
      ['Дмитрий', 'Дзмітрый'],
      ['Алексей', 'Аляксей'],
      ['Сергей', 'Сяргей'],
      ['Николай', 'Мікалай'],
      ['Юрий', 'Юрый'],
      ['Ольга', 'Вольга'],
      ['Елена', 'Алена'],
      ['Светлана', 'Святлана'],
      ['Татьяна', 'Таццяна'],
      ['Ирина', 'Ірына'],
      ['Анастасия', 'Анастасія'],
      ['Екатерина', 'Кацярына'],
      ['Мария', 'Марыя'],
      ['Анна', 'Ганна'],
      ['Владимир', 'Уладзімір'],
    ];
    for (const [ru, be] of pairs) expect(given(ru).be).toBe(be);
  });
});

describe('every entry inflects', () => {
  const full = (p: Paradigm, label: string) => {
    for (const c of CASES) expect(p[c], `${label} ${c}`).toMatch(/^\p{Lu}[\p{L}']+$/u);
  };
  it('first names and patronymics', () => {
    for (const g of GIVEN_NAMES) {
      for (const lang of ['ru', 'be'] as TextLang[]) {
        full(inflectFirst(g, lang), `${g.ru} ${lang}`);
        if (g.gender === 'm') for (const sex of ['m', 'f'] as Gender[]) full(inflectPatronymic(g, sex, lang), `${g.ru} ${lang} ${sex}`);
      }
    }
  });
  it('surnames, for both sexes', () => {
    for (const s of SURNAMES) for (const lang of ['ru', 'be'] as TextLang[]) for (const sex of ['m', 'f'] as Gender[]) full(inflectSurname(s, sex, lang), `${s.ru} ${lang} ${sex}`);
  });
  it('every masculine noun surname has an animate accusative', () => {
    for (const s of SURNAMES) {
      const ru = inflectSurname(s, 'm', 'ru');
      if (!/[аоя]$/.test(s.ru)) expect(ru.acc, s.ru).toBe(ru.gen);
    }
  });
});

describe('first names', () => {
  it.each<[string, TextLang, string]>([
    ['Ольга', 'ru', 'Ольга Ольги Ольге Ольгу Ольгой Ольге'],
    ['Ольга', 'be', 'Вольга Вольгі Вользе Вольгу Вольгай Вользе'],
    ['Илья', 'ru', 'Илья Ильи Илье Илью Ильёй Илье'],
    ['Илья', 'be', 'Ілля Іллі Іллі Іллю Іллёй Іллі'],
    ['Любовь', 'ru', 'Любовь Любови Любови Любовь Любовью Любови'],
    ['Любовь', 'be', 'Любоў Любові Любові Любоў Любоўю Любові'],
    ['Павел', 'ru', 'Павел Павла Павлу Павла Павлом Павле'],
    ['Павел', 'be', 'Павел Паўла Паўлу Паўла Паўлам Паўле'],
    ['Пётр', 'ru', 'Пётр Петра Петру Петра Петром Петре'],
    ['Пётр', 'be', 'Пятро Пятра Пятру Пятра Пятром Пятру'],
    ['Татьяна', 'be', 'Таццяна Таццяны Таццяне Таццяну Таццянай Таццяне'],
    ['Николай', 'ru', 'Николай Николая Николаю Николая Николаем Николае'],
    ['Николай', 'be', 'Мікалай Мікалая Мікалаю Мікалая Мікалаем Мікалаю'],
    ['Дмитрий', 'ru', 'Дмитрий Дмитрия Дмитрию Дмитрия Дмитрием Дмитрии'],
    ['Дмитрий', 'be', 'Дзмітрый Дзмітрыя Дзмітрыю Дзмітрыя Дзмітрыем Дзмітрыю'],
    ['Виктор', 'be', 'Віктар Віктара Віктару Віктара Віктарам Віктару'],
    ['Иван', 'be', 'Іван Івана Івану Івана Іванам Іване'],
    ['Олег', 'be', 'Алег Алега Алегу Алега Алегам Алегу'],
    ['Игорь', 'ru', 'Игорь Игоря Игорю Игоря Игорем Игоре'],
    ['Анатолий', 'be', 'Анатоль Анатоля Анатолю Анатоля Анатолем Анатолю'],
    ['Леонид', 'be', 'Леанід Леаніда Леаніду Леаніда Леанідам Леанідзе'],
    ['Никита', 'be', 'Мікіта Мікіты Мікіце Мікіту Мікітам Мікіце'],
    ['Мария', 'ru', 'Мария Марии Марии Марию Марией Марии'],
    ['Мария', 'be', 'Марыя Марыі Марыі Марыю Марыяй Марыі'],
    ['Наталья', 'ru', 'Наталья Натальи Наталье Наталью Натальей Наталье'],
    ['Наталья', 'be', 'Наталля Наталлі Наталлі Наталлю Наталляй Наталлі'],
    ['Вероника', 'be', 'Вераніка Веранікі Вераніцы Вераніку Веранікай Вераніцы'],
    ['Вера', 'be', 'Вера Веры Веры Веру Верай Веры'],
    ['Елизавета', 'be', 'Лізавета Лізаветы Лізавеце Лізавету Лізаветай Лізавеце'],
    ['Дарья', 'be', "Дар'я Дар'і Дар'і Дар'ю Дар'яй Дар'і"],
    ['Нелли', 'ru', 'Нелли Нелли Нелли Нелли Нелли Нелли'],
  ])('%s (%s)', (name, lang, forms) => {
    expect(inflectFirst(given(name), lang)).toEqual(P(forms));
  });
});

describe('patronymics', () => {
  it.each<[string, TextLang, string, string]>([
    ['Виктор', 'ru', 'Викторович', 'Викторовна'],
    ['Виктор', 'be', 'Віктаравіч', 'Віктараўна'],
    ['Дмитрий', 'ru', 'Дмитриевич', 'Дмитриевна'],
    ['Дмитрий', 'be', 'Дзмітрыевіч', 'Дзмітрыеўна'],
    ['Николай', 'ru', 'Николаевич', 'Николаевна'],
    ['Николай', 'be', 'Мікалаевіч', 'Мікалаеўна'],
    ['Сергей', 'be', 'Сяргеевіч', 'Сяргееўна'],
    ['Алексей', 'be', 'Аляксеевіч', 'Аляксееўна'],
    ['Юрий', 'ru', 'Юрьевич', 'Юрьевна'],
    ['Юрий', 'be', "Юр'евіч", "Юр'еўна"],
    ['Валерий', 'be', "Валер'евіч", "Валер'еўна"],
    ['Георгий', 'ru', 'Георгиевич', 'Георгиевна'],
    ['Анатолий', 'ru', 'Анатольевич', 'Анатольевна'],
    ['Анатолий', 'be', 'Анатольевіч', 'Анатольеўна'],
    ['Игорь', 'ru', 'Игоревич', 'Игоревна'],
    ['Илья', 'ru', 'Ильич', 'Ильинична'],
    ['Илья', 'be', 'Ільіч', 'Ільінічна'],
    ['Кузьма', 'ru', 'Кузьмич', 'Кузьминична'],
    ['Никита', 'ru', 'Никитич', 'Никитична'],
    ['Павел', 'be', 'Паўлавіч', 'Паўлаўна'],
    ['Пётр', 'be', 'Пятровіч', 'Пятроўна'],
    ['Лев', 'ru', 'Львович', 'Львовна'],
    ['Яков', 'ru', 'Яковлевич', 'Яковлевна'],
    ['Михаил', 'ru', 'Михайлович', 'Михайловна'],
    ['Михаил', 'be', 'Міхайлавіч', 'Міхайлаўна'],
    ['Станислав', 'be', 'Станіслававіч', 'Станіславаўна'],
    ['Франц', 'ru', 'Францевич', 'Францевна'],
  ])('%s (%s)', (father, lang, m, f) => {
    expect(patronymic(given(father), 'm', lang)).toBe(m);
    expect(patronymic(given(father), 'f', lang)).toBe(f);
  });

  it('declines them', () => {
    expect(inflectPatronymic(given('Виктор'), 'm', 'ru')).toEqual(P('Викторович Викторовича Викторовичу Викторовича Викторовичем Викторовиче'));
    expect(inflectPatronymic(given('Виктор'), 'f', 'ru')).toEqual(P('Викторовна Викторовны Викторовне Викторовну Викторовной Викторовне'));
    expect(inflectPatronymic(given('Виктор'), 'm', 'be')).toEqual(P('Віктаравіч Віктаравіча Віктаравічу Віктаравіча Віктаравічам Віктаравічу'));
    expect(inflectPatronymic(given('Виктор'), 'f', 'be')).toEqual(P('Віктараўна Віктараўны Віктараўне Віктараўну Віктараўнай Віктараўне'));
    expect(inflectPatronymic(given('Илья'), 'm', 'ru').ins).toBe('Ильичом');
    expect(inflectPatronymic(given('Никита'), 'm', 'ru').ins).toBe('Никитичем');
    expect(inflectPatronymic(given('Илья'), 'f', 'ru')).toEqual(P('Ильинична Ильиничны Ильиничне Ильиничну Ильиничной Ильиничне'));
    expect(inflectPatronymic(null, 'm', 'ru')).toEqual(P('     '));
  });
});

describe('surnames', () => {
  const cases: [Surname, Gender, TextLang, string][] = [
    // -ов: declines for both sexes, the woman's like an adjective.
    [sur('Иванов'), 'm', 'ru', 'Иванов Иванова Иванову Иванова Ивановым Иванове'],
    [sur('Иванов'), 'f', 'ru', 'Иванова Ивановой Ивановой Иванову Ивановой Ивановой'],
    [sur('Иванов'), 'm', 'be', 'Іваноў Іванова Іванову Іванова Івановым Іванове'],
    [sur('Иванов'), 'f', 'be', 'Іванова Івановай Івановай Іванову Івановай Івановай'],
    [sur('Сидоров'), 'f', 'be', 'Сідарава Сідаравай Сідаравай Сідараву Сідаравай Сідаравай'],
    [sur('Ильин'), 'm', 'ru', 'Ильин Ильина Ильину Ильина Ильиным Ильине'],
    // -ич: a man's declines, a woman's does not.
    [sur('Якимович'), 'm', 'ru', 'Якимович Якимовича Якимовичу Якимовича Якимовичем Якимовиче'],
    [sur('Якимович'), 'f', 'ru', 'Якимович Якимович Якимович Якимович Якимович Якимович'],
    [sur('Якимович'), 'm', 'be', 'Якімовіч Якімовіча Якімовічу Якімовіча Якімовічам Якімовічу'],
    [sur('Якимович'), 'f', 'be', 'Якімовіч Якімовіч Якімовіч Якімовіч Якімовіч Якімовіч'],
    // -ко: undeclined in Russian; in Belarusian a man's -ка keeps -у, a woman's is a feminine noun.
    [made('Бабарико', 'Бабарыка'), 'm', 'ru', 'Бабарико Бабарико Бабарико Бабарико Бабарико Бабарико'],
    [made('Бабарико', 'Бабарыка'), 'f', 'ru', 'Бабарико Бабарико Бабарико Бабарико Бабарико Бабарико'],
    [made('Бабарико', 'Бабарыка'), 'm', 'be', 'Бабарыка Бабарыкі Бабарыку Бабарыку Бабарыкам Бабарыку'],
    [made('Бабарико', 'Бабарыка'), 'f', 'be', 'Бабарыка Бабарыкі Бабарыцы Бабарыку Бабарыкай Бабарыцы'],
    [sur('Шевченко'), 'm', 'be', 'Шаўчэнка Шаўчэнкі Шаўчэнку Шаўчэнку Шаўчэнкам Шаўчэнку'],
    [sur('Сивко'), 'm', 'be', 'Сіўко Сіўко Сіўко Сіўко Сіўко Сіўко'],
    // -ский.
    [sur('Ковальский'), 'm', 'ru', 'Ковальский Ковальского Ковальскому Ковальского Ковальским Ковальском'],
    [sur('Ковальский'), 'f', 'ru', 'Ковальская Ковальской Ковальской Ковальскую Ковальской Ковальской'],
    [sur('Ковальский'), 'm', 'be', 'Кавальскі Кавальскага Кавальскаму Кавальскага Кавальскім Кавальскім'],
    [sur('Ковальский'), 'f', 'be', 'Кавальская Кавальскай Кавальскай Кавальскую Кавальскай Кавальскай'],
    // -ук, -чик.
    [sur('Ковальчук'), 'm', 'ru', 'Ковальчук Ковальчука Ковальчуку Ковальчука Ковальчуком Ковальчуке'],
    [sur('Ковальчук'), 'f', 'ru', 'Ковальчук Ковальчук Ковальчук Ковальчук Ковальчук Ковальчук'],
    [sur('Ковальчук'), 'm', 'be', 'Кавальчук Кавальчука Кавальчуку Кавальчука Кавальчукам Кавальчуку'],
    [sur('Кухарчик'), 'm', 'be', 'Кухарчык Кухарчыка Кухарчыку Кухарчыка Кухарчыкам Кухарчыку'],
    // -ёнок: the vowel drops.
    [sur('Ковалёнок'), 'm', 'ru', 'Ковалёнок Ковалёнка Ковалёнку Ковалёнка Ковалёнком Ковалёнке'],
    [sur('Ковалёнок'), 'f', 'ru', 'Ковалёнок Ковалёнок Ковалёнок Ковалёнок Ковалёнок Ковалёнок'],
    [sur('Ковалёнок'), 'm', 'be', 'Кавалёнак Кавалёнка Кавалёнку Кавалёнка Кавалёнкам Кавалёнку'],
    // -ец.
    [sur('Кравец'), 'm', 'ru', 'Кравец Кравца Кравцу Кравца Кравцом Кравце'],
    [sur('Кравец'), 'm', 'be', 'Кравец Краўца Краўцу Краўца Краўцом Краўцу'],
    // Adjectives.
    [sur('Белый'), 'm', 'ru', 'Белый Белого Белому Белого Белым Белом'],
    [sur('Белый'), 'f', 'be', 'Белая Белай Белай Белую Белай Белай'],
    // Nouns.
    [sur('Воробей'), 'm', 'ru', 'Воробей Воробья Воробью Воробья Воробьём Воробье'],
    [sur('Воробей'), 'm', 'be', "Верабей Вераб'я Вераб'ю Вераб'я Вераб'ём Вераб'ю"],
    [sur('Мороз'), 'm', 'be', 'Мароз Мароза Марозу Мароза Марозам Марозе'],
    [sur('Мороз'), 'f', 'ru', 'Мороз Мороз Мороз Мороз Мороз Мороз'],
    [sur('Коваль'), 'm', 'ru', 'Коваль Коваля Ковалю Коваля Ковалём Ковале'],
    [sur('Дрозд'), 'm', 'be', 'Дрозд Дрозда Дрозду Дрозда Дроздам Дроздзе'],
    // -а: declined for women as well.
    [sur('Муха'), 'f', 'ru', 'Муха Мухи Мухе Муху Мухой Мухе'],
    [sur('Муха'), 'm', 'be', 'Муха Мухі Муху Муху Мухам Муху'],
    [sur('Муха'), 'f', 'be', 'Муха Мухі Мусе Муху Мухай Мусе'],
    [sur('Дзюба'), 'm', 'be', 'Дзюба Дзюбы Дзюбе Дзюбу Дзюбам Дзюбе'],
    [sur('Кузьменя'), 'm', 'ru', 'Кузьменя Кузьмени Кузьмене Кузьменю Кузьменей Кузьмене'],
  ];
  it.each(cases.map(([s, sex, lang, forms]) => [s.ru, sex, lang, s, forms] as const))('%s %s %s', (_label, sex, lang, s, forms) => {
    expect(inflectSurname(s, sex, lang)).toEqual(P(forms));
  });
});

describe('personName', () => {
  it('builds the whole name in both languages', () => {
    const olga = personName(given('Ольга'), given('Николай'), sur('Иванов'), 'f');
    expect(olga.ru.first.gen).toBe('Ольги');
    expect(olga.ru.patronymic.gen).toBe('Николаевны');
    expect(olga.ru.surname.gen).toBe('Ивановой');
    expect(olga.be.first.dat).toBe('Вользе');
    expect(olga.be.patronymic.nom).toBe('Мікалаеўна');
    expect(olga.be.surname.ins).toBe('Івановай');

    const yury = personName(given('Юрий'), given('Юрий'), sur('Якимович'), 'm');
    expect(`${yury.be.surname.loc} ${yury.be.first.loc} ${yury.be.patronymic.loc}`).toBe("Якімовічу Юрыю Юр'евічу");
    expect(`${yury.ru.surname.ins} ${yury.ru.first.ins} ${yury.ru.patronymic.ins}`).toBe('Якимовичем Юрием Юрьевичем');

    const noFather = personName(given('Ирина'), null, sur('Шевченко'), 'f');
    expect(noFather.ru.patronymic.nom).toBe('');
    expect(noFather.ru.surname.dat).toBe('Шевченко');
    expect(noFather.be.surname.dat).toBe('Шаўчэнцы');
  });
});
