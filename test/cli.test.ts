/** The CLI end to end, in process: generate → ingest → search → show, and its errors. */
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/program.js';
import { serveCommand } from '../src/cli/serve.js';

let dir: string;

async function run(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((err += String(s)), true));
  process.exitCode = 0;
  try {
    await main(['node', 'zvarot', ...args]);
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  return { out, err, code };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'zvarot-cli-'));
});
afterEach(() => {
  process.exitCode = 0;
});

describe('zvarot CLI', () => {
  it('generates, ingests idempotently, searches and shows', async () => {
    const letters = path.join(dir, 'l.jsonl');
    const truth = path.join(dir, 't.jsonl');
    const db = path.join(dir, 'a.db');
    expect((await run('generate', '--letters', '600', '--seed', '3', '--out', letters, '--truth', truth)).code).toBe(0);
    expect(readFileSync(truth, 'utf8').trim().split('\n')).toHaveLength(600);

    const first = await run('ingest', letters, '--db', db, '--json');
    expect(first.code).toBe(0);
    const files = [{ file: letters, format: 'jsonl', encoding: 'utf-8' }];
    expect(JSON.parse(first.out)).toEqual({ read: 600, stored: 600, updated: 0, unchanged: 0, rejected: [], warnings: [], files, links: expect.objectContaining({ letters: 600 }) });
    const second = await run('ingest', letters, '--db', db, '--json');
    expect(JSON.parse(second.out)).toEqual({ read: 600, stored: 0, updated: 0, unchanged: 600, rejected: [], warnings: [], files, links: null });

    const s = await run('search', 'прошу', '--db', db, '--limit', '5', '--json');
    const res = JSON.parse(s.out);
    expect(res.total).toBeGreaterThan(5);
    expect(res.hits).toHaveLength(5);
    for (const h of res.hits) {
      expect(Object.keys(h).sort()).toEqual(['flags', 'highlights', 'id', 'kind', 'lang', 'place', 'received_at', 'score', 'snippet', 'subject']);
      // the word is highlighted in the snippet, unless only the subject matched
      if (h.highlights.length === 0) expect(h.subject).toMatch(/прош/i);
    }
    expect(res.hits.filter((h: { highlights: unknown[] }) => h.highlights.length > 0).length).toBeGreaterThan(2);
    expect(Object.keys(res.facets).sort()).toEqual(['campaign', 'channel', 'flags', 'has_response', 'kind', 'lang', 'location', 'month', 'oblast', 'org', 'person', 'place', 'tag', 'year']);

    const shown = JSON.parse((await run('show', res.hits[0].id, '--db', db, '--json')).out);
    expect(shown).toMatchObject({ id: res.hits[0].id, body: expect.any(String), derived: { lang: expect.stringMatching(/^(ru|be|mixed)$/), sender_group: expect.any(String), classes: {} } });

    // A reporter labels 300 letters (complaint or not) and the archive learns the category.
    const gold = readFileSync(truth, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; kind: string });
    const csv = path.join(dir, 'labels.csv');
    writeFileSync(csv, ['id,label', ...gold.slice(0, 300).map((t) => `${t.id},${t.kind === 'complaint' ? 'complaint' : 'other'}`), 'no-such-letter,other', 'x,'].join('\n') + '\n');
    const trained = await run('train', 'complaints', '--labels', csv, '--db', db, '--json');
    expect(trained.code).toBe(0);
    const report = JSON.parse(trained.out);
    expect(report.examples).toBe(300);
    expect(report.skipped.map((r: { line: number; code: string }) => [r.line, r.code])).toEqual([
      [302, 'E_TRAIN_LABELS'],
      [303, 'E_TRAIN_LABELS'],
    ]);
    expect(report.crossValidation.accuracy).toBeGreaterThan(report.crossValidation.majority.accuracy);
    expect(report.applied.complaint + report.applied.other).toBe(600);
    // Its labels are a facet and a filter, and on the letter.
    const c = JSON.parse((await run('search', 'class:complaints=complaint', '--db', db, '--limit', '1', '--json')).out);
    expect(c.total).toBe(report.applied.complaint);
    expect(c.facets['class:complaints']).toEqual([{ value: 'complaint', count: report.applied.complaint }]);
    const one = JSON.parse((await run('show', c.hits[0].id, '--db', db, '--json')).out);
    expect(one.derived.classes).toEqual({ complaints: 'complaint' });
    // Letters it was not trained on: what it calls a complaint mostly is one.
    const kindOf = new Map(gold.map((t) => [t.id, t.kind]));
    const called = JSON.parse((await run('search', 'class:complaints=complaint', '--db', db, '--limit', '200', '--json')).out).hits.map((h: { id: string }) => h.id) as string[];
    const unseen = called.filter((id) => !gold.slice(0, 300).some((t) => t.id === id));
    expect(unseen.length).toBeGreaterThan(10);
    expect(unseen.filter((id) => kindOf.get(id) === 'complaint').length / unseen.length).toBeGreaterThan(0.7);
    expect((await run('train', 'bad name', '--labels', csv, '--db', db)).code).not.toBe(0);
  });

  it('reports bad lines with their numbers and keeps the rest', async () => {
    const f = path.join(dir, 'bad.jsonl');
    appendFileSync(f, '{"id":"x1","body":"Первое."}\n{"id":"x2","body":\n{"id":"x3","body":"Третье."}\n');
    const r = await run('ingest', f, '--db', path.join(dir, 'b.db'), '--json');
    expect(JSON.parse(r.out)).toMatchObject({ read: 3, stored: 2, rejected: [{ file: f, line: 2, code: 'E_JSON_SYNTAX' }] });
  });

  it('ingests a cp1251 CSV and a MySQL dump with mappings, and inspects them first', async () => {
    const csv = path.join(dir, 'appeals.csv');
    const rows = ['ФИО;текст;дата', 'Иванов Иван Иванович;"Прошу разобраться; сосед шумит";19.12.2021 10:04', 'Петрова А.А.;Благодарю участкового;20.12.21'];
    const { writeFileSync } = await import('node:fs');
    // cp1251 for the letters used here: А–я sit at 0xC0–0xFF, Ё and ё at 0xA8 and 0xB8
    const cp1251 = (t: string) => Buffer.from([...t].map((ch) => { const c = ch.codePointAt(0) as number; return c < 128 ? c : c === 0x401 ? 0xa8 : c === 0x451 ? 0xb8 : c - 0x350; }));
    writeFileSync(csv, cp1251(rows.join('\r\n') + '\r\n'));
    const ins = JSON.parse((await run('inspect', csv, '--json')).out);
    expect(ins).toMatchObject({ format: 'csv', encoding: 'windows-1251' });
    expect(ins.tables[0].proposal.mapping).toMatchObject({ body: 'текст', received_at: 'дата', 'sender.name': 'ФИО' });
    const r = JSON.parse((await run('ingest', csv, '--db', path.join(dir, 'c.db'), '--json')).out);
    expect(r).toMatchObject({ read: 2, stored: 2, rejected: [], files: [{ file: csv, format: 'csv', encoding: 'windows-1251' }] });
    const found = JSON.parse((await run('search', 'сосед', '--db', path.join(dir, 'c.db'), '--json')).out);
    expect(found.hits.map((h: { received_at: string }) => h.received_at)).toEqual(['2021-12-19T10:04:00+03:00']);

    const sql = path.join(dir, 'dump.sql');
    writeFileSync(
      sql,
      "CREATE TABLE `obr` (`id` int, `fio` varchar(200), `txt` text, `created` datetime);\n" +
        "INSERT INTO `obr` VALUES (1,'Сидоров С.С.','Сообщаю о краже в подъезде.\\nПрошу принять меры.','2020-09-01 12:00:00'),(2,NULL,'It\\'s a test','2020-09-02 13:00:00');\n" +
        "INSERT INTO `obr` VALUES (3,'Кто-то','обрыв",
    );
    const d = JSON.parse((await run('ingest', sql, '--db', path.join(dir, 's.db'), '--table', 'obr', '--map', 'body=txt', '--map', 'received_at=created', '--map', 'sender.name=fio', '--map', 'id=id', '--json')).out);
    expect(d).toMatchObject({ read: 3, stored: 2, rejected: [{ file: sql, line: 3, code: 'E_SQL_TRUNCATED' }] });
    const shown = JSON.parse((await run('show', '1', '--db', path.join(dir, 's.db'), '--json')).out);
    expect(shown).toMatchObject({ id: '1', body: 'Сообщаю о краже в подъезде.\nПрошу принять меры.', received_at: '2020-09-01T12:00:00+03:00', sender: { name: 'Сидоров С.С.' } });
  });

  it('says what went wrong, with a code, for a malformed query and a missing archive', async () => {
    const q = await run('search', 'сын "прошу', '--db', path.join(dir, 'a.db'));
    expect(q.code).toBe(2);
    expect(q.err).toMatch(/^zvarot: E_QUERY_SYNTAX: .*column 5/);
    const m = await run('search', 'сын', '--db', path.join(dir, 'none.db'));
    expect(m.code).toBe(2);
    expect(m.err).toContain('E_DB_MISSING');
    const g = await run('generate', '--letters', '0', '--out', path.join(dir, 'z.jsonl'));
    expect(g.err).toContain('E_OPTION_RANGE');
  });
});

describe('zvarot language tools', () => {
  async function withStdin(input: string, ...args: string[]) {
    const { Readable } = await import('node:stream');
    const stdin = Readable.from([input]);
    const orig = Object.getOwnPropertyDescriptor(process, 'stdin');
    Object.defineProperty(process, 'stdin', { value: stdin, configurable: true });
    try {
      return await run(...args);
    } finally {
      if (orig) Object.defineProperty(process, 'stdin', orig);
    }
  }

  it('refuses a stale archive until reindex, which brings its letters back to search', async () => {
    const letters = path.join(dir, 'stale.jsonl');
    const db = path.join(dir, 'stale.db');
    await run('generate', '--letters', '50', '--seed', '5', '--out', letters);
    await run('ingest', letters, '--db', db, '--json');
    const before = JSON.parse((await run('search', 'прошу', '--db', db, '--json')).out) as { total: number };
    expect(before.total).toBeGreaterThan(0);
    const raw = new Database(db);
    raw.exec("UPDATE meta SET value = '2' WHERE key = 'analyzer'");
    raw.close();
    const serve = await run('serve', '--db', db, '--port', '0');
    expect(serve.code).toBe(2);
    expect(serve.err).toMatch(/E_DB_STALE.*zvarot reindex --db/);
    expect((await run('search', 'прошу', '--db', db)).err).toMatch(/E_DB_STALE/);
    expect((await run('reindex', '--db', db)).code).toBe(0);
    const after = JSON.parse((await run('search', 'прошу', '--db', db, '--json')).out) as { total: number };
    expect(after.total).toBe(before.total);
  });

  it('manages users with passwords on stdin, serves beyond loopback only with users, and shows a researcher pseudonyms', async () => {
    const letters = path.join(dir, 'users.jsonl');
    const db = path.join(dir, 'users.db');
    await run('generate', '--letters', '80', '--seed', '9', '--out', letters);
    await run('ingest', letters, '--db', db, '--json');
    const open = await run('serve', '--db', db, '--port', '0', '--host', '0.0.0.0');
    expect(open.code).toBe(2);
    expect(open.err).toMatch(/E_NOT_LOOPBACK/);
    expect((await withStdin('short\n', 'user', 'add', 'anna', '--role', 'editor', '--db', db, '--password-stdin')).err).toMatch(/E_USER.*at least 12/);
    expect((await withStdin('long-enough-password\n', 'user', 'add', 'anna', '--role', 'boss', '--db', db, '--password-stdin')).err).toMatch(/E_USER/);
    expect((await run('user', 'add', 'anna', '--role', 'editor', '--db', db)).err).toMatch(/E_USAGE.*--password-stdin/);
    expect((await withStdin('long-enough-password\n', 'user', 'add', 'anna', '--role', 'editor', '--db', db, '--password-stdin')).out).toMatch(/Added anna \(editor\)/);
    expect((await withStdin('another-long-password\n', 'user', 'add', 'res', '--role', 'researcher', '--db', db, '--password-stdin')).code).toBe(0);
    const list = JSON.parse((await run('user', 'list', '--db', db, '--json')).out) as { name: string; role: string }[];
    expect(list.map((u) => [u.name, u.role])).toEqual([
      ['anna', 'editor'],
      ['res', 'researcher'],
    ]);
    const raw = new Database(db);
    expect(JSON.stringify(raw.prepare('SELECT * FROM users').all())).not.toContain('long-enough-password');
    raw.close();
    expect((await withStdin('a-third-long-password\n', 'user', 'passwd', 'anna', '--db', db, '--password-stdin')).code).toBe(0);
    expect((await run('user', 'remove', 'res', '--db', db)).code).toBe(0);
    expect((await run('user', 'remove', 'res', '--db', db)).err).toMatch(/E_USER.*no user "res"/);
    // Every change of a user is in the audit log, whose chain holds until someone edits it.
    const log = JSON.parse((await run('audit', 'list', '--db', db, '--json')).out) as { action: string; detail: { name: string } }[];
    expect(log.map((e) => `${e.action} ${e.detail.name}`)).toEqual(['user.add anna', 'user.add res', 'user.passwd anna', 'user.remove res']);
    const ok = await run('audit', 'verify', '--db', db);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/holds: 4 entries/);
    const tamper = new Database(db);
    tamper.exec("UPDATE audit SET actor = 'someone-else' WHERE seq = 2");
    tamper.close();
    const bad = await run('audit', 'verify', '--db', db, '--json');
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.out)).toMatchObject({ ok: false, broken: { seq: 2 } });
    // With a user, the server may listen beyond loopback.
    const o = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const served = await serveCommand({ db, port: 0, host: '0.0.0.0' });
      expect(o.mock.calls.map((c) => String(c[0])).join('')).toMatch(/behind HTTPS/);
      await served.close();
    } finally {
      o.mockRestore();
    }
    // What a researcher sees: the sender's phone masked, in show and in search.
    const first = JSON.parse(readFileSync(letters, 'utf8').split('\n')[0] as string) as { id: string; sender?: { phone?: string } };
    const shown = JSON.parse((await run('show', first.id, '--db', db, '--as', 'researcher', '--json')).out) as { sender: { phone?: string; name?: string } | null; body: string };
    if (first.sender?.phone) expect(shown.sender?.phone).toMatch(/•• ••• ••\d\d \[[0-9A-F]{6}\]/);
    expect((await run('show', first.id, '--db', db, '--as', 'boss')).code).not.toBe(0);
  });

  it('creates an encrypted archive that opens only with its key', async () => {
    const letters = path.join(dir, 'enc.jsonl');
    const db = path.join(dir, 'enc.db');
    await run('generate', '--letters', '30', '--seed', '2', '--out', letters);
    expect((await run('ingest', letters, '--db', db, '--encrypt')).err).toMatch(/E_DB_KEY.*needs a key/);
    process.env.ZVAROT_KEY = 'a long and secret archive key';
    try {
      expect((await run('ingest', letters, '--db', db, '--encrypt', '--json')).code).toBe(0);
      expect(JSON.parse((await run('search', 'прошу', '--db', db, '--json')).out).total).toBeGreaterThan(0);
    } finally {
      delete process.env.ZVAROT_KEY;
    }
    const locked = await run('search', 'прошу', '--db', db);
    expect(locked.code).toBe(1);
    expect(locked.err).toMatch(/E_DB_KEY.*is encrypted/);
    expect(readFileSync(db).includes(Buffer.from('SQLite format 3'))).toBe(false);
  });

  it('stems one word per line, folding case and ё', async () => {
    const r = await withStdin('Заявлений\nзаявлением\n\nМогилёве\n', 'stem', '--lang', 'ru');
    const [a, b, empty, c] = r.out.split('\n');
    expect(a).toBe(b);
    expect(empty).toBe('');
    expect(c).toBe((await withStdin('могилеве\n', 'stem', '--lang', 'ru')).out.trim());
  });

  it('classifies one letter from stdin, with evidence offsets into the input', async () => {
    const text = 'Здравствуйте. В августе 2020 года я ходила на марш в Гродно. Глубоко раскаиваюсь и больше так не буду.';
    const r = await withStdin(text, 'classify', '--json');
    expect(r.code).toBe(0);
    const c = JSON.parse(r.out) as { kind: string; flags: string[]; scores: Record<string, number>; evidence: { for: string; start: number; end: number; text: string }[] };
    expect(c.kind).toBe('self_denunciation');
    expect(c.flags).toEqual(expect.arrayContaining(['recantation', 'mentions_2020_protests']));
    expect(c.scores.self_denunciation).toBeGreaterThan(c.scores.appeal as number);
    for (const e of c.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
    const plain = await withStdin('Благодарю участкового за помощь.', 'classify');
    expect(plain.out).toMatch(/^kind: gratitude/);
  });

  it('lists entities with canonical ids and exact offsets', async () => {
    const text = 'Вчера в Магілёве видел Виктара Бабарыку? Нет, в Могилёве был Бабарико В.Д.';
    const r = await withStdin(text, 'entities', '--json');
    expect(r.code).toBe(0);
    const es = JSON.parse(r.out) as { type: string; start: number; end: number; text: string; id: string }[];
    for (const e of es) expect(text.slice(e.start, e.end)).toBe(e.text);
    const places = es.filter((e) => e.type === 'LOC');
    expect(places.length).toBe(2);
    expect(places[0]?.id).toBe(places[1]?.id);
  });

  it('names the language of each line', async () => {
    const r = await withStdin('Прошу разобраться с моим заявлением\nПрашу разабрацца з маёй заявай\nPlease help\n', 'langid');
    expect(r.out).toBe('ru\nbe\nen\n');
  });

  it('romanises line by line under a scheme, reads Latin back, and refuses an unknown scheme', async () => {
    expect((await withStdin('Магілёў\nЦіханоўская\n', 'translit', '--scheme', 'be_national')).out).toBe('Mahilioŭ\nCichanoŭskaja\n');
    expect((await withStdin('Юлия Щеглова\n', 'translit', '--scheme', 'icao_doc_9303')).out).toBe('Iuliia Shcheglova\n');
    const back = await withStdin('Mahilau\n', 'translit', '--reverse', '--lang', 'be');
    expect(back.out.split(' ')[0]).toBe('магілаў');
    const bad = await withStdin('x\n', 'translit', '--scheme', 'klingon');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('E_OPTION_RANGE');
  });

  it('prints one cross-script key per line', async () => {
    const r = await withStdin('Mahilau\nу Магілёве\nMogilev\nГомель\n', 'key');
    const [a, b, c, d] = r.out.split('\n');
    expect(a).toBe(c);
    expect(b).toBe(a); // the preposition has no consonant, so no key of its own
    expect(d).not.toBe(a);
  });

  it('prints the gazetteer entry for any spelling, and a coded error for none', async () => {
    expect(JSON.parse((await run('place', 'Mahilau')).out)).toMatchObject({ id: 'mahilyow', oblast: 'mahilyow', ru: { nom: 'Могилёв' } });
    const none = await run('place', 'Атлантида');
    expect(none.code).toBe(2);
    expect(none.err).toContain('E_PLACE_UNKNOWN');
  });
});
