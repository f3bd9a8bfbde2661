import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateLetters } from '../demo/index.js';
import { findEntities } from './entities.js';
import { findPii, nearWordStartsAt, passStarts, type PiiSpan, type PiiType } from './pii.js';

/** The spans `expected` should produce in `text`, each located after the previous one. */
function spansOf(text: string, expected: readonly [PiiType, string][]): PiiSpan[] {
  let from = 0;
  return expected.map(([type, pii]) => {
    const start = text.indexOf(pii, from);
    if (start === -1) throw new Error(`"${pii}" is not in "${text}"`);
    from = start + pii.length;
    return { type, start, end: from, text: pii };
  });
}

const expectPii = (text: string, ...expected: [PiiType, string][]) => expect(findPii(text)).toEqual(spansOf(text, expected));

describe('findPii: phones', () => {
  it.each([
    ['Мой телефон +375 29 123-45-67, звоните вечером.', '+375 29 123-45-67'],
    ['Связаться со мной: +375(29)1234567.', '+375(29)1234567'],
    ['Звоните 8 (029) 123 45 67 после шести.', '8 (029) 123 45 67'],
    ['Номер 8029-123-45-67 больше не отвечает.', '8029-123-45-67'],
    ['Пишите или звоните 80291234567', '80291234567'],
    ['Дозвониться можно на +375 (33) 765 43 21 или лично.', '+375 (33) 765 43 21'],
    ['Мой номер +375-44-765-43-21.', '+375-44-765-43-21'],
    ['Звоните 8044 7654321.', '8044 7654321'],
    ['Сын оставил номер +375447654321 у дежурного.', '+375447654321'],
    ['Брат живёт в Смоленске, его номер +7 912 345-67-89.', '+7 912 345-67-89'],
    ['Или по номеру 8 (912) 345 67 89 в любое время.', '8 (912) 345 67 89'],
    ['Горячая линия 8-800-555-35-35 не работает.', '8-800-555-35-35'],
    ['Приёмная: 8 017 234-56-78.', '8 017 234-56-78'],
    ['Приёмная: 017 234-56-78.', '017 234-56-78'],
    ['Городской +375 17 234-56-78 тоже молчит.', '+375 17 234-56-78'],
    ['Брестский номер 8 (0162) 21-34-56 не отвечает.', '8 (0162) 21-34-56'],
    ['Звоните (8029) 123-45-67.', '(8029) 123-45-67'],
    ['Пётр Сидоров, 29 765 43 21', '29 765 43 21'],
    ['Водитель оставил номер 903 874 17 24 и уехал.', '903 874 17 24'],
    ['Сестра в Киеве: +380 67 123 45 67.', '+380 67 123 45 67'],
  ])('%s', (text, phone) => expectPii(text, ['phone', phone]));

  it.each([
    ['Заявление примите, тел. 123-45-67.', '123-45-67'],
    ['тэл.: 2-12-34, званіце ўвечары', '2-12-34'],
    ['моб. тел. 1234567', '1234567'],
    ['mob. 765-43-21', '765-43-21'],
    ['Мой телефон 29-1234567, звоните.', '29-1234567'],
    ['кантактны тэлефон: 123 45 67', '123 45 67'],
    ['по телефону (0162) 21-34-56 никто не отвечает', '(0162) 21-34-56'],
  ])('a local number after a phone word: %s', (text, phone) => expectPii(text, ['phone', phone]));

  it('needs the phone word for a local number, and stops at the number', () => {
    expectPii('Заявка 123-45-67 зарегистрирована 12.05.2021.');
    expectPii('Тел. 123-45-67, дом 5.', ['phone', '123-45-67']);
    expectPii('Телеграм-канал 1234567 удалён.');
  });
});

describe('findPii: e-mail', () => {
  it.each([
    ['Ответ прошу прислать на ivan.petrov@mail.ru.', 'ivan.petrov@mail.ru'],
    ['Копия: ivan+kgb@gmail.com, спасибо', 'ivan+kgb@gmail.com'],
    ['Пошта: іван@пошта.бел', 'іван@пошта.бел'],
    ['Адрес иван@почта.рф для ответа', 'иван@почта.рф'],
    ['e-mail: s.ivanova_85@tut.by,', 's.ivanova_85@tut.by'],
    ['ПИШИТЕ НА IVANOV@MAIL.RU!', 'IVANOV@MAIL.RU'],
  ])('%s', (text, email) => expectPii(text, ['email', email]));
});

describe('findPii: addresses', () => {
  it.each([
    ['проживающего по адресу: г. Минск, ул. Ленина, д. 5, кв. 12, тел. нет', 'г. Минск, ул. Ленина, д. 5, кв. 12'],
    ['Живу: улица Ленина 5-12. Прошу помочь.', 'улица Ленина 5-12'],
    ['які пражывае па адрасе: вул. Леніна, д. 5, кв. 12,', 'вул. Леніна, д. 5, кв. 12'],
    ['Адрес: пр-т Независимости 45/2, кв 7.', 'пр-т Независимости 45/2, кв 7'],
    ['Мы жывём: праспект Незалежнасці, 45', 'праспект Незалежнасці, 45'],
    ['Дом на пер. Садовый 3 давно пустует.', 'пер. Садовый 3'],
    ['Сосед с бульвар Шевченко 3, кв. 8 шумит.', 'бульвар Шевченко 3, кв. 8'],
    ['Пишу из аг. Крупица, ул. Центральная 1.', 'аг. Крупица, ул. Центральная 1'],
    ['по адресу: Минск, ул. Ленина, 5/12,', 'Минск, ул. Ленина, 5/12'],
    ['по адресу: д. Крупица, ул. Центральная, д. 5,', 'д. Крупица, ул. Центральная, д. 5'],
    ['па адрасе: в. Крупіца, вул. Цэнтральная 5,', 'в. Крупіца, вул. Цэнтральная 5'],
    ["па адрасе: Мар'іна Горка, вул. 8 Сакавіка, 5 корп. 2-12,", "Мар'іна Горка, вул. 8 Сакавіка, 5 корп. 2-12"],
    ['по адресу: г. Гомель, пр-т Газеты «Правда», 12а', 'г. Гомель, пр-т Газеты «Правда», 12а'],
    ['улица 50 лет Октября, 141 — там всё и было', 'улица 50 лет Октября, 141'],
    ['Адрес: Минская обл., Борисовский р-н, аг. Крупица, ул. Центральная, д. 1.', 'Минская обл., Борисовский р-н, аг. Крупица, ул. Центральная, д. 1'],
    ['Почта: 220030, г. Минск, ул. Ленина, 5-12', '220030, г. Минск, ул. Ленина, 5-12'],
    ['ПО АДРЕСУ Г. МИНСК, УЛ. ЛЕНИНА, Д. 5, КВ. 12 ТВОРИТСЯ БЕЗОБРАЗИЕ', 'Г. МИНСК, УЛ. ЛЕНИНА, Д. 5, КВ. 12'],
    ['Адрес:г.Минск,ул.Ленина,д.5,кв.12', 'г.Минск,ул.Ленина,д.5,кв.12'],
    ['Соседи по адресу Садовый переулок, д. 3 жалуются.', 'Садовый переулок, д. 3'],
    ['Я живу: д. Каменка, д. 12.', 'д. Каменка, д. 12'],
    ['На Пулковском шоссе, д. 15 горит свет.', 'Пулковском шоссе, д. 15'],
  ])('%s', (text, address) => expectPii(text, ['address', address]));

  it('wants a house number, and no house number is a date, a count or a time', () => {
    expectPii('Митинг прошёл на ул. Ленина у памятника.');
    expectPii('Собрались на пл. Победы 9 мая 2020 г.');
    expectPii('На ул. Ленина 5 человек задержали.');
    expectPii('Задержали на ул. Ленина 12.05.2021 около полудня.');
    expectPii('Встреча на пр-т Победителей 10:30.');
    expectPii('По п. 3 ст. 342 УК его и осудили.');
  });
});

describe('findPii: personal identification numbers', () => {
  it.each([
    ['идентификационный номер 3120589A001PB7, паспорт выдан', '3120589A001PB7'],
    ['ідэнтыфікацыйны нумар 3120589а001рв7', '3120589а001рв7'],
    ['личный номер 5150301H045BA3.', '5150301H045BA3'],
    ['асабісты нумар 4010190М123ВІ2', '4010190М123ВІ2'],
    ['ID: 3311299K777GB0', '3311299K777GB0'],
  ])('%s', (text, id) => expectPii(text, ['id_number', id]));

  it('checks the birth date inside the number', () => {
    expectPii('номер 1234567A123PB4');
  });
});

describe('findPii: passports', () => {
  it.each([
    ['паспорт MP1234567 выдан Московским РУВД', 'MP1234567'],
    ['пашпарт КН 1234567', 'КН 1234567'],
    ['Документ AB 1234567 у меня забрали.', 'AB 1234567'],
    ['серия МР № 2345678', 'МР № 2345678'],
    ['HB-7654321', 'HB-7654321'],
  ])('Belarusian: %s', (text, passport) => expectPii(text, ['passport', passport]));

  it.each([
    ['паспорт серия 45 12 345678 выдан', '45 12 345678'],
    ['паспорт гражданина РФ 4512 345678', '4512 345678'],
    ['серия 4512 номер 345678', '4512 номер 345678'],
    ['пашпарт Расіі серыя 45 12 №345678', '45 12 №345678'],
  ])('Russian, after a passport word: %s', (text, passport) => expectPii(text, ['passport', passport]));

  it('leaves a Russian series and number alone without a passport word close before it', () => {
    expectPii('Код 4512 345678 в квитанции.');
    expectPii('Паспорт я потерял давным-давно, а код в квитанции 4512 345678.');
  });
});

describe('findPii: bank cards', () => {
  it.each([
    ['Переведите на карту 4276 1234 5678 9014, пожалуйста.', '4276 1234 5678 9014'],
    ['Карта 4276123456789014 заблокирована.', '4276123456789014'],
    ['Белкарт 9112 0000 1234 5670', '9112 0000 1234 5670'],
    ['карта Мир 2200-1234-5678-9019', '2200-1234-5678-9019'],
    ['American Express 3782 822463 10005', '3782 822463 10005'],
  ])('%s', (text, card) => expectPii(text, ['card', card]));

  it('drops numbers that fail the Luhn check, and case numbers that happen to pass it', () => {
    expectPii('Карта 4276 1234 5678 9015 заблокирована.');
    expectPii('Карта 4276123456789015');
    expectPii('уголовное дело № 4276123456789014');
    expectPii('Карта 0000 0000 0000 0000');
  });
});

describe('findPii: car plates', () => {
  it.each([
    ['Автомобиль 1234 AB-7 стоял у подъезда.', '1234 AB-7'],
    ['машына 1234АВ-7 з тонаванымі вокнамі', '1234АВ-7'],
    ['номер AB 1234-7', 'AB 1234-7'],
    ['Бус АА 1234-7 без знакаў', 'АА 1234-7'],
    ['машина 1234 ЕК 5 уехала', '1234 ЕК 5'],
    ['российские номера А123ВС 77', 'А123ВС 77'],
    ['Мерседес А123ВС777 припаркован на газоне', 'А123ВС777'],
    ['гос. номер о228кс46 не читается', 'о228кс46'],
    ['автобус № М 168 АС 46', 'М 168 АС 46'],
  ])('%s', (text, plate) => expectPii(text, ['plate', plate]));
});

describe('findPii: what is not personal data', () => {
  it.each([
    'Это случилось 12.05.2021 около 10:30.',
    'Выборы 2020-08-09, то есть 09.08.2020, всё изменили.',
    '9 августа 2020 года, с 9 по 12 августа 2020 г.',
    'Это было 25-12-2020 1 раз.',
    'Приём с 8:00 до 17:00, перерыв в 10:30–12:45.',
    'В 1994, 2001, 2006, 2010, 2015 и 2020 годах.',
    'Штраф 1 500 000 руб., ущерб 12 345 678 рублей, ещё 25 000 BYN и $1500.',
    'Прибыль +15 000 000 000 рублей.',
    'Обязательства 4 000 000 000 000 000 руб.',
    'Осуждён по ст. 342 УК, ч. 1 ст. 361-1 УК РБ.',
    'Статьи 23.34 КоАП и п. 3 ч. 2 ст. 130 УК.',
    'Уголовное дело № 1-234/2021, дело №21123010045.',
    'Протокол № 1234567890123, дело № 12001450001000123, КУСП № 12345.',
    'За проголосовали 45% и ещё 0,5%.',
    'Индекс 220030, город 220030 Минск.',
    'Номер 1234567, ИНН 7707083893, УНП 190123456.',
    'Задержаны 33 человека и 29 задержанных отпущены 29 августа 2020.',
    'Ущерб 44 100 200 300 рублей.',
    'В 2020 ОН 7 РАЗ ВЫХОДИЛ НА МИТИНГ.',
    'Код 4512 345678 в квитанции.',
  ])('%s', (text) => expect(findPii(text)).toEqual([]));
});

describe('findPii: one letter', () => {
  it('finds each piece in a formal header, in order', () => {
    const letter =
      'Председателю КГБ Республики Беларусь\nот Иванова Ивана Ивановича,\nпроживающего по адресу: г. Минск, ул. Ленина, д. 5, кв. 12,\n' +
      'тел. +375 29 123-45-67,\nидентификационный номер 3120589A001PB7, паспорт MP1234567\n\nЗаявление\n\n' +
      '9 августа 2020 года автомобиль 1234 AB-7 стоял у дома. Пишите на ivan.petrov@mail.ru.';
    expectPii(
      letter,
      ['address', 'г. Минск, ул. Ленина, д. 5, кв. 12'],
      ['phone', '+375 29 123-45-67'],
      ['id_number', '3120589A001PB7'],
      ['passport', 'MP1234567'],
      ['plate', '1234 AB-7'],
      ['email', 'ivan.petrov@mail.ru'],
    );
  });

  it('finds, exactly, every phone, e-mail, address, personal number and passport the demo generator writes', () => {
    const kinds = new Set<string>();
    for (const { record, truth } of generateLetters({ letters: 400, seed: 11 })) {
      const body = record.body as string;
      const found = findPii(body).map(({ type, start, end }) => ({ type, start, end }));
      const written = truth.pii.filter((p) => p.type !== 'name').map(({ type, start, end }) => ({ type, start, end }));
      expect(found, body).toEqual(written);
      for (const p of written) kinds.add(p.type);
    }
    expect([...kinds].sort()).toEqual(['address', 'email', 'id_number', 'passport', 'phone']);
  });
});

/** Personal data that needs no context word, each as findPii must return it. */
const KNOWN: readonly [PiiType, string][] = [
  ['phone', '+375 29 123-45-67'],
  ['phone', '8 (029) 123 45 67'],
  ['phone', '+7 912 345-67-89'],
  ['phone', '29 765 43 21'],
  ['email', 'ivan.petrov+kgb@mail.ru'],
  ['email', 'іван@пошта.бел'],
  ['address', 'г. Минск, ул. Ленина, д. 5, кв. 12'],
  ['address', 'вул. Леніна 5-12'],
  ['id_number', '3120589A001PB7'],
  ['passport', 'МР 1234567'],
  ['card', '4276 1234 5678 9014'],
  ['plate', '1234 AB-7'],
  ['plate', 'А123ВС 77'],
];

describe('findPii: properties', () => {
  const check = (text: string): PiiSpan[] => {
    const spans = findPii(text);
    let last = 0;
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(last);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      last = s.end;
    }
    return spans;
  };

  it('returns sorted, non-overlapping, in-bounds spans whose text is the slice, whatever the text', () => {
    const piece = fc.oneof(
      fc.constantFrom(...KNOWN.map(([, t]) => t)),
      fc.string({ unit: fc.constantFrom(...'0123456789 -+()./,:;@№\nабвгАБВМРНулд.кв'), maxLength: 24 }),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.constantFrom('тел. ', 'паспорт ', 'ул. ', 'г. ', '😀', '𝔘', 'Мінск, ', '2020 года', '12.05.2021'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        check(pieces.join(''));
        check(pieces.join(' '));
      }),
      { numRuns: 400 },
    );
  });

  it('finds every known piece of personal data set in ordinary words', () => {
    const word = fc.constantFrom('прошу', 'разобраться', 'в', 'ситуации', 'дзякуй', 'і', 'на', 'сосед', 'заява', 'мой', 'гэта', '2020', 'года');
    const known = fc.constantFrom(...KNOWN);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), known, fc.array(word, { maxLength: 8 }), (before, [type, pii], after) => {
        const head = before.length ? `${before.join(' ')}; ` : '';
        const text = `${head}${pii}; ${after.join(' ')}`;
        expect(check(text)).toEqual([{ type, start: head.length, end: head.length + pii.length, text: pii }]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('findPii: where patterns may start', () => {
  /**
   * The starts read span by span, after the tokenizer has read the text, equal those read unit by
   * unit; but for the near words' runner (the first), span by span a word's start is one only where
   * a near word stands: of the starts read unit by unit it drops only such as hold none. And
   * findPii() finds the same either way.
   */
  const check = (text: string) => {
    findEntities('—');
    const byUnits = passStarts(text, false);
    const alone = findPii(text);
    findEntities(text);
    const bySpans = passStarts(text, true);
    expect(bySpans.slice(1), text).toEqual(byUnits.slice(1));
    const [nearSpans, nearUnits] = [bySpans[0]!, byUnits[0]!];
    expect(nearSpans.filter((p) => !nearUnits.includes(p)), text).toEqual([]);
    expect(nearUnits.filter((p) => !nearSpans.includes(p) && nearWordStartsAt(text, p)), text).toEqual([]);
    expect(findPii(text), text).toEqual(alone);
  };

  it('are the same read span by span as unit by unit, on demo letters and on any text', () => {
    for (const { record } of generateLetters({ letters: 300, seed: 13 })) check(record.body);
    const unit = fc.constantFrom(...'0123456789 -+()./,:;@№\n\u00a0\u202f\u00adабвгдмнпрстуАБВГДМНПРСТУІЎіўABCEHKMOPTXaekmx\'’ʼ'.split(''), 'ул', 'тел', 'д.', 'кв', '375', '😀');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => check(parts.join(''))),
      { numRuns: 2000 },
    );
  });
});
