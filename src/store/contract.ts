/**
 * The Store contract as one suite: every adapter runs it (SQLite always; PostgreSQL when present).
 * It speaks only through the Store interface, so it holds any adapter to the same behaviour.
 */
import { describe, expect, it } from 'vitest';
import { ZvarotError } from '../core/errors.js';
import { prepareLetter } from '../ingest/index.js';
import { parseQuery } from '../query/parse.js';
import type { SearchRequest } from '../query/ast.js';
import type { Store } from './types.js';

const FIXTURE = [
  { id: 'c-1', received_at: '2020-08-12T09:00:00+03:00', place: 'Гомель', channel: 'post', subject: 'Заявление', body: 'Жалоба на ЖЭС: третий месяц течёт крыша, заявления не рассматривают.' },
  { id: 'c-2', received_at: '2020-08-30T21:00:00+03:00', place: 'Минск', channel: 'web-form', body: 'Сообщаю, что сосед вывесил флаг. Прошу принять меры.' },
  { id: 'c-3', received_at: '2021-05-01T12:00:00+03:00', place: 'Минск', channel: 'web-form', body: 'Прошу освободить сына, он раскаивается. Заявление прилагаю.', response: 'Рассмотрено.' },
  { id: 'c-4', received_at: '2023-03-03T08:00:00+03:00', place: 'Магілёў', channel: 'e-mail', body: 'Прашу прабачэння, я памылялася, больш не буду хадзіць на акцыі.' },
];

const req = (q: string, extra: Partial<SearchRequest> = {}): SearchRequest => ({ query: parseQuery(q), limit: 10, offset: 0, sort: 'relevance', ...extra });

export function storeContract(name: string, open: () => Store): void {
  describe(`Store contract: ${name}`, () => {
    const fresh = () => {
      const store = open();
      store.putBatch(FIXTURE.map((l, i) => prepareLetter(l, { file: 'fixture', line: i + 1 })), 'run-1');
      return store;
    };

    it('stores, then recognises unchanged, updated and duplicate letters', () => {
      const store = fresh();
      expect(store.count()).toBe(4);
      const again = store.putBatch(FIXTURE.map((l, i) => prepareLetter(l, { file: 'fixture', line: i + 1 })), 'run-2');
      expect(again).toEqual({ stored: 0, updated: 0, unchanged: 4, duplicates: [] });
      const changed = prepareLetter({ ...FIXTURE[0], body: 'Другой текст.' }, { file: 'f', line: 1 });
      expect(store.putBatch([changed], 'run-3')).toEqual({ stored: 0, updated: 1, unchanged: 0, duplicates: [] });
      const clash = prepareLetter({ ...FIXTURE[0], body: 'Третий текст.' }, { file: 'f', line: 2 });
      expect(store.putBatch([clash], 'run-3')).toEqual({ stored: 0, updated: 0, unchanged: 0, duplicates: ['c-1'] });
      store.close();
    });

    it('returns a whole letter with derived fields', () => {
      const store = fresh();
      expect(store.getLetter('c-3')).toEqual({
        id: 'c-3',
        received_at: '2021-05-01T12:00:00+03:00',
        channel: 'web-form',
        sender: null,
        place: 'Минск',
        subject: null,
        body: 'Прошу освободить сына, он раскаивается. Заявление прилагаю.',
        attachments: 0,
        response: 'Рассмотрено.',
        source: null,
        // The hard case of the brief: a plea for a son who repents is an appeal, and his regret is not the writer's recantation.
        derived: {
          lang: 'ru',
          kind: 'appeal',
          flags: [],
          year: 2021,
          month: '2021-05',
          enrichment: expect.objectContaining({ evidence: expect.arrayContaining([expect.objectContaining({ for: 'appeal', text: 'Прошу освободить' })]) }),
          campaign: null,
          sender_group: null,
          classes: {},
        },
        ingested_at: expect.any(String),
      });
      expect(store.getLetter('missing')).toBeUndefined();
      store.close();
    });

    it('matches word forms, ranks the subject above the body, and counts facets over all matches', () => {
      const store = fresh();
      const r = store.search(req('заявление'));
      expect(r.total).toBe(2);
      expect(r.hits.map((h) => h.id)).toEqual(['c-1', 'c-3']);
      expect(r.facets).toEqual({
        kind: [
          { value: 'appeal', count: 1 },
          { value: 'complaint', count: 1 },
        ],
        lang: [{ value: 'ru', count: 2 }],
        year: [
          { value: '2020', count: 1 },
          { value: '2021', count: 1 },
        ],
        month: [
          { value: '2020-08', count: 1 },
          { value: '2021-05', count: 1 },
        ],
        place: [
          { value: 'Гомель', count: 1 },
          { value: 'Минск', count: 1 },
        ],
        oblast: [
          { value: 'Гомельская область', count: 1 },
          { value: 'город Минск', count: 1 },
        ],
        flags: [],
        channel: [
          { value: 'post', count: 1 },
          { value: 'web-form', count: 1 },
        ],
        has_response: [
          { value: 'no', count: 1 },
          { value: 'yes', count: 1 },
        ],
        campaign: [],
        person: [],
        org: [],
        location: [],
        tag: [],
      });
      store.close();
    });

    it('counts the entities letters mention as facets (one value per entity, whatever the spelling) and filters by them', () => {
      const store = open();
      const letters = [
        { id: 'm-1', received_at: '2021-03-01T10:00:00+03:00', body: 'Мой коллега Петров Пётр Петрович, инженер ОАО «Нафтан», ходил на марши в Новополоцке.' },
        { id: 'm-2', received_at: '2021-03-02T10:00:00+03:00', body: 'Сообщаю, что Петров П.П. раздавал листовки на проходной «Нафтана».' },
        { id: 'm-3', received_at: '2021-03-03T10:00:00+03:00', body: 'Прошу разобраться с управляющей компанией в Гомеле.' },
      ];
      store.putBatch(letters.map((l, i) => prepareLetter(l, { file: 'f', line: i + 1 })), 'mentions');
      const all = store.search(req('', { sort: 'date' }));
      const org = all.facets.org?.find((v) => v.value === 'org:naftan');
      expect(org).toMatchObject({ count: 2, label: expect.stringMatching(/Нафтан/) });
      const person = all.facets.person?.[0];
      expect(person).toMatchObject({ count: 2, value: expect.stringMatching(/^per:/) });
      expect(all.facets.location?.map((v) => v.value).sort()).toEqual(['loc:homel', 'loc:navapolatsk']);
      expect(store.search(req(`org:${org!.value}`)).hits.map((h) => h.id).sort()).toEqual(['m-1', 'm-2']);
      expect(store.search(req(`person:"${person!.value}" марши`)).hits.map((h) => h.id)).toEqual(['m-1']);
      store.close();
    });

    it('lists letters in order of arrival, and keeps campaigns, sender groups and trained labels as facets and filters', () => {
      const store = fresh();
      expect([...store.letters()].map((l) => l.id)).toEqual(['c-1', 'c-2', 'c-3', 'c-4']);
      store.setGroups([
        { id: 'c-1', campaign: 'c-1', sender: 'c-1' },
        { id: 'c-2', campaign: 'c-1', sender: 'c-2' },
        { id: 'c-3', campaign: null, sender: 'c-1' },
      ]);
      expect(store.getLetter('c-2')?.derived).toMatchObject({ campaign: 'c-1', sender_group: 'c-2' });
      expect(store.getLetter('c-3')?.derived).toMatchObject({ campaign: null, sender_group: 'c-1' });
      expect(store.search(req('')).facets.campaign).toEqual([{ value: 'c-1', count: 2 }]);
      expect(store.search(req('campaign:c-1 прошу')).hits.map((h) => h.id)).toEqual(['c-2']);

      store.saveClassifier('topic', { any: 'model' }, { accuracy: 0.9 }, [
        { id: 'c-1', label: 'housing', score: 0.8 },
        { id: 'c-2', label: 'politics', score: 0.7 },
        { id: 'c-3', label: 'politics', score: 0.6 },
        { id: 'nope', label: 'housing', score: 0.5 },
      ]);
      expect(store.getLetter('c-3')?.derived.classes).toEqual({ topic: 'politics' });
      expect(store.search(req('')).facets['class:topic']).toEqual([
        { value: 'politics', count: 2 },
        { value: 'housing', count: 1 },
      ]);
      expect(store.search(req('class:topic=politics', { sort: 'date' })).hits.map((h) => h.id)).toEqual(['c-2', 'c-3']);
      expect(store.search(req('class:topic=politics заявление')).hits.map((h) => h.id)).toEqual(['c-3']);
      expect(store.classifiers()).toEqual([{ name: 'topic', trained_at: expect.any(String), figures: { accuracy: 0.9 }, applied: { politics: 2, housing: 1 } }]);
      // Trained again under the same name: the old labels go.
      store.saveClassifier('topic', {}, {}, [{ id: 'c-4', label: 'other', score: 1 }]);
      expect(store.search(req('')).facets['class:topic']).toEqual([{ value: 'other', count: 1 }]);
      expect(store.getLetter('c-3')?.derived.classes).toEqual({});
      store.close();
    });

    it('combines text, exclusion, OR and filters', () => {
      const store = fresh();
      const ids = (q: string, extra: Partial<SearchRequest> = {}) => store.search(req(q, extra)).hits.map((h) => h.id);
      expect(ids('прошу -сын')).toEqual(['c-2']);
      expect(ids('флаг OR крыша', { sort: 'date' })).toEqual(['c-1', 'c-2']);
      expect(ids('place:минск year:2021')).toEqual(['c-3']);
      expect(ids('lang:be OR has:response', { sort: 'date' })).toEqual(['c-3', 'c-4']);
      expect(ids('"освободить сына"')).toEqual(['c-3']);
      expect(ids('"сына освободить"')).toEqual([]);
      expect(ids('-флаг channel:web-form')).toEqual(['c-3']);
      store.close();
    });

    it('matches exact forms, prefixes, typos and nearness, and places by any spelling', () => {
      const store = fresh();
      const ids = (q: string) => store.search(req(q, { sort: 'date' })).hits.map((h) => h.id);
      expect(ids('заявление')).toEqual(['c-1', 'c-3']);
      expect(ids('=заявления')).toEqual(['c-1']);
      expect(ids('заяв*')).toEqual(['c-1', 'c-3']);
      expect(ids('крвша~1')).toEqual(['c-1']);
      expect(ids('NEAR(сосед флаг, 2)')).toEqual(['c-2']);
      expect(ids('NEAR(сосед меры, 2)')).toEqual([]);
      expect(ids('place:Mahilau')).toEqual(['c-4']);
      expect(ids('place:Могилёве')).toEqual(['c-4']);
      expect(ids('oblast:Бобруйск')).toEqual(['c-4']);
      expect(ids('place:Minsk')).toEqual(['c-2', 'c-3']);
      expect(ids('date:2020-08-30')).toEqual(['c-2']);
      expect(ids('subject:заявление')).toEqual(['c-1']);
      store.close();
    });

    it('finds a name in any script unless translit is off, and every form of a dictionary word', () => {
      const store = open();
      const letters = [
        { id: 'x-1', body: 'Я голосовала за Светлану Тихановскую и прошу меня не увольнять.' },
        { id: 'x-2', body: 'Я галасавала за Святлану Ціханоўскую.' },
        { id: 'x-3', body: 'Мой сын был освобожден в мае.' },
      ];
      store.putBatch(letters.map((l, i) => prepareLetter(l, { file: 'f', line: i + 1 })), 'names');
      const ids = (q: string, extra: Partial<SearchRequest> = {}) => store.search(req(q, { sort: 'date', ...extra })).hits.map((h) => h.id);
      expect(ids('Tsikhanouskaya')).toEqual(['x-1', 'x-2']);
      expect(ids('Тихановская')).toEqual(['x-1', 'x-2']);
      expect(ids('person:"Sviatlana Tsikhanouskaya"')).toEqual(['x-1', 'x-2']);
      expect(ids('Tsikhanouskaya translit:off')).toEqual([]);
      expect(ids('Tsikhanouskaya', { translit: false })).toEqual([]);
      expect(ids('тихановская')).toEqual(['x-1']);
      expect(ids('освободить')).toEqual(['x-3']);
      store.close();
    });

    it('ranks the very form typed above a letter that only shares the stem', () => {
      const store = open();
      const letters = [
        { id: 'r-1', body: 'Обращаюсь с заявлением о краже велосипеда из подъезда.' },
        { id: 'r-2', body: 'Обращаюсь с заявлениями о краже велосипеда из подъезда.' },
      ];
      store.putBatch(letters.map((l, i) => prepareLetter(l, { file: 'f', line: i + 1 })), 'rank');
      expect(store.search(req('заявлениями')).hits.map((h) => h.id)).toEqual(['r-2', 'r-1']);
      expect(store.search(req('заявлением')).hits.map((h) => h.id)).toEqual(['r-1', 'r-2']);
      store.close();
    });

    it('finds letters like a given one, never the letter itself', () => {
      const store = fresh();
      const near = prepareLetter({ id: 'c-5', body: 'Прошу освободить сына, он раскаивается и просит прощения.' }, { file: 'f', line: 5 });
      store.putBatch([near], 'similar');
      const stems = ['прош', 'освобод', 'сын', 'раская'];
      const hits = store.similar('c-3', stems, 5).map((h) => h.id);
      expect(hits[0]).toBe('c-5');
      expect(hits).not.toContain('c-3');
      expect(store.similar('missing', stems, 5)).toEqual([]);
      store.close();
    });

    it('sorts by date both ways and pages without overlap', () => {
      const store = fresh();
      const all = store.search(req('', { sort: 'date' })).hits.map((h) => h.id);
      expect(all).toEqual(['c-1', 'c-2', 'c-3', 'c-4']);
      expect(store.search(req('', { sort: '-date' })).hits.map((h) => h.id)).toEqual(['c-4', 'c-3', 'c-2', 'c-1']);
      const page1 = store.search(req('', { sort: 'date', limit: 2 })).hits.map((h) => h.id);
      const page2 = store.search(req('', { sort: 'date', limit: 2, offset: 2 })).hits.map((h) => h.id);
      expect([...page1, ...page2]).toEqual(all);
      store.close();
    });

    it('pages with cursors in every order; by date stable while letters are added', () => {
      const letters = Array.from({ length: 7 }, (_, i) => ({
        id: `p-${i}`,
        ...(i === 3 ? {} : { received_at: `2021-0${1 + (i % 3)}-1${i}T10:00:00+03:00` }),
        body: `Жалоба номер ${i}: ${'жалоба '.repeat(1 + (i % 4))}на соседей.`,
      }));
      const filled = () => {
        const store = open();
        store.putBatch(letters.map((l, i) => prepareLetter(l, { file: 'f', line: i + 1 })), 'pages');
        return store;
      };
      for (const sort of ['relevance', 'date', '-date'] as const) {
        for (const q of ['жалоба', '']) {
          const store = filled();
          const all = store.search(req(q, { sort, limit: 7 })).hits.map((h) => h.id);
          expect(all).toHaveLength(7);
          const seen: string[] = [];
          let cursor: string | undefined;
          for (let page = 0; page < 4; page++) {
            const r = store.search(req(q, { sort, limit: 3, ...(cursor ? { cursor } : {}) }));
            seen.push(...r.hits.map((h) => h.id));
            if (page === 0 && sort !== 'relevance') {
              // A letter added after the first page does not shift the pages that follow. (Relevance
              // scores depend on the whole archive, so there only an unchanged archive pages stably.)
              store.putBatch([prepareLetter({ id: 'p-new', received_at: '2021-02-15T10:00:00+03:00', body: 'Жалоба жалоба жалоба жалоба жалоба.' }, { file: 'f', line: 9 })], `pages-${sort}-${q}`);
            }
            if (!r.next) break;
            cursor = r.next;
          }
          expect(seen.filter((id) => id !== 'p-new')).toEqual(all);
          expect(new Set(seen).size).toBe(seen.length);
          store.close();
        }
      }
      const store = filled();
      expect(() => store.search(req('жалоба', { cursor: 'garbage' }))).toThrow(expect.objectContaining({ code: 'E_QUERY_PARAM' }));
      const next = store.search(req('жалоба', { sort: 'date', limit: 2 })).next as string;
      expect(() => store.search(req('жалоба', { sort: 'relevance', cursor: next }))).toThrow(/belongs to sort=date/);
      store.close();
    });

    it('treats FTS syntax in user text as plain words', () => {
      const store = fresh();
      for (const q of ['NEAR(флаг сосед)', 'флаг*', 'флаг AND', 'body:флаг', '^флаг', 'флаг"); DROP TABLE letters; --', "флаг'); DROP TABLE letters; --"]) {
        try {
          store.search(req(q));
        } catch (e) {
          // a query may be refused, but only with a catalogued error
          expect(e).toBeInstanceOf(ZvarotError);
        }
      }
      expect(store.search(req('флаг*')).hits.map((h) => h.id)).toEqual(['c-2']);
      expect(store.count()).toBe(4);
      store.close();
    });
  });
}
