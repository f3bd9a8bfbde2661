import { describe, expect, it } from 'vitest';
import { findEntities, type Entity } from './entities.js';
import { wordsOf } from './cues.js';
import { classify } from './kind.js';
import { DESIGNATED_ORGS, isDesignatedOrg } from './lexicon/orgs.js';
import { enrich } from './index.js';

function find(text: string, type?: Entity['type']): Entity[] {
  const all = findEntities(text);
  return type ? all.filter((e) => e.type === type) : all;
}

function one(text: string, needle: string): Entity {
  const e = findEntities(text).find((x) => x.text === needle);
  if (!e) throw new Error(`no entity "${needle}" in ${JSON.stringify(findEntities(text).map((x) => x.text))}`);
  return e;
}

describe('findEntities: the result', () => {
  it('is sorted, non-overlapping, and its offsets are exact UTF-16 offsets', () => {
    const text = '😀 Прошу проверить: Иванов Иван Иванович из г. Могилёва работает в ОАО «Нафтан», а В.Д. Бабарико — нет.';
    const all = findEntities(text);
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < all.length; i++) {
      const e = all[i]!;
      expect(text.slice(e.start, e.end)).toBe(e.text);
      if (i > 0) expect(e.start).toBeGreaterThanOrEqual(all[i - 1]!.end);
    }
    const ivanov = one(text, 'Иванов Иван Иванович');
    expect(ivanov.start).toBe(text.indexOf('Иванов'));
    expect(ivanov.end).toBe(text.indexOf(' из г.'));
  });

  it('reads a text alike whatever the string is made of: a literal, a slice, a concatenation, a copy', () => {
    // The scanners read code units through String.prototype.charCodeAt itself (entities.ts,
    // cues.ts, pii.ts, signature.ts); each representation takes another path inside the engine.
    const letters = [
      'В КГБ\nот Савицкого Болеслава Ярославовича, тел. +375 25 892-33-06,\nпроживающего: г. Жлобин, ул. Речная, д. 32, кв. 5.\nСоседка Ксения Ярошевич ходила на марш, я раскаиваюсь.\nСавицкий Б.Я.',
      'Dear sirs, Joshua Wolf of Google wrote to me at joshua.wolf@example.com on 5 May.',
    ];
    for (const letter of letters) {
      const padded = `«${letter}»`;
      const forms = [letter, padded.slice(1, -1), letter.slice(0, 20) + letter.slice(20), Buffer.from(letter, 'utf16le').toString('utf16le')];
      const want = enrich({ body: letter });
      expect(want.entities.length + want.pii.length).toBeGreaterThan(1);
      for (const form of forms) {
        expect(form).toBe(letter);
        expect(enrich({ body: form })).toEqual(want);
      }
    }
  });

  it('finds nothing in text without names', () => {
    expect(findEntities('Прошу принять меры. Сегодня снова шумно, и никто не отвечает.')).toEqual([]);
    expect(findEntities('')).toEqual([]);
  });
});

describe('findEntities: persons', () => {
  it('reads initials before and after the surname, and every form of a public figure has one id', () => {
    const forms = ['Бабарико В.Д.', 'В. Д. Бабарико', 'В.Бабарико', 'Виктора Бабарико', 'Віктар Бабарыка', 'Babaryka'];
    for (const f of forms) {
      const per = find(`Я подписался за то, что ${f} пришёл.`, 'PER');
      expect(per.map((e) => e.text)).toEqual([f]);
      expect(per[0]!.id).toBe('per:babaryka');
      expect(per[0]!.public).toBe(true);
    }
  });

  it('gives a private person one id across cases, initials and a later bare surname', () => {
    const text = 'Мой сосед Петров Андрей Николаевич пьёт. Я жаловалась на Петрова А. Н. участковому, но Петрову всё равно.';
    const per = find(text, 'PER');
    expect(per.map((e) => e.text)).toEqual(['Петров Андрей Николаевич', 'Петрова А. Н.', 'Петрову']);
    expect(new Set(per.map((e) => e.id)).size).toBe(1);
    expect(per[0]!.id).toMatch(/^per:/);
    expect(per[0]!.public).toBeUndefined();
  });

  it('matches Belarusian and Russian forms of one private name', () => {
    const ru = one('Заявляю, что Сергей Ковальчук угрожал мне.', 'Сергей Ковальчук');
    const be = one('Паведамляю, што Сяргея Кавальчука бачылі там.', 'Сяргея Кавальчука');
    expect(be.id).toBe(ru.id);
  });

  it('reads foreign names in news text and a name in Latin in brackets', () => {
    expect(find('Вчера Кирос Вассарас (Греция) судил матч.', 'PER').map((e) => e.text)).toEqual(['Кирос Вассарас']);
    expect(find('Заявил Барри Лоуенкрон (Barry Lowenkron) в среду.', 'PER').map((e) => e.text)).toEqual(['Барри Лоуенкрон', 'Barry Lowenkron']);
    expect(find('Лидер Аль-Кайды Усама бин Ладен погиб.', 'PER').map((e) => e.text)).toEqual(['Усама бин Ладен']);
  });

  it('does not take a sentence-initial everyday word for part of a name', () => {
    expect(find('Сегодня Реджеп Эрдоган прибыл в Киев.', 'PER').map((e) => e.text)).toEqual(['Реджеп Эрдоган']);
  });
});

describe('findEntities: everyday words of letters', () => {
  it('does not take a sentence-initial word of a surname’s shape for a person unless the text names them inside a sentence', () => {
    expect(find('Документы видел лично. Готова показать, в каких документах это записано.', 'PER')).toEqual([]);
    expect(find('Сусед кожную ноч шуміць. Выклікаў міліцыю некалькі разоў.', 'PER')).toEqual([]);
    // The same shape is a person where the text also writes it inside a sentence.
    expect(find('Прошу проверить гражданина Кудрявцева. Кудрявцев торгует на рынке без документов.', 'PER').map((e) => e.text)).toEqual(['Кудрявцева', 'Кудрявцев']);
  });

  it('does not take Belarusian "my", "she", "but" for given names, nor revered words for surnames', () => {
    expect(find('Мая калега ў ТДА «Альфа-Трэйд» ходзіць на акцыі. Яна гэтым ганарыцца. Але ўсе маўчаць.', 'PER')).toEqual([]);
    expect(find('Я нахожусь в эмиграции и хочу вернуться на Родину. Сосед на День Воли вывешивает флаг.', 'PER')).toEqual([]);
    expect(find('Прошу принять меры. Яна Сидорова ходила на марши.', 'PER').map((e) => e.text)).toEqual(['Яна Сидорова']);
  });

  it('does not take a relation at a sentence start for a given name before a surname in -ович', () => {
    expect(find('Сосед Войтович каждый вечер шумит.', 'PER').map((e) => e.text)).toEqual(['Войтович']);
    expect(find('Прошу принять меры. Соседка Демидович торгует самогоном.', 'PER').map((e) => e.text)).toEqual(['Демидович']);
    expect(find('Наина Иосифовна пришла в приёмную.', 'PER').map((e) => e.text)).toEqual(['Наина Иосифовна']);
  });

  it('does not read a place across a sentence end after a whole word ("в городе. Знакомые")', () => {
    expect(find('Сумма известна всем в городе. Знакомые платили, но заявлять боятся.', 'LOC')).toEqual([]);
    expect(find('Моего брата задержали на улице. Его обвиняют в репостах.', 'LOC')).toEqual([]);
    expect(find('Адрес: г. Минск, ул. Маяковского, 80.', 'LOC').map((e) => e.text)).toEqual(['г. Минск', 'ул. Маяковского']);
  });
});

describe('findEntities: organisations', () => {
  it('takes a legal form with its quoted name, and resolves known ones', () => {
    const text = 'Работаю в ОАО «Нафтан», живу в ЖСК «Рассвет-12», ремонт делало ООО «БелСтройМонтаж».';
    const org = find(text, 'ORG');
    expect(org.map((e) => e.text)).toEqual(['ОАО «Нафтан»', 'ЖСК «Рассвет-12»', 'ООО «БелСтройМонтаж»']);
    expect(org[0]!.id).toBe('org:naftan');
    expect(org[1]!.id).toMatch(/12/);
    expect(org[0]!.start).toBe(text.indexOf('ОАО'));
  });

  it('takes quoted media and movements after their noun, with designation data for the flag', () => {
    const text = 'Сосед смотрит телеканал «Белсат» и подписан на канал NEXTA, состоит в движении «Молодой фронт».';
    const org = find(text, 'ORG');
    expect(org.map((e) => e.text)).toEqual(['«Белсат»', 'NEXTA', '«Молодой фронт»']);
    expect(org[0]!.id).toBe('org:belsat');
    expect(org[1]!.id).toBe('org:nexta');
    expect(DESIGNATED_ORGS.get('org:belsat')).toBe('2021-11-03');
    expect(isDesignatedOrg('org:nexta', new Date('2021-01-01'))).toBe(true);
    expect(isDesignatedOrg('org:nexta', new Date('2020-01-01'))).toBe(false);
    expect(isDesignatedOrg('org:molodoy-front')).toBe(false);
  });

  it('finds agencies by abbreviation, in both languages', () => {
    const text = 'Меня вызывали в КГБ, потом в РУВД, а дело передали в ГУБОПиК. Пра гэта ведае МУС.';
    const org = find(text, 'ORG');
    expect(org.map((e) => e.id)).toEqual(['org:kgb', 'org:rovd', 'org:guboppik', 'org:mvd']);
  });

  it('does not take shouting in capitals for an abbreviation', () => {
    expect(find('ПРОШУ ПРИНЯТЬ МЕРЫ НЕМЕДЛЕННО', 'ORG')).toEqual([]);
  });

  it('declines lexicon names: БелАЗ, Минский тракторный завод', () => {
    expect(one('Я работаю на БелАЗе.', 'БелАЗе').id).toBe('org:belaz');
    expect(one('Он уволен с Минского тракторного завода.', 'Минского тракторного завода').id).toBe('org:mtz');
  });
});

describe('findEntities: places', () => {
  it('gives every case and script of a town one id', () => {
    const ids = ['Могилёв', 'Магілёве', 'Mahilau', 'Могилёве'].map((w) => find(`Я живу в городе ${w} давно.`, 'LOC')[0]?.id);
    expect(new Set(ids)).toEqual(new Set(['loc:mahilyow']));
    expect(one('Пишу из Могилёва.', 'Могилёва').id).toBe('loc:mahilyow');
  });

  it('takes streets with their type word, in Russian and Belarusian', () => {
    const ru = one('Адрес: г. Минск, ул. Ленина, д. 5.', 'ул. Ленина');
    const be = one('Адрас: вуліца Леніна, 5.', 'вуліца Леніна');
    expect(ru.type).toBe('LOC');
    expect(be.id).toBe(ru.id);
    expect(one('Живу на пр-т Независимости 12.', 'пр-т Независимости').type).toBe('LOC');
  });

  it('takes villages after their type word', () => {
    const text = 'Родом из д. Малиновка, потом жил в деревне Заречье и в аг. Ратомка.';
    expect(find(text, 'LOC').map((e) => e.text)).toEqual(['д. Малиновка', 'деревне Заречье', 'аг. Ратомка']);
  });

  it('knows countries and world cities in their case forms, and США as a place', () => {
    const loc = find('Он уехал в Польшу, потом в Вильнюс, а деньги получал из США и Литвы.', 'LOC');
    expect(loc.map((e) => e.id)).toEqual(['loc:poland', 'loc:vilnius', 'loc:usa', 'loc:lithuania']);
  });

  it('keeps a given name with a place-like surname a person: "Максим Туров"', () => {
    expect(find('Выступил Максим Туров.', 'PER').map((e) => e.text)).toEqual(['Максим Туров']);
  });
});

describe('findEntities: the tokens the cue reader takes over', () => {
  it('gives the cue reader the words it finds itself, whatever character stands in the text', () => {
    // After findEntities(text) the cue reader takes the tokenizer's word spans where the tokenizer
    // saw no character the two read differently; reading the text alone it scans it itself.
    const shown = (text: string) => JSON.stringify(wordsOf(text).map(({ w, start, end, sentence, cap }) => [w, start, end, sentence, cap]));
    const alone = (text: string) => {
      findEntities('другой текст');
      return shown(text);
    };
    const after = (text: string) => {
      findEntities(text);
      return shown(text);
    };
    const differ: string[] = [];
    const texts = (ch: string) => [`Иван${ch}ов пишет. ${ch}Слово`, `а ${ch} б-${ch}в’${ch}`];
    for (let c = 1; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      for (const text of texts(ch)) if (after(text) !== alone(text)) differ.push(c.toString(16));
    }
    // Astral letters and a lone surrogate in a word.
    for (const text of ['𝐀𝐁𝐂 слово 😀 𝔄bc', 'а\ud835б', 'x\udc00y']) if (after(text) !== alone(text)) differ.push(text);
    expect(differ).toEqual([]);
  });
});

describe('findEntities: long texts', () => {
  it('reads past the tokens and words it keeps for reuse, and a short text after a giant one as before', () => {
    const filler = 'слово, '.repeat(9000);
    const text = `${filler}Иван Иванович Петров пришёл. Я глубоко раскаиваюсь в содеянном.`;
    const person = findEntities(text).find((e) => e.type === 'PER');
    expect(person && text.slice(person.start, person.end)).toBe('Иван Иванович Петров');
    const words = wordsOf(text);
    expect(words.length).toBe(9000 + 9);
    expect(words.at(-1)).toMatchObject({ w: 'содеянном', start: text.length - 'содеянном.'.length });
    expect(classify(text).evidence.some((e) => e.for === 'recantation' && e.text.toLowerCase().includes('раскаиваюсь'))).toBe(true);
    const short = 'Сосед Сидоров Пётр Петрович вывесил флаг.';
    expect(findEntities(short).map((e) => e.text)).toEqual(['Сидоров Пётр Петрович']);
  });
});
