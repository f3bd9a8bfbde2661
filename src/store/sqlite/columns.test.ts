import Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareLetter } from '../../ingest/index.js';
import { parseQuery } from '../../query/parse.js';
import { Columns } from './columns.js';
import { compileQuery } from './compile.js';
import { openSqliteStore } from './index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'zvarot-cols-'));
const file = path.join(dir, 'a.db');
const places = ['Гомель', 'Минск', 'Магілёў', 'Бобруйск', 'Нигдеград', undefined];
const channels = ['post', 'web-form', undefined];
const store = openSqliteStore(file);
store.putBatch(
  Array.from({ length: 200 }, (_, i) => {
    // 140 letters alike in every facet share a profile, which counts them all: a large match set is
    // counted by profile, a small one letter by letter.
    if (i >= 60) return prepareLetter({ id: `c-${i}`, received_at: '2021-03-04T10:00:00+03:00', place: 'Минск', channel: 'post', body: 'Я участвовал в протестах 2020 года, раскаиваюсь и прошу не увольнять меня с работы.' }, { file: 'f', line: i + 1 });
    const place = places[i % places.length];
    const channel = channels[i % channels.length];
    return prepareLetter(
      {
        id: `c-${i}`,
        ...(i % 7 === 0 ? {} : { received_at: `${2019 + (i % 5)}-0${1 + (i % 9)}-1${i % 10}T1${i % 10}:00:00+03:00` }),
        ...(place ? { place } : {}),
        ...(channel ? { channel } : {}),
        ...(i % 4 === 0 ? { response: 'Рассмотрено.' } : {}),
        // Kinds and flags vary too (the classifier runs at ingest): appeals, complaints, a
        // recantation, a denunciation that names a person.
        body:
          i % 10 === 9
            ? 'Я участвовал в протестах 2020 года, раскаиваюсь и прошу не увольнять меня с работы.'
            : i % 10 === 8
              ? 'Сообщаю, что мой сосед Петров И.И. участвовал в незаконных акциях в августе 2020 года.'
              : i % 3 === 0
                ? 'Прашу разгледзець маю заяву.'
                : i % 3 === 1
                  ? 'Прошу рассмотреть моё заявление.'
                  : 'Жалуюсь на хамство в ЖЭС, требую разобраться.',
      },
      { file: 'f', line: i + 1 },
    );
  }),
  'cols',
);
store.close();
const db = new Database(file, { readonly: true });
const cols = Columns.load(db);
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('in-memory filter columns', () => {
  it('select exactly the letters the SQL filters select', () => {
    const queries = [
      'lang:be',
      'year:2020..2021',
      'year:2022 -lang:be',
      'date:2020-01-01..2021-12-31',
      'place:Gomel',
      'place:Нигдеград',
      'oblast:Mahilyow',
      'lang:ru -place:Минск',
      'channel:post OR has:response',
      'lang:ru -channel:post',
      'year:2019..2023 -kind:appeal',
      'kind:complaint OR lang:be',
      '(lang:ru year:2019) OR (lang:be -has:response)',
    ];
    for (const q of queries) {
      const c = compileQuery(parseQuery(q));
      const sql = (db.prepare(`SELECT l.rowid FROM letters l WHERE ${c.where} ORDER BY l.rowid`).pluck().all(...c.params) as number[]);
      const pred = cols.predicate(c.filters);
      expect(pred, q).not.toBeNull();
      expect([...cols.select(pred as (id: number) => boolean)], q).toEqual(sql);
      expect(sql.length, q).toBeGreaterThan(0);
    }
  });

  it('leave to SQL what needs the table', () => {
    for (const q of ['sender:Иванов', 'has:attachments', 'subject:заявление', 'lang:be OR заява']) {
      expect(cols.predicate(compileQuery(parseQuery(q)).filters), q).toBeNull();
    }
  });

  it('count facets and order by date as the table says', () => {
    const all = db.prepare('SELECT rowid FROM letters').pluck().all() as number[];
    const f = cols.facets(all);
    const langs = db.prepare('SELECT lang AS value, count(*) AS count FROM letters GROUP BY lang ORDER BY count DESC, lang').all();
    expect(f.lang).toEqual(langs);
    expect(cols.facets(null)).toEqual(f);
    const byDate = db.prepare('SELECT rowid FROM letters ORDER BY received_ts IS NULL, received_ts DESC, rowid DESC LIMIT 5 OFFSET 3').pluck().all();
    expect(cols.byDate(all, 5, 3, true)).toEqual(byDate);
  });

  it('count a set of most letters (by what it leaves out) and of a few the same as SQL', () => {
    const ids = db.prepare('SELECT rowid FROM letters ORDER BY rowid').pluck().all() as number[];
    for (const cut of [Math.floor(ids.length * 0.1), Math.floor(ids.length * 0.9)]) {
      const some = ids.slice(cut);
      const f = cols.facets(some);
      const first = ids[cut] as number;
      const sql = (col: string) =>
        db.prepare(`SELECT ${col} AS value, count(*) AS count FROM letters WHERE rowid >= ? AND ${col} IS NOT NULL GROUP BY ${col} ORDER BY count DESC, ${col}`).all(first);
      expect(f.lang, `cut ${cut}`).toEqual(sql('lang'));
      expect(f.channel, `cut ${cut}`).toEqual(sql('channel'));
      expect(f.year?.map((v) => [v.value, v.count]).sort(), `cut ${cut}`).toEqual((sql('year') as { value: number; count: number }[]).map((v) => [String(v.value), v.count]).sort());
    }
  });

  it('cut the facets into profile groups within the cap', () => {
    // One group holds all nine fields here; a cap of 6 combinations cuts them into several, each
    // within the cap unless a field alone has more values.
    expect(cols.profileGroups.map((g) => g.fields.length)).toEqual([9]);
    const small = Columns.load(db, 6).profileGroups;
    expect(small.length).toBeGreaterThan(2);
    expect(small.flatMap((g) => g.fields).sort()).toEqual(['channel', 'flags', 'has_response', 'kind', 'lang', 'month', 'oblast', 'place', 'year']);
    for (const g of small) expect(g.size <= 6 || g.fields.length === 1, g.fields.join('+')).toBe(true);
  });

  it.each([
    ['one group', () => cols],
    ['groups of at most 6 combinations', () => Columns.load(db, 6)],
  ])('count every facet of any subset as the table says, by profile or letter by letter (%s)', (_, load) => {
    // Large subsets are counted by profile (letters alike in every field of a group), small ones
    // letter by letter: both must give what a plain count over the rows gives.
    const cols = load();
    const rows = db.prepare("SELECT rowid, kind, lang, year, month, place_label, channel, has_response, flags_json FROM letters ORDER BY rowid").all() as Record<string, string | number | null>[];
    const mentions = db.prepare("SELECT letter, entity, type FROM mentions").all() as { letter: number; entity: string; type: string }[];
    const expected = (subset: Set<number>) => {
      const out: Record<string, Map<string, number>> = {};
      const add = (facet: string, v: string | number | null) => {
        if (v === null || v === '') return;
        const m = (out[facet] ??= new Map());
        m.set(String(v), (m.get(String(v)) ?? 0) + 1);
      };
      for (const r of rows) {
        if (!subset.has(r.rowid as number)) continue;
        for (const f of ['kind', 'lang', 'year', 'month', 'channel']) add(f, r[f] ?? null);
        add('place', r.place_label ?? null);
        add('has_response', r.has_response ? 'yes' : 'no');
        for (const flag of JSON.parse(r.flags_json as string) as string[]) add('flags', flag);
      }
      const types: Record<string, string> = { PER: 'person', ORG: 'org', LOC: 'location' };
      for (const m of mentions) if (subset.has(m.letter) && types[m.type]) add(types[m.type] as string, m.entity);
      return out;
    };
    const ids = rows.map((r) => r.rowid as number);
    const subsets = [ids, ids.filter((_, i) => i % 2 === 0), ids.filter((_, i) => i % 3 === 1), ids.slice(0, 4), ids.slice(-12), ids.slice(18, 20), [ids[5] as number]];
    for (const subset of subsets) {
      const f = cols.facets(Int32Array.from(subset));
      const want = expected(new Set(subset));
      for (const facet of ['kind', 'lang', 'year', 'month', 'place', 'channel', 'has_response', 'flags', 'person', 'org', 'location']) {
        const got = new Map((f[facet] ?? []).map((v) => [v.value, v.count]));
        expect(got, `${facet} over ${subset.length} letters`).toEqual(want[facet] ?? new Map());
      }
    }
    expect(Object.keys(expected(new Set(ids)))).toEqual(expect.arrayContaining(['kind', 'place', 'month', 'has_response', 'flags', 'person']));
  });

  it('show the most frequent values of a long facet, ties by value', () => {
    const all = Int32Array.from(db.prepare('SELECT rowid FROM letters ORDER BY rowid').pluck().all() as number[]);
    const month = cols.facets(all).month ?? [];
    // A histogram keeps its natural order.
    expect(month.map((v) => v.value)).toEqual([...month.map((v) => v.value)].sort());
    const place = cols.facets(all).place ?? [];
    const sorted = [...place].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    expect(place).toEqual(sorted);
    expect(place.length).toBeGreaterThan(2);
  });

  it('page by date in both directions after a cursor as SQL does', () => {
    const all = db.prepare('SELECT rowid FROM letters').pluck().all() as number[];
    const asc = db.prepare('SELECT rowid, received_ts FROM letters ORDER BY received_ts IS NULL, received_ts ASC, rowid ASC').all() as { rowid: number; received_ts: number | null }[];
    const mid = asc[7] as { rowid: number; received_ts: number | null };
    expect(cols.byDate(all, 5, 0, false, [mid.received_ts ?? Number.NaN, mid.rowid])).toEqual(asc.slice(8, 13).map((r) => r.rowid));
    const desc = db.prepare('SELECT rowid, received_ts FROM letters ORDER BY received_ts IS NULL, received_ts DESC, rowid DESC').all() as { rowid: number; received_ts: number | null }[];
    const m2 = desc[4] as { rowid: number; received_ts: number | null };
    expect(cols.byDate(all, 6, 0, true, [m2.received_ts ?? Number.NaN, m2.rowid])).toEqual(desc.slice(5, 11).map((r) => r.rowid));
    // The letters are read in the direction of the sort; in any order they make the same pages.
    const shuffled = [...all].sort((a, b) => ((a * 7919) % 200) - ((b * 7919) % 200));
    for (const descending of [false, true]) {
      const order = (descending ? desc : asc).map((r) => r.rowid);
      for (const [limit, offset] of [[5, 0], [7, 3], [200, 0]] as const) {
        expect(cols.byDate(shuffled, limit, offset, descending)).toEqual(order.slice(offset, offset + limit));
        expect(cols.byDate([...all].reverse(), limit, offset, descending)).toEqual(order.slice(offset, offset + limit));
      }
    }
  });
});
