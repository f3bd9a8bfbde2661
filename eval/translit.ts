/**
 * Romanisation and cross-script keys on third-party data.
 * - iuliia sample exactness: every sample pair of the Russian schemes zvarot implements. iuliia
 *   writes the Latin ë of BGN/PCGN and GOST 7.79 as the Cyrillic letter ё (U+0451), which looks the
 *   same; the comparison reads it as ë.
 * - The way back: how often a sample's Cyrillic word is among the candidates of its Latin word.
 * - Cross-script name recall: person and location names of the FactRuEval-2016 dev set, each
 *   romanised under several schemes; how often the key of the romanisation equals the key of the
 *   Cyrillic original.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { nameKey } from '../src/language/keys.js';
import { cyrillicCandidates, romanize, type RussianScheme } from '../src/language/romanize.js';
import type { EvalRow, Evaluation } from './table.js';

const RUSSIAN: RussianScheme[] = ['bgn_pcgn', 'gost_779', 'icao_doc_9303', 'mvd_782', 'wikipedia'];
const WORD = /[\p{L}’”ʹʺ·'-]+/gu;

/** Single-word person and location names of FactRuEval: the spans of those types, as written. */
export function factRuNames(dir: string): string[] {
  const out = new Set<string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.spans'))) {
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      const [head, tail] = line.split('#');
      const type = head?.split(' ')[1];
      if (!tail || !type || !['name', 'surname', 'patronymic', 'loc_name'].includes(type)) continue;
      const words = tail.trim().split(' ').slice(1);
      if (words.length !== 1) continue;
      const w = words[0]!;
      if (/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w) && /\p{Script=Cyrillic}/u.test(w)) out.add(w);
    }
  }
  return [...out].sort();
}

export const translitEval: Evaluation = async (dataDir) => {
  const rows: EvalRow[] = [];
  const iuliia = path.join(dataDir, 'iuliia');
  if (existsSync(iuliia)) {
    let back = 0;
    let backAll = 0;
    for (const scheme of RUSSIAN) {
      const file = path.join(iuliia, `${scheme}.json`);
      if (!existsSync(file)) continue;
      const samples = (JSON.parse(readFileSync(file, 'utf8')) as { samples: [string, string][] }).samples;
      let ok = 0;
      for (const [cyr, lat] of samples) {
        const expected = lat.replace(/ё/g, 'ë').replace(/Ё/g, 'Ë');
        if (romanize(cyr, scheme) === expected) ok++;
        const cw = cyr.match(WORD) ?? [];
        const lw = expected.match(WORD) ?? [];
        if (cw.length !== lw.length) continue;
        cw.forEach((c, i) => {
          backAll++;
          if (cyrillicCandidates(lw[i]!, 'ru', 16).includes(c.toLowerCase())) back++;
        });
      }
      rows.push({ metric: `iuliia sample exactness, ${scheme}`, system: 'zvarot', value: ok / samples.length, must: 1, detail: `${ok}/${samples.length} samples` });
    }
    rows.push({ metric: 'Latin → Cyrillic: original among 16 candidates, iuliia sample words', system: 'zvarot', value: back / (backAll || 1), detail: `${back}/${backAll} words` });
  }
  const fre = path.join(dataDir, 'factRuEval-2016', 'devset');
  if (existsSync(fre)) {
    const names = factRuNames(fre);
    const schemes: RussianScheme[] = ['wikipedia', 'bgn_pcgn', 'icao_doc_9303', 'mvd_782', 'gost_779'];
    let hit = 0;
    let all = 0;
    for (const n of names) {
      const key = nameKey(n);
      for (const s of schemes) {
        all++;
        if (nameKey(romanize(n, s)) === key) hit++;
      }
    }
    rows.push({
      metric: 'cross-script name recall: key(romanised) = key(Cyrillic), FactRuEval dev names',
      system: 'zvarot',
      value: hit / (all || 1),
      must: 0.95,
      detail: `${hit}/${all} (${names.length} names × ${schemes.length} schemes)`,
    });
    // The same names through the first reverse candidate: a Latin query finds the Cyrillic name.
    let viaBack = 0;
    for (const n of names) if (cyrillicCandidates(romanize(n, 'wikipedia'), 'ru', 16).includes(n.toLowerCase())) viaBack++;
    rows.push({ metric: 'Latin → Cyrillic: name among 16 candidates of its Wikipedia romanisation', system: 'zvarot', value: viaBack / (names.length || 1), detail: `${viaBack}/${names.length}` });
  }
  if (!rows.length) return { title: 'Romanisation and cross-script keys', rows, skipped: `missing ${iuliia} and ${fre}` };
  return { title: 'Romanisation and cross-script keys', rows };
};
