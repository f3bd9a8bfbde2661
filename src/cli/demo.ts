/**
 * `zvarot demo` — what `npm start` runs: make the 40,000-letter demo archive if it is not there yet,
 * then serve it. Each step says what it does; a second start reuses the archive and is quick.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { isZvarotError } from '../core/errors.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { ANALYZER_VERSION } from '../language/analyze.js';
import { generateCommand } from './generate.js';
import { ingestCommand } from './ingest.js';
import { serveCommand } from './serve.js';

export interface DemoArgs {
  dir: string;
  letters: number;
  seed: number;
  port: number;
  host: string;
}

function archiveReady(db: string, letters: number): boolean {
  if (!existsSync(db)) return false;
  const store = openSqliteStore(db, { mustExist: true });
  try {
    const version = store.analyzerVersion();
    if (version !== null && version !== ANALYZER_VERSION) {
      process.stdout.write(`The demo archive ${db} was indexed by an older analyzer (version ${version}); rebuilding it.\n`);
      return false;
    }
    return store.count() >= letters;
  } finally {
    store.close();
  }
}

export async function demoCommand(a: DemoArgs): Promise<void> {
  mkdirSync(a.dir, { recursive: true });
  const base = path.join(a.dir, `demo-${a.letters}-seed${a.seed}`);
  const db = `${base}.db`;
  if (!archiveReady(db, a.letters)) {
    const jsonl = `${base}.jsonl`;
    if (!existsSync(jsonl)) {
      process.stdout.write(`Generating the synthetic demo corpus (${a.letters} letters, seed ${a.seed})…\n`);
      const tmp = `${jsonl}.partial`;
      await generateCommand({ letters: a.letters, seed: a.seed, out: tmp, truth: `${base}.truth.jsonl`, shownAs: jsonl });
      renameSync(tmp, jsonl);
    }
    process.stdout.write(`Building the archive ${db}…\n`);
    // Build beside, then move into place: an interrupted build never looks finished.
    const tmpDb = `${db}.building`;
    for (const f of [tmpDb, `${tmpDb}-wal`, `${tmpDb}-shm`]) rmSync(f, { force: true });
    await ingestCommand({ files: [jsonl], db: tmpDb, shownAs: db });
    renameSync(tmpDb, db);
  } else {
    process.stdout.write(`Using the demo archive ${db}.\n`);
  }
  for (let port = a.port; ; port++) {
    try {
      await serveCommand({ db, port, host: a.host });
      process.stdout.write('Open the address above in a browser. Ctrl+C stops the server.\n');
      return;
    } catch (e) {
      if (isZvarotError(e) && e.code === 'E_PORT_IN_USE' && port < a.port + 10) {
        process.stdout.write(`Port ${port} is taken; trying ${port + 1}.\n`);
        continue;
      }
      throw e;
    }
  }
}
