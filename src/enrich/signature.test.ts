import { describe, expect, it } from 'vitest';
import { signatureNames } from './signature.js';

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
});
