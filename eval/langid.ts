/**
 * Language identification on real sentences: every sentence of the UD Russian-GSD and
 * Belarusian-HSE dev splits (their `# text =` lines), one sentence at a time, which is harder than
 * a whole letter. Accuracy per language and overall; short sentences (< 40 characters) apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { detectLanguage } from '../src/language/langid.js';
import type { EvalRow, Evaluation } from './table.js';

const SPLITS = [
  { lang: 'ru', file: path.join('ud-russian-gsd', 'ru_gsd-ud-dev.conllu') },
  { lang: 'be', file: path.join('ud-belarusian-hse', 'be_hse-ud-dev.conllu') },
] as const;

function sentences(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('# text = '))
    .map((l) => l.slice('# text = '.length));
}

export const langidEval: Evaluation = async (dataDir) => {
  const missing = SPLITS.map((s) => path.join(dataDir, s.file)).filter((f) => !existsSync(f));
  if (missing.length) return { title: 'Language identification', rows: [], skipped: `missing ${missing.join(', ')}` };
  const rows: EvalRow[] = [];
  let right = 0;
  let all = 0;
  let longRight = 0;
  let longAll = 0;
  for (const s of SPLITS) {
    const texts = sentences(path.join(dataDir, s.file));
    const judged = texts.map((t) => ({ t, ok: detectLanguage(t) === s.lang }));
    const ok = judged.filter((j) => j.ok).length;
    const short = judged.filter((j) => j.t.length < 40);
    right += ok;
    all += texts.length;
    const long = judged.filter((j) => j.t.length >= 40);
    longRight += long.filter((j) => j.ok).length;
    longAll += long.length;
    rows.push({ metric: `accuracy, UD ${s.lang} dev sentences`, system: 'zvarot', value: ok / texts.length, detail: `${ok}/${texts.length}` });
    rows.push({ metric: `accuracy, UD ${s.lang} dev sentences < 40 chars`, system: 'zvarot', value: short.filter((j) => j.ok).length / (short.length || 1), detail: `${short.filter((j) => j.ok).length}/${short.length}` });
  }
  rows.push({ metric: 'accuracy, all UD dev sentences', system: 'zvarot', value: right / all, detail: `${right}/${all}` });
  // Letters are rarely shorter than a sentence of 40 characters; one-word posts and hashtags are.
  rows.push({ metric: 'accuracy, UD dev sentences ≥ 40 chars', system: 'zvarot', value: longRight / longAll, must: 0.97, detail: `${longRight}/${longAll}` });
  return { title: 'Language identification (per sentence)', rows };
};
