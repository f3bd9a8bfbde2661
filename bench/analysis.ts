/**
 * Text analysis speed (normalise + tokenise + language id + stem) on real Russian text: the
 * 59,889 St Petersburg appeals, beside the Snowball library alone (split on non-letters, stem each
 * word) as the reference row. One core: the loop runs on the main thread.
 */
import { readFileSync } from 'node:fs';
import snowball from 'snowball-stemmers';
import { analyze } from '../src/language/analyze.js';
import { dataFile } from './data.js';
import { median, type BenchSection } from './table.js';

function loadTexts(): string[] | null {
  const f = dataFile('spb-appeals', 'appeals_text_labels.jsonl');
  if (!f) return null;
  return readFileSync(f, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

export async function analysisBench(): Promise<BenchSection> {
  const texts = loadTexts();
  if (!texts) return { title: 'Analysis speed (skipped: ../shared/data/spb-appeals is missing)', rows: [] };
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const ru = snowball.newStemmer('russian');
  const cache = new Map<string, string>();
  const snowballOnly = () => {
    for (const t of texts) {
      for (const w of t.toLowerCase().split(/[^\p{L}]+/u)) {
        if (!w) continue;
        let s = cache.get(w);
        if (s === undefined) {
          s = ru.stem(w);
          cache.set(w, s);
        }
      }
    }
  };
  const ours = () => {
    for (const t of texts) analyze(t);
  };
  // A warm-up pass each, then three timed passes; the first pass fills the stem caches of both.
  snowballOnly();
  ours();
  const ref = median([0, 1, 2].map(() => time(snowballOnly)));
  const z = median([0, 1, 2].map(() => time(ours)));
  return {
    title: `Analysis speed (${texts.length.toLocaleString('en')} real appeals, ${mb.toFixed(1)} MB, one core)`,
    rows: [
      { what: 'split + stem', system: 'Snowball alone (reference)', value: mb / ref, unit: 'MB/s', ratio: 1 },
      { what: 'clean + tokenise + langid + stem', system: 'zvarot analyze', value: mb / z, unit: 'MB/s', ratio: ref / z, limit: { value: 5, lowerIsBetter: false } },
    ],
  };
}
