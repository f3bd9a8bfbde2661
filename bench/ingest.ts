/**
 * Ingest throughput on the demo corpus, beside the floor any archive pays: the same bodies inserted
 * into a bare SQLite FTS5 table (unicode61, no analysis, no metadata) in the same run.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeCorpus } from '../src/demo/index.js';
import { ingestFiles } from '../src/ingest/index.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { median, type BenchSection } from './table.js';

const LETTERS = Number(process.env.ZVAROT_BENCH_INGEST_LETTERS ?? 40_000);

async function zvarotIngest(file: string, db: string): Promise<number> {
  rmSync(db, { force: true });
  const store = openSqliteStore(db);
  const t0 = performance.now();
  await ingestFiles(store, [file]);
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
    const peer: number[] = [];
    for (let i = 0; i < 3; i++) {
      ours.push(await zvarotIngest(file, path.join(dir, 'z.db')));
      peer.push(rawFts(file, path.join(dir, 'raw.db')));
    }
    const o = median(ours);
    const p = median(peer);
    return {
      title: `Ingest (${LETTERS.toLocaleString('en')} demo letters, ${mb.toFixed(1)} MiB)`,
      rows: [
        { what: 'ingest', system: 'raw FTS5 insert (reference)', value: p, unit: 's', ratio: 1, detail: `${Math.round(LETTERS / p)} letters/s` },
        { what: 'ingest', system: 'zvarot ingest', value: o, unit: 's', ratio: o / p, detail: `${Math.round(LETTERS / o)} letters/s; analysis + metadata + idempotency` },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
