import { createRng } from '../demo/rng.js';
import { describe, expect, it } from 'vitest';
import { ZvarotError } from '../core/errors.js';
import { crossValidate, predict, score, stemTerms, textTerms, train, trainTerms, type Example, type TrainedModel } from './train.js';

/** A seeded generator, so that the synthetic letters are the same on every run. */
function rng(seed: number): () => number {
  const g = createRng(seed);
  return () => g.next();
}

const TOPICS: Record<string, string[]> = {
  housing: ['протекает крыша', 'в подъезде не убирают', 'нет горячей воды', 'управляющая компания бездействует', 'сломан лифт', 'течёт батарея отопления'],
  roads: ['яма на дороге', 'не работает светофор', 'разбитый асфальт во дворе', 'нет пешеходного перехода', 'машины паркуются на тротуаре', 'не убран снег с дороги'],
  protest: ['был на митинге', 'видел бело-красно-белый флаг', 'сосед ходил на марш', 'в чате собирали деньги на штрафы', 'коллега выкладывал листовки', 'на балконе висит флаг'],
};
const FILLER = ['прошу разобраться', 'уважаемые сотрудники', 'пишу вам', 'это продолжается давно', 'с уважением', 'помогите пожалуйста', 'жду ответа', 'в нашем районе'];

function letters(perLabel: Record<string, number>, seed = 1): Example[] {
  const rand = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(rand() * a.length)]!;
  const out: Example[] = [];
  for (const [label, n] of Object.entries(perLabel)) {
    for (let i = 0; i < n; i++) {
      const parts = [pick(FILLER), pick(TOPICS[label]!), pick(FILLER), pick(TOPICS[label]!), pick(FILLER)];
      out.push({ text: `${parts.join(', ')}.`, label });
    }
  }
  return out;
}

describe('train and predict', () => {
  const examples = letters({ housing: 30, roads: 30, protest: 30 });

  it('learns separable categories and puts new letters in them', () => {
    const model = train(examples);
    expect(model.labels).toEqual(['housing', 'protest', 'roads']);
    expect(predict(model, 'Добрый день. У нас опять протекает крыша и течёт батарея, прошу разобраться.').label).toBe('housing');
    expect(predict(model, 'Во дворе яма на дороге и разбитый асфальт, светофор не работает.').label).toBe('roads');
    expect(predict(model, 'Сообщаю, что сосед был на митинге и на балконе у него висит флаг.').label).toBe('protest');
  });

  it('gives scores for every label that sum to 1, the chosen label the highest', () => {
    const p = predict(train(examples), 'сломан лифт и нет горячей воды');
    expect(Object.keys(p.scores).sort()).toEqual(['housing', 'protest', 'roads']);
    const values = Object.values(p.scores);
    expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    expect(p.score).toBe(Math.max(...values));
    expect(p.score).toBe(p.scores[p.label]);
    expect(p.score).toBeGreaterThan(0.5);
  });

  it('learns Belarusian letters through the Belarusian stemmer', () => {
    const be: Example[] = [];
    for (let i = 0; i < 12; i++) {
      be.push({ text: `Прашу разабрацца: у пад'ездзе зноў не прыбіраюць, і ліфт зламаны ${i} дзён.`, label: 'housing' });
      be.push({ text: `Паведамляю, што сусед хадзіў на мітынг і вывесіў сцяг на балконе ${i} разоў.`, label: 'protest' });
    }
    const model = train(be);
    expect(predict(model, 'Ліфт зламаны, у пад’ездзе брудна.').label).toBe('housing');
    expect(predict(model, 'Сусед зноў хадзіў на мітынгі са сцягам.').label).toBe('protest');
  });

  it('is deterministic: the same labels give the same model', () => {
    expect(JSON.stringify(train(examples))).toBe(JSON.stringify(train(examples)));
    expect(JSON.stringify(train(examples, { model: 'logreg' }))).toBe(JSON.stringify(train(examples, { model: 'logreg' })));
  });

  it('round-trips through JSON and predicts the same afterwards', () => {
    const model = train(examples);
    const copy = JSON.parse(JSON.stringify(model)) as TrainedModel;
    expect(copy).toEqual(model);
    for (const e of letters({ housing: 5, roads: 5, protest: 5 }, 99)) expect(predict(copy, e.text)).toEqual(predict(model, e.text));
  });

  it.each(['svm', 'logreg', 'cnb'] as const)('the %s model learns the same task', (kind) => {
    const model = train(examples, { model: kind });
    expect(model.model).toBe(kind);
    const test = letters({ housing: 10, roads: 10, protest: 10 }, 7);
    const right = test.filter((e) => predict(model, e.text).label === e.label).length;
    expect(right / test.length).toBeGreaterThanOrEqual(0.9);
  });

  it('handles a binary task with a rare positive label ("other" for the rest)', () => {
    const set = [...letters({ protest: 6 }, 3), ...letters({ housing: 40, roads: 40 }, 4).map((e) => ({ ...e, label: 'other' }))];
    const model = train(set);
    expect(model.labels).toEqual(['other', 'protest']);
    expect(model.trainedOn).toEqual({ other: 80, protest: 6 });
    expect(predict(model, 'Коллега выкладывал листовки и был на митинге.').label).toBe('protest');
    expect(predict(model, 'Нет горячей воды и яма на дороге.').label).toBe('other');
  });

  it('handles fifteen labels, one of them with a single example', () => {
    const set: Example[] = [];
    for (let k = 0; k < 15; k++) {
      const n = k === 14 ? 1 : 8;
      for (let i = 0; i < n; i++) set.push({ text: `пишу про тему${'абвгдежзиклмноп'[k]}слово и ещё про тему${'абвгдежзиклмноп'[k]}дело ${i}`, label: `L${k}` });
    }
    const model = train(set);
    expect(model.labels).toHaveLength(15);
    expect(predict(model, 'и опять про темувслово').label).toBe('L2');
    expect(predict(model, 'про темупслово и темупдело').label).toBe('L14');
  });

  it('classifies a text with no known word (or no words) without failing', () => {
    const model = train(examples);
    for (const text of ['', '12345', 'qwerty zxcvb']) {
      const p = predict(model, text);
      expect(model.labels).toContain(p.label);
      expect(p.score).toBeGreaterThan(0);
      expect(p.score).toBeLessThanOrEqual(1);
    }
  });

  it('trains on stems already at hand the same as on text', () => {
    const stems = examples.map((e) => textTerms(e.text));
    expect(JSON.stringify(trainTerms(stems, examples.map((e) => e.label)))).toBe(JSON.stringify(train(examples)));
    expect(stemTerms(['крыш', 'теч'])).toEqual(['крыш', 'теч', 'крыш теч']);
    expect(stemTerms(['крыш', 'теч'], false)).toEqual(['крыш', 'теч']);
  });
});

describe('bad input', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(ZvarotError);
      return { code: (e as ZvarotError).code, message: (e as ZvarotError).message };
    }
    throw new Error('no error thrown');
  };

  it('refuses a single label with a clear error', () => {
    const e = code(() => train(letters({ housing: 10 })));
    expect(e.code).toBe('E_TRAIN_LABELS');
    expect(e.message).toMatch(/"housing".*at least two labels/);
    expect(code(() => crossValidate(letters({ housing: 10 }))).code).toBe('E_TRAIN_LABELS');
  });

  it('refuses no examples, an empty label and a missing text', () => {
    expect(code(() => train([])).code).toBe('E_TRAIN_LABELS');
    expect(code(() => train([{ text: 'a', label: 'x' }, { text: 'b', label: ' ' }])).message).toMatch(/example 2 has an empty label/);
    expect(code(() => train([{ text: 'a', label: 'x' }, { label: 'y' } as Example])).message).toMatch(/example 2 has no text/);
    expect(code(() => trainTerms([['a']], ['x', 'y'])).code).toBe('E_TRAIN_LABELS');
  });

  it('refuses a number of folds it cannot make', () => {
    const few = letters({ housing: 3, roads: 3 });
    expect(code(() => crossValidate(few, 1)).code).toBe('E_OPTION_RANGE');
    expect(code(() => crossValidate(few, 7)).code).toBe('E_OPTION_RANGE');
    expect(code(() => crossValidate(few, 2.5)).code).toBe('E_OPTION_RANGE');
  });

  it('refuses a stored model it does not know', () => {
    const model = { ...train(letters({ housing: 5, roads: 5 })), version: 2 } as unknown as TrainedModel;
    expect(code(() => predict(model, 'яма')).code).toBe('E_DB_SCHEMA');
  });
});

describe('crossValidate', () => {
  it('measures a learnable task above the majority class, figures within [0, 1]', () => {
    const cv = crossValidate(letters({ housing: 40, roads: 25, protest: 15 }), 5);
    expect(cv.folds).toBe(5);
    expect(cv.examples).toBe(80);
    for (const v of [cv.accuracy, cv.macroF1, cv.majority.accuracy, cv.majority.macroF1]) {
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
    expect(cv.majority.label).toBe('housing');
    expect(cv.majority.accuracy).toBeCloseTo(40 / 80, 6);
    expect(cv.accuracy).toBeGreaterThan(0.9);
    expect(cv.accuracy).toBeGreaterThan(cv.majority.accuracy);
    expect(cv.macroF1).toBeGreaterThan(cv.majority.macroF1);
    expect(Object.keys(cv.perLabel).sort()).toEqual(['housing', 'protest', 'roads']);
    expect(cv.perLabel.protest!.support).toBe(15);
  });

  it('is deterministic, and a label with fewer examples than folds is no error', () => {
    const set = [...letters({ housing: 20, roads: 20 }), ...letters({ protest: 2 }, 5)];
    const a = crossValidate(set, 5);
    expect(crossValidate(set, 5)).toEqual(a);
    expect(a.perLabel.protest!.support).toBe(2);
  });

  it('finds nothing to learn in labels given at random: near the majority class', () => {
    const rand = rng(11);
    const set = letters({ housing: 30, roads: 30, protest: 30 }).map((e) => ({ ...e, label: rand() < 0.5 ? 'a' : 'b' }));
    const cv = crossValidate(set, 5);
    expect(cv.accuracy).toBeLessThan(0.75);
  });
});

describe('score', () => {
  it('counts accuracy, per-label precision and recall, and macro-F1 over every label seen', () => {
    const s = score(['a', 'a', 'b', 'c'], ['a', 'b', 'b', 'b']);
    expect(s.accuracy).toBe(0.5);
    expect(s.perLabel.a).toEqual({ precision: 1, recall: 0.5, f1: 2 / 3, support: 2 });
    expect(s.perLabel.b).toEqual({ precision: 1 / 3, recall: 1, f1: 0.5, support: 1 });
    expect(s.perLabel.c).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
    expect(s.macroF1).toBeCloseTo((2 / 3 + 0.5 + 0) / 3, 10);
  });
});
