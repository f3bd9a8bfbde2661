/**
 * The people, places and organisations of one letter, and the sender's stable profile. A scenario
 * carries its cast under a symbol, so content sees only refs while the writer can resolve them.
 */
import type { Gender, NameParts, Paradigm, TextLang } from '../language/types.js';
import { PLACES, placeById, type PlaceEntry } from '../language/gazetteer/index.js';
import { STREETS, MINSK_STREETS } from '../language/gazetteer/streets.js';
import { GIVEN_NAMES, type GivenName } from '../language/names/given.js';
import { SURNAMES, type Surname } from '../language/names/surnames.js';
import { personName } from '../language/names/inflect.js';
import { ORGS, type OrgEntry } from './lexicon/orgs.js';
import { FIGURES } from './lexicon/figures.js';
import { makeEmail, makePassport, makePersonalNumber, makePhone, type PhoneNumber } from './pii.js';
import { createRng, deriveSeed } from './rng.js';
import type { PersonRef, Rng, Scenario } from './types.js';

export interface CastPerson {
  ref: PersonRef;
  /** Canonical entity id: one per person across all letters. */
  entityId: string;
  names: Record<TextLang, NameParts>;
}

export interface NamedThing {
  id: string;
  ru: Paradigm;
  be: Paradigm;
}

/** Who writes: stable across all of one sender's letters. */
export interface SenderProfile {
  key: string;
  person: CastPerson;
  given: GivenName;
  surname: Surname;
  birth: Date;
  town: PlaceEntry;
  street: { ru: string; be: string };
  house: string;
  flat: number | null;
  phone: PhoneNumber;
  phoneStyle: number;
  email: string;
  idNumber: string;
  passport: string;
  passportStyle: number;
  addressStyle: number;
  employerId: string;
  /** The language this person usually writes in. */
  lang: TextLang;
  /** Repeat senders sometimes misspell their own name; this is that spelling, if any. */
  misspelt: Record<TextLang, NameParts> | null;
}

const CAST = Symbol('cast');

export class Cast {
  private readonly persons = new Map<string, CastPerson>();

  constructor(readonly sender: SenderProfile) {
    this.add(sender.person);
  }

  add(p: CastPerson): PersonRef {
    this.persons.set(p.ref.id, p);
    return p.ref;
  }

  person(id: string): CastPerson {
    const p = this.persons.get(id);
    if (!p) throw new RangeError(`unknown person ${id} in this letter's cast`);
    return p;
  }

  place(id: string): PlaceEntry {
    const p = placeById(id);
    if (!p) throw new RangeError(`unknown place ${id}`);
    return p;
  }

  org(id: string): NamedThing {
    const o = orgsById.get(id);
    if (!o) throw new RangeError(`unknown organisation ${id}`);
    return o;
  }
}

export function attachCast<S extends Scenario>(s: S, cast: Cast): S {
  Object.defineProperty(s, CAST, { value: cast, enumerable: true });
  return s;
}

export function castOf(s: Scenario): Cast {
  const cast = (s as unknown as { [CAST]?: Cast })[CAST];
  if (!cast) throw new TypeError('scenario has no cast: build it with sampleScenario()');
  return cast;
}

/** The agency itself and its regional directorates, which headers and responses name. */
export const AGENCY: NamedThing[] = [
  {
    id: 'kgb',
    ru: { nom: 'КГБ Республики Беларусь', gen: 'КГБ Республики Беларусь', dat: 'КГБ Республики Беларусь', acc: 'КГБ Республики Беларусь', ins: 'КГБ Республики Беларусь', loc: 'КГБ Республики Беларусь' },
    be: { nom: 'КДБ Рэспублікі Беларусь', gen: 'КДБ Рэспублікі Беларусь', dat: 'КДБ Рэспублікі Беларусь', acc: 'КДБ Рэспублікі Беларусь', ins: 'КДБ Рэспублікі Беларусь', loc: 'КДБ Рэспублікі Беларусь' },
  },
];

const orgsById = new Map<string, NamedThing>([...ORGS.map((o) => [o.id, o] as const), ...AGENCY.map((a) => [a.id, a] as const)]);

const byType = (types: readonly OrgEntry['type'][]) => ORGS.filter((o) => types.includes(o.type));
export const EMPLOYERS = byType(['state_enterprise', 'company']);
export const LOCAL_BODIES = byType(['housing_coop', 'local_body', 'school', 'polyclinic']);
export const MOVEMENTS = byType(['movement', 'media', 'party', 'foreign']);

const MALE = GIVEN_NAMES.filter((n) => n.gender === 'm');
const FEMALE = GIVEN_NAMES.filter((n) => n.gender === 'f');

/** Where senders live: the capital and oblast centres write most, villages least. */
const PLACE_WEIGHTS: readonly (readonly [PlaceEntry, number])[] = PLACES.map((p) => [
  p,
  p.type === 'capital' ? 300 : p.type === 'oblast_centre' ? 50 : p.type === 'city_district' ? 0 : p.type === 'village' ? 0.4 : p.type === 'city' ? 6 : 2.5,
]);

export function pickTown(rng: Rng): PlaceEntry {
  return rng.weighted(PLACE_WEIGHTS);
}

export function makePerson(rng: Rng, idPrefix: string, gender: Gender, surname?: Surname, father?: GivenName): { person: CastPerson; given: GivenName; surname: Surname } {
  const given = rng.pick(gender === 'm' ? MALE : FEMALE);
  const sur = surname ?? rng.pick(SURNAMES);
  const dad = father ?? rng.pick(MALE);
  const id = `${idPrefix}`;
  return {
    person: { ref: { id, gender, public: false }, entityId: `person:${id}`, names: personName(given, dad, sur, gender) },
    given,
    surname: sur,
  };
}

/** A sender's profile; the same (seed, key) always gives the same person. */
export function makeSender(seed: number, key: string): SenderProfile {
  const rng = createRng(deriveSeed(seed, 'sender', key));
  const gender: Gender = rng.chance(0.52) ? 'f' : 'm';
  const { person, given, surname } = makePerson(rng, key, gender);
  const town = pickTown(rng);
  const birth = new Date(Date.UTC(rng.int(1940, 2003), rng.int(0, 11), rng.int(1, 28)));
  const streets = town.id === 'minsk' ? [...MINSK_STREETS, ...STREETS] : STREETS;
  const misspell = rng.chance(0.3);
  return {
    key,
    person,
    given,
    surname,
    birth,
    town,
    street: rng.pick(streets),
    house: rng.chance(0.15) ? `${rng.int(1, 120)}${rng.pick(['а', 'б', '/1', '/2', ' корп. 2'])}` : String(rng.int(1, 160)),
    flat: town.type === 'village' || rng.chance(0.15) ? null : rng.int(1, 240),
    phone: makePhone(rng, town.oblast),
    phoneStyle: rng.int(0, 7),
    email: makeEmail(rng, given.latin[0] ?? 'user', surname.latin[0] ?? 'mail', birth.getUTCFullYear()),
    idNumber: makePersonalNumber(rng, gender, birth, town.oblast),
    passport: makePassport(rng, town.oblast),
    passportStyle: rng.int(0, 3),
    addressStyle: rng.int(0, 2),
    employerId: rng.pick(EMPLOYERS).id,
    lang: rng.chance(0.1) ? 'be' : 'ru',
    misspelt: misspell ? misspellName(person.names) : null,
  };
}

/** The slips people make in their own names: ё written as е, и for ы, a letter doubled. */
function misspellName(names: Record<TextLang, NameParts>): Record<TextLang, NameParts> | null {
  const sur = names.ru.surname.nom;
  let fix: ((s: string) => string) | null = null;
  if (sur.includes('ё')) fix = (s) => s.replace('ё', 'е');
  else if (/с[кт]/.test(sur)) fix = (s) => s.replace(/с([кт])/, 'сс$1');
  else if (/ы/.test(sur)) fix = (s) => s.replace('ы', 'и');
  else if (/ич$/.test(sur)) fix = (s) => s.replace(/ич/, 'ичь');
  if (!fix) return null;
  const f = fix;
  const mapParadigm = (p: Paradigm): Paradigm => ({ nom: f(p.nom), gen: f(p.gen), dat: f(p.dat), acc: f(p.acc), ins: f(p.ins), loc: f(p.loc) });
  return {
    ru: { ...names.ru, surname: mapParadigm(names.ru.surname) },
    be: names.be,
  };
}

export function figureRefs(): CastPerson[] {
  return FIGURES.map((f) => ({ ref: { id: `figure:${f.id}`, gender: f.gender, public: true }, entityId: `person:${f.id}`, names: { ru: f.ru, be: f.be } }));
}

export function placeRefOrThrow(id: string): PlaceEntry {
  const p = placeById(id);
  if (!p) throw new RangeError(`unknown place ${id}`);
  return p;
}
