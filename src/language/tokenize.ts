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

const EMAIL = String.raw`([\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,})`;
const PHONE = String.raw`((?:(?:\+\d{1,3}|8)[\s-]?)?(?:\(\d{2,5}\)[\s-]?|\d{2,5}[\s-])?\d{2,3}[\s-]?\d{2}[\s-]?\d{2}(?!\d))`;
const WORD = String.raw`(\p{L}[\p{L}\p{M}]*(?:['-][\p{L}\p{M}]+)*)`;
const NUMBER = String.raw`(\p{N}+(?:[.,/]\p{N}+)*)`;

/**
 * The token pattern, and the same without the alternatives a text cannot match: an e-mail needs an
 * "@" and a phone an ASCII digit. Most letters have neither, and the regular expression otherwise
 * tries an e-mail at every word (running over the word and back). Each keeps four groups, an empty
 * one where an alternative is left out, so that group 1 is always the e-mail, 2 the phone, 3 the
 * word and 4 the number.
 */
const PATTERNS = [
  new RegExp(`()()${WORD}|${NUMBER}`, 'gu'),
  new RegExp(`()${PHONE}|${WORD}|${NUMBER}`, 'gu'),
  new RegExp(`${EMAIL}()|${WORD}|${NUMBER}`, 'gu'),
  new RegExp(`${EMAIL}|${PHONE}|${WORD}|${NUMBER}`, 'gu'),
];

export function tokenize(text: string): Token[] {
  const re = PATTERNS[(text.includes('@') ? 2 : 0) + (/\d/.test(text) ? 1 : 0)] as RegExp;
  re.lastIndex = 0;
  const tokens: Token[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const phone = m[2];
    const kind: TokenKind = m[1] ? 'email' : phone && /\d{7}|\d[\s-]\d/.test(phone) && phone.replace(/\D/g, '').length >= 7 ? 'phone' : m[3] ? 'word' : 'number';
    tokens.push({ text: m[0], kind, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** Only the words, as most analyses need. */
export function words(text: string): Token[] {
  return tokenize(text).filter((t) => t.kind === 'word');
}
