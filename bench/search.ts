/**
 * Search speed and memory on the 59,889 real St Petersburg appeals, beside three JS peers
 * (MiniSearch, Orama with its Russian stemmer, FlexSearch) and bare SQLite FTS5 on the same bodies.
 * Each system runs alone in a child process (search-worker.js) so its peak RSS and heap are its own;
 * rows are medians and ratios against zvarot, because absolute times on these machines are noise.
 * zvarot answers through the API's own path (parse → match → facets over the whole match set →
 * snippets); the peers return their own top 20 and count no facets.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataFile } from './data.js';
import type { BenchRow, BenchSection, Benchmark } from './table.js';

export type QueryType = 'word' | 'words' | 'phrase' | 'prefix' | 'filter' | 'heavy';

/** One query in zvarot's syntax; the worker translates it for each peer (see `peerQuery`). */
export interface BenchQuery {
  q: string;
  type: QueryType;
}

/** Typical questions to a city's housing and yard complaints, mixed in kind. */
export const QUERIES: readonly BenchQuery[] = [
  { q: 'отопление', type: 'word' },
  { q: 'мусор', type: 'word' },
  { q: 'протечка', type: 'word' },
  { q: 'подъезд', type: 'word' },
  { q: 'лифт', type: 'word' },
  { q: 'шум', type: 'word' },
  { q: 'парковка', type: 'word' },
  { q: 'снег', type: 'word' },
  { q: 'крыша', type: 'word' },
  { q: 'батареи', type: 'word' },
  { q: 'освещение', type: 'word' },
  { q: 'ямы', type: 'word' },
  { q: 'горячая вода', type: 'words' },
  { q: 'уборка снега', type: 'words' },
  { q: 'вывоз мусора', type: 'words' },
  { q: 'детская площадка', type: 'words' },
  { q: 'плохо убирают', type: 'words' },
  { q: '"горячей воды"', type: 'phrase' },
  { q: '"вывоз мусора"', type: 'phrase' },
  { q: '"не работает лифт"', type: 'phrase' },
  { q: 'отоп*', type: 'prefix' },
  { q: 'подъезд*', type: 'prefix' },
  { q: 'протек*', type: 'prefix' },
  { q: 'year:2021 отопление', type: 'filter' },
  { q: 'year:2020 мусор', type: 'filter' },
  { q: 'place:Невский снег', type: 'filter' },
  { q: 'place:"Центральный" лифт', type: 'filter' },
  { q: 'дом', type: 'heavy' },
  { q: 'просим', type: 'heavy' },
  { q: 'прошу', type: 'heavy' },
];

/** A query as the peers see it: the words to AND, whether they are prefixes or a phrase, and filters. */
export interface PeerQuery {
  words: string[];
  prefix: boolean;
  phrase: boolean;
  year?: number;
  district?: string;
}

export function peerQuery(bq: BenchQuery): PeerQuery {
  const out: PeerQuery = { words: [], prefix: false, phrase: false };
  for (const m of bq.q.matchAll(/([a-z_]+):(?:"([^"]*)"|(\S+))|"([^"]*)"|(\S+)/gu)) {
    const [, field, quotedValue, bareValue, phrase, word] = m;
    if (field) {
      const value = quotedValue ?? bareValue ?? '';
      if (field === 'year') out.year = Number(value);
      else if (field === 'place') out.district = value;
    } else if (phrase !== undefined) {
      out.phrase = true;
      out.words.push(...phrase.split(/\s+/u).filter(Boolean));
    } else if (word) {
      if (word.endsWith('*')) out.prefix = true;
      out.words.push(word.replace(/\*$/u, ''));
    }
  }
  return out;
}

export type SystemName = 'zvarot' | 'fts5' | 'minisearch' | 'orama' | 'flexsearch';

/** What a worker prints as its one line of JSON on stdout. */
export interface WorkerResult {
  system: SystemName;
  docs: number;
  build_s: number;
  p50_ms: number;
  p95_ms: number;
  rss_mb: number;
  heap_mb: number;
  /** Heap after the letters were parsed, before the index was built: what every worker pays. */
  heap_base_mb: number;
  /** Size of the archive file, for the systems that keep their index on disk. */
  disk_mb?: number;
  /** Memory while answering: zvarot's peak RSS in a process that only opens the archive; a peer's RSS after build, gc and the queries. */
  serving_mb: number;
  matches: Record<string, number | null>;
  /** Median latency per query over the timed runs. */
  per_query_ms: Record<string, number>;
  errors: Record<string, string>;
  /** How the system was set up, for the detail column. */
  setup: string;
}

const SYSTEMS: { name: SystemName; label: string }[] = [
  { name: 'zvarot', label: 'zvarot search()' },
  { name: 'fts5', label: 'raw SQLite FTS5 (unicode61)' },
  { name: 'minisearch', label: 'MiniSearch' },
  { name: 'orama', label: 'Orama + Russian stemmer' },
  { name: 'flexsearch', label: 'FlexSearch' },
];

const here = path.dirname(fileURLToPath(import.meta.url));
const WORKER_TIMEOUT_MS = Number(process.env.ZVAROT_BENCH_SEARCH_TIMEOUT_S ?? 900) * 1000;

function runWorker(system: SystemName, file: string): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', path.join(here, 'search-worker.js'), system, file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (out += s));
    const timer = setTimeout(() => child.kill('SIGKILL'), WORKER_TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !line) return reject(new Error(`${system} worker ended with ${signal ?? `code ${code}`}`));
      try {
        resolve(JSON.parse(line) as WorkerResult);
      } catch (e) {
        reject(new Error(`${system} worker printed no result: ${(e as Error).message}`));
      }
    });
  });
}

const sum = (r: WorkerResult) => Object.values(r.matches).reduce<number>((a, n) => a + (n ?? 0), 0);
const round = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(0));

function slowest(r: WorkerResult): string {
  const [q, ms] = Object.entries(r.per_query_ms).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return `slowest ${q} ${round(ms)} ms`;
}

export const searchBench: Benchmark = async () => {
  const file = dataFile('spb-appeals', 'appeals_text_labels.jsonl');
  if (!file) return { title: 'Search on St Petersburg appeals — skipped: spb-appeals/appeals_text_labels.jsonl not found', rows: [] };
  const mb = statSync(file).size / 2 ** 20;
  const results = new Map<SystemName, WorkerResult>();
  const failed = new Map<SystemName, string>();
  for (const s of SYSTEMS) {
    process.stderr.write(`bench: search: ${s.name}…\n`);
    try {
      results.set(s.name, await runWorker(s.name, file));
    } catch (e) {
      failed.set(s.name, (e as Error).message);
    }
  }
  const ref = results.get('zvarot');
  const docs = ref?.docs ?? [...results.values()][0]?.docs ?? 0;
  const rows: BenchRow[] = [];
  const metrics: { what: string; unit: string; pick: (r: WorkerResult) => number; detail: (r: WorkerResult) => string }[] = [
    {
      what: 'build index',
      unit: 's',
      pick: (r) => r.build_s,
      detail: (r) => `${r.docs.toLocaleString('en')} letters${r.docs < docs ? ' (corpus capped)' : ''}; ${r.setup}`,
    },
    {
      what: 'query p50',
      unit: 'ms',
      pick: (r) => r.p50_ms,
      detail: (r) =>
        `${sum(r).toLocaleString('en')} matches over ${QUERIES.length} queries` +
        (r.system === 'zvarot' ? ' (own matching: stems, phrases on forms; not comparable to peers)' : '') +
        (Object.keys(r.errors).length ? `; rejected: ${Object.entries(r.errors).map(([q, m]) => `${q} (${m})`).join(', ')}` : ''),
    },
    {
      what: 'query p95',
      unit: 'ms',
      pick: (r) => r.p95_ms,
      detail: (r) => `${slowest(r)}; ${r.system === 'zvarot' ? 'top 20 + facets over all matches + snippets' : r.system === 'fts5' ? 'top 20 by bm25 + count(*)' : 'own top 20, no facets, no snippets'}`,
    },
    {
      what: 'peak RSS',
      unit: 'MiB',
      pick: (r) => r.rss_mb,
      detail: (r) => `build and queries in one process; heap after build ${round(r.heap_mb)} MiB (letters parsed: ${round(r.heap_base_mb)} MiB)` + (r.disk_mb !== undefined ? `; index on disk ${round(r.disk_mb)} MiB` : '; index in memory'),
    },
    {
      what: 'memory serving',
      unit: 'MiB',
      pick: (r) => r.serving_mb,
      detail: (r) =>
        r.system === 'zvarot'
          ? 'peak RSS of a process that opens the archive and answers the queries'
          : `RSS after build, gc and the queries (${r.disk_mb !== undefined ? 'index on disk, built in the same process' : 'the index lives in memory'})`,
    },
  ];
  for (const m of metrics) {
    for (const s of SYSTEMS) {
      const r = results.get(s.name);
      if (!r) {
        if (m === metrics[0]) rows.push({ what: m.what, system: s.label, value: Number.NaN, unit: m.unit, detail: `failed: ${failed.get(s.name) ?? 'no result'}` });
        continue;
      }
      const v = m.pick(r);
      const row: BenchRow = { what: m.what, system: s.label, value: v, unit: m.unit, detail: m.detail(r) };
      if (ref) row.ratio = v / m.pick(ref);
      rows.push(row);
    }
  }
  return {
    title: `Search (${docs.toLocaleString('en')} St Petersburg appeals, ${mb.toFixed(1)} MiB JSONL; ${QUERIES.length} queries × 5 runs after a warm-up; one process per system)`,
    rows,
  };
};
