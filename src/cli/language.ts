/**
 * Line-by-line language tools for scripting and measuring: each reads stdin one item per line and
 * writes one answer per line, so they compose with the usual Unix tools.
 */
import { createInterface } from 'node:readline';
import { ZvarotError } from '../core/errors.js';
import { findPlace } from '../language/gazetteer/index.js';
import { detectLanguage } from '../language/langid.js';
import { nameKey } from '../language/keys.js';
import { foldWord } from '../language/normalize.js';
import { cyrillicCandidates, isScheme, romanize, SCHEMES } from '../language/romanize.js';
import { stem } from '../language/stem/index.js';

async function eachLine(fn: (line: string) => string): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let out = '';
  for await (const line of rl) {
    out += fn(line) + '\n';
    if (out.length > 1 << 16) {
      process.stdout.write(out);
      out = '';
    }
  }
  process.stdout.write(out);
}

export async function stemCommand(a: { lang: string }): Promise<void> {
  if (a.lang !== 'ru' && a.lang !== 'be') throw new ZvarotError('E_OPTION_RANGE', `--lang takes ru or be, not "${a.lang}"`);
  const lang = a.lang;
  await eachLine((line) => {
    const w = line.trim();
    return w === '' ? '' : stem(foldWord(w, lang), lang);
  });
}

export async function langidCommand(): Promise<void> {
  await eachLine((line) => detectLanguage(line));
}

export function placeCommand(a: { name: string }): void {
  const place = findPlace(a.name);
  if (!place) throw new ZvarotError('E_PLACE_UNKNOWN', `no place in the gazetteer is spelt "${a.name}"`);
  process.stdout.write(JSON.stringify(place, null, 2) + '\n');
}

export async function translitCommand(a: { scheme?: string; reverse?: boolean; lang?: string }): Promise<void> {
  if (a.lang !== undefined && a.lang !== 'ru' && a.lang !== 'be') throw new ZvarotError('E_OPTION_RANGE', `--lang takes ru or be, not "${a.lang}"`);
  const lang = a.lang as 'ru' | 'be' | undefined;
  if (a.reverse) {
    // One line of candidates per input line; a line of several words gets them word by word.
    await eachLine((line) => line.trim().split(/\s+/).filter(Boolean).map((w) => cyrillicCandidates(w, lang).join(' ')).join(' | '));
    return;
  }
  const scheme = a.scheme ?? '';
  if (!isScheme(scheme)) {
    throw new ZvarotError('E_OPTION_RANGE', `--scheme takes one of ${SCHEMES.map((s) => s.name).join(', ')}; not "${scheme}"`);
  }
  await eachLine((line) => romanize(line, scheme));
}

export async function keyCommand(): Promise<void> {
  await eachLine((line) => nameKey(line));
}
