/**
 * Stemming quality on real text.
 * - Snowball exactness: zvarot's Snowball-compatible Russian stemmer on Snowball's own test
 *   vocabulary (voc.txt → output.txt), word by word.
 * - B³ F1 of grouping: every distinct lower-cased word form of a UD dev split is one item; its gold
 *   cluster is its lemma (the lemma it carries most often), its predicted cluster its stem. Beside
 *   zvarot, in the same run: no stemming, the first six letters, and Snowball Russian with ё folded.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import snowball from 'snowball-stemmers';
import { cleanText, foldWord } from '../src/language/normalize.js';
import { snowballRussian, stem } from '../src/language/stem/index.js';
import type { EvalRow, Evaluation } from './table.js';
import { isWord, readConllu } from './ud.js';

const SPLITS = [
  { lang: 'ru', name: 'UD Russian-GSD dev', file: path.join('ud-russian-gsd', 'ru_gsd-ud-dev.conllu'), must: 0.97 },
  { lang: 'be', name: 'UD Belarusian-HSE dev', file: path.join('ud-belarusian-hse', 'be_hse-ud-dev.conllu'), must: 0.93 },
] as const;

/** Distinct lower-cased forms of a split, each with the lemma it carries most often. */
export function formLemmas(file: string): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of readConllu(file)) {
    for (const t of s.tokens) {
      if (!isWord(t)) continue;
      const form = t.form.toLowerCase();
      const lemma = t.lemma.toLowerCase();
      const per = counts.get(form) ?? new Map<string, number>();
      per.set(lemma, (per.get(lemma) ?? 0) + 1);
      counts.set(form, per);
    }
  }
  const out = new Map<string, string>();
  for (const [form, per] of counts) {
    let best = '';
    let n = -1;
    for (const [lemma, c] of per) if (c > n) [best, n] = [lemma, c];
    out.set(form, best);
  }
  return out;
}

export interface Bcubed {
  precision: number;
  recall: number;
  f1: number;
}

/** B-cubed precision, recall and F1 of `predicted` clusters against `gold`, over the same items. */
export function bcubed(items: readonly string[], gold: (item: string) => string, predicted: (item: string) => string): Bcubed {
  const g = items.map(gold);
  const p = items.map(predicted);
  const pairs = new Map<string, number>();
  const gSize = new Map<string, number>();
  const pSize = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const key = `${g[i]}\u0000${p[i]}`;
    pairs.set(key, (pairs.get(key) ?? 0) + 1);
    gSize.set(g[i]!, (gSize.get(g[i]!) ?? 0) + 1);
    pSize.set(p[i]!, (pSize.get(p[i]!) ?? 0) + 1);
  }
  let precision = 0;
  let recall = 0;
  for (let i = 0; i < items.length; i++) {
    const both = pairs.get(`${g[i]}\u0000${p[i]}`)!;
    precision += both / pSize.get(p[i]!)!;
    recall += both / gSize.get(g[i]!)!;
  }
  precision /= items.length || 1;
  recall /= items.length || 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const reference = snowball.newStemmer('russian');

export const stemEval: Evaluation = async (dataDir) => {
  const rows: EvalRow[] = [];
  const voc = path.join(dataDir, 'snowball-russian', 'voc.txt');
  const out = path.join(dataDir, 'snowball-russian', 'output.txt');
  if (existsSync(voc) && existsSync(out)) {
    const words = readFileSync(voc, 'utf8').split('\n');
    const stems = readFileSync(out, 'utf8').split('\n');
    let right = 0;
    let n = 0;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!w) continue;
      n++;
      if (snowballRussian(w) === stems[i]) right++;
    }
    rows.push({ metric: 'Snowball Russian exactness, Snowball test vocabulary', system: 'zvarot snowball', value: right / n, must: 1, detail: `${right}/${n}` });
  }
  for (const s of SPLITS) {
    const file = path.join(dataDir, s.file);
    if (!existsSync(file)) continue;
    const lemmas = formLemmas(file);
    const items = [...lemmas.keys()];
    const gold = (f: string) => lemmas.get(f)!;
    const systems: { system: string; stem: (f: string) => string; must?: number }[] = [
      { system: 'no stemming', stem: (f) => f },
      { system: 'first 6 letters', stem: (f) => [...f].slice(0, 6).join('') },
      { system: 'Snowball Russian (ё→е)', stem: (f) => reference.stem(f.replace(/ё/g, 'е')) },
      // As analysis sees a word: cleaned (look-alike Latin letters, apostrophes), folded, stemmed.
      { system: 'zvarot', stem: (f) => stem(foldWord(cleanText(f), s.lang), s.lang), must: s.must },
    ];
    for (const sys of systems) {
      const b = bcubed(items, gold, sys.stem);
      rows.push({
        metric: `B³ F1 of grouping forms by stem, ${s.name}`,
        system: sys.system,
        value: b.f1,
        must: sys.must,
        detail: `P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)}, ${items.length} forms`,
      });
    }
  }
  if (!rows.length) return { title: 'Stemming', rows, skipped: `missing ${path.join(dataDir, 'snowball-russian')} and the UD splits` };
  return { title: 'Stemming', rows };
};
