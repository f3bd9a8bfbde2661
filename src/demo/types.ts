/**
 * The contract between the demo generator's engine (writer.ts, generator.ts) and its content
 * (content/, lexicon/). Content is written as small functions that call a Writer; the writer records
 * every entity and personal-data span as it appends text, so the truth file's offsets are exact by
 * construction, and declares flags as the text that expresses them is written.
 */
import type { Flag, Kind } from '../core/record.js';
import type { Case, Gender, NameForm, TextLang } from '../language/types.js';

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(xs: readonly T[]): T;
  /** Pick by weight; weights need not sum to 1. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T;
  /** k distinct items, order random. */
  sample<T>(xs: readonly T[], k: number): T[];
}

/** A person in a scenario. Private persons are fictional; public figures are real and named as such. */
export interface PersonRef {
  readonly id: string;
  readonly gender: Gender;
  readonly public: boolean;
}

/** Relation of a relative to the sender, for appeals on behalf of family. */
export type Relation = 'son' | 'daughter' | 'husband' | 'wife' | 'brother' | 'sister' | 'father' | 'mother' | 'grandson';

export interface PlaceRef {
  readonly id: string;
}

export interface OrgRef {
  readonly id: string;
}

export type LetterLength = 'line' | 'short' | 'medium' | 'long';

/** Everything a letter's content may talk about, chosen by the engine before the text is written. */
export interface Scenario {
  readonly kind: Kind;
  readonly lang: TextLang;
  /** When the letter was received; content may mention earlier dates (an event, a detention). */
  readonly date: Date;
  readonly length: LetterLength;
  /** The writer. */
  readonly sender: PersonRef;
  /** Where the writer lives. */
  readonly town: PlaceRef;
  /** Another town (a relative's, a trip, where an event happened). */
  readonly otherTown: PlaceRef;
  /** The writer's workplace (a real state enterprise or a fictional firm). */
  readonly employer: OrgRef;
  /** A housing co-op, school, polyclinic or other local body a complaint may be about. */
  readonly localBody: OrgRef;
  /** A political organisation, medium or movement (ByPol, NEXTA, a campaign headquarters…). */
  readonly movement: OrgRef;
  /** Real public figures (Babaryka, Tsikhanouskaya…) the letter may mention. */
  readonly figure: PersonRef;
  /** Private persons the letter may name: neighbours, colleagues, officials, organisers. */
  readonly others: readonly PersonRef[];
  /** A relative, for appeals on someone's behalf. */
  readonly relative: PersonRef;
  readonly relation: Relation;
  /** An official (head of a department, a district police officer) a complaint may name. */
  readonly official: PersonRef;
}

export interface Writer {
  readonly lang: TextLang;
  readonly rng: Rng;
  readonly s: Scenario;
  /** Literal text. The engine may add a typo, drop a comma or shout in CAPS, as real writers do. */
  text(s: string): Writer;
  /** Literal text that must be left exactly as given (quotes of slogans, fixed titles). */
  verbatim(s: string): Writer;
  /** A paragraph break. */
  para(): Writer;
  /** A line break inside a paragraph (addresses, headers). */
  line(): Writer;
  /** A person's name, inflected; a PER entity, and personal data unless the person is a public figure. */
  person(p: PersonRef, c: Case, form?: NameForm): Writer;
  /** A place name, inflected; a LOC entity. */
  place(p: PlaceRef, c: Case): Writer;
  /** An organisation's name, inflected; an ORG entity. */
  org(o: OrgRef, c: Case): Writer;
  /** The sender's own contact details and documents; each is a personal-data span. */
  phone(): Writer;
  email(): Writer;
  /** The sender's street address (street, house, flat) in their town. */
  address(): Writer;
  idNumber(): Writer;
  passport(): Writer;
  /** A date, written as people write dates in letters; a DATE entity. */
  date(d: Date, style?: 'numeric' | 'long' | 'short'): Writer;
  /** Declares that the text written by this fragment expresses a flag. */
  flag(f: Flag): Writer;
  /** Word chosen by the sender's grammatical gender: w.g('сделал', 'сделала'). */
  g(masc: string, fem: string): string;
  /** Like g, by the gender of another person. */
  gOf(p: PersonRef, masc: string, fem: string): string;
}

/** One piece of a letter. It calls the writer; it may consult w.s and w.rng to vary itself. */
export type Fragment = (w: Writer) => void;

/** What the content offers for one kind in one language. */
export interface KindContent {
  /** Greetings and addresses to the agency ("Уважаемый товарищ председатель!"); may be skipped. */
  openings: readonly Fragment[];
  /** The substance; the engine joins 1–6 of these, by length. */
  bodies: readonly Fragment[];
  /** Closing requests and sign-offs before the signature. */
  closings: readonly Fragment[];
  /** Subject lines ("Жалоба", "Заявление", "Аб вызваленні сына"). */
  subjects: readonly string[];
}

export type LanguageContent = Record<Kind, KindContent>;
