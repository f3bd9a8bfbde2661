/**
 * Ingest survives kill -9: a child process ingests a corpus in small batches and is killed half
 * way; a second run converges on exactly the archive an uninterrupted run builds.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import Database from 'better-sqlite3-multiple-ciphers';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../src/demo/index.js';
import { ingestFiles } from '../src/ingest/index.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';

const LETTERS = 4000;
let dir: string;
let corpus: string;
let child: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'zvarot-resume-'));
  corpus = path.join(dir, 'letters.jsonl');
  await writeCorpus({ letters: LETTERS, seed: 11, out: corpus });
  // The child runs the real ingest, bundled; it sits under node_modules so better-sqlite3 resolves.
  const cache = path.resolve('node_modules', '.cache', 'zvarot-test');
  mkdirSync(cache, { recursive: true });
  const entry = path.join(cache, 'ingest-child.ts');
  writeFileSync(
    entry,
    `import { ingestFiles } from ${JSON.stringify(path.resolve('src/ingest/index.ts'))};
     import { openSqliteStore } from ${JSON.stringify(path.resolve('src/store/sqlite/index.ts'))};
     const [db, file] = process.argv.slice(2);
     const store = openSqliteStore(db);
     await ingestFiles(store, [file], { batchSize: 100, onProgress: (p) => process.stdout.write(p.records + '\\n') });
     store.close();
     process.stdout.write('done\\n');`,
  );
  child = path.join(cache, 'ingest-child.mjs');
  await build({ entryPoints: [entry], outfile: child, bundle: true, platform: 'node', format: 'esm', external: ['better-sqlite3-multiple-ciphers'], logLevel: 'error' });
});

/** Everything that defines the archive's content, in a stable order. */
function snapshot(db: string): unknown {
  const d = new Database(db, { readonly: true });
  try {
    return {
      letters: d.prepare('SELECT id, content_hash, body, lang, place_key, received_ts FROM letters ORDER BY id').all(),
      fts: d.prepare("SELECT count(*) AS n FROM letters_fts WHERE letters_fts MATCH 'прош*'").get(),
      vocab: d.prepare("SELECT count(*) AS n, sum(doc) AS docs FROM letters_vocab WHERE col = 'body'").get(),
    };
  } finally {
    d.close();
  }
}

describe('ingest after kill -9', () => {
  it('converges on the archive of an uninterrupted run, with no duplicates and no gaps', async () => {
    const killed = path.join(dir, 'killed.db');
    const seen = await new Promise<number>((resolve, reject) => {
      const p = spawn(process.execPath, [child, killed, corpus], { stdio: ['ignore', 'pipe', 'inherit'] });
      let last = 0;
      p.stdout.setEncoding('utf8');
      p.stdout.on('data', (chunk: string) => {
        for (const line of chunk.split('\n')) {
          if (line === 'done') reject(new Error('the child finished before it could be killed'));
          const n = Number(line);
          if (n > last) last = n;
          if (last >= LETTERS / 3) p.kill('SIGKILL');
        }
      });
      p.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(last) : reject(new Error(`child exited without being killed (${signal})`))));
    });
    expect(seen).toBeGreaterThanOrEqual(LETTERS / 3);

    const partial = openSqliteStore(killed);
    const landed = partial.count();
    expect(landed).toBeGreaterThan(0);
    expect(landed).toBeLessThan(LETTERS);
    const resumed = await ingestFiles(partial, [corpus]);
    partial.close();
    expect(resumed.unchanged).toBe(landed);
    expect(resumed.stored).toBe(LETTERS - landed);
    expect(resumed.rejected).toEqual([]);

    const whole = path.join(dir, 'whole.db');
    const store = openSqliteStore(whole);
    await ingestFiles(store, [corpus]);
    store.close();
    expect(snapshot(killed)).toEqual(snapshot(whole));
  });
});
