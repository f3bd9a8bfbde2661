import { Model, defaultModel } from '@alephdata/followthemoney';
import { describe, expect, it } from 'vitest';
import { generateLetters } from '../demo/index.js';
import { prepareLetter } from '../ingest/index.js';
import { linkArchive } from '../ingest/link.js';
import { Presenter } from '../privacy/present.js';
import { readCsv } from '../sources/csv.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { csvField, exportChunks } from './index.js';

const store = openSqliteStore(':memory:');
const generated = [...generateLetters({ letters: 450, seed: 13 })];
store.putBatch(
  [
    ...generated.map(({ record, truth }, i) => prepareLetter({ ...record, id: truth.id } as unknown as Record<string, unknown>, { file: 'demo', line: i + 1 })),
    prepareLetter({ id: 'x-1', received_at: '2030-01-01T10:00:00+03:00', subject: '=HYPERLINK("http://evil")', body: 'Он сказал: "уходи", и ушёл;\nпотом, вернулся.' }, { file: 'f', line: 1 }),
  ],
  'export',
);
linkArchive(store);
const text = (format: 'csv' | 'jsonl' | 'ftm', q = '', presenter?: Presenter) => [...exportChunks(store, q, format, presenter)].join('');

async function parseCsv(csv: string): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for await (const item of readCsv((async function* () { yield { text: csv, bytes: csv.length }; })(), 'export.csv')) {
    if (item.ok) rows.push(item.record);
  }
  return rows;
}

describe('exports', () => {
  it('write every matching letter, across pages, as JSON Lines', () => {
    const lines = text('jsonl').trim().split('\n');
    expect(lines).toHaveLength(451);
    expect(new Set(lines.map((l) => (JSON.parse(l) as { id: string }).id)).size).toBe(451);
    const some = text('jsonl', 'kind:denunciation').trim().split('\n');
    expect(some.length).toBe(store.search({ query: { type: 'field', field: 'kind', value: 'denunciation', column: 1 }, limit: 1, offset: 0, sort: 'date' }).total);
  });

  it('write CSV that a CSV reader reads back field for field, with formulas defused', async () => {
    const rows = await parseCsv(text('csv', 'year:2030'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'x-1', subject: `'=HYPERLINK("http://evil")`, body: 'Он сказал: "уходи", и ушёл;\nпотом, вернулся.' });
    expect(csvField('+375 29 000')).toBe("'+375 29 000");
    expect(csvField('a,b')).toBe('"a,b"');
    const all = await parseCsv(text('csv'));
    expect(all).toHaveLength(451);
  });

  it('write FollowTheMoney entities the model accepts, one Person per sender', () => {
    const model = new Model(defaultModel);
    const entities = text('ftm').trim().split('\n').map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> });
    for (const e of entities) expect(() => model.getEntity(e)).not.toThrow();
    const docs = entities.filter((e) => e.schema === 'Document');
    const people = entities.filter((e) => e.schema === 'Person');
    expect(docs).toHaveLength(451);
    expect(people.length).toBeGreaterThan(100);
    expect(new Set(people.map((p) => p.id)).size).toBe(people.length);
    const senders = new Set(generated.filter((g) => g.record.sender?.name).map((g) => store.getLetter(g.truth.id)!.derived.sender_group));
    expect(people.length).toBe(senders.size);
    expect(docs.find((d) => d.id === 'zvarot-letter-x-1')?.properties).toMatchObject({ title: ['=HYPERLINK("http://evil")'], date: ['2030-01-01'] });
  });

  it("hold no personal data in a researcher's export, in any format", () => {
    const researcher = new Presenter({ role: 'researcher' }, store.secret());
    const secrets = new Set<string>();
    for (const { record, truth } of generated) {
      for (const s of truth.pii) secrets.add(record.body.slice(s.start, s.end));
      for (const v of Object.values(record.sender ?? {})) if (typeof v === 'string' && v.length > 4) secrets.add(v);
    }
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const format of ['csv', 'jsonl', 'ftm'] as const) {
      // Decoded, so that a JSON-escaped line break before a name does not hide it.
      const out = format === 'csv' ? text(format, '', researcher) : text(format, '', researcher).split('\n').filter(Boolean).map((l) => JSON.stringify(JSON.parse(l), null, 0).replace(/\\n/g, '\n')).join('\n');
      const leaks = [...secrets].filter((s) => out.includes(s) && new RegExp(`(?<![\\p{L}\\p{N}])${escape(s)}(?![\\p{L}\\p{N}])`, 'u').test(out));
      expect(leaks, format).toEqual([]);
    }
    const people = text('ftm', '', researcher).trim().split('\n').map((l) => JSON.parse(l) as { schema: string; properties: Record<string, string[]> }).filter((e) => e.schema === 'Person');
    for (const p of people) {
      expect(p.properties.name?.[0]).toMatch(/^Person [0-9A-F]{6}$/);
      expect(p.properties.phone).toBeUndefined();
    }
  });
});
