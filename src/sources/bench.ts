/**
 * SQL dump throughput: writes a generated mysqldump and pg_dump of a given size and reads them
 * back through openSource, reporting MB/s and the largest heap seen (the reader must stay bounded).
 * Not part of `npm test`; the bench harness calls it.
 */
import { createWriteStream, statSync } from 'node:fs';
import path from 'node:path';
import { openSource } from './index.js';

export interface SqlThroughput {
  dialect: 'mysql' | 'postgres';
  megabytes: number;
  rows: number;
  rejected: number;
  seconds: number;
  mbPerSecond: number;
  peakHeapMb: number;
}

async function writeDump(file: string, dialect: 'mysql' | 'postgres', targetMb: number): Promise<void> {
  const w = createWriteStream(file);
  const body = "Прошу разобраться с ЖЭС № 7 в Гомеле, сосед \\'шумит\\' по ночам.\\nС уважением, Іван. ";
  const write = (s: string) => (w.write(s) ? Promise.resolve() : new Promise<void>((r) => w.once('drain', () => r())));
  await write(dialect === 'mysql' ? 'CREATE TABLE `letters` (`id` int, `fio` varchar(100), `text` text, `created_at` datetime);\n' : '-- PostgreSQL database dump\nCOPY public.letters (id, fio, text, created_at) FROM stdin;\n');
  let id = 0;
  let written = 0;
  while (written < targetMb * 1e6) {
    const rows: string[] = [];
    for (let r = 0; r < 250; r++) {
      id++;
      const text = body.repeat(1 + (id % 4));
      rows.push(dialect === 'mysql' ? `(${id},'Іваноў Іван ${id}','${text}','2021-12-19 10:04:00')` : `${id}\tІваноў Іван ${id}\t${text.replace(/\\'/g, "'")}\t2021-12-19 10:04:00`);
    }
    const chunk = dialect === 'mysql' ? `INSERT INTO \`letters\` VALUES ${rows.join(',')};\n` : `${rows.join('\n')}\n`;
    written += Buffer.byteLength(chunk);
    await write(chunk);
  }
  if (dialect === 'postgres') await write('\\.\n');
  await new Promise((r) => w.end(r));
}

export async function sqlThroughput(dir: string, megabytes = 200): Promise<SqlThroughput[]> {
  const out: SqlThroughput[] = [];
  for (const dialect of ['mysql', 'postgres'] as const) {
    const file = path.join(dir, `zvarot-bench-${dialect}.sql`);
    await writeDump(file, dialect, megabytes);
    const size = statSync(file).size;
    const t0 = performance.now();
    const src = await openSource(file);
    let rows = 0;
    let rejected = 0;
    let peak = 0;
    for await (const item of src.records) {
      if (item.ok) rows++;
      else rejected++;
      if ((rows & 0x3fff) === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    const seconds = (performance.now() - t0) / 1000;
    out.push({ dialect, megabytes: size / 1e6, rows, rejected, seconds, mbPerSecond: size / 1e6 / seconds, peakHeapMb: peak / 1e6 });
  }
  return out;
}
