import { existsSync } from 'node:fs';
import { ZvarotError } from '../core/errors.js';
import { ingestFiles, type IngestReport } from '../ingest/index.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { progress } from './progress.js';

export interface IngestArgs {
  files: string[];
  db: string;
  json?: boolean;
  /** The archive to name in messages, when `db` is a temporary name. */
  shownAs?: string;
}

export async function ingestCommand(a: IngestArgs): Promise<IngestReport> {
  for (const f of a.files) if (!existsSync(f)) throw new ZvarotError('E_FILE_NOT_FOUND', `no such file: ${f}`, { file: f });
  const store = openSqliteStore(a.db);
  const bar = progress('ingesting', { enabled: !a.json && process.stderr.isTTY === true, unit: 'bytes' });
  const t0 = Date.now();
  try {
    const report = await ingestFiles(store, a.files, {
      onProgress: (p) => {
        const secs = (Date.now() - t0) / 1000;
        bar.update(p.bytes, p.totalBytes, `${p.records} records ${secs > 0 ? Math.round(p.records / secs) : 0}/s`);
      },
    });
    bar.done();
    if (a.json) process.stdout.write(JSON.stringify(report) + '\n');
    else {
      const s = (Date.now() - t0) / 1000;
      process.stdout.write(`read ${report.read}, stored ${report.stored}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected.length} (${s.toFixed(1)} s) → ${a.shownAs ?? a.db}\n`);
      for (const r of report.rejected.slice(0, 50)) process.stdout.write(`  ${r.file}:${r.line}${r.column ? `:${r.column}` : ''}: ${r.code}: ${r.message}\n`);
      if (report.rejected.length > 50) process.stdout.write(`  … ${report.rejected.length - 50} more; --json lists them all\n`);
    }
    return report;
  } finally {
    store.close();
  }
}
