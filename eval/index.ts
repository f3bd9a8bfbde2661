/**
 * `npm run eval`: quality against the third-party data in ../shared/data (dev splits). Each
 * evaluation is a module that returns one section; this file runs them in order and prints one table.
 * Exit code 1 when a "must" row falls short, so the figures cannot silently regress.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluations } from './registry.js';
import { failedMusts, formatSections, type EvalSection } from './table.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// dist/eval/index.js → repository root is two levels up; ../shared sits beside the repository.
const dataDir = process.env.ZVAROT_DATA ?? path.resolve(here, '..', '..', '..', 'shared', 'data');

async function main(): Promise<void> {
  if (!existsSync(dataDir)) {
    process.stderr.write(`eval: E_FILE_NOT_FOUND: no evaluation data at ${dataDir}. Put ../shared/data beside the repository or set ZVAROT_DATA.\n`);
    process.exit(2);
  }
  const only = process.argv.slice(2);
  const sections: EvalSection[] = [];
  for (const [name, run] of Object.entries(evaluations)) {
    if (only.length && !only.includes(name)) continue;
    const t0 = performance.now();
    process.stderr.write(`eval: ${name}…\n`);
    sections.push(await run(dataDir));
    process.stderr.write(`eval: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  }
  process.stdout.write(formatSections(sections) + '\n');
  const failed = failedMusts(sections);
  if (failed.length) {
    process.stdout.write(`\n${failed.length} must(s) not met: ${failed.map((r) => r.metric).join('; ')}\n`);
    process.exit(1);
  }
}

await main();
