/**
 * Ingest throughput on the demo corpus, beside the floor any archive pays: the same bodies inserted
 * into a bare SQLite FTS5 table (unicode61, no analysis, no metadata) in the same run.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeCorpus } from '../src/demo/index.js';
import { ingestFiles } from '../src/ingest/index.js';
import { linkArchive } from '../src/ingest/link.js';
import { defaultWorkers } from '../src/ingest/pool.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { median, type BenchSection } from './table.js';

const LETTERS = Number(process.env.ZVAROT_BENCH_INGEST_LETTERS ?? 40_000);

async function zvarotIngest(file: string, db: string, workers?: number): Promise<number> {
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const store = openSqliteStore(db);
  const t0 = performance.now();
  await ingestFiles(store, [file], workers === undefined ? {} : { workers });
  const s = (performance.now() - t0) / 1000;
  store.close();
  return s;
}

/** The link pass alone (campaigns and senders over the whole archive), on the archive just built. */
function linkPass(db: string): number {
  const store = openSqliteStore(db);
  const t0 = performance.now();
  linkArchive(store);
  const s = (performance.now() - t0) / 1000;
  store.close();
  return s;
}

function rawFts(file: string, db: string): number {
  rmSync(db, { force: true });
  const t0 = performance.now();
  const d = new Database(db);
  d.pragma('journal_mode = WAL');
  d.exec("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='unicode61 remove_diacritics 0')");
  const ins = d.prepare('INSERT INTO t (body) VALUES (?)');
  const lines = readFileSync(file, 'utf8').split('\n');
  d.transaction(() => {
    for (const line of lines) if (line) ins.run((JSON.parse(line) as { body: string }).body);
  })();
  d.close();
  return (performance.now() - t0) / 1000;
}

export async function ingestBench(): Promise<BenchSection> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zvarot-bench-ingest-'));
  try {
    const file = path.join(dir, 'letters.jsonl');
    await writeCorpus({ letters: LETTERS, seed: 1, out: file });
    const mb = statSync(file).size / 2 ** 20;
    const ours: number[] = [];
    const single: number[] = [];
    const peer: number[] = [];
    const link: number[] = [];
    const workers = defaultWorkers();
    for (let i = 0; i < 3; i++) {
      ours.push(await zvarotIngest(file, path.join(dir, 'z.db')));
      link.push(linkPass(path.join(dir, 'z.db')));
      single.push(await zvarotIngest(file, path.join(dir, 'z1.db'), 0));
      peer.push(rawFts(file, path.join(dir, 'raw.db')));
    }
    const o = median(ours);
    const one = median(single);
    const l = median(link);
    const p = median(peer);
    return {
      title: `Ingest (${LETTERS.toLocaleString('en')} demo letters, ${mb.toFixed(1)} MiB)`,
      rows: [
        { what: 'ingest', system: 'raw FTS5 insert (reference)', value: p, unit: 's', ratio: 1, detail: `${Math.round(LETTERS / p)} letters/s` },
        { what: 'ingest', system: `zvarot ingest, ${workers} worker threads`, value: o, unit: 's', ratio: o / p, detail: `${Math.round(LETTERS / o)} letters/s; analysis + enrichment + metadata + idempotency + link pass` },
        { what: 'ingest', system: 'zvarot ingest, main thread only', value: one, unit: 's', ratio: one / p, detail: `${Math.round(LETTERS / one)} letters/s; workers make it ${(one / o).toFixed(2)}× faster` },
        { what: 'link pass (campaigns + senders)', system: 'zvarot', value: l, unit: 's', ratio: l / p, detail: `${(l / LETTERS * 1000).toFixed(3)} ms a letter; included in the ingest rows` },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
