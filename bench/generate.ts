/**
 * The generator at scale, in a child process so its peak RSS is its own: 40,000 letters (the demo)
 * three times for a median, and 1,000,000 letters once for the memory bound.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { median, type BenchSection } from './table.js';

const demoModule = new URL('../src/demo/index.js', import.meta.url).href;

function runChild(letters: number, out: string): { seconds: number; maxRssMb: number } {
  const script = `
    const { writeCorpus } = await import(${JSON.stringify(demoModule)});
    const t0 = performance.now();
    await writeCorpus({ letters: ${letters}, seed: 1, out: ${JSON.stringify(out)} });
    const seconds = (performance.now() - t0) / 1000;
    process.stdout.write(JSON.stringify({ seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  `;
  const res = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(res) as { seconds: number; maxRssMb: number };
}

export async function generateBench(): Promise<BenchSection> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zvarot-bench-gen-'));
  try {
    const out = path.join(dir, 'letters.jsonl');
    const small = [0, 1, 2].map(() => runChild(40_000, out));
    const size = statSync(out).size;
    const letters = Number(process.env.ZVAROT_BENCH_GEN_LETTERS ?? 1_000_000);
    const big = runChild(letters, out);
    return {
      title: 'Demo generator',
      rows: [
        { what: '40,000 letters', system: 'zvarot generate', value: median(small.map((r) => r.seconds)), unit: 's', limit: { value: 20, lowerIsBetter: true }, detail: `3 runs; ${(size / 2 ** 20).toFixed(1)} MiB of JSONL` },
        { what: '40,000 letters, peak RSS', system: 'zvarot generate', value: median(small.map((r) => r.maxRssMb)), unit: 'MB' },
        { what: `${letters.toLocaleString('en')} letters`, system: 'zvarot generate', value: big.seconds, unit: 's', detail: `${Math.round(letters / big.seconds)} letters/s` },
        { what: `${letters.toLocaleString('en')} letters, peak RSS`, system: 'zvarot generate', value: big.maxRssMb, unit: 'MB', limit: { value: 300, lowerIsBetter: true } },
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

