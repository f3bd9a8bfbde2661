/** Universal Dependencies CoNLL-U, as much as the evaluations need: sentences, tokens, lemmas. */
import { readFileSync } from 'node:fs';

export interface UdToken {
  form: string;
  lemma: string;
  upos: string;
}

export interface UdSentence {
  id: string;
  text: string;
  tokens: UdToken[];
}

export function readConllu(file: string): UdSentence[] {
  const out: UdSentence[] = [];
  let cur: UdSentence = { id: '', text: '', tokens: [] };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('# sent_id = ')) cur.id = line.slice(12).trim();
    else if (line.startsWith('# text = ')) cur.text = line.slice(9);
    else if (line.trim() === '') {
      if (cur.tokens.length) out.push(cur);
      cur = { id: '', text: '', tokens: [] };
    } else if (!line.startsWith('#')) {
      const cols = line.split('\t');
      // Multi-word token ranges (1-2) and empty nodes (1.1) carry no lemma of their own.
      if (!cols[0] || /[-.]/.test(cols[0])) continue;
      cur.tokens.push({ form: cols[1] ?? '', lemma: cols[2] ?? '', upos: cols[3] ?? '' });
    }
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

/** Tokens that are words: no punctuation, numbers or symbols, and at least one letter. */
export function isWord(t: UdToken): boolean {
  return t.upos !== 'PUNCT' && t.upos !== 'NUM' && t.upos !== 'SYM' && /\p{L}/u.test(t.form);
}
