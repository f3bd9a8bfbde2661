/**
 * Language-neutral helpers for letter content: the calendar of real events a letter may refer to,
 * and the checks that keep a letter from naming what did not yet exist on its date.
 */
import type { OrgRef, PersonRef, Writer } from '../types.js';
import { existedAt, isDesignated, orgById } from '../lexicon/orgs.js';
import { figureKnownAt, figureOf, type FigureRole } from '../lexicon/figures.js';

export const DAY = 86_400_000;

/** The agency itself (the engine resolves this id); letters name it rarely, mostly in addresses. */
export const AGENCY: OrgRef = { id: 'kgb' };

/** Noon UTC, so the calendar day is the same in Minsk and wherever the tests run. */
export function day(y: number, month: number, d: number): Date {
  return new Date(Date.UTC(y, month - 1, d, 12));
}

/** A day between `lo` and `hi` days before the letter. */
export function daysAgo(w: Writer, lo: number, hi: number): Date {
  const t = w.s.date.getTime() - w.rng.int(lo, hi) * DAY;
  const d = new Date(t);
  return day(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function onOrAfter(w: Writer, iso: string): boolean {
  return w.s.date.getTime() >= Date.parse(iso);
}

/** Election day 2020; letters on or before it know nothing of the protests that followed. */
export function postElection(w: Writer): boolean {
  return onOrAfter(w, '2020-08-10');
}

export function isLine(w: Writer): boolean {
  return w.s.length === 'line';
}

/** A letter of several pages: fragments may tell the whole story. */
export function isLong(w: Writer): boolean {
  return w.s.length === 'long';
}

/** Whether the letter has room for details beyond a fragment's lead sentence. */
export function roomy(w: Writer): boolean {
  return w.s.length === 'medium' || w.s.length === 'long';
}

/** The days of 2020 people were detained on: the election nights and the Sunday marches. */
const PROTEST_DAYS: readonly (readonly [Date, number])[] = [
  [day(2020, 8, 9), 10],
  [day(2020, 8, 10), 8],
  [day(2020, 8, 11), 6],
  [day(2020, 8, 12), 3],
  [day(2020, 8, 16), 8],
  [day(2020, 8, 23), 6],
  [day(2020, 8, 30), 5],
  [day(2020, 9, 6), 5],
  [day(2020, 9, 13), 4],
  [day(2020, 9, 20), 3],
  [day(2020, 9, 27), 3],
  [day(2020, 10, 4), 2],
  [day(2020, 10, 11), 3],
  [day(2020, 10, 18), 2],
  [day(2020, 10, 25), 2],
  [day(2020, 11, 1), 2],
  [day(2020, 11, 8), 2],
  [day(2020, 11, 15), 3],
  [day(2020, 11, 22), 1],
  [day(2020, 11, 29), 1],
  [day(2020, 12, 6), 1],
  [day(2020, 12, 13), 1],
];

/** A 2020 protest day before the letter (election day if the letter is from the very next days). */
export function protestDay(w: Writer): Date {
  const limit = w.s.date.getTime() - DAY;
  const options = PROTEST_DAYS.filter(([d]) => d.getTime() <= limit);
  return options.length > 0 ? w.rng.weighted(options) : day(2020, 8, 9);
}

/** A year before the letter, for "ещё в 2019 году". */
export function pastYear(w: Writer, back: number): number {
  return w.s.date.getUTCFullYear() - back;
}

export function other(w: Writer, i: number): PersonRef {
  return w.s.others[i] ?? w.s.others[0] ?? w.s.official;
}

export function orgType(o: OrgRef): string {
  return orgById(o.id)?.type ?? 'local_body';
}

export function orgOn(o: OrgRef): boolean {
  return orgById(o.id)?.on === true;
}

/** Whether the scenario's movement may be named in this letter (it existed on the letter's date). */
export function movementExists(w: Writer): boolean {
  return existedAt(w.s.movement.id, w.s.date);
}

export function movementGenre(w: Writer): string {
  return orgById(w.s.movement.id)?.genre ?? 'initiative';
}

/** Declares `mentions_designated_org` for the scenario's movement, if it is one. Call as it is written. */
export function flagIfDesignated(w: Writer, o: OrgRef = w.s.movement): void {
  if (isDesignated(o.id)) w.flag('mentions_designated_org');
}

export function figureRole(w: Writer): FigureRole {
  return figureOf(w.s.figure.id)?.role ?? 'politician';
}

/** Whether the scenario's figure was a public political name on the letter's date. */
export function figureKnown(w: Writer): boolean {
  return figureKnownAt(w.s.figure.id, w.s.date);
}

/** The day someone stopped following the movement: some months before the letter, never after it closed. */
export function followedUntil(w: Writer): Date {
  const d = daysAgo(w, 20, 300);
  const until = orgById(w.s.movement.id)?.until;
  if (until === undefined || d.getTime() <= Date.parse(until)) return d;
  const end = new Date(Date.parse(until) - w.rng.int(0, 60) * DAY);
  return day(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate());
}

export function age(w: Writer, lo: number, hi: number): number {
  return w.rng.int(lo, hi);
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** He/she forms for the relative. */
export function r(w: Writer, masc: string, fem: string): string {
  return w.gOf(w.s.relative, masc, fem);
}

/** A plausible age for the relative, by relation. */
export function relAge(w: Writer): number {
  switch (w.s.relation) {
    case 'son':
    case 'daughter':
      return w.rng.int(18, 29);
    case 'grandson':
      return w.rng.int(18, 24);
    case 'father':
    case 'mother':
      return w.rng.int(58, 79);
    default:
      return w.rng.int(24, 52);
  }
}

/** The words for who the sender is to the relative, as [man, woman] pairs. */
export interface SelfRoleWords {
  parent: readonly [string, string];
  wife: string;
  husband: string;
  sibling: readonly [string, string];
  child: readonly [string, string];
  grandparent: readonly [string, string];
}

/** Who the sender is to the relative: "мать", "жена", "бабушка". */
export function selfRoleIn(w: Writer, words: SelfRoleWords): string {
  const pair = (p: readonly [string, string]) => w.g(p[0], p[1]);
  switch (w.s.relation) {
    case 'son':
    case 'daughter':
      return pair(words.parent);
    case 'husband':
      return words.wife;
    case 'wife':
      return words.husband;
    case 'brother':
    case 'sister':
      return pair(words.sibling);
    case 'father':
    case 'mother':
      return pair(words.child);
    default:
      return pair(words.grandparent);
  }
}
