import { describe, expect, it } from 'vitest';
import { prepareLetter } from '../ingest/index.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { Presenter } from './present.js';
import { K_THRESHOLD, publicationRisk, riskFactors } from './risk.js';

const at = (day: number) => `2021-03-${String(day).padStart(2, '0')}T10:00:00+03:00`;

/** Six workers of one big plant in Гомель write in March 2021; one member of a small co-op in Ельск. */
function archive() {
  const store = openSqliteStore(':memory:');
  const letters = [
    ...Array.from({ length: 6 }, (_, i) => ({
      id: `g-${i}`,
      received_at: at(i + 1),
      place: 'Гомель',
      body: `Я работаю на ОАО «Гомсельмаш» слесарем. На собрании нас заставляют подписывать письма в поддержку. Прошу разобраться. Письмо ${i}.`,
    })),
    {
      id: 'e-1',
      received_at: at(9),
      place: 'Ельск',
      body: 'Я, Сидорова Ольга Петровна, работаю бухгалтером в ЖСК «Рассвет-12». 14 сентября 2020 года председатель кооператива уволил меня за подпись. Мой телефон +375 29 111-22-33.\n\nСидорова',
    },
  ];
  store.putBatch(letters.map((l, i) => prepareLetter(l, { file: 'f', line: i + 1 })), 'risk');
  return store;
}

describe('publication risk', () => {
  it('finds direct identifiers, workplaces, dates and jobs in a quote', () => {
    const store = archive();
    const letter = store.getLetter('e-1')!;
    const items = riskFactors(letter.body, letter);
    const kinds = items.map((i) => `${i.kind}:${i.text}`);
    expect(kinds).toEqual(
      expect.arrayContaining(['name:Сидорова Ольга Петровна', 'contact:+375 29 111-22-33', 'employer:ЖСК «Рассвет-12»', 'date:14 сентября 2020', 'month:2021-03']),
    );
    expect(kinds.some((k) => k.startsWith('job:бухгалтер'))).toBe(true);
    expect(items.filter((i) => i.direct).map((i) => i.kind).sort()).toEqual(['contact', 'name', 'name']);
    store.close();
  });

  it('counts the senders who share the place, month and workplace, and warns below the threshold', () => {
    const store = archive();
    const big = publicationRisk(store, store.getLetter('g-0')!, 'На собрании нас заставляют подписывать письма в поддержку, а я работаю на ОАО «Гомсельмаш».');
    expect(big.combination).toMatchObject({ place: 'Гомель', month: '2021-03', k: 6 });
    expect(big.combination.entities).toHaveLength(1);
    expect(big.items.find((i) => i.kind === 'employer')).toMatchObject({ text: 'ОАО «Гомсельмаш»', k: 6 });
    expect(big.warning).toBeNull();
    expect(6).toBeGreaterThanOrEqual(K_THRESHOLD);

    const small = publicationRisk(store, store.getLetter('e-1')!, 'председатель кооператива уволил меня за подпись');
    expect(small.items.some((i) => i.direct)).toBe(false);
    expect(small.combination.k).toBe(1);
    expect(small.warning).toMatch(/Only 1 sender/);

    const whole = publicationRisk(store, store.getLetter('e-1')!);
    expect(whole.warning).toMatch(/identifies a person on its own/);
    store.close();
  });

  it('shows a researcher no personal data in the report', () => {
    const store = archive();
    const r = publicationRisk(store, store.getLetter('e-1')!, undefined, new Presenter({ role: 'researcher' }, store.secret()));
    const text = JSON.stringify(r);
    for (const secret of ['Сидорова', 'Ольга', '111-22-33']) expect(text).not.toContain(secret);
    expect(r.items.filter((i) => i.kind === 'name').every((i) => /^Person [0-9A-F]{6}$/.test(i.text))).toBe(true);
    store.close();
  });
});
