import { inspect } from '../sources/index.js';
import { sourceOptions } from './ingest.js';

export interface InspectArgs {
  file: string;
  format?: string;
  encoding?: string;
  table?: string;
  delimiter?: string;
  samples: number;
  json?: boolean;
}

/** Format, encoding, tables and columns with sample values, and a proposed mapping. */
export async function inspectCommand(a: InspectArgs): Promise<void> {
  const result = await inspect(a.file, { ...sourceOptions(a), samples: a.samples });
  if (a.json) {
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  process.stdout.write(`${a.file}: ${result.format}, ${result.encoding}${result.rejected ? `, ${result.rejected} unreadable records` : ''}\n`);
  for (const t of result.tables) {
    process.stdout.write(`\n${t.name}: ${t.rows} rows\n`);
    for (const c of t.columns) process.stdout.write(`  ${c.name}: ${c.samples.slice(0, 3).map((v) => JSON.stringify(v).slice(0, 60)).join(' | ')}\n`);
    const pairs = Object.entries(t.proposal.mapping).map(([k, v]) => `--map ${k}=${v}`);
    process.stdout.write(`  proposed mapping: ${pairs.join(' ') || '(none: name the fields with --map)'}\n`);
  }
}
