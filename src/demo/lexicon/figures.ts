/**
 * Real public figures of Belarusian politics, mostly of 2020, whom the synthetic letters may name.
 * They are named as public figures (never as personal data). Patronymics are given only where they
 * are publicly known for certain; an empty patronymic means the letters never use one.
 *
 * Russian keeps surnames in -о indeclinable (о Бабарико, с Цепкало, Латушко); Belarusian declines
 * the same names as -а nouns (пра Бабарыку, з Цапкалам, Латушкі). Masculine personal names in the
 * Belarusian locative take -у/-ю (аб Віктару, аб Сяргею).
 */
import type { Gender, NameParts, Paradigm } from '../../language/types.js';

/** What the figure is known for, so that content mentions them in a fitting way. */
export type FigureRole =
  | 'candidate' // ran or tried to run for president in 2020: one "signed for" them
  | 'campaign' // led or spoke for a campaign headquarters
  | 'council' // Coordination Council presidium and its circle
  | 'journalist' // blogger, editor, channel founder
  | 'rights' // human rights defender
  | 'politician'; // opposition politician before 2020

export interface FigureEntry {
  id: string;
  gender: Gender;
  ru: NameParts;
  be: NameParts;
  latin: string[];
  role: FigureRole;
  /** ISO date from which letters could plausibly name them in a political context. */
  since?: string;
}

function decl(nom: string, gen: string, dat: string, acc: string, ins: string, loc: string): Paradigm {
  return { nom, gen, dat, acc, ins, loc };
}

function fixed(s: string): Paradigm {
  return decl(s, s, s, s, s, s);
}

const NONE = fixed('');

// Shared first names and patronymics, each in all six cases.
const RU = {
  viktor: decl('Виктор', 'Виктора', 'Виктору', 'Виктора', 'Виктором', 'Викторе'),
  dmitrievich: decl('Дмитриевич', 'Дмитриевича', 'Дмитриевичу', 'Дмитриевича', 'Дмитриевичем', 'Дмитриевиче'),
  viktorovich: decl('Викторович', 'Викторовича', 'Викторовичу', 'Викторовича', 'Викторовичем', 'Викторовиче'),
  svetlana: decl('Светлана', 'Светланы', 'Светлане', 'Светлану', 'Светланой', 'Светлане'),
  aleksandrovna: decl('Александровна', 'Александровны', 'Александровне', 'Александровну', 'Александровной', 'Александровне'),
};
const BE = {
  viktar: decl('Віктар', 'Віктара', 'Віктару', 'Віктара', 'Віктарам', 'Віктару'),
  dzmitryevich: decl('Дзмітрыевіч', 'Дзмітрыевіча', 'Дзмітрыевічу', 'Дзмітрыевіча', 'Дзмітрыевічам', 'Дзмітрыевічу'),
  viktaravich: decl('Віктаравіч', 'Віктаравіча', 'Віктаравічу', 'Віктаравіча', 'Віктаравічам', 'Віктаравічу'),
  sviatlana: decl('Святлана', 'Святланы', 'Святлане', 'Святлану', 'Святланай', 'Святлане'),
  aliaksandrauna: decl('Аляксандраўна', 'Аляксандраўны', 'Аляксандраўне', 'Аляксандраўну', 'Аляксандраўнай', 'Аляксандраўне'),
};

/** Belarusian masculine surnames in -а decline like "бацька": -і/-ы, -у, -у, -ам, -у. */
function beMascA(stem: string, genEnding: 'і' | 'ы'): Paradigm {
  return decl(`${stem}а`, `${stem}${genEnding}`, `${stem}у`, `${stem}у`, `${stem}ам`, `${stem}у`);
}

export const FIGURES: readonly FigureEntry[] = [
  {
    id: 'babaryka',
    gender: 'm',
    ru: { first: RU.viktor, patronymic: RU.dmitrievich, surname: fixed('Бабарико') },
    be: { first: BE.viktar, patronymic: BE.dzmitryevich, surname: beMascA('Бабарык', 'і') },
    latin: ['Viktar Babaryka', 'Viktor Babariko', 'Babaryka', 'Babariko'],
    role: 'candidate',
    since: '2020-05-12',
  },
  {
    id: 'tsikhanouskaya',
    gender: 'f',
    ru: {
      first: RU.svetlana,
      patronymic: decl('Георгиевна', 'Георгиевны', 'Георгиевне', 'Георгиевну', 'Георгиевной', 'Георгиевне'),
      surname: decl('Тихановская', 'Тихановской', 'Тихановской', 'Тихановскую', 'Тихановской', 'Тихановской'),
    },
    be: {
      first: BE.sviatlana,
      patronymic: decl('Георгіеўна', 'Георгіеўны', 'Георгіеўне', 'Георгіеўну', 'Георгіеўнай', 'Георгіеўне'),
      surname: decl('Ціханоўская', 'Ціханоўскай', 'Ціханоўскай', 'Ціханоўскую', 'Ціханоўскай', 'Ціханоўскай'),
    },
    latin: ['Sviatlana Tsikhanouskaya', 'Svetlana Tikhanovskaya', 'Tsikhanouskaya', 'Tikhanovskaya', 'Tsikhanovskaya'],
    role: 'candidate',
    since: '2020-05-15',
  },
  {
    id: 'kalesnikava',
    gender: 'f',
    ru: {
      first: decl('Мария', 'Марии', 'Марии', 'Марию', 'Марией', 'Марии'),
      patronymic: RU.aleksandrovna,
      surname: decl('Колесникова', 'Колесниковой', 'Колесниковой', 'Колесникову', 'Колесниковой', 'Колесниковой'),
    },
    be: {
      first: decl('Марыя', 'Марыі', 'Марыі', 'Марыю', 'Марыяй', 'Марыі'),
      patronymic: BE.aliaksandrauna,
      surname: decl('Калеснікава', 'Калеснікавай', 'Калеснікавай', 'Калеснікаву', 'Калеснікавай', 'Калеснікавай'),
    },
    latin: ['Maria Kalesnikava', 'Maria Kolesnikova', 'Kalesnikava', 'Kolesnikova'],
    role: 'campaign',
    since: '2020-05-12',
  },
  {
    id: 'tsapkala',
    gender: 'm',
    ru: {
      first: decl('Валерий', 'Валерия', 'Валерию', 'Валерия', 'Валерием', 'Валерии'),
      patronymic: decl('Вильямович', 'Вильямовича', 'Вильямовичу', 'Вильямовича', 'Вильямовичем', 'Вильямовиче'),
      surname: fixed('Цепкало'),
    },
    be: {
      first: decl('Валерый', 'Валерыя', 'Валерыю', 'Валерыя', 'Валерыем', 'Валерыю'),
      patronymic: decl('Вільямавіч', 'Вільямавіча', 'Вільямавічу', 'Вільямавіча', 'Вільямавічам', 'Вільямавічу'),
      surname: beMascA('Цапкал', 'ы'),
    },
    latin: ['Valery Tsapkala', 'Valeriy Tsepkalo', 'Tsapkala', 'Tsepkalo'],
    role: 'candidate',
    since: '2020-05-07',
  },
  {
    id: 'tsikhanouski',
    gender: 'm',
    ru: {
      first: decl('Сергей', 'Сергея', 'Сергею', 'Сергея', 'Сергеем', 'Сергее'),
      patronymic: decl('Леонидович', 'Леонидовича', 'Леонидовичу', 'Леонидовича', 'Леонидовичем', 'Леонидовиче'),
      surname: decl('Тихановский', 'Тихановского', 'Тихановскому', 'Тихановского', 'Тихановским', 'Тихановском'),
    },
    be: {
      first: decl('Сяргей', 'Сяргея', 'Сяргею', 'Сяргея', 'Сяргеем', 'Сяргею'),
      patronymic: decl('Леанідавіч', 'Леанідавіча', 'Леанідавічу', 'Леанідавіча', 'Леанідавічам', 'Леанідавічу'),
      surname: decl('Ціханоўскі', 'Ціханоўскага', 'Ціханоўскаму', 'Ціханоўскага', 'Ціханоўскім', 'Ціханоўскім'),
    },
    latin: ['Siarhei Tsikhanouski', 'Sergei Tikhanovsky', 'Tsikhanouski', 'Tikhanovsky', 'Tikhanovskiy'],
    role: 'candidate',
    since: '2019-03-01',
  },
  {
    id: 'latushka',
    gender: 'm',
    ru: {
      first: decl('Павел', 'Павла', 'Павлу', 'Павла', 'Павлом', 'Павле'),
      patronymic: decl('Павлович', 'Павловича', 'Павловичу', 'Павловича', 'Павловичем', 'Павловиче'),
      surname: fixed('Латушко'),
    },
    be: {
      first: decl('Павел', 'Паўла', 'Паўлу', 'Паўла', 'Паўлам', 'Паўлу'),
      patronymic: decl('Паўлавіч', 'Паўлавіча', 'Паўлавічу', 'Паўлавіча', 'Паўлавічам', 'Паўлавічу'),
      surname: beMascA('Латушк', 'і'),
    },
    latin: ['Pavel Latushka', 'Pavel Latushko', 'Latushka', 'Latushko'],
    role: 'council',
    since: '2020-08-14',
  },
  {
    id: 'pratasevich',
    gender: 'm',
    ru: {
      first: decl('Роман', 'Романа', 'Роману', 'Романа', 'Романом', 'Романе'),
      patronymic: RU.dmitrievich,
      surname: decl('Протасевич', 'Протасевича', 'Протасевичу', 'Протасевича', 'Протасевичем', 'Протасевиче'),
    },
    be: {
      first: decl('Раман', 'Рамана', 'Раману', 'Рамана', 'Раманам', 'Раману'),
      patronymic: BE.dzmitryevich,
      surname: decl('Пратасевіч', 'Пратасевіча', 'Пратасевічу', 'Пратасевіча', 'Пратасевічам', 'Пратасевічу'),
    },
    latin: ['Raman Pratasevich', 'Roman Protasevich', 'Pratasevich', 'Protasevich'],
    role: 'journalist',
    since: '2015-11-01',
  },
  {
    id: 'putsila',
    gender: 'm',
    ru: { first: decl('Степан', 'Степана', 'Степану', 'Степана', 'Степаном', 'Степане'), patronymic: NONE, surname: fixed('Путило') },
    be: { first: decl('Сцяпан', 'Сцяпана', 'Сцяпану', 'Сцяпана', 'Сцяпанам', 'Сцяпану'), patronymic: NONE, surname: beMascA('Пуціл', 'ы') },
    latin: ['Stsiapan Putsila', 'Stepan Putilo', 'Putsila', 'Putilo'],
    role: 'journalist',
    since: '2015-11-01',
  },
  {
    id: 'znak',
    gender: 'm',
    ru: { first: decl('Максим', 'Максима', 'Максиму', 'Максима', 'Максимом', 'Максиме'), patronymic: NONE, surname: decl('Знак', 'Знака', 'Знаку', 'Знака', 'Знаком', 'Знаке') },
    be: { first: decl('Максім', 'Максіма', 'Максіму', 'Максіма', 'Максімам', 'Максіму'), patronymic: NONE, surname: decl('Знак', 'Знака', 'Знаку', 'Знака', 'Знакам', 'Знаку') },
    latin: ['Maksim Znak', 'Maxim Znak', 'Znak'],
    role: 'council',
    since: '2020-06-01',
  },
  {
    id: 'eduard-babaryka',
    gender: 'm',
    ru: { first: decl('Эдуард', 'Эдуарда', 'Эдуарду', 'Эдуарда', 'Эдуардом', 'Эдуарде'), patronymic: RU.viktorovich, surname: fixed('Бабарико') },
    be: { first: decl('Эдуард', 'Эдуарда', 'Эдуарду', 'Эдуарда', 'Эдуардам', 'Эдуарду'), patronymic: BE.viktaravich, surname: beMascA('Бабарык', 'і') },
    latin: ['Eduard Babaryka', 'Eduard Babariko'],
    role: 'campaign',
    since: '2020-06-01',
  },
  {
    id: 'veranika-tsapkala',
    gender: 'f',
    ru: { first: decl('Вероника', 'Вероники', 'Веронике', 'Веронику', 'Вероникой', 'Веронике'), patronymic: NONE, surname: fixed('Цепкало') },
    be: {
      first: decl('Вераніка', 'Веранікі', 'Вераніцы', 'Вераніку', 'Веранікай', 'Вераніцы'),
      patronymic: NONE,
      surname: decl('Цапкала', 'Цапкалы', 'Цапкале', 'Цапкалу', 'Цапкалай', 'Цапкале'),
    },
    latin: ['Veranika Tsapkala', 'Veronika Tsepkalo'],
    role: 'campaign',
    since: '2020-07-15',
  },
  {
    id: 'bialiatski',
    gender: 'm',
    ru: { first: decl('Алесь', 'Алеся', 'Алесю', 'Алеся', 'Алесем', 'Алесе'), patronymic: NONE, surname: decl('Беляцкий', 'Беляцкого', 'Беляцкому', 'Беляцкого', 'Беляцким', 'Беляцком') },
    be: { first: decl('Алесь', 'Алеся', 'Алесю', 'Алеся', 'Алесем', 'Алесю'), patronymic: NONE, surname: decl('Бяляцкі', 'Бяляцкага', 'Бяляцкаму', 'Бяляцкага', 'Бяляцкім', 'Бяляцкім') },
    latin: ['Ales Bialiatski', 'Ales Belyatsky', 'Bialiatski', 'Byalyatski'],
    role: 'rights',
  },
  {
    id: 'statkevich',
    gender: 'm',
    ru: {
      first: decl('Николай', 'Николая', 'Николаю', 'Николая', 'Николаем', 'Николае'),
      patronymic: RU.viktorovich,
      surname: decl('Статкевич', 'Статкевича', 'Статкевичу', 'Статкевича', 'Статкевичем', 'Статкевиче'),
    },
    be: {
      first: decl('Мікалай', 'Мікалая', 'Мікалаю', 'Мікалая', 'Мікалаем', 'Мікалаю'),
      patronymic: BE.viktaravich,
      surname: decl('Статкевіч', 'Статкевіча', 'Статкевічу', 'Статкевіча', 'Статкевічам', 'Статкевічу'),
    },
    latin: ['Mikalai Statkevich', 'Nikolai Statkevich', 'Statkevich'],
    role: 'politician',
  },
  {
    id: 'losik',
    gender: 'm',
    ru: { first: decl('Игорь', 'Игоря', 'Игорю', 'Игоря', 'Игорем', 'Игоре'), patronymic: NONE, surname: decl('Лосик', 'Лосика', 'Лосику', 'Лосика', 'Лосиком', 'Лосике') },
    be: { first: decl('Ігар', 'Ігара', 'Ігару', 'Ігара', 'Ігарам', 'Ігару'), patronymic: NONE, surname: decl('Лосік', 'Лосіка', 'Лосіку', 'Лосіка', 'Лосікам', 'Лосіку') },
    latin: ['Ihar Losik', 'Igor Losik', 'Losik'],
    role: 'journalist',
    since: '2016-01-01',
  },
  {
    id: 'kavalkova',
    gender: 'f',
    ru: { first: decl('Ольга', 'Ольги', 'Ольге', 'Ольгу', 'Ольгой', 'Ольге'), patronymic: NONE, surname: decl('Ковалькова', 'Ковальковой', 'Ковальковой', 'Ковалькову', 'Ковальковой', 'Ковальковой') },
    be: { first: decl('Вольга', 'Вольгі', 'Вользе', 'Вольгу', 'Вольгай', 'Вользе'), patronymic: NONE, surname: decl('Кавалькова', 'Кавальковай', 'Кавальковай', 'Кавалькову', 'Кавальковай', 'Кавальковай') },
    latin: ['Volha Kavalkova', 'Olga Kovalkova', 'Kavalkova', 'Kovalkova'],
    role: 'council',
    since: '2020-08-14',
  },
  {
    id: 'alexievich',
    gender: 'f',
    ru: { first: RU.svetlana, patronymic: RU.aleksandrovna, surname: fixed('Алексиевич') },
    be: { first: BE.sviatlana, patronymic: BE.aliaksandrauna, surname: fixed('Алексіевіч') },
    latin: ['Sviatlana Alexievich', 'Svetlana Alexievich', 'Aleksievich', 'Alexievich'],
    role: 'council',
    since: '2020-08-14',
  },
];

const byId = new Map(FIGURES.map((f) => [f.id, f] as const));

/** The figure behind a scenario's PersonRef (the engine names them `figure:<id>`). */
export function figureOf(refId: string): FigureEntry | undefined {
  return byId.get(refId.startsWith('figure:') ? refId.slice('figure:'.length) : refId);
}

/** Whether a letter dated `date` may name the figure in a political context. */
export function figureKnownAt(refId: string, date: Date): boolean {
  const f = figureOf(refId);
  if (!f) return false;
  return f.since === undefined || date.getTime() >= Date.parse(f.since);
}
