/**
 * Lemma retrieval on real text: every sentence of the UD dev splits becomes a letter; for every gold
 * lemma with at least two distinct forms, the lemma is the query, and the returned sentences are
 * compared with those that contain any form of it. Recall and precision are averaged over lemmas.
 * Beside zvarot, in the same run: plain SQLite FTS5 (unicode61) and Orama with its Russian stemmer.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { create, insert, search as oramaSearch } from '@orama/orama';
import { stemmer as russianStemmer, language as russianLanguage } from '@orama/stemmers/russian';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { prepareLetter } from '../src/ingest/index.js';
import { parseQuery } from '../src/query/parse.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import type { EvalRow, Evaluation } from './table.js';
import { isWord, readConllu, type UdSentence } from './ud.js';

const SPLITS = [
  { lang: 'ru', file: path.join('ud-russian-gsd', 'ru_gsd-ud-dev.conllu') },
  { lang: 'be', file: path.join('ud-belarusian-hse', 'be_hse-ud-dev.conllu') },
] as const;

interface Task {
  lemma: string;
  relevant: Set<number>;
}

/** Lemmas with two or more distinct forms, and the sentences that hold any of those forms. */
function tasks(sentences: UdSentence[]): Task[] {
  const forms = new Map<string, Set<string>>();
  for (const s of sentences) {
    for (const t of s.tokens) {
      if (!isWord(t) || !/^[\p{L}'-]+$/u.test(t.lemma)) continue;
      const lemma = t.lemma.toLowerCase();
      const set = forms.get(lemma) ?? new Set<string>();
      set.add(t.form.toLowerCase());
      forms.set(lemma, set);
    }
  }
  const out: Task[] = [];
  for (const [lemma, fs] of forms) {
    if (fs.size < 2) continue;
    const relevant = new Set<number>();
    sentences.forEach((s, i) => {
      if (s.tokens.some((t) => isWord(t) && fs.has(t.form.toLowerCase()))) relevant.add(i);
    });
    out.push({ lemma, relevant });
  }
  return out;
}

function score(tasksList: Task[], run: (lemma: string) => Set<number>): { recall: number; precision: number } {
  let r = 0;
  let p = 0;
  for (const t of tasksList) {
    const got = run(t.lemma);
    let hit = 0;
    for (const i of got) if (t.relevant.has(i)) hit++;
    r += hit / t.relevant.size;
    p += got.size === 0 ? 1 : hit / got.size;
  }
  return { recall: r / tasksList.length, precision: p / tasksList.length };
}

function zvarot(sentences: UdSentence[]): (lemma: string) => Set<number> {
  const store = openSqliteStore(':memory:');
  store.putBatch(
    sentences.map((s, i) => prepareLetter({ id: String(i), body: s.text }, { file: 'ud', line: i + 1 })),
    'eval',
  );
  return (lemma) => new Set(store.search({ query: parseQuery(lemma), limit: 100_000, offset: 0, sort: 'date' }).hits.map((h) => Number(h.id)));
}

function fts5(sentences: UdSentence[]): (lemma: string) => Set<number> {
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 0')");
  const ins = db.prepare('INSERT INTO t (rowid, body) VALUES (?, ?)');
  db.transaction(() => sentences.forEach((s, i) => ins.run(i, s.text)))();
  const q = db.prepare('SELECT rowid AS id FROM t WHERE t MATCH ?');
  return (lemma) => new Set((q.all(`"${lemma.replace(/"/g, '""')}"`) as { id: number }[]).map((r) => r.id));
}

async function orama(sentences: UdSentence[]): Promise<(lemma: string) => Promise<Set<number>>> {
  const db = create({
    schema: { body: 'string' } as const,
    components: { tokenizer: { stemming: true, stemmer: russianStemmer, language: russianLanguage } },
  });
  for (const [i, s] of sentences.entries()) await insert(db, { id: String(i), body: s.text });
  return async (lemma) => {
    const res = await oramaSearch(db, { term: lemma, properties: ['body'], limit: 100_000, tolerance: 0 });
    return new Set(res.hits.map((h) => Number(h.id)));
  };
}

export const retrievalEval: Evaluation = async (dataDir) => {
  const title = 'Lemma retrieval on UD dev sentences (query = lemma; relevant = sentences with any of its forms)';
  const missing = SPLITS.map((s) => path.join(dataDir, s.file)).filter((f) => !existsSync(f));
  if (missing.length) return { title, rows: [], skipped: `missing ${missing.join(', ')}` };
  const rows: EvalRow[] = [];
  for (const split of SPLITS) {
    const sentences = readConllu(path.join(dataDir, split.file));
    const list = tasks(sentences);
    const detail = `${list.length} lemmas, ${sentences.length} sentences`;
    const z = score(list, zvarot(sentences));
    const f = score(list, fts5(sentences));
    const oramaRun = await orama(sentences);
    const answers = new Map<string, Set<number>>();
    for (const t of list) answers.set(t.lemma, await oramaRun(t.lemma));
    const o = score(list, (l) => answers.get(l) ?? new Set());
    rows.push(
      { metric: `recall, ${split.lang}`, system: 'zvarot', value: z.recall, must: 0.95, detail },
      { metric: `precision, ${split.lang}`, system: 'zvarot', value: z.precision, must: 0.9, detail },
      { metric: `recall, ${split.lang}`, system: 'SQLite FTS5 unicode61', value: f.recall },
      { metric: `precision, ${split.lang}`, system: 'SQLite FTS5 unicode61', value: f.precision },
      { metric: `recall, ${split.lang}`, system: 'Orama + Russian stemmer', value: o.recall },
      { metric: `precision, ${split.lang}`, system: 'Orama + Russian stemmer', value: o.precision },
    );
  }
  return { title, rows };
};
