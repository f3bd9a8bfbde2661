/**
 * Sender resolution: one key for every letter of one person, however they spelt themselves.
 *
 * People who write many times write their phone in a different shape each time (+375 29 123-45-67,
 * 8 029 1234567, 80291234567), their name in Russian one day and Belarusian the next (Уладзімір
 * Мікалаевіч / Владимир Николаевич), with a slip (Синицына/Синицина, Богданович/Богдановичь), and
 * leave some fields out. So each letter is reduced to features that survive all that:
 *
 * - strong identifiers: the phone as its international digits, the e-mail in lower case, the
 *   personal (identification) number and passport number in Latin capitals; from the sender
 *   fields, and from the body (`findPii`) when the fields hold none;
 * - the name as cross-script keys (`nameKey`): surname, given name, patronymic, each mapped to
 *   the key of its Russian form where the Belarusian one is another word (Ваўкова → Волкова,
 *   Мікалаевіч → Николаевич, through the name lists of src/language/names), plus initials and the
 *   gender the name shows;
 * - the address as a key of town, street (without its type word) and house number.
 *
 * Two letters are linked when they share a link key (`linkKeys`): a strong identifier; a name
 * (surname + given name) with the same street address; or a full name with patronymic in the same
 * town. A name alone never links: "Иванов Сергей" is many people. Every link is gated on the
 * names: two letters, or two groups of letters, whose names conflict (another surname, given name,
 * patronymic, initial or gender) are never joined, whatever they share. So a household phone or
 * e-mail shared by a husband and wife keeps them apart, and a letter with no name joins the first
 * person its phone or e-mail belongs to but can never bridge two people.
 */
import { nameKey } from '../language/keys.js';
import { GIVEN_NAMES } from '../language/names/given.js';
import { SURNAMES } from '../language/names/surnames.js';
import { patronymic } from '../language/names/inflect.js';
import { findPii } from './pii.js';

export interface SenderInput {
  id: string;
  sender?: { name?: string; address?: string; phone?: string; email?: string; id_number?: string };
  body: string;
  /** Where the letter was sent from (the record's `place`), a town that backs up the address. */
  place?: string;
  /** The body's personal data when already found at ingest; `findPii` runs when it is absent and needed. */
  pii?: readonly { type: string; text: string }[];
}

export interface NameSig {
  /** Keys of the surname, given name and patronymic; '' when the part is absent or only an initial. */
  surname: string;
  given: string;
  patronymic: string;
  /** Initials the given name and patronymic can be written with (both scripts), '' when unknown. */
  givenInitials: string;
  patronymicInitials: string;
  gender: 'm' | 'f' | '';
}

export interface SenderFeatures {
  name: NameSig | null;
  phones: string[];
  emails: string[];
  /** Personal numbers and passports, prefixed so the two never meet. */
  documents: string[];
  /** Town key | street key | house, when the address has all three. */
  address: string | null;
  town: string | null;
}

// ---------------------------------------------------------------------------------------------
// Identifiers
// ---------------------------------------------------------------------------------------------

/**
 * A phone number as international digits: Belarusian numbers as 375 + nine digits however they
 * were written (+375 29 …, 8 029 …, 80 29 …, 029 …, 29 …), Russian 8 9xx … as 7 9xx …; anything
 * else as its digits. Null for fewer than seven digits.
 */
export function normalizePhone(raw: string): string | null {
  let d = raw.replace(/\D/g, '');
  if (d.length < 7) return null;
  if (d.startsWith('00')) d = d.slice(2);
  if (d.length === 12 && d.startsWith('375')) return d;
  if (d.length === 11 && d.startsWith('80')) return `375${d.slice(2)}`;
  if (d.length === 10 && d.startsWith('0')) return `375${d.slice(1)}`;
  if (d.length === 9) return `375${d}`;
  if (d.length === 11 && d.startsWith('8')) return `7${d.slice(1)}`;
  return d;
}

/** An e-mail address as its owner is reached: trimmed, lower case, without a mailto: or brackets. */
export function normalizeEmail(raw: string): string | null {
  const e = raw.trim().toLowerCase().replace(/^<|>$/g, '').replace(/^mailto:/, '');
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e) ? e : null;
}

const CYR_TO_LAT: Record<string, string> = { А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', У: 'Y', І: 'I' };

/** A personal or passport number: capitals, Cyrillic look-alikes in Latin, no spaces or dashes. */
export function normalizeDocument(raw: string): string | null {
  const d = raw
    .toUpperCase()
    .replace(/[АВЕКМНОРСТХУІ]/g, (c) => CYR_TO_LAT[c] ?? c)
    .replace(/[\s\-–.№]/g, '');
  return /^[0-9A-Z]{7,}$/.test(d) && /\d{5}/.test(d) ? d : null;
}

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

/** Where the Belarusian form of a surname keys differently (Навуменка, Ваўкова), its Russian key. */
const SURNAME_CANON = new Map<string, string>();
/** Key of a patronymic (either language, either gender) → key of the father's Russian name and the gender. */
const PATRONYMIC_OF = new Map<string, { father: string; gender: 'm' | 'f'; initials: string }>();
/** Given names as written, lower case, ё as е: to tell the given name from the surname. */
const GIVEN_WORDS = new Set<string>();
/** Key of a given name → its gender (when all names with that key agree) and initials. */
const GIVEN_OF = new Map<string, { gender: 'm' | 'f' | ''; initials: string }>();
{
  for (const s of SURNAMES) {
    const ru = nameKey(s.ru);
    for (const v of [s.be, ...s.latin]) {
      const k = nameKey(v);
      if (k && k !== ru && !SURNAME_CANON.has(k)) SURNAME_CANON.set(k, ru);
    }
  }
  const initials = (ru: string, be: string) => [...new Set([ru[0]!.toLowerCase(), be[0]!.toLowerCase()])].join('');
  for (const g of GIVEN_NAMES) {
    const k = nameKey(g.ru);
    for (const v of [g.ru, g.be, ...g.latin]) {
      GIVEN_WORDS.add(v.toLowerCase().replace(/ё/g, 'е'));
      const vk = nameKey(v);
      const had = GIVEN_OF.get(vk);
      GIVEN_OF.set(vk, { gender: had && had.gender !== g.gender ? '' : g.gender, initials: [...new Set((had?.initials ?? '') + initials(g.ru, g.be))].join('') });
    }
    if (g.gender !== 'm') continue;
    for (const gender of ['m', 'f'] as const) {
      const ru = patronymic(g, gender, 'ru');
      const be = patronymic(g, gender, 'be');
      for (const p of [ru, be]) PATRONYMIC_OF.set(nameKey(p), { father: k, gender, initials: initials(ru, be) });
    }
  }
}

const PATRONYMIC_ENDING = /(?:вич|віч|ич|іч|ьич|вна|ўна|чна|ична|ічна)$/u;

function surnameKey(word: string): string {
  const k = nameKey(word);
  return SURNAME_CANON.get(k) ?? k;
}

/**
 * The signature of a name as people write it in a sender field or a signature: "Иванов Иван
 * Иванович", "Иван Иванович Иванов", "Иванов И.И.", "И. И. Иванов", "Ivan Ivanov". The given name is
 * found by the name list, the patronymic by its ending right after it; without a known given name
 * the official order (surname, given name, patronymic) is assumed. Null when no word is a name.
 */
export function nameSignature(raw: string): NameSig | null {
  const tokens = raw
    .replace(/([.])(?=\S)/g, '$1 ')
    .split(/[\s,;]+/u)
    .map((t) => t.replace(/[^\p{L}'’ʼ-]/gu, ''))
    .filter((t) => /\p{L}/u.test(t));
  if (tokens.length === 0) return null;
  const initials = tokens.filter((t) => [...t].length === 1).map((t) => t.toLowerCase());
  const words = tokens.filter((t) => [...t].length > 1);
  const isPatr = (w: string | undefined) => !!w && PATRONYMIC_ENDING.test(w.toLowerCase());
  const isGiven = (w: string | undefined) => !!w && GIVEN_WORDS.has(w.toLowerCase().replace(/ё/g, 'е'));
  let surname = '';
  let given = '';
  let patr = '';
  const [w0, w1, w2] = words;
  if (words.length >= 3) {
    // Official order (Иванов Иван Иванович) unless the name reads Иван Иванович Иванов.
    const natural = !(isPatr(w2) && isGiven(w1)) && ((isPatr(w1) && isGiven(w0)) || (!isPatr(w2) && isPatr(w1)));
    [surname, given, patr] = natural ? [w2!, w0!, w1!] : [w0!, w1!, w2!];
  } else if (words.length === 2) {
    [surname, given] = isGiven(w0) && !isGiven(w1) ? [w1!, w0!] : [w0!, w1!];
    if (isPatr(given) && !isGiven(given)) [given, patr] = ['', given];
  } else if (w0) {
    surname = w0;
  }
  const givenK = given ? nameKey(given) : '';
  const patrK = patr ? nameKey(patr) : '';
  const g = givenK ? GIVEN_OF.get(givenK) : undefined;
  const p = patrK ? PATRONYMIC_OF.get(patrK) : undefined;
  let gender: NameSig['gender'] = p?.gender ?? g?.gender ?? '';
  if (!gender && patr) gender = /(?:на)$/u.test(patr.toLowerCase()) ? 'f' : /(?:ч)$/u.test(patr.toLowerCase()) ? 'm' : '';
  const givenInitials = given ? (g?.initials ?? given[0]!.toLowerCase()) : (initials[0] ?? '');
  const patronymicInitials = patr ? (p?.initials ?? patr[0]!.toLowerCase()) : (initials[given ? 0 : 1] ?? '');
  return {
    surname: surname ? surnameKey(surname) : '',
    given: givenK,
    patronymic: p?.father ?? patrK,
    givenInitials,
    patronymicInitials,
    gender,
  };
}

/** Consonant keys one edit apart (Волкова/Ваўкова: vlk/vk, Науменко/Навуменка: nmnk/nvmnk) still agree. */
function keysAgree(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 2 || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let ja = a.length - 1;
  let jb = b.length - 1;
  while (ja >= i && jb >= i && a[ja] === b[jb]) {
    ja--;
    jb--;
  }
  return ja - i < 1 && jb - i < 1;
}

function initialsAgree(a: string, b: string): boolean {
  if (!a || !b) return true;
  for (const c of a) if (b.includes(c)) return true;
  return false;
}

/** Whether two names can be one person's: no part present in both conflicts. */
export function namesCompatible(a: NameSig, b: NameSig): boolean {
  if (a.surname && b.surname && !keysAgree(a.surname, b.surname)) return false;
  if (a.gender && b.gender && a.gender !== b.gender) return false;
  if (a.given && b.given) {
    if (a.given !== b.given) return false;
  } else if (!initialsAgree(a.givenInitials, b.givenInitials)) return false;
  if (a.patronymic && b.patronymic) {
    if (a.patronymic !== b.patronymic) return false;
  } else if (!initialsAgree(a.patronymicInitials, b.patronymicInitials)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Addresses
// ---------------------------------------------------------------------------------------------

const STREET_TYPE = /^(?:ул|улица|вул|вуліца|пр|пр-т|пр-кт|просп|проспект|праспект|пер|переулок|зав|завулак|пл|площадь|плошча|б-р|бул|бульв|бульвар|тракт|ш|шоссе|шаша|наб|набережная|набярэжная|мкр|мкрн|микрорайон|мікрараён|проезд|праезд|туп|тупик|тупік|пр-д|st|street|ave|avenue|prospekt|vulica|ulica)$/iu;
const TOWN_TYPE = /^(?:г|гор|город|горад|д|дер|деревня|в|вёска|веска|аг|агр|агрогородок|аграгарадок|п|пос|посёлок|пасёлак|пгт|гп|city|town)$/iu;
const REGION_WORD = /(?:обл|вобл|область|вобласць|р-н|район|раён|region|district)/iu;

/** An address as town, street and house keys, each '' when the address does not show it. */
export function addressParts(raw: string): { town: string; street: string; house: string } {
  let town = '';
  let street = '';
  let house = '';
  let townLoose = '';
  for (const part of raw.split(/[,;\n]+/u)) {
    const words = part.trim().split(/[\s.]+/u).filter(Boolean);
    if (words.length === 0) continue;
    const first = words[0]!.toLowerCase();
    if (/^\d/.test(first) || (/^(?:д|дом|house|кв|корп|к)$/iu.test(first) && /^\d/.test(words[1] ?? ''))) {
      if (!house && !/^(?:кв|к)$/iu.test(first)) house = (/^\d/.test(first) ? first : words[1]!).match(/^\d+[а-яa-zі]?/iu)?.[0]?.toLowerCase() ?? '';
      continue;
    }
    if (words.some((w) => STREET_TYPE.test(w))) {
      if (!street) {
        street = nameKey(words.filter((w) => !STREET_TYPE.test(w)).join(' '));
        const num = words.slice(1).find((w) => /^\d+[а-яa-zі]?(?:[/-]\d+)?$/iu.test(w));
        // "ул. Полевая 13-48": the house stands in the street's part.
        if (num && words.indexOf(num) === words.length - 1 && !house) house = num.match(/^\d+[а-яa-zі]?/iu)![0].toLowerCase();
      }
      continue;
    }
    if (REGION_WORD.test(part)) continue;
    if (TOWN_TYPE.test(first) && words.length > 1) {
      if (!town) town = nameKey(words.slice(1).join(' '));
      continue;
    }
    if (!townLoose) townLoose = nameKey(part);
    else if (!street && !town) street = nameKey(part);
  }
  return { town: town || townLoose, street, house };
}

// ---------------------------------------------------------------------------------------------
// Features and link keys
// ---------------------------------------------------------------------------------------------

function uniq(xs: (string | null)[]): string[] {
  return [...new Set(xs.filter((x): x is string => !!x))];
}

/** What a letter says about who sent it. Pure; the body is searched only when the fields hold no identifier. */
export function senderFeatures(x: SenderInput): SenderFeatures {
  const s = x.sender ?? {};
  const name = s.name ? nameSignature(s.name) : null;
  let phones = uniq([s.phone ? normalizePhone(s.phone) : null]);
  let emails = uniq([s.email ? normalizeEmail(s.email) : null]);
  const documents = uniq([s.id_number ? prefixed('id', normalizeDocument(s.id_number)) : null]);
  let addr = s.address ? addressParts(s.address) : null;
  if (phones.length + emails.length + documents.length === 0 || !addr) {
    const pii = x.pii ?? findPii(x.body);
    if (phones.length + emails.length + documents.length === 0) {
      phones = uniq(pii.filter((p) => p.type === 'phone').map((p) => normalizePhone(p.text)));
      emails = uniq(pii.filter((p) => p.type === 'email').map((p) => normalizeEmail(p.text)));
      documents.push(...uniq(pii.filter((p) => p.type === 'id_number' || p.type === 'passport').map((p) => prefixed(p.type === 'passport' ? 'pp' : 'id', normalizeDocument(p.text)))));
    }
    if (!addr) {
      const a = pii.find((p) => p.type === 'address');
      if (a) addr = addressParts(a.text);
    }
  }
  const placeTown = x.place ? nameKey(x.place) : '';
  const town = addr?.town || placeTown || null;
  const address = addr && addr.town && addr.street && addr.house ? `${addr.town}|${addr.street}|${addr.house}` : null;
  return { name, phones, emails, documents, address, town };
}

function prefixed(prefix: string, v: string | null): string | null {
  return v ? `${prefix}:${v}` : null;
}

/**
 * The keys under which a store indexes a letter to find the letters that may share its sender,
 * strongest first. Sharing a key is necessary, not sufficient: names must also agree
 * (`namesCompatible`).
 */
export function linkKeys(f: SenderFeatures): string[] {
  const keys: string[] = [];
  for (const d of f.documents) keys.push(`d:${d}`);
  for (const e of f.emails) keys.push(`e:${e}`);
  for (const p of f.phones) keys.push(`p:${p}`);
  const n = f.name;
  if (n && n.surname && n.given) {
    if (f.address) keys.push(`na:${n.surname}|${n.given}|${f.address}`);
    if (n.patronymic && f.town) keys.push(`nt:${n.surname}|${n.given}|${n.patronymic}|${f.town}`);
  }
  return keys;
}

/** Distinct people one key may be shared by before it stops linking: an office phone, a namesake town. */
const KEY_CAP = 8;
/** Distinct spellings of a name a group keeps to check newcomers against. */
const NAME_CAP = 8;

/**
 * Sender groups over letters added one by one, in memory. A store runs the same steps
 * incrementally: a table of (link key → group), indexed by key; each group's names (a few
 * NameSig); each letter's group key. For a new letter: compute `senderFeatures` and `linkKeys`,
 * look the keys up, and join every group found whose names are all `namesCompatible` with the
 * letter's (and, once joined, with the names gathered so far); where it joins two groups, one
 * UPDATE moves the later group's letters to the earlier group's key.
 */
export class SenderResolver {
  private readonly ids: string[] = [];
  private readonly parent: number[] = [];
  /** At a group's root: the distinct names of its letters. */
  private readonly names: NameSig[][] = [];
  private readonly index = new Map<string, number[]>();
  private readonly byId = new Set<string>();

  private find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }

  private compatible(a: number, b: number): boolean {
    for (const x of this.names[a]!) for (const y of this.names[b]!) if (!namesCompatible(x, y)) return false;
    return true;
  }

  private union(a: number, b: number): void {
    const [root, child] = a < b ? [a, b] : [b, a];
    this.parent[child] = root;
    const merged = this.names[root]!;
    for (const n of this.names[child]!) {
      if (merged.length >= NAME_CAP) break;
      if (!merged.some((m) => sameName(m, n))) merged.push(n);
    }
    this.names[child] = [];
  }

  add(x: SenderInput): void {
    if (this.byId.has(x.id)) return;
    this.byId.add(x.id);
    const me = this.ids.length;
    this.ids.push(x.id);
    this.parent.push(me);
    const f = senderFeatures(x);
    this.names.push(f.name ? [f.name] : []);
    const keys = linkKeys(f);
    for (const key of keys) {
      const list = this.index.get(key);
      if (!list) continue;
      for (const other of list) {
        const a = this.find(me);
        const b = this.find(other);
        if (a !== b && this.compatible(a, b)) this.union(a, b);
      }
    }
    for (const key of keys) {
      const list = this.index.get(key);
      if (!list) this.index.set(key, [me]);
      else if (list.length < KEY_CAP && !list.some((o) => this.find(o) === this.find(me))) list.push(me);
    }
  }

  /** Letter id → sender key (the id of the group's first letter); every letter added has one. */
  keys(): Map<string, string> {
    const out = new Map<string, string>();
    for (let i = 0; i < this.ids.length; i++) out.set(this.ids[i]!, this.ids[this.find(i)]!);
    return out;
  }
}

function sameName(a: NameSig, b: NameSig): boolean {
  return a.surname === b.surname && a.given === b.given && a.patronymic === b.patronymic && a.givenInitials === b.givenInitials && a.patronymicInitials === b.patronymicInitials && a.gender === b.gender;
}
