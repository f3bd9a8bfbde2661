/** Every benchmark `npm run bench` runs, by name. */
import { generateBench } from './generate.js';
import { ingestBench } from './ingest.js';
import type { Benchmark } from './table.js';

export const benchmarks: Record<string, Benchmark> = {
  generate: generateBench,
  ingest: ingestBench,
};
