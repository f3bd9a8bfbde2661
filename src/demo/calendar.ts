/**
 * When letters arrive and what they are, shaped by real events: a slow rise from September 2014,
 * the "social parasites" decree protests of early 2017, a surge after the presidential election of
 * 9 August 2020, a long tail of denunciations through 2021–2022, and self-denunciations from 2021,
 * rising again after the February 2023 commission on the return of those who left.
 */
import type { Kind } from '../core/record.js';

export const FIRST_MONTH = { year: 2014, month: 9 } as const;
export const LAST_MONTH = { year: 2023, month: 8 } as const;

/** 2020-08-09, election day: letters after it may speak of the protests. */
export const ELECTION_2020 = Date.UTC(2020, 7, 9);
export const SELF_DENUNCIATION_FROM = Date.UTC(2021, 0, 1);
export const RETURN_COMMISSION_2023 = Date.UTC(2023, 1, 1);

function monthWeight(year: number, month: number): number {
  const t = year + (month - 1) / 12;
  let w = 1 + 0.04 * (t - 2014.67); // slow growth as the web form became known
  if (month === 12 || month === 1) w *= 0.85; // holidays
  if (year === 2017 && (month === 2 || month === 3)) w *= 1.6;
  if (year === 2020) w *= ({ 5: 1.3, 6: 1.5, 7: 1.7, 8: 5.5, 9: 4.5, 10: 3.8, 11: 3.2, 12: 2.6 } as Record<number, number>)[month] ?? 1;
  if (year === 2021) w *= month <= 6 ? 2.4 : 2.0;
  if (year === 2022) w *= month === 3 ? 2.0 : 1.7;
  if (year === 2023) w *= month === 1 ? 1.6 : 2.4;
  return w;
}

interface MonthSlot {
  start: number;
  end: number;
  cumulative: number;
}

const slots: MonthSlot[] = [];
let total = 0;
for (let y: number = FIRST_MONTH.year, m: number = FIRST_MONTH.month; y < LAST_MONTH.year || (y === LAST_MONTH.year && m <= LAST_MONTH.month); ) {
  const start = Date.UTC(y, m - 1, 1);
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  total += monthWeight(y, m);
  slots.push({ start, end: Date.UTC(ny, nm - 1, 1), cumulative: total });
  y = ny;
  m = nm;
}

/**
 * Maps u in [0, 1) to a moment, so that evenly spread u give the month volumes above. Letters are
 * generated with u = (index + jitter) / N: ids come out in date order, as in a real database, with
 * no need to hold the corpus in memory to sort it.
 */
export function momentAt(u: number): number {
  const target = Math.min(Math.max(u, 0), 0.999999999) * total;
  let lo = 0;
  let hi = slots.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((slots[mid] as MonthSlot).cumulative > target) hi = mid;
    else lo = mid + 1;
  }
  const slot = slots[lo] as MonthSlot;
  const before = lo > 0 ? (slots[lo - 1] as MonthSlot).cumulative : 0;
  const frac = (target - before) / (slot.cumulative - before);
  return slot.start + frac * (slot.end - slot.start);
}

/** Kind rates by period; self-denunciations only from 2021, most after February 2023. */
export function kindWeights(t: number): readonly (readonly [Kind, number])[] {
  if (t < ELECTION_2020) {
    return [['complaint', 34], ['appeal', 27], ['statement', 19], ['denunciation', 7], ['gratitude', 6], ['other', 7]];
  }
  if (t < SELF_DENUNCIATION_FROM) {
    return [['complaint', 24], ['appeal', 30], ['statement', 10], ['denunciation', 24], ['gratitude', 3], ['other', 9]];
  }
  if (t < RETURN_COMMISSION_2023) {
    return [['complaint', 23], ['appeal', 22], ['statement', 12], ['denunciation', 19], ['self_denunciation', 12], ['gratitude', 4], ['other', 8]];
  }
  return [['complaint', 20], ['appeal', 20], ['statement', 10], ['denunciation', 15], ['self_denunciation', 24], ['gratitude', 4], ['other', 7]];
}

/** Minsk has kept UTC+3 all year since 2011; received_at is written in local time with its offset. */
export function minskIso(t: number): string {
  const d = new Date(t + 3 * 3600_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}+03:00`;
}
