import { describe, expect, it } from 'vitest';
import { queryForms } from './analyze.js';
import { paradigmForms } from './paradigm.js';

describe('paradigm forms of a dictionary word', () => {
  it('reaches the Russian forms whose stem changes', () => {
    const has = (word: string, ...forms: string[]) => expect(paradigmForms(word, 'ru')).toEqual(expect.arrayContaining(forms));
    has('освободить', 'освобождена', 'освобожден', 'освободил');
    has('погибнуть', 'погибли', 'погиб', 'погибших');
    has('остров', 'острова', 'островов', 'острове');
    has('игрок', 'игрока', 'игроков');
    has('провести', 'провел', 'проведен', 'проведу');
    has('письмо', 'писем', 'письма');
    has('находиться', 'находился', 'находится');
  });

  it('reaches the Belarusian forms, through akanne and ў/в', () => {
    const has = (word: string, ...forms: string[]) => expect(paradigmForms(word, 'be')).toEqual(expect.arrayContaining(forms));
    has('знайсці', 'знайшлі', 'знайшоў', 'знайду');
    has('барысаў', 'барысава', 'барысаве');
    has('адбывацца', 'адбываецца', 'адбываюцца');
    has('бок', 'бакоў');
    has('варта', 'варце');
  });

  it('never returns the word itself, short bare stems, or anything for non-words', () => {
    expect(paradigmForms('остров', 'ru')).not.toContain('остров');
    expect(paradigmForms('несьці', 'be')).not.toContain('не');
    expect(paradigmForms('на', 'ru')).toEqual([]);
    expect(paradigmForms('2021', 'ru')).toEqual([]);
  });

  it('tries the languages a query word may be in', () => {
    expect(queryForms('заявление')).toContain('заявления');
    // і rules Russian out: no Russian endings on a Belarusian word.
    expect(queryForms('дзіця').every((f) => !/[и]/.test(f))).toBe(true);
  });
});
