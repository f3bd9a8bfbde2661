/**
 * Personal data in the shapes it takes in real Belarusian letters: phone numbers in many spellings,
 * personal identification numbers with a valid check digit, passport numbers, e-mail addresses.
 * Every value is fictional; the formats are real so that detection is tested on what it will meet.
 */
import type { Gender } from '../language/types.js';
import type { Rng } from './types.js';

const MOBILE_CODES = ['29', '29', '29', '33', '33', '44', '44', '25'] as const;

/** Area codes of oblast centres and some raion towns, for landline numbers. */
const LANDLINE_CODES: Record<string, string> = {
  'minsk-city': '17',
  brest: '162',
  vitebsk: '212',
  homel: '232',
  hrodna: '152',
  mahilyow: '222',
  minsk: '17',
};

export interface PhoneNumber {
  /** The subscriber's digits after the country code, e.g. "291234567". */
  national: string;
  mobile: boolean;
}

export function makePhone(rng: Rng, oblast: string): PhoneNumber {
  if (rng.chance(0.85)) {
    const code = rng.pick(MOBILE_CODES);
    return { national: code + String(rng.int(1000000, 9999999)), mobile: true };
  }
  const code = LANDLINE_CODES[oblast] ?? '17';
  const digits = 9 - code.length;
  const subscriber = String(rng.int(2 * 10 ** (digits - 1), 10 ** digits - 1));
  return { national: code + subscriber, mobile: false };
}

/** Writes a phone number the way one person habitually does. */
export function formatPhone(p: PhoneNumber, style: number): string {
  const n = p.national;
  if (!p.mobile) {
    const code = n.length === 9 && n.startsWith('17') ? '17' : n.slice(0, 3);
    const rest = n.slice(code.length);
    const grouped = rest.length === 7 ? `${rest.slice(0, 3)}-${rest.slice(3, 5)}-${rest.slice(5)}` : `${rest.slice(0, 2)}-${rest.slice(2, 4)}-${rest.slice(4)}`;
    return style % 2 === 0 ? `8 (0${code}) ${grouped}` : `+375 ${code} ${grouped}`;
  }
  const code = n.slice(0, 2);
  const a = n.slice(2, 5);
  const b = n.slice(5, 7);
  const c = n.slice(7, 9);
  switch (style % 8) {
    case 0:
      return `+375 ${code} ${a}-${b}-${c}`;
    case 1:
      return `+375${code}${a}${b}${c}`;
    case 2:
      return `8 (0${code}) ${a}-${b}-${c}`;
    case 3:
      return `80${code}${a}${b}${c}`;
    case 4:
      return `+375 (${code}) ${a} ${b} ${c}`;
    case 5:
      return `80${code} ${a}${b}${c}`;
    case 6:
      return `+375-${code}-${a}-${b}-${c}`;
    default:
      return `${code} ${a} ${b} ${c}`;
  }
}

/** Region letters of the personal number, by oblast of registration. */
const REGION_LETTER: Record<string, string> = {
  brest: 'A',
  vitebsk: 'B',
  homel: 'C',
  hrodna: 'K',
  mahilyow: 'E',
  minsk: 'M',
  'minsk-city': 'H',
};

function charValue(ch: string): number {
  const code = ch.charCodeAt(0);
  return code >= 48 && code <= 57 ? code - 48 : code - 55;
}

/** The check digit of a Belarusian personal number: weights 7, 3, 1 over the first 13 characters, mod 10. */
export function personalNumberCheckDigit(first13: string): number {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < first13.length; i++) sum += charValue(first13[i] as string) * (weights[i % 3] as number);
  return sum % 10;
}

/** A Belarusian personal identification number (14 characters), e.g. 3140285A001PB5. */
export function makePersonalNumber(rng: Rng, gender: Gender, birth: Date, oblast: string): string {
  const y = birth.getUTCFullYear();
  const centuryDigit = (y >= 2000 ? 5 : 3) + (gender === 'f' ? 1 : 0);
  const dd = String(birth.getUTCDate()).padStart(2, '0');
  const mm = String(birth.getUTCMonth() + 1).padStart(2, '0');
  const yy = String(y % 100).padStart(2, '0');
  const region = REGION_LETTER[oblast] ?? 'H';
  const serial = String(rng.int(1, 999)).padStart(3, '0');
  const first13 = `${centuryDigit}${dd}${mm}${yy}${region}${serial}PB`;
  return first13 + String(personalNumberCheckDigit(first13));
}

/** Passport series by oblast of issue. */
const PASSPORT_SERIES: Record<string, string> = {
  brest: 'AB',
  vitebsk: 'BM',
  homel: 'HB',
  hrodna: 'KH',
  mahilyow: 'KB',
  minsk: 'MC',
  'minsk-city': 'MP',
};

export function makePassport(rng: Rng, oblast: string): string {
  return `${PASSPORT_SERIES[oblast] ?? 'MP'}${rng.int(1000000, 9999999)}`;
}

/** Writers put the series in Latin or Cyrillic letters, with or without a space. */
export function formatPassport(passport: string, style: number): string {
  const series = passport.slice(0, 2);
  const number = passport.slice(2);
  const cyr = series.replace(/A/g, 'А').replace(/B/g, 'В').replace(/M/g, 'М').replace(/P/g, 'Р').replace(/C/g, 'С').replace(/H/g, 'Н').replace(/K/g, 'К');
  switch (style % 4) {
    case 0:
      return `${series}${number}`;
    case 1:
      return `${series} ${number}`;
    case 2:
      return `${cyr}${number}`;
    default:
      return `${cyr} ${number}`;
  }
}

const MAIL_DOMAINS = ['mail.ru', 'gmail.com', 'tut.by', 'yandex.by', 'yandex.ru', 'rambler.ru', 'inbox.ru', 'list.ru', 'bk.ru'] as const;

/** An e-mail address built from a romanised name, as most people build theirs. */
export function makeEmail(rng: Rng, latinFirst: string, latinSurname: string, birthYear: number): string {
  const f = latinFirst.toLowerCase().replace(/[^a-z]/g, '');
  const s = latinSurname.toLowerCase().replace(/[^a-z]/g, '');
  const yy = String(birthYear % 100).padStart(2, '0');
  const local = rng.pick([
    `${s}.${f}`,
    `${f}.${s}`,
    `${f}${s}${yy}`,
    `${s}${rng.int(1, 999)}`,
    `${f[0] ?? 'x'}${s}`,
    `${f}_${birthYear}`,
    `${s}_${f[0] ?? 'x'}${yy}`,
  ]);
  return `${local}@${rng.pick(MAIL_DOMAINS)}`;
}
