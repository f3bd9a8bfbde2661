import { existsSync, readFileSync } from 'node:fs';
import { ZvarotError } from '../core/errors.js';
import { ingestFiles, type IngestReport } from '../ingest/index.js';
import { FORMATS, parseMapping, type Format, type Mapping, type SourceOptions } from '../sources/index.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { progress } from './progress.js';

export interface IngestArgs {
  files: string[];
  db: string;
  json?: boolean;
  /** The archive to name in messages, when `db` is a temporary name. */
  shownAs?: string;
  format?: string;
  encoding?: string;
  table?: string;
  delimiter?: string;
  /** `target=source` pairs from --map. */
  map?: string[];
  /** A mapping file (JSON object or target=source lines). */
  mapping?: string;
  tz?: string;
  /** Create the archive encrypted (key from ZVAROT_KEY, ZVAROT_KEY_FILE or a prompt). */
  encrypt?: boolean;
}

export function sourceOptions(a: { format?: string; encoding?: string; table?: string; delimiter?: string }): SourceOptions {
  if (a.format && !(FORMATS as readonly string[]).includes(a.format)) {
    throw new ZvarotError('E_FORMAT_UNKNOWN', `"${a.format}" is not a format zvarot reads; formats: ${FORMATS.join(', ')}`);
  }
  return {
    ...(a.format ? { format: a.format as Format } : {}),
    ...(a.encoding ? { encoding: a.encoding } : {}),
    ...(a.table ? { table: a.table } : {}),
    ...(a.delimiter ? { delimiter: a.delimiter === '\\t' || a.delimiter === 'tab' ? '\t' : a.delimiter } : {}),
  };
}

function mappingOf(a: IngestArgs): Mapping | undefined {
  const parts: string[] = [];
  if (a.mapping) {
    if (!existsSync(a.mapping)) throw new ZvarotError('E_FILE_NOT_FOUND', `no such mapping file: ${a.mapping}`, { file: a.mapping });
    const text = readFileSync(a.mapping, 'utf8');
    if (!a.map?.length) return parseMapping(text);
    return { ...parseMapping(text), ...parseMapping(a.map.join('\n')) };
  }
  if (a.map?.length) parts.push(...a.map);
  return parts.length ? parseMapping(parts.join('\n')) : undefined;
}

export async function ingestCommand(a: IngestArgs): Promise<IngestReport> {
  for (const f of a.files) if (!existsSync(f)) throw new ZvarotError('E_FILE_NOT_FOUND', `no such file: ${f}`, { file: f });
  const mapping = mappingOf(a);
  const source = sourceOptions(a);
  const store = openSqliteStore(a.db, a.encrypt ? { encrypt: true } : {});
  const bar = progress('ingesting', { enabled: !a.json && process.stderr.isTTY === true, unit: 'bytes' });
  const t0 = Date.now();
  try {
    const report = await ingestFiles(store, a.files, {
      source,
      ...(mapping ? { mapping } : {}),
      ...(a.tz ? { timeZone: a.tz } : {}),
      onProgress: (p) => {
        const secs = (Date.now() - t0) / 1000;
        bar.update(p.bytes, p.totalBytes, `${p.records} records ${secs > 0 ? Math.round(p.records / secs) : 0}/s`);
      },
    });
    bar.done();
    if (a.json) process.stdout.write(JSON.stringify(report) + '\n');
    else {
      const s = (Date.now() - t0) / 1000;
      for (const f of report.files) process.stdout.write(`${f.file}: ${f.format}, ${f.encoding}\n`);
      process.stdout.write(`read ${report.read}, stored ${report.stored}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejected.length}, warnings ${report.warnings.length} (${s.toFixed(1)} s) → ${a.shownAs ?? a.db}\n`);
      for (const r of report.warnings.slice(0, 20)) process.stdout.write(`  warning ${r.file}:${r.line ?? ''}: ${r.code}: ${r.message}\n`);
      for (const r of report.rejected.slice(0, 50)) process.stdout.write(`  ${r.file}:${r.line}${r.column ? `:${r.column}` : ''}: ${r.code}: ${r.message}\n`);
      if (report.rejected.length > 50) process.stdout.write(`  … ${report.rejected.length - 50} more; --json lists them all\n`);
    }
    return report;
  } finally {
    store.close();
  }
}
