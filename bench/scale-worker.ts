/**
 * One side of the scale benchmark, alone in its process so that its peak RSS is its own:
 *   build ARCHIVE LETTERS   generate LETTERS demo letters and ingest them into ARCHIVE;
 *   query ARCHIVE           run the query set through zvarot's search path and through raw FTS5.
 * Prints one JSON line.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { rmSync, statSync } from 'node:fs';
import { writeCorpus } from '../src/demo/index.js';
import { ingestFiles } from '../src/ingest/index.js';
import { parseQuery } from '../src/query/parse.js';
import { search } from '../src/query/search.js';
import { compileQuery } from '../src/store/sqlite/compile.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { SCALE_QUERIES } from './scale-queries.js';

const RUNS = 5;
const rss = () => process.resourceUsage().maxRSS / 1024;

async function build(db: string, letters: number): Promise<void> {
  const jsonl = `${db}.jsonl`;
  let t0 = performance.now();
  await writeCorpus({ letters, seed: 1, out: jsonl });
  const generate_s = (performance.now() - t0) / 1000;
  rmSync(db, { force: true });
  const store = openSqliteStore(db);
  t0 = performance.now();
  const report = await ingestFiles(store, [jsonl], { batchSize: 2000 });
  const ingest_s = (performance.now() - t0) / 1000;
  store.close();
  rmSync(jsonl, { force: true });
  process.stdout.write(JSON.stringify({ generate_s, ingest_s, stored: report.stored, rejected: report.rejected.length, bytes: statSync(db).size, rss_mb: rss() }) + '\n');
}

function query(db: string): void {
  const store = openSqliteStore(db, { readonly: true, mustExist: true });
  // The raw peer reads the very same full-text table with the very same MATCH: the same matches,
  // ranked by FTS5 alone, counted, and nothing else (no filters, facets, rows or snippets).
  const raw = new Database(db, { readonly: true });
  raw.pragma('cache_size = -64000');
  const top = raw.prepare('SELECT rowid FROM letters_fts WHERE letters_fts MATCH ? ORDER BY bm25(letters_fts, 2.0, 1.0, 1.5, 1.0) LIMIT 20');
  const count = raw.prepare('SELECT count(*) FROM letters_fts WHERE letters_fts MATCH ?').pluck();
  const inVocabulary = raw.prepare("SELECT 1 FROM letters_vocab WHERE col = 'exact' AND term = ?");
  const known = (forms: string[]) => forms.filter((f) => inVocabulary.get(f) !== undefined);
  const t0 = performance.now();
  search(store, { q: 'прошу', limit: 20 });
  const first_ms = performance.now() - t0;
  const out: Record<string, { zvarot: number[]; raw: number[] | null; total: number }> = {};
  for (const q of SCALE_QUERIES) {
    const compiled = compileQuery(parseQuery(q.q), { known });
    const textOnly = compiled.match !== null && compiled.where === '1' ? compiled.match : null;
    const z: number[] = [];
    const r: number[] = [];
    let total = 0;
    for (let i = 0; i <= RUNS; i++) {
      let t = performance.now();
      total = search(store, { q: q.q, limit: 20 }).total;
      if (i > 0) z.push(performance.now() - t);
      if (textOnly) {
        t = performance.now();
        top.all(textOnly);
        const n = count.get(textOnly) as number;
        if (i > 0) r.push(performance.now() - t);
        if (n !== total) throw new Error(`raw FTS5 matched ${n} letters for ${q.q}, zvarot ${total}`);
      }
    }
    out[q.q] = { zvarot: z, raw: textOnly ? r : null, total };
  }
  store.close();
  raw.close();
  process.stdout.write(JSON.stringify({ first_ms, queries: out, rss_mb: rss() }) + '\n');
}

const [mode, db, letters] = process.argv.slice(2);
if (mode === 'build' && db && letters) await build(db, Number(letters));
else if (mode === 'query' && db) query(db);
else {
  process.stderr.write('usage: scale-worker.js build ARCHIVE LETTERS | query ARCHIVE\n');
  process.exit(2);
}
