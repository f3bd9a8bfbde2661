/**
 * Reader throughput per format on the same letters, beside the floor any reader pays: reading the
 * bytes and splitting lines (and, for JSON Lines, JSON.parse of each line). The letters are demo
 * letters written out as JSONL, a JSON array, CSV, a mysqldump and a pg_dump; the dumps also
 * report the largest heap seen, which must stay flat whatever the file size.
 */
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateLetters } from '../src/demo/index.js';
import { openSource } from '../src/sources/index.js';
import type { BenchRow, BenchSection } from './table.js';

const TARGET_MB = Number(process.env.ZVAROT_BENCH_SOURCES_MB ?? 120);

type Writer = (rec: { id: string; name: string; body: string; at: string }, first: boolean) => string;

const csvCell = (s: string) => `"${s.replace(/"/g, '""')}"`;
const mysqlString = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
const copyCell = (s: string) => s.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n');

const FORMATS: { name: string; ext: string; head: string; tail: string; row: Writer }[] = [
  { name: 'JSON Lines', ext: 'jsonl', head: '', tail: '', row: (r) => JSON.stringify(r) + '\n' },
  { name: 'JSON array', ext: 'json', head: '[\n', tail: '\n]\n', row: (r, first) => (first ? '' : ',\n') + JSON.stringify(r) },
  { name: 'CSV', ext: 'csv', head: 'id,name,body,at\n', tail: '', row: (r) => [r.id, r.name, r.body, r.at].map(csvCell).join(',') + '\n' },
  {
    name: 'mysqldump',
    ext: 'sql',
    head: 'CREATE TABLE `letters` (`id` varchar(20), `name` varchar(200), `body` text, `at` datetime);\n',
    tail: '',
    row: (r) => `INSERT INTO \`letters\` VALUES (${[r.id, r.name, r.body, r.at.slice(0, 19).replace('T', ' ')].map(mysqlString).join(',')});\n`,
  },
  {
    name: 'pg_dump COPY',
    ext: 'sql',
    head: 'COPY public.letters (id, name, body, at) FROM stdin;\n',
    tail: '\\.\n',
    row: (r) => [r.id, r.name, r.body, r.at].map(copyCell).join('\t') + '\n',
  },
];

async function writeFormat(file: string, f: (typeof FORMATS)[number]): Promise<number> {
  const w = createWriteStream(file);
  let bytes = 0;
  let buf = f.head;
  let first = true;
  for (const { record } of generateLetters({ letters: 10_000_000, seed: 3 })) {
    buf += f.row({ id: record.id as string, name: record.sender?.name ?? '', body: record.body, at: record.received_at as string }, first);
    first = false;
    if (buf.length > 1 << 20) {
      bytes += Buffer.byteLength(buf);
      if (!w.write(buf)) await once(w, 'drain');
      buf = '';
      if (bytes > TARGET_MB * 1e6) break;
    }
  }
  buf += f.tail;
  w.write(buf);
  w.end();
  await once(w, 'finish');
  return statSync(file).size;
}

async function baseline(file: string, parse: boolean): Promise<number> {
  const t0 = performance.now();
  let rest = '';
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const l of lines) {
      if (parse && l) JSON.parse(l);
    }
  }
  return (performance.now() - t0) / 1000;
}

async function readAll(file: string): Promise<{ seconds: number; rows: number; rejected: number; peakHeapMb: number }> {
  const t0 = performance.now();
  const src = await openSource(file);
  let rows = 0;
  let rejected = 0;
  let peak = 0;
  for await (const item of src.records) {
    if (item.ok) rows++;
    else rejected++;
    if ((rows & 0xfff) === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  return { seconds: (performance.now() - t0) / 1000, rows, rejected, peakHeapMb: peak / 1e6 };
}

export async function sourcesBench(): Promise<BenchSection> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zvarot-bench-sources-'));
  const rows: BenchRow[] = [];
  try {
    for (const f of FORMATS) {
      const file = path.join(dir, `letters-${f.ext}-${f.name.replace(/\W/g, '')}.${f.ext}`);
      const size = (await writeFormat(file, f)) / 1e6;
      const base = await baseline(file, f.ext === 'jsonl');
      const ours = await readAll(file);
      rows.push({ what: f.name, system: f.ext === 'jsonl' ? 'line split + JSON.parse (reference)' : 'line split (reference)', value: size / base, unit: 'MB/s', ratio: 1 });
      rows.push({
        what: f.name,
        system: 'zvarot reader',
        value: size / ours.seconds,
        unit: 'MB/s',
        ratio: base / ours.seconds,
        ...(f.ext === 'sql' ? { limit: { value: 50, lowerIsBetter: false } } : {}),
        detail: `${size.toFixed(0)} MB, ${ours.rows} records, ${ours.rejected} rejected, heap ≤ ${ours.peakHeapMb.toFixed(0)} MB`,
      });
      rmSync(file, { force: true });
    }
    return { title: `Source readers (${TARGET_MB} MB of demo letters per format)`, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
