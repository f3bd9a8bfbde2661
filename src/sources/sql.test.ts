import { describe, expect, it } from 'vitest';
import { readSql, SqlDumpParser } from './sql.js';
import { chunked, collect, flatten } from './testkit.js';

const read = async (text: string, opts = {}, size = 5) => flatten(await collect(readSql(chunked(text, size), 'dump.sql', opts)));

describe('mysqldump', () => {
  const dump = [
    '-- MySQL dump 10.13  Distrib 8.0.36',
    '/*!40101 SET NAMES utf8mb4 */;',
    'DROP TABLE IF EXISTS `letters`;',
    'CREATE TABLE `letters` (',
    '  `id` int NOT NULL AUTO_INCREMENT,',
    '  `fio` varchar(255) DEFAULT NULL,',
    "  `text` text COMMENT 'body; with a semicolon',",
    '  `created_at` datetime DEFAULT NULL,',
    '  `photo` blob,',
    '  PRIMARY KEY (`id`),',
    '  KEY `idx_fio` (`fio`)',
    ') ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;',
    'LOCK TABLES `letters` WRITE;',
    "INSERT INTO `letters` VALUES (1,'Іваноў І.','Прошу\\nразобраться \\'срочно\\' \\\"да\\\" \\\\ 50\\% \\_x\\0\\Z\\t\\b\\r','2021-12-19 10:04:00',NULL),",
    "(2,_binary 'bin''ary',0x416E6E61,'2021-12-20 11:00:00',X'FF00'),(3,'a',-1.5e3,NULL,TRUE);",
    'UNLOCK TABLES;',
    "INSERT INTO `other` (`k`, `v`) VALUES ('x', 42);",
    '',
  ].join('\n');

  it('reads every row with its line, escapes, binary and hex literals, and column names from CREATE TABLE', async () => {
    expect(await read(dump)).toEqual([
      { line: 14, table: 'letters', record: { id: 1, fio: 'Іваноў І.', text: 'Прошу\nразобраться \'срочно\' "да" \\ 50\\% \\_x\0\x1a\t\b\r', created_at: '2021-12-19 10:04:00', photo: null } },
      { line: 15, table: 'letters', record: { id: 2, fio: "bin'ary", text: 'Anna', created_at: '2021-12-20 11:00:00', photo: '0xFF00' } },
      { line: 15, table: 'letters', record: { id: 3, fio: 'a', text: -1500, created_at: null, photo: true } },
      { line: 17, table: 'other', record: { k: 'x', v: 42 } },
    ]);
  });

  it('gives the same rows whatever the chunk size', async () => {
    const whole = await read(dump, {}, 1 << 20);
    for (const size of [1, 2, 3, 13, 64]) expect(await read(dump, {}, size)).toEqual(whole);
  });

  it('reads a comment split across chunks ("-" | "- …") as a comment, and reports an error after it on the same line', async () => {
    // A statement missing its ";" runs into the next line's comment: the error is at the next statement, line 3.
    const text = "INSERT INTO t VALUES (1, 'a')-- note\n/* block */\nINSERT INTO t VALUES (2);\n";
    const lines = (xs: Awaited<ReturnType<typeof read>>) => xs.map((x) => ('code' in x ? [x.line, x.code] : [x.line]));
    const whole = lines(await read(text, { dialect: 'postgres' }, 1 << 20));
    expect(whole).toEqual([[1], [3, 'E_SQL_SYNTAX']]);
    for (let size = 1; size <= 12; size++) expect(lines(await read(text, { dialect: 'postgres' }, size)), `chunks of ${size}`).toEqual(whole);
  });

  it('reads only the chosen table, and says so when the dump lacks it', async () => {
    expect(await read(dump, { table: 'other' })).toEqual([{ line: 17, table: 'other', record: { k: 'x', v: 42 } }]);
    expect(await read(dump, { table: 'nope' })).toEqual([{ code: 'E_SQL_TABLE', message: 'the dump has no table "nope"; tables: letters, other' }]);
  });

  it('keeps the rows before a truncated INSERT and reports where it broke', async () => {
    const cut = "CREATE TABLE t (a int, b text);\nINSERT INTO t VALUES (1,'one'),\n(2,'two'),\n(3,'thr";
    expect(await read(cut)).toEqual([
      { line: 2, table: 't', record: { a: 1, b: 'one' } },
      { line: 3, table: 't', record: { a: 2, b: 'two' } },
      { line: 4, code: 'E_SQL_TRUNCATED', message: 'the dump ends inside the INSERT for table t at line 4' },
    ]);
  });

  it('rejects a broken row, skips the rest of that statement, and reads on', async () => {
    const bad = "INSERT INTO t (a) VALUES (1),(2 3),(4);\nINSERT INTO t (a) VALUES (5);\n";
    expect(await read(bad)).toEqual([
      { line: 1, table: 't', record: { a: 1 } },
      { line: 1, code: 'E_SQL_SYNTAX', message: 'row of t at line 1: expected "," or ")" but found "3),(4);\\nINSERT INTO "' },
      { line: 2, table: 't', record: { a: 5 } },
    ]);
  });

  it('reads REPLACE, double-quoted MySQL strings and pg OVERRIDING SYSTEM VALUE', async () => {
    expect(await read(`REPLACE INTO t (a, b) VALUES ("say ""hi"" \\"x\\"", 'y');`)).toEqual([{ line: 1, table: 't', record: { a: 'say "hi" "x"', b: 'y' } }]);
    expect(await read('-- PostgreSQL database dump\nINSERT INTO public.t (a) OVERRIDING SYSTEM VALUE VALUES (1);')).toEqual([{ line: 2, table: 'public.t', record: { a: 1 } }]);
  });

  it('names values by position when there is no column list, and warns when counts differ', async () => {
    expect(await read("CREATE TABLE t (a int);\nINSERT INTO t VALUES (1,'x');\nINSERT INTO u VALUES (7);")).toEqual([
      { line: 2, table: 't', record: { a: 1, col2: 'x' }, warnings: ['E_SQL_COLUMNS'] },
      { line: 3, table: 'u', record: { col1: 7 } },
    ]);
  });
});

describe('streaming', () => {
  it('holds one chunk and one row, not the statement, while reading a 6 MB INSERT', () => {
    const row = (i: number) => `(${i},'Прошу разобраться, письмо номер ${i}; \\'цитата\\' (в скобках)')`;
    const parser = new SqlDumpParser('big.sql', { dialect: 'mysql' });
    let rows = 0;
    let peak = 0;
    let text = 'INSERT INTO t (id, body) VALUES ';
    for (let i = 1; i <= 80000; i++) {
      text += (i > 1 ? ',' : '') + row(i);
      if (text.length >= 65536 || i === 80000) {
        for (const it of parser.push(i === 80000 ? `${text};\n` : text, 0)) if (it.ok) rows++;
        peak = Math.max(peak, parser.buffered);
        text = '';
      }
    }
    for (const it of parser.end()) if (it.ok) rows++;
    expect(rows).toBe(80000);
    expect(peak).toBeLessThan(70000);
  });
});

describe('pg_dump', () => {
  const dump = [
    '--',
    '-- PostgreSQL database dump',
    '--',
    "SET standard_conforming_strings = on;",
    'CREATE TABLE public.letters (',
    '    id integer NOT NULL,',
    '    body text,',
    '    sender_name character varying(200),',
    '    received_at timestamp with time zone',
    ');',
    'CREATE FUNCTION public.f() RETURNS trigger AS $$ BEGIN RETURN NEW; END; $$ LANGUAGE plpgsql;',
    'COPY public.letters (id, body, sender_name, received_at) FROM stdin;',
    '1\tПрошу\\nпомочь\\tтаб \\\\ \\101\\x42\t\\N\t2021-12-19 10:04:00+03',
    '2\tВторое\tПетров П.\t\\N',
    '\\.',
    "INSERT INTO public.letters VALUES (3, 'it''s a \\n literal', NULL, '2021-12-19'::date);",
    "INSERT INTO public.letters (id, body) VALUES (4, E'esc\\'aped\\n');",
    '',
  ].join('\n');

  it('reads COPY blocks with their escapes and \\N, and INSERT with standard strings', async () => {
    expect(await read(dump)).toEqual([
      { line: 13, table: 'public.letters', record: { id: '1', body: 'Прошу\nпомочь\tтаб \\ AB', sender_name: null, received_at: '2021-12-19 10:04:00+03' } },
      { line: 14, table: 'public.letters', record: { id: '2', body: 'Второе', sender_name: 'Петров П.', received_at: null } },
      { line: 16, table: 'public.letters', record: { id: 3, body: "it's a \\n literal", sender_name: null, received_at: '2021-12-19' } },
      { line: 17, table: 'public.letters', record: { id: 4, body: "esc'aped\n" } },
    ]);
    expect(await read(dump, { table: 'letters' }, 3)).toHaveLength(4);
  });

  it('reports a COPY block cut off by the end of the file, keeping its rows', async () => {
    expect(await read('-- PostgreSQL database dump\nCOPY t (a) FROM stdin;\nx\ny\n')).toEqual([
      { line: 3, table: 't', record: { a: 'x' } },
      { line: 4, table: 't', record: { a: 'y' } },
      { line: 5, code: 'E_SQL_TRUNCATED', message: 'the dump ends inside the COPY block for table t at line 5' },
    ]);
  });
});
