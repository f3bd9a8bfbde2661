/** What an evaluation reports: one section of the table `npm run eval` prints. */
export interface EvalRow {
  /** What was measured, and on what ("B³ F1, UD Belarusian-HSE dev"). */
  metric: string;
  /** The system measured ("zvarot", "Snowball", "no stemming"). */
  system: string;
  value: number;
  /** The figure the issue requires of zvarot's rows; peers carry none. */
  must?: number;
  /** Free text: counts, sizes ("312 / 315 samples"). */
  detail?: string;
}

export interface EvalSection {
  title: string;
  rows: EvalRow[];
  /** Set when the data the section needs is missing: the section is reported as skipped. */
  skipped?: string;
}

export type Evaluation = (dataDir: string) => Promise<EvalSection>;

export function formatSections(sections: EvalSection[]): string {
  const out: string[] = [];
  for (const s of sections) {
    out.push(`\n## ${s.title}`);
    if (s.skipped) {
      out.push(`skipped: ${s.skipped}`);
      continue;
    }
    const header = ['metric', 'system', 'value', 'must', 'ok', 'detail'];
    const body = s.rows.map((r) => [
      r.metric,
      r.system,
      r.value.toFixed(4),
      r.must === undefined ? '' : `≥ ${r.must}`,
      r.must === undefined ? '' : r.value >= r.must ? 'yes' : 'NO',
      r.detail ?? '',
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
    out.push(line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line));
  }
  return out.join('\n');
}

export function failedMusts(sections: EvalSection[]): EvalRow[] {
  return sections.flatMap((s) => s.rows.filter((r) => r.must !== undefined && r.value < r.must));
}
