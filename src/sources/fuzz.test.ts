/** Random and mutated input to every reader: no crash, no hang, only catalogued errors. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue, ZvarotError } from '../core/errors.js';
import { readCsv } from './csv.js';
import { parseDate } from './dates.js';
import { detectEncoding, repairMojibake } from './encoding.js';
import { readEml, readMbox } from './email.js';
import { htmlToText } from './html.js';
import { readJson } from './json.js';
import { mapRecord, proposeMapping } from './mapping.js';
import { readSql } from './sql.js';
import { openSource } from './index.js';
import { chunked, collect, tempDir, writeFixture } from './testkit.js';
import type { SourceItem, TextChunks } from './types.js';

const SEEDS: Record<string, string> = {
  csv: 'id;ФИО;текст\n1;"Иванов ""И""";"a\nb"\n2;Петров;x\n',
  json: '[{"id": 1, "body": "Прошу"}, {"id": 2, "body": "a\\"b", "x": [1, {"y": null}]}]',
  mysql: "CREATE TABLE `t` (`a` int, `b` text);\nINSERT INTO `t` VALUES (1,'x\\'y\\n'),(2,_binary 'z'),(0x41,NULL);\n",
  pg: '-- PostgreSQL database dump\nCOPY public.t (a, b) FROM stdin;\n1\tx\\ty\n2\t\\N\n\\.\nINSERT INTO t VALUES (1, \'it\'\'s\');\n',
  mail: 'From x Sun Dec 19 10:04:00 2021\nFrom: =?utf-8?B?0JjQstCw0L0=?= <a@b.c>\nSubject: =?koi8-r?Q?=F0=D2?=\nContent-Type: multipart/mixed; boundary=B\n\n--B\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n=D0=9F=\n--B--\n',
};

// Mutations that produce the usual kinds of broken files: cut, spliced, duplicated, bytes flipped.
const mutated = (seed: string) =>
  fc.tuple(fc.nat(seed.length), fc.nat(seed.length), fc.string({ maxLength: 8, unit: fc.constantFrom('"', "'", '\\', '(', ')', ',', ';', '\n', '[', ']', '{', '}', '\t', 'Я', '\r', '-', '=', '?', 'N') }), fc.nat(3)).map(([a, b, ins, op]) => {
    const [i, j] = a < b ? [a, b] : [b, a];
    if (op === 0) return seed.slice(0, i);
    if (op === 1) return seed.slice(0, i) + ins + seed.slice(j);
    if (op === 2) return seed.slice(0, j) + seed.slice(i);
    return seed.slice(0, i) + ins + seed.slice(i);
  });

const input = (seed: string) => fc.oneof(mutated(seed), fc.string({ maxLength: 200 }), fc.string({ maxLength: 200, unit: fc.constantFrom(...seed) }));

function checkItems(items: SourceItem[]): void {
  for (const it of items) {
    if (it.ok) {
      expect(typeof it.record).toBe('object');
      for (const w of it.warnings ?? []) expect(w).toBeInstanceOf(ZvarotError);
    } else {
      expect(it.error).toBeInstanceOf(ZvarotError);
      expect(Object.keys(catalogue)).toContain(it.error.code);
    }
  }
}

const readers: Record<string, (c: TextChunks) => AsyncIterable<SourceItem>> = {
  csv: (c) => readCsv(c, 'f'),
  json: (c) => readJson(c, 'f'),
  mysql: (c) => readSql(c, 'f', { dialect: 'mysql' }),
  pg: (c) => readSql(c, 'f', { dialect: 'postgres' }),
  mail: (c) => readMbox(c, 'f'),
};

describe('readers under random and mutated input', () => {
  for (const [name, read] of Object.entries(readers)) {
    it(`${name}: never throws, always ends, reports only catalogued codes`, async () => {
      await fc.assert(
        fc.asyncProperty(input(SEEDS[name === 'mail' ? 'mail' : name]!), fc.integer({ min: 1, max: 40 }), async (text, size) => {
          checkItems(await collect(read(chunked(text, size))));
        }),
        { numRuns: 300 },
      );
    });
  }

  it('eml: never throws', async () => {
    await fc.assert(
      fc.asyncProperty(input(SEEDS.mail!), async (text) => {
        checkItems(await collect(readEml(chunked(text, 50), 'f')));
      }),
      { numRuns: 100 },
    );
  });

  it('chunking never changes what a reader yields', async () => {
    for (const [name, read] of Object.entries(readers)) {
      await fc.assert(
        fc.asyncProperty(mutated(SEEDS[name]!), fc.integer({ min: 1, max: 17 }), async (text, size) => {
          const strip = (xs: SourceItem[]) => xs.map((x) => (x.ok ? { line: x.line, r: x.record } : { line: x.line, code: x.error.code }));
          expect(strip(await collect(read(chunked(text, size))))).toEqual(strip(await collect(read(chunked(text, 1 << 20)))));
        }),
        { numRuns: 60 },
      );
    }
  });

  it('text helpers accept anything', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.uint8Array({ maxLength: 300 }), (s, bytes) => {
        expect(typeof htmlToText(s)).toBe('string');
        expect(typeof repairMojibake(s)).toBe('string');
        const d = parseDate(s);
        if (d.ok) expect(d.iso).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
        else expect(d.raw).toBe(s);
        expect(detectEncoding(bytes).encoding).toBeTypeOf('string');
        const m = mapRecord({ a: s, b: s }, { body: 'a', received_at: 'b', 'sender.name': 'a' }, { file: 'f' });
        if (!m.ok) expect(Object.keys(catalogue)).toContain(m.error.code);
        proposeMapping([s], [{ [s]: s }]);
      }),
      { numRuns: 300 },
    );
  });

  it('openSource: random bytes under every extension are read without throwing', async () => {
    const dir = tempDir();
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('.csv', '.json', '.jsonl', '.sql', '.eml', '.mbox', '.html', '.txt', ''), fc.oneof(fc.uint8Array({ maxLength: 400 }), mutated(SEEDS.csv!).map((s) => Buffer.from(s))), async (ext, bytes) => {
        const f = writeFixture(dir, `f${n++}${ext}`, bytes);
        checkItems(await collect((await openSource(f)).records));
      }),
      { numRuns: 120 },
    );
  });
});
