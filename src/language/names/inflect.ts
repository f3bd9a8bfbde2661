/**
 * Case forms of first names, patronymics and surnames in Russian and Belarusian.
 *
 * The two languages differ where a careless generator would betray itself to a native reader:
 * - Russian leaves -ко surnames undeclined (у Бабарико), Belarusian declines them, and differently
 *   by sex: a man's Бабарыка has Бабарыку, Бабарыкам; a woman's has Бабарыцы, Бабарыкай.
 * - Belarusian masculine personal nouns take -у/-ю in the locative after a velar, hardened or soft
 *   stem (аб Віктару, аб Сяргею, аб Якімовічу) but -е otherwise (аб Іване); possessive surnames keep
 *   -е (аб Іванове).
 * - Women's surnames ending in a consonant do not decline in either language (у Анны Якимович).
 * Stress decides some endings (Ильичом but Никитичем); names whose stress is on the ending are
 * listed, everything else is treated as stem-stressed, which holds for most Belarusian surnames.
 */
import type { Gender, NameParts, Paradigm, TextLang } from '../types.js';
import type { GivenName } from './given.js';
import type { Surname } from './surnames.js';

const para = (nom: string, gen: string, dat: string, acc: string, ins: string, loc: string): Paradigm => ({ nom, gen, dat, acc, ins, loc });
const same = (s: string): Paradigm => para(s, s, s, s, s, s);

const RU_VELAR_HUSH = /[гкхжшчщ]$/;
const RU_HUSH_TS = /[жшчщц]$/;
const BE_VELAR = /[гкх]$/;
const BE_HARDENED = /(дж|[ржшчц])$/;
const BE_SOFT_END = /[йь]$/;

// ---------------------------------------------------------------------------------------------
// Shared noun patterns.

/** A Russian noun in -а/-я (Ольга, Мария, Наталья, Никита, Дзюба); `stressed` for Ильёй, Кузьмой. */
function ruFirstDecl(nom: string, stressed = false): Paradigm {
  const b = nom.slice(0, -1);
  if (nom.endsWith('ия')) return para(nom, b + 'и', b + 'и', b + 'ю', b + 'ей', b + 'и');
  if (nom.endsWith('я')) return para(nom, b + 'и', b + 'е', b + 'ю', b + (stressed ? 'ёй' : 'ей'), b + 'е');
  const ins = RU_HUSH_TS.test(b) && !stressed ? 'ей' : 'ой';
  return para(nom, b + (RU_VELAR_HUSH.test(b) ? 'и' : 'ы'), b + 'е', b + 'у', b + ins, b + 'е');
}

/** Belarusian dative/locative of a feminine in -а: Вользе, Вераніцы, Лідзе, Веры, Таццяне. */
function beFemDatLoc(stem: string): string {
  if (stem.endsWith('г')) return stem.slice(0, -1) + 'зе';
  if (stem.endsWith('к')) return stem.slice(0, -1) + 'цы';
  if (stem.endsWith('х')) return stem.slice(0, -1) + 'се';
  if (BE_HARDENED.test(stem)) return stem + 'ы';
  if (stem.endsWith('т')) return stem.slice(0, -1) + 'це';
  if (stem.endsWith('д')) return stem + 'зе';
  return stem + 'е';
}

/** A Belarusian feminine noun in -а/-я (Вольга, Марыя, Наталля, Зоя). */
function beFemDecl(nom: string, stressed = false): Paradigm {
  const b = nom.slice(0, -1);
  if (nom.endsWith('я')) return para(nom, b + 'і', b + 'і', b + 'ю', b + (stressed ? 'ёй' : 'яй'), b + 'і');
  const dl = beFemDatLoc(b);
  return para(nom, b + (BE_VELAR.test(b) ? 'і' : 'ы'), dl, b + 'у', b + (stressed ? 'ой' : 'ай'), dl);
}

/**
 * Locative of a Belarusian masculine personal noun: -у after velar, hardened and soft stems
 * (аб Алегу, аб Віктару, аб Якімовічу), -е with the usual softening otherwise (аб Іване, аб Леанідзе).
 */
function beMascPersonLoc(stem: string): string {
  if (BE_VELAR.test(stem) || BE_HARDENED.test(stem)) return stem + 'у';
  if (stem.endsWith('т')) return stem.slice(0, -1) + 'це';
  if (stem.endsWith('д')) return stem + 'зе';
  return stem + 'е';
}

/** A Belarusian masculine noun with a consonant stem, as a person's name or surname. */
function beMascHard(nom: string, stem: string, insStressed: boolean): Paradigm {
  return para(nom, stem + 'а', stem + 'у', stem + 'а', stem + (insStressed ? 'ом' : 'ам'), beMascPersonLoc(stem));
}

// ---------------------------------------------------------------------------------------------
// First names.

const RU_FIRST_IRREGULAR: Record<string, Paradigm> = {
  Павел: para('Павел', 'Павла', 'Павлу', 'Павла', 'Павлом', 'Павле'),
  Пётр: para('Пётр', 'Петра', 'Петру', 'Петра', 'Петром', 'Петре'),
  Лев: para('Лев', 'Льва', 'Льву', 'Льва', 'Львом', 'Льве'),
  Илья: ruFirstDecl('Илья', true),
  Кузьма: ruFirstDecl('Кузьма', true),
};

const BE_FIRST_IRREGULAR: Record<string, Paradigm> = {
  Павел: para('Павел', 'Паўла', 'Паўлу', 'Паўла', 'Паўлам', 'Паўле'),
  Пятро: para('Пятро', 'Пятра', 'Пятру', 'Пятра', 'Пятром', 'Пятру'),
  Леў: para('Леў', 'Льва', 'Льву', 'Льва', 'Львом', 'Льве'),
  Васіль: para('Васіль', 'Васіля', 'Васілю', 'Васіля', 'Васілём', 'Васілю'),
  Ілля: para('Ілля', 'Іллі', 'Іллі', 'Іллю', 'Іллёй', 'Іллі'),
  Кузьма: para('Кузьма', 'Кузьмы', 'Кузьме', 'Кузьму', 'Кузьмой', 'Кузьме'),
  Любоў: para('Любоў', 'Любові', 'Любові', 'Любоў', 'Любоўю', 'Любові'),
};

function ruFirst(name: string, gender: Gender): Paradigm {
  const irregular = RU_FIRST_IRREGULAR[name];
  if (irregular) return irregular;
  const b = name.slice(0, -1);
  if (/[ая]$/.test(name)) return ruFirstDecl(name);
  if (gender === 'f') return name.endsWith('ь') ? para(name, b + 'и', b + 'и', name, name + 'ю', b + 'и') : same(name);
  if (name.endsWith('ий')) return para(name, b + 'я', b + 'ю', b + 'я', b + 'ем', b + 'и');
  if (BE_SOFT_END.test(name)) return para(name, b + 'я', b + 'ю', b + 'я', b + 'ем', b + 'е');
  if (/[аеёиоуыэюя]$/.test(name)) return same(name);
  return para(name, name + 'а', name + 'у', name + 'а', name + (RU_HUSH_TS.test(name) ? 'ем' : 'ом'), name + 'е');
}

function beFirst(name: string, gender: Gender): Paradigm {
  const irregular = BE_FIRST_IRREGULAR[name];
  if (irregular) return irregular;
  const b = name.slice(0, -1);
  if (/[ая]$/.test(name)) {
    if (gender === 'f') return beFemDecl(name);
    // Мікіта: feminine endings, but the instrumental of a man's name in unstressed -а is -ам.
    const fem = beFemDecl(name);
    return { ...fem, ins: b + (name.endsWith('я') ? 'ем' : 'ам') };
  }
  if (gender === 'f') return same(name);
  if (BE_SOFT_END.test(name)) return para(name, b + 'я', b + 'ю', b + 'я', b + 'ем', b + 'ю');
  if (name.endsWith('ў')) return beMascHard(name, b + 'в', false);
  if (/[аеёіоуыэюя]$/.test(name)) return same(name);
  return beMascHard(name, name, false);
}

/** The first name in every case, by the name's own gender. */
export function inflectFirst(given: GivenName, lang: TextLang): Paradigm {
  return lang === 'ru' ? ruFirst(given.ru, given.gender) : beFirst(given.be, given.gender);
}

// ---------------------------------------------------------------------------------------------
// Patronymics.

const RU_PATRONYMIC_IRREGULAR: Record<string, [string, string]> = {
  Павел: ['Павлович', 'Павловна'],
  Пётр: ['Петрович', 'Петровна'],
  Лев: ['Львович', 'Львовна'],
  Яков: ['Яковлевич', 'Яковлевна'],
  Илья: ['Ильич', 'Ильинична'],
  Кузьма: ['Кузьмич', 'Кузьминична'],
  Никита: ['Никитич', 'Никитична'],
  Михаил: ['Михайлович', 'Михайловна'],
};

const BE_PATRONYMIC_IRREGULAR: Record<string, [string, string]> = {
  Павел: ['Паўлавіч', 'Паўлаўна'],
  Пятро: ['Пятровіч', 'Пятроўна'],
  Леў: ['Львовіч', 'Львоўна'],
  Якаў: ['Якаўлевіч', 'Якаўлеўна'],
  Ілля: ['Ільіч', 'Ільінічна'],
  Кузьма: ['Кузьміч', 'Кузьмінічна'],
  Мікіта: ['Мікіціч', 'Мікіцічна'],
  Міхаіл: ['Міхайлавіч', 'Міхайлаўна'],
};

/** Patronymics whose case endings are stressed (Ильичом, Кузьмічом). */
const STRESSED_PATRONYMIC = new Set(['Ильич', 'Кузьмич', 'Ільіч', 'Кузьміч']);

const CONSONANT_PAIR = /[бвгджзйклмнпрстўфхцчшщ]{2}$/;

function ruPatronymicPair(father: string): [string, string] {
  const irregular = RU_PATRONYMIC_IRREGULAR[father];
  if (irregular) return irregular;
  if (father.endsWith('ий')) {
    const b = father.slice(0, -2);
    // Дмитрий → Дмитриевич, Георгий → Георгиевич; Юрий → Юрьевич.
    const link = CONSONANT_PAIR.test(b) ? 'и' : 'ь';
    return [b + link + 'евич', b + link + 'евна'];
  }
  if (/[аеоуыэюя]й$/.test(father)) return [father.slice(0, -1) + 'евич', father.slice(0, -1) + 'евна'];
  if (father.endsWith('ь')) return [father.slice(0, -1) + 'евич', father.slice(0, -1) + 'евна'];
  if (/[ая]$/.test(father)) return [father.slice(0, -1) + 'ич', father.slice(0, -1) + 'ична'];
  if (RU_HUSH_TS.test(father)) return [father + 'евич', father + 'евна'];
  return [father + 'ович', father + 'овна'];
}

function bePatronymicPair(father: string): [string, string] {
  const irregular = BE_PATRONYMIC_IRREGULAR[father];
  if (irregular) return irregular;
  if (/[іы]й$/.test(father)) {
    const b = father.slice(0, -2);
    if (CONSONANT_PAIR.test(b)) {
      // Дзмітрый → Дзмітрыевіч (р is always hard), Георгій → Георгіевіч.
      const v = b.endsWith('р') ? 'ы' : 'і';
      return [b + v + 'евіч', b + v + 'еўна'];
    }
    // Юрый → Юр'евіч: a hard р takes the apostrophe where other consonants take the soft sign.
    const sep = b.endsWith('р') ? "'" : 'ь';
    return [b + sep + 'евіч', b + sep + 'еўна'];
  }
  if (/[аеёоуыэюя]й$/.test(father)) return [father.slice(0, -1) + 'евіч', father.slice(0, -1) + 'еўна'];
  if (father.endsWith('ь')) return [father + 'евіч', father + 'еўна'];
  if (father.endsWith('ў')) return [father.slice(0, -1) + 'вавіч', father.slice(0, -1) + 'ваўна'];
  if (/[ая]$/.test(father)) return [father.slice(0, -1) + 'іч', father.slice(0, -1) + 'ічна'];
  return [father + 'авіч', father + 'аўна'];
}

/** The patronymic formed from the father's name: Викторович / Віктараўна, Юр'евіч, Ильич. */
export function patronymic(father: GivenName, gender: Gender, lang: TextLang): string {
  const [m, f] = lang === 'ru' ? ruPatronymicPair(father.ru) : bePatronymicPair(father.be);
  return gender === 'm' ? m : f;
}

function declinePatronymic(nom: string, lang: TextLang): Paradigm {
  const b = nom.slice(0, -1);
  if (nom.endsWith('на')) return lang === 'ru' ? para(nom, b + 'ы', b + 'е', b + 'у', b + 'ой', b + 'е') : para(nom, b + 'ы', b + 'е', b + 'у', b + 'ай', b + 'е');
  const stressed = STRESSED_PATRONYMIC.has(nom);
  if (lang === 'ru') return para(nom, nom + 'а', nom + 'у', nom + 'а', nom + (stressed ? 'ом' : 'ем'), nom + 'е');
  return para(nom, nom + 'а', nom + 'у', nom + 'а', nom + (stressed ? 'ом' : 'ам'), nom + 'у');
}

/** The patronymic in every case; an empty paradigm when the father is unknown. */
export function inflectPatronymic(father: GivenName | null, gender: Gender, lang: TextLang): Paradigm {
  return father ? declinePatronymic(patronymic(father, gender, lang), lang) : same('');
}

// ---------------------------------------------------------------------------------------------
// Surnames.

/** Surnames whose case endings are stressed, so that hushing stems take -ом and soft stems -ём. */
const RU_STRESSED_SURNAME = new Set(['Коваль', 'Ткач']);
const BE_STRESSED_SURNAME = new Set(['Каваль', 'Ткач', 'Жук']);

function ruSurname(nom: string, gender: Gender): Paradigm {
  const fem = gender === 'f';
  if (/(ых|их)$/.test(nom) || /[еиоуэю]$/.test(nom)) return same(nom);
  if (/(ий|ый|ой)$/.test(nom)) {
    const stem = nom.slice(0, -2);
    if (fem) return para(stem + 'ая', stem + 'ой', stem + 'ой', stem + 'ую', stem + 'ой', stem + 'ой');
    const soft = nom.endsWith('ий') && /[жшчщ]$/.test(stem);
    const ins = stem + (RU_VELAR_HUSH.test(stem) || nom.endsWith('ий') ? 'им' : 'ым');
    return soft
      ? para(nom, stem + 'его', stem + 'ему', stem + 'его', ins, stem + 'ем')
      : para(nom, stem + 'ого', stem + 'ому', stem + 'ого', ins, stem + 'ом');
  }
  if (/(ов|ев|ёв|ин|ын)$/.test(nom)) {
    if (fem) return para(nom + 'а', nom + 'ой', nom + 'ой', nom + 'у', nom + 'ой', nom + 'ой');
    return para(nom, nom + 'а', nom + 'у', nom + 'а', nom + 'ым', nom + 'е');
  }
  // Surnames in -а/-я decline for women too (у Анны Дзюбы).
  if (/[ая]$/.test(nom)) return ruFirstDecl(nom);
  if (fem) return same(nom);
  if (/[ёео]нок$/.test(nom)) {
    const stem = nom.slice(0, -2) + 'к';
    return para(nom, stem + 'а', stem + 'у', stem + 'а', stem + 'ом', stem + 'е');
  }
  if (nom.endsWith('ец')) {
    const stem = nom.slice(0, -2) + 'ц';
    return para(nom, stem + 'а', stem + 'у', stem + 'а', stem + 'ом', stem + 'е');
  }
  if (nom.endsWith('ей')) {
    const stem = nom.slice(0, -2) + 'ь';
    return para(nom, stem + 'я', stem + 'ю', stem + 'я', stem + 'ём', stem + 'е');
  }
  const b = nom.slice(0, -1);
  if (BE_SOFT_END.test(nom)) return para(nom, b + 'я', b + 'ю', b + 'я', b + (RU_STRESSED_SURNAME.has(nom) ? 'ём' : 'ем'), b + 'е');
  const ins = RU_HUSH_TS.test(nom) && !RU_STRESSED_SURNAME.has(nom) ? 'ем' : 'ом';
  return para(nom, nom + 'а', nom + 'у', nom + 'а', nom + ins, nom + 'е');
}

function beSurname(nom: string, gender: Gender): Paradigm {
  const fem = gender === 'f';
  if (/[ыі]$/.test(nom)) {
    const stem = nom.slice(0, -1);
    if (fem) return para(stem + 'ая', stem + 'ай', stem + 'ай', stem + 'ую', stem + 'ай', stem + 'ай');
    const insLoc = stem + (BE_VELAR.test(stem) ? 'ім' : 'ым');
    return para(nom, stem + 'ага', stem + 'аму', stem + 'ага', insLoc, insLoc);
  }
  if (/[еёоуэю]$/.test(nom)) return same(nom);
  if (/([аоёе]ў|[іы]н)$/.test(nom)) {
    const base = nom.endsWith('ў') ? nom.slice(0, -1) + 'в' : nom;
    if (fem) return para(base + 'а', base + 'ай', base + 'ай', base + 'у', base + 'ай', base + 'ай');
    return para(nom, base + 'а', base + 'у', base + 'а', base + 'ым', base + 'е');
  }
  if (/[ая]$/.test(nom)) {
    if (fem) return beFemDecl(nom);
    // A man's surname in -а: after г, к, х the dative and locative are -у (Бабарыку, пры Муху)
    // where a woman's has Бабарыцы, Мусе; other stems share the feminine forms (Дзюбе). The
    // instrumental of an unstressed masculine -а is -ам (Бабарыкам, Дзюбам).
    const b = nom.slice(0, -1);
    const soft = nom.endsWith('я');
    const datLoc = soft ? b + 'і' : BE_VELAR.test(b) ? b + 'у' : beFemDatLoc(b);
    return para(nom, b + (soft || BE_VELAR.test(b) ? 'і' : 'ы'), datLoc, b + (soft ? 'ю' : 'у'), b + (soft ? 'ем' : 'ам'), datLoc);
  }
  if (fem) return same(nom);
  if (/[ёео]нак$/.test(nom)) return beMascHard(nom, nom.slice(0, -2) + 'к', false);
  if (nom.endsWith('ец')) return beMascHard(nom, nom.slice(0, -2).replace(/в$/, 'ў') + 'ц', true);
  if (nom.endsWith('ей')) {
    // Верабей → Вераб'я: the apostrophe after a labial or р, the soft sign elsewhere.
    const b = nom.slice(0, -2);
    const stem = b + (/[бвмпфр]$/.test(b) ? "'" : 'ь');
    return para(nom, stem + 'я', stem + 'ю', stem + 'я', stem + 'ём', stem + 'ю');
  }
  const b = nom.slice(0, -1);
  if (BE_SOFT_END.test(nom)) return para(nom, b + 'я', b + 'ю', b + 'я', b + (BE_STRESSED_SURNAME.has(nom) ? 'ём' : 'ем'), b + 'ю');
  return beMascHard(nom, nom, BE_STRESSED_SURNAME.has(nom));
}

/** The surname in every case, in the form for the given sex (Иванов / Иванова). */
export function inflectSurname(surname: Surname, gender: Gender, lang: TextLang): Paradigm {
  return lang === 'ru' ? ruSurname(surname.ru, gender) : beSurname(surname.be, gender);
}

/** A person's full name in both languages, each part in every case. */
export function personName(given: GivenName, father: GivenName | null, surname: Surname, gender: Gender): Record<TextLang, NameParts> {
  const parts = (lang: TextLang): NameParts => ({
    first: inflectFirst(given, lang),
    patronymic: inflectPatronymic(father, gender, lang),
    surname: inflectSurname(surname, gender, lang),
  });
  return { ru: parts('ru'), be: parts('be') };
}
