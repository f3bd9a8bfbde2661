import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateLetters } from '../demo/index.js';
import { findEntities } from './entities.js';
import { endsSentence, signatureNames, titledNames } from './signature.js';

const names = (text: string) => signatureNames(text).map((s) => text.slice(s.start, s.end));

describe('signatureNames', () => {
  it('finds a surname standing alone in the signature, in every layout', () => {
    expect(names('Прошу разобраться.\n\nГромико')).toEqual(['Громико']);
    expect(names('Прошу ответить.\n\nСадовсский\nE-mail ab@cd.by')).toEqual(['Садовсский']);
    expect(names('Текст.\n\n18.09.2020 С уважением,\nКовальский\n+375 29 111-22-33')).toEqual(['Ковальский']);
    expect(names('Текст.\n\n06.06.21   Статкевич, +375 29 111-22-33\nE-mail a@b.by')).toEqual(['Статкевич']);
    expect(names('Тэкст.\n\nЛіпская тел. +375 29 111-22-33')).toEqual(['Ліпская']);
    expect(names('Текст.\n\nС уважением, Нестерович-Пашкевич')).toEqual(['Нестерович-Пашкевич']);
    expect(names('Текст.\n\nИванова А.П.\n12.03.2021')).toEqual(['Иванова']);
  });

  it('leaves closing words, sentences and the body alone', () => {
    expect(names('Громико пришёл ко мне.\n\nСпасибо')).toEqual([]);
    expect(names('Текст.\n\nС уважением,\nПенсионер')).toEqual([]);
    expect(names('Текст.\n\nБлагодарю за внимание.')).toEqual([]);
    expect(names('Прошу принять меры к соседу Петрову, который шумит.')).toEqual([]);
    expect(names('')).toEqual([]);
  });

  it('finds the same names whether or not the entity finder has just read the text (its list of line feeds)', () => {
    const both = (text: string) => {
      findEntities('другой текст');
      const cold = signatureNames(text);
      findEntities(text);
      expect(signatureNames(text), JSON.stringify(text)).toEqual(cold);
      return cold.length;
    };
    let named = 0;
    for (const { record } of generateLetters({ letters: 300, seed: 5 })) if (both(record.body)) named++;
    expect(named).toBeGreaterThan(20);
    const unit = fc.constantFrom('\n', '\n', '\r\n', ' ', '\t', 'Громико', 'Ліпская', 'С уважением,', 'Текст.', 'тел. +375 29 111-22-33', '12.03.2021', 'А.П.', '𝐀', '\ud835', 'вчера.');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 16 }), (parts) => {
        both(parts.join(''));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('endsSentence', () => {
  // The definition, as the regular expression it is read without.
  const spec = (line: string) => /\p{Ll}{2}[.!?]$/u.test(line.trimEnd().slice(-5));

  it('agrees with the regular expression on any line of the characters it reads', () => {
    for (const line of ['вчера.', 'Вчера!', 'ок?  ', 'А.', 'аб.', 'a1.', '𝐚𝐚.', 'а𝐚!', '\ud835а.', 'аа…', 'ааа. \n', '']) expect(endsSentence(line), line).toBe(spec(line));
    const unit = fc.constantFrom(...'аб вГ ABxy09.!?…,\n\t\u00a0'.split(''), '𝐚', '𝐀', '\ud835', '\udc1a', 'ў', 'Ё', 'ß');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 12 }), (parts) => {
        const line = parts.join('');
        expect(endsSentence(line), line).toBe(spec(line));
      }),
      { numRuns: 3000 },
    );
  });
});

const titled = (text: string) => titledNames(text).map((s) => [s.start, s.end, text.slice(s.start, s.end)]);

describe('titledNames', () => {
  it('finds the surname after a post or a relation, in either language, with its offsets', () => {
    const text = 'Участковый ничего не сделал: участковый Сидоренко и начальник Петров-Водкин молчат, інспектар Ждановіч таксама.';
    expect(titled(text).map(([, , w]) => w)).toEqual(['Сидоренко', 'Петров-Водкин', 'Ждановіч']);
    for (const [start, end, w] of titled(text)) expect(text.slice(start as number, end as number)).toBe(w);
    // A post's word inflected, and one post right after another's name.
    expect(titled('жалоба на соседа Козлова, коллега Лебедев видел').map(([, , w]) => w)).toEqual(['Козлова', 'Лебедев']);
  });

  it('wants the post to start a word and a capitalised surname of three letters or more after it', () => {
    expect(titled('неучастковый Петров')).toEqual([]);
    expect(titled('участковый петров')).toEqual([]);
    expect(titled('участковый Ли')).toEqual([]);
    expect(titled('участковый')).toEqual([]);
    expect(titled('')).toEqual([]);
  });

  it('finds the same names whether or not the entity finder has just read the text', () => {
    // titledNames starts at the first word the tokenizer's spans show holding a post's word, and
    // skips a letter none holds; with no spans for the text it searches the whole of it.
    const texts = [
      'Мой сосед Иванов и экс-начальник Петров, 5сосед Козлов, соседКузнецов. Сусед Ждановіч.',
      'Никаких должностей тут нет, только Минск и Гомель.',
      'Я, Иванова А.А., прошу: директор\nСидоренко уволил меня, коллега Лебедев видел 𝐀участковый Орлов',
      ...[...generateLetters({ letters: 300, seed: 5 })].map(({ record }) => record.body),
    ];
    let named = 0;
    for (const text of texts) {
      findEntities('другой текст');
      const cold = titled(text);
      findEntities(text);
      expect(titled(text), text).toEqual(cold);
      if (cold.length) named++;
    }
    expect(named).toBeGreaterThan(20);
  });
});
