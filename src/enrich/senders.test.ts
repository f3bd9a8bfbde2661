import { describe, expect, it } from 'vitest';
import { SenderResolver, addressParts, linkKeys, nameSignature, namesCompatible, normalizeDocument, normalizeEmail, normalizePhone, senderFeatures, type SenderInput } from './senders.js';

/** Resolves the letters and returns them grouped: each group the ids sharing a key, in input order. */
function groups(letters: SenderInput[]): string[][] {
  const r = new SenderResolver();
  for (const l of letters) r.add(l);
  const byKey = new Map<string, string[]>();
  for (const [id, key] of r.keys()) byKey.set(key, [...(byKey.get(key) ?? []), id]);
  return [...byKey.values()];
}

const letter = (id: string, sender: SenderInput['sender'], body = 'Прошу разобраться.', extra: Partial<SenderInput> = {}): SenderInput => ({ id, sender, body, ...extra });

describe('normalizePhone', () => {
  it('gives one form to every spelling of a Belarusian number', () => {
    const spellings = ['+375 29 123-45-67', '8 029 1234567', '80291234567', '+375291234567', '8 (029) 123-45-67', '+375 (29) 123 45 67', '+375-29-123-45-67', '29 123 45 67', '00375 29 1234567'];
    expect(new Set(spellings.map(normalizePhone))).toEqual(new Set(['375291234567']));
  });

  it('keeps landlines, Russian numbers and other countries apart, and refuses fragments', () => {
    expect(normalizePhone('8 (017) 234-56-78')).toBe('375172345678');
    expect(normalizePhone('+375 17 234-56-78')).toBe('375172345678');
    expect(normalizePhone('8 912 345 67 89')).toBe('79123456789');
    expect(normalizePhone('+7 912 345-67-89')).toBe('79123456789');
    expect(normalizePhone('+380 67 123 45 67')).toBe('380671234567');
    expect(normalizePhone('12-34')).toBeNull();
  });
});

describe('normalizeEmail and normalizeDocument', () => {
  it('lower-cases e-mail and strips mailto and brackets; refuses what is not an address', () => {
    expect(normalizeEmail(' Ivanov.Ivan@Mail.RU ')).toBe('ivanov.ivan@mail.ru');
    expect(normalizeEmail('<mailto:a.b@tut.by>')).toBe('a.b@tut.by');
    expect(normalizeEmail('нет')).toBeNull();
  });

  it('writes personal and passport numbers in Latin capitals without spaces', () => {
    expect(normalizeDocument('3140285a001pb5')).toBe('3140285A001PB5');
    expect(normalizeDocument('3140285А001РВ5')).toBe('3140285A001PB5');
    expect(normalizeDocument('МР 1234567')).toBe('MP1234567');
    expect(normalizeDocument('12')).toBeNull();
  });
});

describe('nameSignature and namesCompatible', () => {
  const sig = (s: string) => nameSignature(s)!;

  it('reads the name in any order, with initials, in either language, with slips', () => {
    const full = sig('Ковалёв Сергей Николаевич');
    expect(full).toEqual({ ...full, gender: 'm' });
    for (const variant of ['Сергей Николаевич Ковалёв', 'Ковалев Сергей Николаевич', 'Кавалёў Сяргей Мікалаевіч', 'Ковалёв С.Н.', 'С. Н. Ковалёв', 'Ковалёв'])
      expect(namesCompatible(sig(variant), full), variant).toBe(true);
    expect(sig('Сергей Николаевич Ковалёв')).toEqual(full);
    expect(sig('Кавалёў Сяргей Мікалаевіч')).toEqual({ ...full, givenInitials: sig('Кавалёў Сяргей Мікалаевіч').givenInitials });
  });

  it('tells a surname ending in -ич from a patronymic', () => {
    const a = sig('Богданович Давид Владимирович');
    expect(namesCompatible(a, sig('Богдановичь Давид Владимирович'))).toBe(true);
    expect(namesCompatible(a, sig('Багдановіч Давід Уладзіміравіч'))).toBe(true);
    expect(namesCompatible(a, sig('Богданович Давид Петрович'))).toBe(false);
  });

  it('keeps apart another given name, patronymic, initial, surname or gender', () => {
    const a = sig('Иванов Сергей Петрович');
    expect(namesCompatible(a, sig('Иванов Андрей Петрович'))).toBe(false);
    expect(namesCompatible(a, sig('Иванов Сергей Иванович'))).toBe(false);
    expect(namesCompatible(a, sig('Иванов А.П.'))).toBe(false);
    expect(namesCompatible(a, sig('Петров Сергей Петрович'))).toBe(false);
    expect(namesCompatible(sig('Иванов Александр Петрович'), sig('Иванова Александра Петровна'))).toBe(false);
  });

  it('finds no name in what has no letters', () => {
    expect(nameSignature('  , 123 ')).toBeNull();
  });
});

describe('addressParts', () => {
  it('keys town, street and house the same in Russian and Belarusian and in any layout', () => {
    const ru = addressParts('г. Минск, ул. Полевая, д. 13, кв. 48');
    expect(ru.house).toBe('13');
    expect(ru.town).not.toBe('');
    expect(ru.street).not.toBe('');
    for (const v of ['Минск, ул. Полевая, 13-48', 'Мінск, вул. Палявая, 13/48', 'г. Минск, ул. Полевая 13-48', 'Минская обл., г. Минск, улица Полевая, дом 13'])
      expect(addressParts(v), v).toEqual(ru);
  });
});

describe('senderFeatures and linkKeys', () => {
  it('takes the phone and e-mail from the body when the fields hold none', () => {
    const f = senderFeatures(letter('a', { name: 'Иванов Сергей Петрович' }, 'Прошу перезвонить мне по номеру +375 29 123-45-67 или написать на Ivanov@mail.ru.'));
    expect(f.phones).toEqual(['375291234567']);
    expect(f.emails).toEqual(['ivanov@mail.ru']);
  });

  it('uses precomputed body PII when given instead of searching the body', () => {
    const f = senderFeatures(letter('a', {}, 'текст без номеров', { pii: [{ type: 'phone', text: '8 029 1234567' }] }));
    expect(f.phones).toEqual(['375291234567']);
  });

  it('never links by a name alone', () => {
    const keys = linkKeys(senderFeatures(letter('a', { name: 'Иванов Сергей Петрович' })));
    expect(keys).toEqual([]);
  });

  it('links a full name in a town, and a name at a street address', () => {
    const keys = linkKeys(senderFeatures(letter('a', { name: 'Иванов Сергей Петрович', address: 'г. Гомель, ул. Советская, 5-12' })));
    expect(keys.map((k) => k.split(':')[0])).toEqual(['na', 'nt']);
  });
});

describe('SenderResolver', () => {
  it('merges one person across phone spellings, e-mail case, language and slips of the name', () => {
    expect(
      groups([
        letter('1', { name: 'Синицына Лариса Тарасовна', phone: '+375 44 530-40-68' }, 'Прошу разобраться.', { place: 'Минск' }),
        letter('2', { name: 'Синицина Лариса Тарасовна', phone: '8 044 5304068', email: 'Sinitsyna@Inbox.ru' }),
        letter('3', { name: 'Сініцына Ларыса Тарасаўна', email: 'sinitsyna@inbox.ru' }),
        letter('4', { name: 'Синицына Лариса Тарасовна', address: 'Минск, пер. Полевой, 13-48' }, 'Прошу разобраться.', { place: 'Минск' }),
        letter('5', undefined, 'Перезвоните мне: 80445304068. Лариса'),
      ]),
    ).toEqual([['1', '2', '3', '4', '5']]);
  });

  it('does not merge different people who share a common name', () => {
    expect(
      groups([
        letter('1', { name: 'Иванов Сергей Петрович', phone: '+375 29 111-11-11' }, 'a', { place: 'Минск' }),
        letter('2', { name: 'Иванов Сергей Петрович', phone: '+375 29 222-22-22' }, 'b', { place: 'Гомель' }),
        letter('3', { name: 'Иванов Сергей', email: 'sergey.ivanov@mail.ru' }),
        letter('4', { name: 'Иванов Сергей' }),
      ]),
    ).toEqual([['1'], ['2'], ['3'], ['4']]);
  });

  it('keeps apart two people of one household who share a phone or an e-mail', () => {
    expect(
      groups([
        letter('1', { name: 'Ковалёв Сергей Николаевич', phone: '8 (017) 234-56-78', email: 'kovalevy@tut.by' }),
        letter('2', { name: 'Ковалёва Анна Игоревна', phone: '+375 17 234-56-78' }),
        letter('3', { name: 'Ковалёва Анна Игоревна', phone: '80172345678', email: 'KovalevY@tut.by' }),
        letter('4', { name: 'Ковалев С.Н.', phone: '8 017 2345678' }),
      ]),
    ).toEqual([
      ['1', '4'],
      ['2', '3'],
    ]);
  });

  it('lets a letter without a name join the person of its strongest identifier, but never bridge two', () => {
    expect(
      groups([
        letter('1', { name: 'Шевчук Анна Игоревна', phone: '+375 33 700-11-22' }),
        letter('2', { name: 'Шевчук Игорь Васильевич', email: 'shevchuk@gmail.com' }),
        letter('3', { phone: '80337001122', email: 'shevchuk@gmail.com' }),
      ]),
    ).toEqual([['1'], ['2', '3']]);
  });

  it('links a full name in the same town, but not in another town', () => {
    expect(
      groups([
        letter('1', { name: 'Мельник Ольга Викторовна', address: 'г. Лида, ул. Ленина, 5-7' }),
        letter('2', { name: 'Мельник Вольга Віктараўна' }, 'Прашу разабрацца.', { place: 'Ліда' }),
        letter('3', { name: 'Мельник Ольга Викторовна' }, 'Прошу разобраться.', { place: 'Брест' }),
      ]),
    ).toEqual([['1', '2'], ['3']]);
  });

  it('gives every letter a key, the id of its group’s first letter, and ignores an id added twice', () => {
    const r = new SenderResolver();
    r.add(letter('b', { phone: '+375 29 123-45-67' }));
    r.add(letter('a', { phone: '80291234567' }));
    r.add(letter('a', { phone: '+375 44 000-00-00' }));
    r.add(letter('c', undefined, 'Без подписи.'));
    expect(r.keys()).toEqual(new Map([['b', 'b'], ['a', 'b'], ['c', 'c']]));
  });
});
