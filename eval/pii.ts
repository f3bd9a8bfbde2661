/**
 * Personal data against the demo generator's truth: every phone, e-mail, address, personal number
 * and passport the generator wrote, with exact offsets (the writer records them as it writes).
 * Names are persons, found by the entity recogniser and measured in the entities section.
 *
 * A truth span counts as found when a span of the same type covers it (what redaction needs); a
 * found span is right when it overlaps a truth span. Exact-boundary agreement is reported beside.
 */
import { generateLetters } from '../src/demo/index.js';
import { findPii, type PiiSpan } from '../src/enrich/pii.js';
import type { EvalRow, Evaluation } from './table.js';

export const piiEval: Evaluation = async () => {
  const per = new Map<string, { truth: number; covered: number; exact: number }>();
  let found = 0;
  let right = 0;
  let letters = 0;
  let ms = 0;
  const misses: string[] = [];
  for (const { record, truth } of generateLetters({ letters: 20_000, seed: 9 })) {
    letters++;
    const t0 = performance.now();
    const got: PiiSpan[] = findPii(record.body);
    ms += performance.now() - t0;
    const gold = truth.pii.filter((p) => p.type !== 'name');
    for (const g of gold) {
      const x = per.get(g.type) ?? { truth: 0, covered: 0, exact: 0 };
      x.truth++;
      if (got.some((s) => s.type === g.type && s.start <= g.start && s.end >= g.end)) x.covered++;
      else if (misses.length < 5) misses.push(`${g.type} «${record.body.slice(g.start, g.end)}»`);
      if (got.some((s) => s.type === g.type && s.start === g.start && s.end === g.end)) x.exact++;
      per.set(g.type, x);
    }
    for (const s of got) {
      found++;
      if (truth.pii.some((g) => s.start < g.end && g.start < s.end)) right++;
    }
  }
  const all = [...per.values()].reduce((a, x) => ({ truth: a.truth + x.truth, covered: a.covered + x.covered, exact: a.exact + x.exact }), { truth: 0, covered: 0, exact: 0 });
  const rows: EvalRow[] = [
    { metric: 'recall, demo truth (phones, e-mails, addresses, ID and passport numbers)', system: 'zvarot', value: all.covered / all.truth, must: 0.99, detail: `${all.covered}/${all.truth} covered; misses e.g. ${misses.slice(0, 3).join('; ') || 'none'}` },
    { metric: 'precision, demo truth', system: 'zvarot', value: right / (found || 1), must: 0.95, detail: `${right}/${found}` },
    { metric: 'exact boundaries, demo truth', system: 'zvarot', value: all.exact / all.truth, detail: `${all.exact}/${all.truth}` },
  ];
  for (const [type, x] of per) rows.push({ metric: `recall, ${type}`, system: 'zvarot', value: x.covered / x.truth, detail: `${x.covered}/${x.truth}` });
  rows.push({ metric: 'speed (letters/s, one core)', system: 'zvarot', value: letters / (ms / 1000), detail: `${letters} letters` });
  return { title: 'Personal data (demo truth, 20,000 letters)', rows };
};
