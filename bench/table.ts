export interface BenchRow {
  what: string;
  /** The system measured: "zvarot" or a peer. */
  system: string;
  /** Median of the runs, in `unit`. */
  value: number;
  unit: string;
  /** Value divided by the reference row's value in the same run, where there is one. */
  ratio?: number;
  /** A bound the issue sets (same unit), and whether lower is better. */
  limit?: { value: number; lowerIsBetter: boolean };
  detail?: string;
}

export interface BenchSection {
  title: string;
  rows: BenchRow[];
}

export type Benchmark = () => Promise<BenchSection>;

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export function formatBench(s: BenchSection): string {
  const header = ['what', 'system', 'median', 'ratio', 'limit', 'ok', 'detail'];
  const body = s.rows.map((r) => [
    r.what,
    r.system,
    `${r.value < 10 ? r.value.toFixed(2) : r.value.toFixed(0)} ${r.unit}`,
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
    r.limit ? `${r.limit.lowerIsBetter ? '≤' : '≥'} ${r.limit.value} ${r.unit}` : '',
    r.limit ? ((r.limit.lowerIsBetter ? r.value <= r.limit.value : r.value >= r.limit.value) ? 'yes' : 'NO') : '',
    r.detail ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [`\n## ${s.title}`, line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** The p-quantile (0–1) of the values, nearest rank. */
export function quantile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] as number) : Number.NaN;
}
