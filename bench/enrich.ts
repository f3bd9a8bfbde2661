/**
 * Enrichment speed: enrich() (entities, kind and flags, personal data) on the demo letters, one
 * core (the loop runs on the main thread), beside its parts and beside analyze() on the same
 * letters as the reference row: on these shared machines absolute times are noise, the ratio to a
 * simple pass over the same text in the same run is not.
 *
 * 20,000 demo letters (seed 7) are generated once; one warm-up pass of each fills the caches that
 * live across letters (spellings, their lexicon facts), as they are filled in any real ingest. Then
 * five rounds, each timing one pass of every function in turn, so that a ratio is taken between
 * passes seconds apart (the machine's speed drifts over a minute); the table gives the median
 * speed and the median of the rounds' ratios, and the detail the slowest and fastest round.
 */
import { generateLetters } from '../src/demo/index.js';
import { classify, enrich, findEntities, findPii } from '../src/enrich/index.js';
import { analyze } from '../src/language/analyze.js';
import { median, type BenchRow, type BenchSection } from './table.js';

const LETTERS = 20_000;
const ROUNDS = 5;

export async function enrichBench(): Promise<BenchSection> {
  const letters = [...generateLetters({ letters: LETTERS, seed: 7 })].map(({ record }) => ({ body: record.body, ...(record.subject ? { subject: record.subject } : {}) }));
  const chars = letters.reduce((n, l) => n + l.body.length, 0);
  const passes: [string, () => void][] = [
    ['reference', () => {
      for (const l of letters) analyze(l.body);
    }],
    ['enrich(): entities, kind and flags, personal data', () => {
      for (const l of letters) enrich(l);
    }],
    ['findEntities()', () => {
      for (const l of letters) findEntities(l.body);
    }],
    ['findPii()', () => {
      for (const l of letters) findPii(l.body);
    }],
    // Without the entities enrich() passes it (names, designated organisations): the rules alone.
    ['classify() without entities', () => {
      for (const l of letters) classify(l.body, l.subject ? { subject: l.subject } : {});
    }],
  ];
  for (const [, pass] of passes) pass();
  const seconds = passes.map((): number[] => []);
  for (let r = 0; r < ROUNDS; r++) {
    passes.forEach(([, pass], k) => {
      const t0 = performance.now();
      pass();
      seconds[k]!.push((performance.now() - t0) / 1000);
    });
  }
  const perSecond = (s: number) => LETTERS / s;
  const reference = seconds[0]!;
  const rows: BenchRow[] = [{ what: 'analyze() on the same letters', system: 'zvarot analyze (reference)', value: perSecond(median(reference)), unit: 'letters/s', ratio: 1 }];
  passes.slice(1).forEach(([what], k) => {
    const own = seconds[k + 1]!;
    const ratios = own.map((s, r) => s / reference[r]!);
    const speeds = own.map(perSecond);
    rows.push({
      what,
      system: 'zvarot',
      value: perSecond(median(own)),
      unit: 'letters/s',
      ratio: median(ratios),
      detail: `${((median(own) / LETTERS) * 1e6).toFixed(0)} µs a letter; rounds ${Math.min(...speeds).toFixed(0)}–${Math.max(...speeds).toFixed(0)} letters/s, ratio ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)} (its time over analyze()'s in the same round)`,
      ...(k === 0 ? { limit: { value: 5000, lowerIsBetter: false } } : {}),
    });
  });
  return {
    title: `Enrichment speed (${LETTERS.toLocaleString('en')} demo letters, seed 7, ${(chars / LETTERS).toFixed(0)} characters on average, one core, ${ROUNDS} rounds)`,
    rows,
  };
}
