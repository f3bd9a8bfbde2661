/**
 * One system of the search benchmark, alone in its process (`node --expose-gc search-worker.js
 * SYSTEM FILE`): load the appeals, build the index (timed), gc and weigh the heap, one warm-up pass
 * over the queries, then five timed passes; prints one JSON line (WorkerResult) to stdout. Each
 * library is imported only in its own process, so peak RSS and heap belong to that system alone.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import type { SearchResult } from 'minisearch';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUERIES, peerQuery, type BenchQuery, type SystemName, type WorkerResult } from './search.js';
import { median, quantile } from './table.js';

interface Appeal {
  id: number;
  dt: string;
  district: string;
  category: string;
  text: string;
}

/** A built index: answers one query (its own top 20) and says how many letters matched. */
interface Engine {
  setup: string;
  run(q: BenchQuery): number | Promise<number>;
  /** For engines whose timed answer cannot count the whole match set: an untimed count. */
  count?(q: BenchQuery): number | Promise<number>;
  diskBytes?(): number;
  /** Memory while serving, in MiB, when the system measures it itself (zvarot: a process that only opens the archive). */
  servingMb?(): number;
  close?(): void;
}

const RUNS = 5;
const LIMIT = 20;
const CAP = Number(process.env.ZVAROT_BENCH_SEARCH_LETTERS ?? Infinity);
const MiB = 2 ** 20;

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function load(file: string): Appeal[] {
  const out: Appeal[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line) continue;
    if (out.length >= CAP) break;
    const r = JSON.parse(line) as Appeal;
    if (typeof r.text === 'string' && r.text.trim()) out.push(r);
  }
  return out;
}

const yearOf = (a: Appeal) => Number(a.dt.slice(0, 4));
const fileSize = (f: string) => {
  try {
    return statSync(f).size;
  } catch {
    return 0;
  }
};

async function zvarot(rows: Appeal[], dir: string): Promise<Engine> {
  const { openSqliteStore } = await import('../src/store/sqlite/index.js');
  const { prepareLetter } = await import('../src/ingest/index.js');
  const { search } = await import('../src/query/search.js');
  const db = path.join(dir, 'zvarot.db');
  const store = openSqliteStore(db);
  let duplicates = 0;
  for (let i = 0; i < rows.length; i += 2000) {
    const batch = rows.slice(i, i + 2000).map((a, j) =>
      prepareLetter({ id: a.id, body: a.text, received_at: a.dt, place: a.district, subject: a.category }, { file: 'spb', line: i + j + 1 }),
    );
    duplicates += store.putBatch(batch, 'bench').duplicates.length;
  }
  return {
    setup: `prepareLetter + putBatch ×2000 into a temp archive; category as subject${duplicates ? `; ${duplicates} duplicate ids` : ''}`,
    run: (q) => search(store, { q: q.q, limit: LIMIT }).total,
    diskBytes: () => fileSize(db) + fileSize(`${db}-wal`),
    // What a server pays: a fresh process that opens the archive and answers the same queries.
    servingMb: () => {
      store.close();
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), 'zvarot-serve', db], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      return (JSON.parse(out) as { rss_mb: number }).rss_mb;
    },
    close: () => store.close(),
  };
}

/** zvarot-serve ARCHIVE: open the archive, run the query set RUNS + 1 times, print the peak RSS. */
async function serve(db: string): Promise<void> {
  const { openSqliteStore } = await import('../src/store/sqlite/index.js');
  const { search } = await import('../src/query/search.js');
  const store = openSqliteStore(db, { readonly: true, mustExist: true });
  for (let r = 0; r <= RUNS; r++) for (const q of QUERIES) search(store, { q: q.q, limit: LIMIT });
  store.close();
  process.stdout.write(JSON.stringify({ rss_mb: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

/** FTS5 query text: words quoted and ANDed, a phrase as an FTS5 phrase, prefixes as "w"*. */
function ftsMatch(q: BenchQuery): string {
  const p = peerQuery(q);
  const quote = (w: string) => `"${w.replace(/"/g, '""')}"`;
  if (p.phrase) return quote(p.words.join(' '));
  return p.words.map((w) => quote(w) + (p.prefix ? '*' : '')).join(' ');
}

function fts5(rows: Appeal[], dir: string): Engine {
  const file = path.join(dir, 'fts5.db');
  const d = new Database(file);
  d.pragma('journal_mode = WAL');
  d.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 0')");
  const ins = d.prepare('INSERT INTO t (rowid, body) VALUES (?, ?)');
  d.transaction(() => {
    rows.forEach((a, i) => ins.run(i + 1, a.text));
  })();
  const top = d.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rank LIMIT ?').pluck();
  const count = d.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck();
  return {
    setup: 'fts5(body), unicode61 remove_diacritics 0, no stemming; words quoted, phrases as FTS5 phrases, w*; filters ignored (text only)',
    run: (q) => {
      const m = ftsMatch(q);
      top.all(m, LIMIT);
      return count.get(m) as number;
    },
    diskBytes: () => fileSize(file) + fileSize(`${file}-wal`),
    close: () => d.close(),
  };
}

async function minisearch(rows: Appeal[]): Promise<Engine> {
  const { default: MiniSearch } = await import('minisearch');
  const ms = new MiniSearch<{ id: number; text: string; year: number; district: string }>({ fields: ['text'], storeFields: ['year', 'district'] });
  for (const a of rows) ms.add({ id: a.id, text: a.text, year: yearOf(a), district: a.district });
  return {
    setup: 'default Unicode tokenizer + lowercase, no stemmer (none shipped); combineWith AND, prefix for w*, phrases → AND; year/place via filter',
    run: (q) => {
      const p = peerQuery(q);
      const filter =
        p.year !== undefined || p.district !== undefined
          ? (r: SearchResult) => (p.year === undefined || r.year === p.year) && (p.district === undefined || r.district === p.district)
          : undefined;
      const res = ms.search(p.words.join(' '), { combineWith: 'AND', prefix: p.prefix, ...(filter ? { filter } : {}) });
      res.slice(0, LIMIT);
      return res.length;
    },
  };
}

async function orama(rows: Appeal[]): Promise<Engine> {
  const { create, insertMultiple, search } = await import('@orama/orama');
  const { stemmer, language } = await import('@orama/stemmers/russian');
  const db = create({
    schema: { body: 'string', year: 'number', district: 'enum' } as const,
    components: { tokenizer: { stemming: true, stemmer, language } },
  });
  await insertMultiple(
    db,
    rows.map((a) => ({ id: String(a.id), body: a.text, year: yearOf(a), district: a.district })),
    1000,
  );
  return {
    setup: 'Russian stemmer + stop words, threshold 0 (all terms), tolerance 0 (terms match as prefixes); phrases → AND; year/place via where',
    run: async (q) => {
      const p = peerQuery(q);
      const where = {
        ...(p.year !== undefined ? { year: { eq: p.year } } : {}),
        ...(p.district !== undefined ? { district: { eq: p.district } } : {}),
      };
      const res = await search(db, {
        term: p.words.join(' '),
        properties: ['body'],
        limit: LIMIT,
        threshold: 0,
        tolerance: 0,
        ...(Object.keys(where).length ? { where } : {}),
      });
      return res.count;
    },
  };
}

async function flexsearch(rows: Appeal[]): Promise<Engine> {
  const { Index } = await import('flexsearch');
  const ix = new Index({ tokenize: 'forward' });
  for (const a of rows) ix.add(a.id, a.text);
  const words = (q: BenchQuery) => peerQuery(q).words.join(' ');
  return {
    setup: 'Index, tokenize "forward" (every term also a prefix), Default encoder (no Russian stemmer); AND of words, phrases → AND; filters ignored (text only)',
    run: (q) => ix.search(words(q), { limit: LIMIT }).length,
    count: (q) => ix.search(words(q), { limit: 1_000_000 }).length,
  };
}


async function main(): Promise<void> {
  const [system, file] = process.argv.slice(2) as [SystemName, string];
  if (!system || !file) throw new Error('usage: search-worker.js SYSTEM FILE | zvarot-serve ARCHIVE');
  if ((system as string) === 'zvarot-serve') return serve(file);
  let rows: Appeal[] = load(file);
  const docs = rows.length;
  gc();
  const heapBase = process.memoryUsage().heapUsed;
  const dir = mkdtempSync(path.join(tmpdir(), 'zvarot-bench-search-'));
  try {
    const t0 = performance.now();
    let engine: Engine;
    switch (system) {
      case 'zvarot':
        engine = await zvarot(rows, dir);
        break;
      case 'fts5':
        engine = fts5(rows, dir);
        break;
      case 'minisearch':
        engine = await minisearch(rows);
        break;
      case 'orama':
        engine = await orama(rows);
        break;
      case 'flexsearch':
        engine = await flexsearch(rows);
        break;
      default:
        throw new Error(`unknown system ${String(system)}`);
    }
    const buildS = (performance.now() - t0) / 1000;
    process.stderr.write(`bench: search: ${system} built ${docs} letters in ${buildS.toFixed(1)} s\n`);
    rows = [];
    gc();
    const heap = process.memoryUsage().heapUsed;

    const matches: Record<string, number | null> = {};
    const errors: Record<string, string> = {};
    for (const q of QUERIES) {
      try {
        const n = await engine.run(q);
        matches[q.q] = engine.count ? await engine.count(q) : n;
      } catch (e) {
        matches[q.q] = null;
        errors[q.q] = (e as Error).message;
      }
    }
    const live = QUERIES.filter((q) => !(q.q in errors));
    const perQuery = new Map<string, number[]>(live.map((q) => [q.q, []]));
    const all: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      for (const q of live) {
        const t = performance.now();
        await engine.run(q);
        const ms = performance.now() - t;
        perQuery.get(q.q)?.push(ms);
        all.push(ms);
      }
    }
    const result: WorkerResult = {
      system,
      docs,
      build_s: buildS,
      p50_ms: median(all),
      p95_ms: quantile(all, 0.95),
      rss_mb: process.resourceUsage().maxRSS / 1024,
      heap_mb: heap / MiB,
      heap_base_mb: heapBase / MiB,
      ...(engine.diskBytes ? { disk_mb: engine.diskBytes() / MiB } : {}),
      serving_mb: engine.servingMb ? engine.servingMb() : process.memoryUsage().rss / MiB,
      matches,
      per_query_ms: Object.fromEntries([...perQuery].map(([q, xs]) => [q, median(xs)])),
      errors,
      setup: engine.setup,
    };
    engine.close?.();
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
