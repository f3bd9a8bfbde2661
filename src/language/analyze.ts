/**
 * The analysis every text goes through before it is indexed or searched: clean → tokenise →
 * identify the language per paragraph → fold → stem. Search and enrichment build on these tokens;
 * offsets always point into the clean text that the reader sees.
 */
import { remembered } from '../core/memo.js';
import type { Lang } from '../core/record.js';
import { nameKey } from './keys.js';
import { detectLanguage, detectLetterLanguage } from './langid.js';
import { cleanText, foldWord } from './normalize.js';
import { paradigmForms } from './paradigm.js';
import { stem } from './stem/index.js';
import { tokenize, type TokenKind } from './tokenize.js';
import type { TextLang } from './types.js';

/**
 * The version of what analysis writes into the index (tokens, folding, stems). Bump it whenever a
 * change would give a stored letter other index terms: an archive indexed under another version is
 * refused for writing and rebuilt by `zvarot demo`, because old and new stems do not meet.
 */
export const ANALYZER_VERSION = 3;

export interface AnalyzedToken {
  /** Offsets into the clean text, end exclusive. */
  start: number;
  end: number;
  kind: TokenKind;
  /** The folded surface form ("могилеве"). */
  form: string;
  /** The stem under the paragraph's language ("могилев"); numbers, e-mails and phones are their own stem. */
  stem: string;
  lang: TextLang;
  /**
   * The cross-script key (keys.ts) of a word that may be a name or a place: capitalised, or written
   * in Latin letters. Absent for other tokens, and for keys under two sounds, which match too much.
   */
  key?: string;
}

export interface Analysis {
  text: string;
  lang: Lang | 'und';
  tokens: AnalyzedToken[];
}

function stemLang(l: string): TextLang {
  return l === 'be' ? 'be' : 'ru';
}

export interface AnalyzeOptions {
  /** Whether to give name-like words their cross-script key (default true); a snippet whose query reads none skips them. */
  keys?: boolean;
}

/** Analyses a letter (or any text); `lang` skips identification when the caller knows it. */
export function analyze(raw: string, lang?: TextLang, opts: AnalyzeOptions = {}): Analysis {
  const keys = opts.keys !== false;
  const text = cleanText(raw);
  const detected = lang ? { lang, paragraphs: [] } : detectLetterLanguage(text);
  const tokens: AnalyzedToken[] = [];
  const paragraphRe = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const para of text.matchAll(paragraphRe)) {
    const base = para.index ?? 0;
    const pl = lang ?? stemLang(detected.lang === 'mixed' ? detectLanguage(para[0]) : detected.lang);
    for (const t of tokenize(para[0])) {
      const form = t.kind === 'phone' ? t.text.replace(/[^\d+]/g, '') : foldWord(t.text, pl);
      const token: AnalyzedToken = {
        start: base + t.start,
        end: base + t.end,
        kind: t.kind,
        form,
        stem: t.kind === 'word' ? stem(form, pl) : form,
        lang: pl,
      };
      const key = keys && t.kind === 'word' ? nameLikeKey(t.text) : null;
      if (key) token.key = key;
      tokens.push(token);
    }
  }
  return { text, lang: detected.lang, tokens };
}

const NAME_LIKE = /^\p{Lu}|[a-z]/u;

/** The cross-script key of a word written like a name (capitalised, or in Latin letters), if it has one. */
export function nameLikeKey(word: string): string | null {
  if (!NAME_LIKE.test(word)) return null;
  const key = nameKey(word);
  return key.length >= 2 && !key.includes(' ') ? key : null;
}

/** Letters only Russian spells with (и щ ъ), and only Belarusian (і ў). */
const ONLY_RU = /[ищъ]/i;
const ONLY_BE = /[іў]/i;

/**
 * The languages a query word may be in (the query box does not say), unless its letters rule one
 * out: "заявлений" is not Belarusian, "заяў" is not Russian. A word with letters of both (a typo, a
 * mixed spelling) is read as Russian.
 */
export function queryLangs(word: string): TextLang[] {
  const out: TextLang[] = [];
  if (!ONLY_BE.test(word)) out.push('ru');
  if (!ONLY_RU.test(word)) out.push('be');
  return out.length ? out : ['ru'];
}

/** The folded surface form of a query word, as the exact view holds it (ё kept in Belarusian words). */
export function queryForm(word: string): string {
  return foldWord(word, /[іў']/i.test(word) ? 'be' : 'ru');
}

/**
 * Stems a query word under every language it may be in. Kept by word: compiling "мусор" stems
 * each of its 80 paradigm forms, and a reporter runs the same words again with one more filter.
 */
export const queryStems: (word: string) => readonly string[] = remembered((word) => [...new Set(queryLangs(word).map((l) => stem(foldWord(word, l), l)))]);

/**
 * Forms the query word may take when read as a dictionary form, in every language it may be in:
 * candidates for the archive's vocabulary to confirm (see paradigm.ts). Kept by word.
 */
export const queryForms: (word: string) => readonly string[] = remembered((word) => {
  const out = new Set<string>();
  for (const l of queryLangs(word)) for (const f of paradigmForms(foldWord(word, l), l)) out.add(f);
  return [...out];
});
