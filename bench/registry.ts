/** Every benchmark `npm run bench` runs, by name. */
import { analysisBench } from './analysis.js';
import { enrichBench } from './enrich.js';
import { generateBench } from './generate.js';
import { ingestBench } from './ingest.js';
import { scaleBench } from './scale.js';
import { searchBench } from './search.js';
import { sourcesBench } from './sources.js';
import type { Benchmark } from './table.js';
import { webBench } from './web.js';

export const benchmarks: Record<string, Benchmark> = {
  analysis: analysisBench,
  enrich: enrichBench,
  generate: generateBench,
  ingest: ingestBench,
  search: searchBench,
  web: webBench,
  scale: scaleBench,
  sources: sourcesBench,
};
