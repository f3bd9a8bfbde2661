/**
 * Enrichment speed: enrich() (entities, kind and flags, personal data) on the demo letters, one
 * core (the loop runs on the main thread), beside its parts and beside analyze() on the same
 * letters as the reference row: on these shared machines absolute times are noise, the ratio to a
 * simple pass over the same text in the same run is not.
 *
 * 20,000 demo letters (seed 7) are generated once; one warm-up pass fills the caches that live
 * across letters (spellings, their lexicon facts), as they are filled in any real ingest; then
 * three timed passes each, and the median.
 */
import { generateLetters } from '../src/demo/index.js';
import { classify, enrich, findEntities, findPii } from '../src/enrich/index.js';
import { analyze } from '../src/language/analyze.js';
import { median, type BenchRow, type BenchSection } from './table.js';

const LETTERS = 20_000;

/** Seconds per pass, median of three after a warm-up pass. */
function timed(pass: () => void): number {
  pass();
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    pass();
    runs.push((performance.now() - t0) / 1000);
  }
  return median(runs);
}

export async function enrichBench(): Promise<BenchSection> {
  const letters = [...generateLetters({ letters: LETTERS, seed: 7 })].map(({ record }) => ({ body: record.body, ...(record.subject ? { subject: record.subject } : {}) }));
  const chars = letters.reduce((n, l) => n + l.body.length, 0);
  const reference = timed(() => {
    for (const l of letters) analyze(l.body);
  });
  const whole = timed(() => {
    for (const l of letters) enrich(l);
  });
  const entities = timed(() => {
    for (const l of letters) findEntities(l.body);
  });
  const pii = timed(() => {
    for (const l of letters) findPii(l.body);
  });
  // Without the entities enrich() passes it (names, designated organisations): the rules alone.
  const kind = timed(() => {
    for (const l of letters) classify(l.body, l.subject ? { subject: l.subject } : {});
  });
  const perSecond = (seconds: number) => LETTERS / seconds;
  const row = (what: string, seconds: number, extra: Partial<BenchRow> = {}): BenchRow => ({
    what,
    system: 'zvarot',
    value: perSecond(seconds),
    unit: 'letters/s',
    ratio: seconds / reference,
    detail: `${((seconds / LETTERS) * 1e6).toFixed(0)} µs a letter; ratio: its time over analyze()'s`,
    ...extra,
  });
  return {
    title: `Enrichment speed (${LETTERS.toLocaleString('en')} demo letters, seed 7, ${(chars / LETTERS).toFixed(0)} characters on average, one core)`,
    rows: [
      { what: 'analyze() on the same letters', system: 'zvarot analyze (reference)', value: perSecond(reference), unit: 'letters/s', ratio: 1 },
      row('enrich(): entities, kind and flags, personal data', whole, { limit: { value: 5000, lowerIsBetter: false } }),
      row('findEntities()', entities),
      row('findPii()', pii),
      row('classify() without entities', kind),
    ],
  };
}
