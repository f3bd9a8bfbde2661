/**
 * Search at scale: 1,000,000 generated letters (ZVAROT_BENCH_SCALE_LETTERS to change), the fixed
 * mixed query set of scale-queries.ts through zvarot's whole search path (parse, match, facets over
 * the whole match set, rows, snippets), beside raw FTS5 on the same full-text table with the same
 * MATCH (the same matches, ranked and counted, nothing else) in the same process and run.
 *
 * Building the archive takes minutes, so it is kept between runs in ZVAROT_BENCH_SCALE_DIR (default:
 * a folder in the system temp dir named after the size and the analyzer version); delete it to
 * measure the build again.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ANALYZER_VERSION } from '../src/language/analyze.js';
import { SCHEMA_VERSION } from '../src/store/sqlite/schema.js';
import { SCALE_QUERIES } from './scale-queries.js';
import { median, quantile, type BenchRow, type BenchSection } from './table.js';

const worker = fileURLToPath(new URL('./scale-worker.js', import.meta.url));

interface Build {
  generate_s: number;
  ingest_s: number;
  stored: number;
  rejected: number;
  bytes: number;
  rss_mb: number;
}

interface Queries {
  first_ms: number;
  queries: Record<string, { zvarot: number[]; raw: number[] | null; total: number }>;
  rss_mb: number;
}

function run<T>(...args: string[]): T {
  const out = execFileSync(process.execPath, [worker, ...args], { encoding: 'utf8', maxBuffer: 16 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop() as string) as T;
}

export async function scaleBench(): Promise<BenchSection> {
  const letters = Number(process.env.ZVAROT_BENCH_SCALE_LETTERS ?? 1_000_000);
  // Named after what the index depends on: another analyzer or schema builds another archive.
  const dir = process.env.ZVAROT_BENCH_SCALE_DIR ?? path.join(tmpdir(), `zvarot-bench-scale-${letters}-a${ANALYZER_VERSION}-s${SCHEMA_VERSION}`);
  mkdirSync(dir, { recursive: true });
  const db = path.join(dir, 'archive.db');
  const record = path.join(dir, 'build.json');
  let build: Build;
  if (existsSync(record) && existsSync(db)) {
    build = JSON.parse(readFileSync(record, 'utf8')) as Build;
    process.stderr.write(`bench: scale: reusing the ${letters.toLocaleString('en')}-letter archive in ${dir}\n`);
  } else {
    process.stderr.write(`bench: scale: generating and ingesting ${letters.toLocaleString('en')} letters into ${dir} (minutes)…\n`);
    build = run<Build>('build', db, String(letters));
    writeFileSync(record, JSON.stringify(build));
  }
  const q = run<Queries>('query', db);
  const all = Object.values(q.queries).flatMap((x) => x.zvarot);
  const text = Object.values(q.queries).filter((x) => x.raw);
  const zText = text.flatMap((x) => x.zvarot);
  const rText = text.flatMap((x) => x.raw as number[]);
  const slowest = Object.entries(q.queries)
    .map(([query, x]) => ({ query, ms: median(x.zvarot), total: x.total }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 3)
    .map((x) => `${x.query} ${x.ms.toFixed(0)} ms (${x.total.toLocaleString('en')} matches)`)
    .join('; ');
  const rawP95 = quantile(rText, 0.95);
  const rawP50 = quantile(rText, 0.5);
  const rows: BenchRow[] = [
    { what: 'build: generate', system: 'zvarot generate', value: build.generate_s, unit: 's' },
    { what: 'build: ingest', system: 'zvarot ingest', value: build.ingest_s, unit: 's', detail: `${Math.round(build.stored / build.ingest_s)} letters/s; ${build.rejected} rejected; peak RSS ${build.rss_mb.toFixed(0)} MB` },
    { what: 'archive size', system: 'zvarot', value: build.bytes / 2 ** 20, unit: 'MiB', detail: `${(build.bytes / build.stored).toFixed(0)} bytes/letter` },
    { what: 'first search (loads facet columns)', system: 'zvarot', value: q.first_ms, unit: 'ms' },
    { what: `all ${SCALE_QUERIES.length} queries, p50`, system: 'zvarot search', value: quantile(all, 0.5), unit: 'ms', detail: 'parse, match, facets over all matches, rows, snippets' },
    { what: `all ${SCALE_QUERIES.length} queries, p95`, system: 'zvarot search', value: quantile(all, 0.95), unit: 'ms', limit: { value: 50, lowerIsBetter: true }, detail: `slowest: ${slowest}` },
    { what: `${text.length} text-only queries, p50`, system: 'raw FTS5 (same MATCH)', value: rawP50, unit: 'ms', ratio: 1, detail: 'top 20 by bm25 + count, nothing else' },
    { what: `${text.length} text-only queries, p50`, system: 'zvarot search', value: quantile(zText, 0.5), unit: 'ms', ratio: quantile(zText, 0.5) / rawP50 },
    { what: `${text.length} text-only queries, p95`, system: 'raw FTS5 (same MATCH)', value: rawP95, unit: 'ms', ratio: 1 },
    { what: `${text.length} text-only queries, p95`, system: 'zvarot search', value: quantile(zText, 0.95), unit: 'ms', ratio: quantile(zText, 0.95) / rawP95, detail: 'must be ≤ 1.5× raw FTS5' },
    { what: 'query process peak RSS', system: 'zvarot + raw', value: q.rss_mb, unit: 'MB' },
  ];
  return { title: `Search at scale (${letters.toLocaleString('en')} generated letters; 5 timed runs per query after one warm-up)`, rows };
}
