/**
 * Kind and flags: the classifier on two sets, reported apart.
 *
 * 1. `eval/fixtures/kinds.jsonl`: letters written for this evaluation independently of the demo
 *    generator (other phrasings, other lengths, Russian and Belarusian, every hard case of the
 *    brief), with the musts of the issue: self-denunciation recall ≥ 0.95 at precision ≥ 0.90,
 *    denunciation F1 ≥ 0.90, kind macro-F1 ≥ 0.85.
 * 2. The demo generator's truth (20,000 letters, seed 7): what the demo archive shows.
 *
 * The fixtures live in the repository (they are the project's own text), so this section never
 * needs ../shared.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FLAGS, KINDS, type Flag, type Kind } from '../src/core/record.js';
import { generateLetters } from '../src/demo/index.js';
import { enrich } from '../src/enrich/index.js';
import type { EvalRow, Evaluation } from './table.js';

interface Labelled {
  id: string;
  kind: Kind;
  flags: Flag[];
  body: string;
  subject?: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
/** dist/eval → eval/fixtures in the source tree. */
const FIXTURES = path.resolve(here, '..', '..', 'eval', 'fixtures', 'kinds.jsonl');

export function readFixtures(file = FIXTURES): Labelled[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
}

interface Prf {
  p: number;
  r: number;
  f: number;
  n: number;
}

function prf(gold: boolean[], pred: boolean[]): Prf {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  gold.forEach((g, i) => {
    if (g && pred[i]) tp++;
    else if (pred[i]) fp++;
    else if (g) fn++;
  });
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f: (2 * p * r) / (p + r || 1), n: tp + fn };
}

function judge(label: string, letters: Labelled[], musts: boolean): EvalRow[] {
  const t0 = performance.now();
  const got = letters.map((l) => enrich({ body: l.body, subject: l.subject }));
  const ms = performance.now() - t0;
  const rows: EvalRow[] = [];
  const perKind = new Map<Kind, Prf>();
  for (const k of KINDS) {
    const x = prf(
      letters.map((l) => l.kind === k),
      got.map((g) => g.kind === k),
    );
    if (x.n) perKind.set(k, x);
  }
  const macro = [...perKind.values()].reduce((a, x) => a + x.f, 0) / perKind.size;
  const self = perKind.get('self_denunciation');
  const den = perKind.get('denunciation');
  const accuracy = letters.filter((l, i) => l.kind === got[i]!.kind).length / letters.length;
  rows.push({ metric: `kind macro-F1, ${label}`, system: 'zvarot', value: macro, ...(musts ? { must: 0.85 } : {}), detail: `${letters.length} letters, accuracy ${accuracy.toFixed(3)}` });
  if (self) {
    rows.push({ metric: `self-denunciation recall, ${label}`, system: 'zvarot', value: self.r, ...(musts ? { must: 0.95 } : {}), detail: `n=${self.n}` });
    rows.push({ metric: `self-denunciation precision, ${label}`, system: 'zvarot', value: self.p, ...(musts ? { must: 0.9 } : {}) });
  }
  if (den) rows.push({ metric: `denunciation F1, ${label}`, system: 'zvarot', value: den.f, ...(musts ? { must: 0.9 } : {}), detail: `P ${den.p.toFixed(3)} R ${den.r.toFixed(3)} n=${den.n}` });
  for (const [k, x] of perKind) {
    if (k === 'denunciation') continue;
    rows.push({ metric: `${k} F1, ${label}`, system: 'zvarot', value: x.f, detail: `P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} n=${x.n}` });
  }
  for (const f of FLAGS) {
    const x = prf(
      letters.map((l) => l.flags.includes(f)),
      got.map((g) => g.flags.includes(f)),
    );
    if (x.n) rows.push({ metric: `flag ${f} F1, ${label}`, system: 'zvarot', value: x.f, detail: `P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} n=${x.n}` });
  }
  rows.push({ metric: `speed, ${label} (letters/s, one core)`, system: 'zvarot', value: letters.length / (ms / 1000), detail: 'kind + flags + entities + personal data; the issue asks ≥ 5,000 (npm run bench)' });
  return rows;
}

export const kindsEval: Evaluation = async () => {
  const fixtures = readFixtures();
  const generated: Labelled[] = [];
  for (const { record, truth } of generateLetters({ letters: 20_000, seed: 7 })) {
    generated.push({ id: truth.id, kind: truth.kind, flags: truth.flags, body: record.body, ...(record.subject ? { subject: record.subject } : {}) });
  }
  return {
    title: 'Kind and flags (eval/fixtures/kinds.jsonl: written apart from the generator; then the demo truth)',
    rows: [...judge('independent set', fixtures, true), ...judge('demo truth', generated, false)],
  };
};
