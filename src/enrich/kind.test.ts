import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateLetters } from '../demo/index.js';
import { findEntities } from './entities.js';
import { classify } from './kind.js';
import { CodeUnits, CueSet, SpellingTable, expand, sentenceEnds, trimmedLength, wordsOf } from './cues.js';

describe('cue matching', () => {
  /** The number of hits of one cue in a text. */
  const counter = (pattern: string) => {
    const set = new CueSet([{ signal: 'x', weight: 1, pattern }]);
    return (t: string) => set.match(wordsOf(t)).length;
  };

  it('expands multi-word alternatives and respects gaps, sentences and negation', () => {
    expect(expand('прошу _3 не+наказывать|учесть')).toEqual(['прошу _3 учесть', 'прошу _3 не наказывать']);
    const hit = counter('я _2 участвова*');
    expect(hit('Я тоже участвовала в этом.')).toBe(1);
    expect(hit('Я никогда не участвовал.')).toBe(0);
    expect(hit('Я был там. Участвовал ли он, не знаю.')).toBe(0);
    expect(hit('Не я участвовал, а брат.')).toBe(0);
    expect(hit('Я тогда участвовала, но не думала о последствиях.')).toBe(1);
  });

  it('matches prefix slots whatever letter the word starts with, and keeps wordsOf() results past the next text', () => {
    // Prefixes starting with а…я, with і or ў (outside а…я), and with a Latin letter.
    const hit = counter('я _2 акци*|ініцыятыв*|ўдзел*|strik*');
    expect(hit('Я был на акции.')).toBe(1);
    expect(hit('Я падтрымаў ініцыятыву.')).toBe(1);
    expect(hit('Я браў ўдзел.')).toBe(1);
    expect(hit('Я joined strike.')).toBe(1);
    expect(hit('Я был на бакции.')).toBe(0);
    // The reader reuses its word records from text to text; wordsOf() hands out copies.
    const first = wordsOf('Первое письмо');
    wordsOf('Другой текст совсем');
    expect(first.map((w) => [w.w, w.start, w.end])).toEqual([
      ['первое', 0, 6],
      ['письмо', 7, 13],
    ]);
  });

  it('finds the same hits, in the same order, where many cues start with one word as where each stands alone', () => {
    const patterns = ['не _2 поддерж*', 'не согласен', 'не', 'не !могу', 'не _5 виноват*', 'не хочу|желаю', 'не _3 был', 'не за+что'];
    const cues = patterns.map((pattern, k) => ({ signal: `s${k}`, weight: 1, pattern }));
    const together = new CueSet(cues);
    const alone = cues.map((c) => new CueSet([c]));
    const texts = [
      'Я не очень-то поддерживаю это. Не согласен. Не могу. Не хочу. Не знаю, но точно не был тогда ни в чём виноват.',
      'Не. Не за что. Не\nбыл. не не не хочу желаю был согласен',
      'Не я, не мы, не они и не вы были тогда у власти, и не виноваты',
    ];
    for (const text of texts) {
      const words = wordsOf(text);
      const expected = alone
        .flatMap((set, k) => set.match(words).map((h) => ({ ...h, k })))
        .sort((a, b) => a.start - b.start || a.k - b.k)
        .map(({ k: _k, ...h }) => h);
      expect(together.match(words)).toEqual(expected);
      expect(expected.length).toBeGreaterThan(3);
    }
  });

  it('reports offsets of the matched words in the original text', () => {
    const text = 'Здравствуйте.\nЯ ГЛУБОКО раскаиваюсь в содеянном.';
    const c = classify(text);
    const ev = c.evidence.find((e) => e.for === 'recantation');
    expect(ev && text.slice(ev.start, ev.end)).toBe(ev?.text);
    expect(ev?.text.toLowerCase()).toContain('раскаиваюсь');
  });
});

describe('kind: the hard cases of the brief', () => {
  it('a mother asking to free a son who "made a mistake" is an appeal, not a self-denunciation', () => {
    const ru = 'Мой сын Павел задержан в Гомеле. Он осознал свою ошибку и глубоко раскаивается, больше никогда так не сделает. Прошу освободить его, он единственный кормилец. Мать';
    expect(classify(ru).kind).toBe('appeal');
    const be = 'Мой сын Андрэй затрыманы пасля акцыі. Ён зразумеў сваю памылку і вельмі шкадуе. Прашу вызваліць яго, у яго маленькае дзіця.';
    expect(classify(be).kind).toBe('appeal');
  });

  it('a self-denunciation that names the organisers is still one, and names others when persons are known', () => {
    const text = 'В августе 2020 года я ходил на марши в Бресте. Звал нас туда мой знакомый Игорь Лемешевский, он и флаги раздавал. Я осознал свою ошибку и раскаиваюсь.';
    const start = text.indexOf('Игорь');
    const c = classify(text, { persons: [{ start, end: start + 'Игорь Лемешевский'.length }] });
    expect(c.kind).toBe('self_denunciation');
    expect(c.flags).toEqual(expect.arrayContaining(['names_others', 'recantation', 'mentions_2020_protests']));
  });

  it('"простите за беспокойство" is politeness, not recantation', () => {
    const c = classify('Простите за беспокойство. В нашем подъезде уже месяц не работает лифт, управляющая компания ничего не делает. Считаю это нарушением наших прав.');
    expect(c.kind).toBe('complaint');
    expect(c.flags).not.toContain('recantation');
    const be = classify('Прабачце за турботу. Дзякую вам за хуткую дапамогу, вашы супрацоўнікі знайшлі майго ката.');
    expect(be.flags).not.toContain('recantation');
  });

  it('the writer\'s own act with regret is a self-denunciation; someone else\'s act reported is a denunciation', () => {
    expect(classify('Признаю, что в 2021 году переводила деньги в фонд BYSOL. Мне очень стыдно, больше такого не повторится.').kind).toBe('self_denunciation');
    expect(classify('Сообщаю, что моя соседка Петрова регулярно переводит деньги в фонд BYSOL и хвастается этим. Прошу проверить.').kind).toBe('denunciation');
    expect(classify('Наш мастер открыто говорит в цехе, что выборы были сфальсифицированы, и хвалится, что ходил на все марши. Прошу принять меры.').kind).toBe('denunciation');
  });

  it('a crime that is not political is a statement; thanks are gratitude; tests are other', () => {
    expect(classify('Сообщаю, что на рынке продают таблетки подросткам, машина без номеров приезжает по субботам.').kind).toBe('statement');
    expect(classify('Выражаю огромную благодарность вашим сотрудникам за помощь моей семье.').kind).toBe('gratitude');
    expect(classify('тест тест 123').kind).toBe('other');
    // "заранее спасибо" is a closing formula, not thanks.
    expect(classify('Прошу разъяснить, могу ли я вернуться домой без последствий. Заранее спасибо.').kind).toBe('appeal');
  });

  it('negation voids a confession', () => {
    const c = classify('Я никогда не участвовал ни в каких маршах и не подписывался ни на какие каналы. Прошу разобраться, почему меня уволили.');
    expect(c.kind).not.toBe('self_denunciation');
  });

  it('flags fear of dismissal, loyalty and requests for protection with evidence', () => {
    const c = classify('Осенью 2020 года я стояла в цепи солидарности у завода. Сейчас поддерживаю курс Президента. Очень боюсь потерять работу. Прошу защитить меня.');
    expect(c.kind).toBe('self_denunciation');
    expect(c.flags).toEqual(expect.arrayContaining(['loyalty_pledge', 'fear_of_dismissal', 'requests_protection']));
    for (const f of ['loyalty_pledge', 'fear_of_dismissal', 'requests_protection'] as const) expect(c.evidence.some((e) => e.for === f)).toBe(true);
  });

  it('scores lie in [0, 1] and the chosen kind has evidence unless it is other', () => {
    for (const text of ['Жалуюсь на хамство продавца.', 'Благодарю участкового.', 'ыыыы']) {
      const c = classify(text);
      for (const v of Object.values(c.scores)) expect(v).toBeGreaterThanOrEqual(0), expect(v).toBeLessThanOrEqual(1);
      if (c.kind !== 'other') expect(c.evidence.some((e) => e.for === c.kind)).toBe(true);
    }
  });
});

describe('SpellingTable', () => {
  it('gives one record per spelling wherever it stands, across growth, a restart at its limit and giant words', () => {
    let made = 0;
    const table = new SpellingTable((w) => ({ w, n: made++ }));
    const text = 'слово и слово, Слово';
    const a = table.get(text, 0, 5);
    expect(table.get(text, 8, 13)).toBe(a);
    expect(a.w).toBe('слово');
    expect(table.get(text, 15, 20)).not.toBe(a); // another spelling
    expect(table.get(text, 6, 7).w).toBe('и');
    // Thousands of spellings: the table grows and still finds the first ones.
    const words = Array.from({ length: 20_000 }, (_, k) => `w${k.toString(36)}x`);
    const all = words.join(' ');
    const first = new Map<string, object>();
    let at = 0;
    for (const w of words) {
      first.set(w, table.get(all, at, at + w.length));
      at += w.length + 1;
    }
    at = 0;
    for (const w of words) {
      expect(table.get(all, at, at + w.length)).toBe(first.get(w));
      at += w.length + 1;
    }
    // A word too long to keep is made afresh each time, with its whole spelling.
    const giant = 'я'.repeat(70_000);
    const g = table.get(giant, 0, giant.length);
    expect(g.w.length).toBe(70_000);
    expect(table.get(giant, 0, giant.length)).not.toBe(g);
    expect(table.get(giant + ' ', 0, giant.length).w).toBe(giant);
    expect(table.get(giant, 0, 65_535).w).toBe(giant.slice(0, 65_535));
    // At its limit the table starts over: records made again, the same spellings.
    const small = new SpellingTable((w) => ({ w }), 8);
    const before = small.get(all, 0, words[0]!.length);
    at = 0;
    for (const w of words.slice(0, 20)) {
      expect(small.get(all, at, at + w.length).w).toBe(w);
      at += w.length + 1;
    }
    const after = small.get(all, 0, words[0]!.length);
    expect(after.w).toBe(before.w);
    expect(after).not.toBe(before);
  });
});

describe('CodeUnits', () => {
  it('holds the code units of the text it was last given, lone surrogates and all, at any length', () => {
    const units = new CodeUnits();
    const same = (text: string) => {
      const u = units.of(text);
      expect(u.length).toBeGreaterThanOrEqual(text.length);
      expect(Array.from(u.subarray(0, text.length))).toEqual(Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)));
    };
    same('Жалоба на соседа 😀, тел. +375 29 123-45-67');
    same('a\ud800b\udc00c'); // lone surrogates are units like any other
    same('latin only');
    const long = 'Пісьмо. '.repeat(100_000);
    same(long);
    same(long.slice(3, 20)); // a slice of it, after the giant text
    same('');
  });
});

describe('sentenceEnds', () => {
  // The definition, as the regular expression it is read without.
  const SPEC = /[.!?…]+(?=\s+[\p{Lu}\d«"(—-])|[.!?…]+\s*$|\n\s*\n/gu;
  const spec = (text: string): number[] => {
    const ends: number[] = [];
    for (const m of text.matchAll(SPEC)) {
      if (m[0].startsWith('.') && !m[0].includes('\n') && /(?:^|[\s.])\p{L}{1,2}$/u.test(text.slice(Math.max(0, m.index - 3), m.index))) continue;
      ends.push(m.index + m[0].length);
    }
    return ends;
  };
  /** Both ways sentenceEnds() reads a text: unit by unit, and from the spans the tokenizer has just left. */
  const check = (text: string) => {
    findEntities('—');
    expect(sentenceEnds(text), text).toEqual(spec(text));
    findEntities(text);
    expect(sentenceEnds(text), text).toEqual(spec(text));
  };

  it('ends sentences where the regular expression does, on edge cases and demo letters', () => {
    const cases = [
      'Я, Иванов И.И., прошу. Помогите!',
      'г. Минск, ул. Ленина. Дом 5.\n\n\nНовый абзац… «Цитата»? (скобка) — тире.',
      'Конец.   \n',
      'Конец. ',
      'А.',
      'т.е. далее. 2020 год.',
      'Он ушёл.\u00a0Она пришла!\u2003𝐀стрально.  𝐀',
      'ab.c.\n \n',
      '\n\n',
      ' \n\t\r\n x',
      'слово.\ud835',
      'x𝐀.Y. Z',
      '...?!   -',
    ];
    for (const text of cases) check(text);
    for (const { record } of generateLetters({ letters: 300, seed: 11 })) check(record.body);
  });

  it('agrees with the regular expression on any text of the characters it reads', () => {
    const unit = fc.constantFrom(...'.!?….\n\n  \t\r\u00a0\u2028\u200b\ufeffаБвГ ABxy09«"(—-,\u0301'.split(''), '\ud835\udc00', '\ud835', '\udc00', 'ў', 'Ё');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (parts) => {
        check(parts.join(''));
        expect(trimmedLength(parts.join(''))).toBe(parts.join('').trimEnd().length);
      }),
      { numRuns: 3000 },
    );
  });
});
