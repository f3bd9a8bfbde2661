/**
 * Splits clean text into tokens with their offsets. E-mail addresses and phone numbers stay whole,
 * because they are looked up whole; words keep inner apostrophes (Belarusian "сям'я") and hyphens
 * ("кое-что", "Нью-Йорк").
 */
export type TokenKind = 'word' | 'number' | 'email' | 'phone';

export interface Token {
  text: string;
  kind: TokenKind;
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
}

const TOKEN = new RegExp(
  [
    String.raw`(?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,})`,
    String.raw`(?<phone>(?:(?:\+\d{1,3}|8)[\s-]?)?(?:\(\d{2,5}\)[\s-]?|\d{2,5}[\s-])?\d{2,3}[\s-]?\d{2}[\s-]?\d{2}(?!\d))`,
    String.raw`(?<word>\p{L}[\p{L}\p{M}]*(?:['-][\p{L}\p{M}]+)*)`,
    String.raw`(?<number>\p{N}+(?:[.,/]\p{N}+)*)`,
  ].join('|'),
  'gu',
);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const g = m.groups ?? {};
    const kind: TokenKind = g.email ? 'email' : g.phone && /\d{7}|\d[\s-]\d/.test(g.phone) && g.phone.replace(/\D/g, '').length >= 7 ? 'phone' : g.word ? 'word' : 'number';
    const start = m.index ?? 0;
    tokens.push({ text: m[0], kind, start, end: start + m[0].length });
  }
  return tokens;
}

/** Only the words, as most analyses need. */
export function words(text: string): Token[] {
  return tokenize(text).filter((t) => t.kind === 'word');
}
