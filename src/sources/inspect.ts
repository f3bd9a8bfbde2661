/** What a source holds, before anything is ingested: format, encoding, tables, columns, samples, a proposed mapping. */
import { openSource, type Format, type SourceOptions } from './index.js';
import type { Detection } from './encoding.js';
import { getPath, proposeMapping, type Proposal } from './mapping.js';
import type { RawRecord } from './types.js';

export interface ColumnInfo {
  name: string;
  samples: string[];
}

export interface TableInspection {
  /** The SQL table, or the file for other formats. */
  name: string;
  columns: ColumnInfo[];
  /** Records seen while inspecting (all of them unless the limit was reached). */
  rows: number;
  proposal: Proposal;
}

export interface Inspection {
  format: Format;
  encoding: string;
  detection?: Detection;
  files: Array<{ file: string; format: Format; encoding: string }>;
  tables: TableInspection[];
  rejected: number;
  /** True when inspection stopped at the record limit before the end of the source. */
  truncated: boolean;
}

export interface InspectOptions extends SourceOptions {
  /** Sample records kept per table. */
  samples?: number;
  /** Records read at most (SQL dumps are read to the end to list every table unless this is set). */
  maxRecords?: number;
}

/** Leaf paths of a nested record ("sidebar.author_name", "feed[0].payload.body"), a bounded number. */
function leafPaths(v: unknown, prefix: string, out: Set<string>, depth = 0): void {
  if (out.size > 200 || depth > 6) return;
  if (Array.isArray(v)) {
    v.slice(0, 3).forEach((el, i) => leafPaths(el, `${prefix}[${i}]`, out, depth + 1));
    return;
  }
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) leafPaths(x, prefix ? `${prefix}.${k}` : k, out, depth + 1);
    return;
  }
  if (prefix) out.add(prefix);
}

export async function inspect(file: string, opts: InspectOptions = {}): Promise<Inspection> {
  const keep = opts.samples ?? 5;
  const max = opts.maxRecords ?? Infinity;
  const src = await openSource(file, opts);
  const byTable = new Map<string, { rows: number; samples: RawRecord[]; columns: string[] }>();
  let rejected = 0;
  let seen = 0;
  let truncated = false;
  for await (const item of src.records) {
    if (!item.ok) {
      rejected++;
      continue;
    }
    if (++seen > max) {
      truncated = true;
      break;
    }
    const name = item.table ?? item.file;
    let t = byTable.get(name);
    if (!t) {
      t = { rows: 0, samples: [], columns: [] };
      byTable.set(name, t);
    }
    t.rows++;
    if (t.samples.length < keep) t.samples.push(item.record);
  }
  const tables: TableInspection[] = [];
  for (const [name, t] of byTable) {
    const paths = new Set<string>(src.tables.get(name)?.columns ?? []);
    for (const s of t.samples) leafPaths(s, '', paths);
    const columns = [...paths].map((c) => ({
      name: c,
      samples: t.samples
        .map((s) => getPath(s, c))
        .filter((v) => v !== undefined && v !== null && v !== '')
        .map((v) => (typeof v === 'string' ? v : JSON.stringify(v)).slice(0, 120)),
    }));
    // Nested paths are looked up through getPath, so the proposal works on them too.
    tables.push({ name, columns, rows: t.rows, proposal: proposeMapping([...paths], t.samples) });
  }
  for (const [name, info] of src.tables) {
    if (!byTable.has(name)) tables.push({ name, columns: info.columns.map((c) => ({ name: c, samples: [] })), rows: info.rows, proposal: proposeMapping(info.columns) });
  }
  return {
    format: src.format,
    encoding: src.encoding,
    ...(src.detection ? { detection: src.detection } : {}),
    files: src.files.map((f) => ({ file: f.file, format: f.format, encoding: f.encoding })),
    tables,
    rejected,
    truncated,
  };
}
