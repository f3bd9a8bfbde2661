/**
 * `npm run bench`: speed and memory. Each benchmark is a module that returns rows; where a peer
 * exists it is measured in the same run and the ratio is printed, because on these shared machines
 * absolute times are noise and ratios are not. `npm run bench -- NAME` runs one benchmark.
 */
import { benchmarks } from './registry.js';
import { formatBench } from './table.js';

const only = process.argv.slice(2);
for (const [name, run] of Object.entries(benchmarks)) {
  if (only.length && !only.includes(name)) continue;
  process.stderr.write(`bench: ${name}…\n`);
  const section = await run();
  process.stdout.write(formatBench(section) + '\n');
}
