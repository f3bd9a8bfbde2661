/**
 * Dates as letters and dumps write them → ISO 8601 with an offset. Wall times without a zone are
 * taken in Europe/Minsk (or the zone given) using the ICU time-zone data, so pre-2011 summer time
 * comes out right. A date that cannot be read is never guessed: the caller keeps it raw.
 */
export const DEFAULT_TIME_ZONE = 'Europe/Minsk';

export type DateResult = { ok: true; iso: string } | { ok: false; raw: string };

const MONTHS: Array<[RegExp, number]> = [
  [/^(янв|студз|jan|січ)/, 1],
  [/^(фев|лют|feb)/, 2],
  [/^(мар|сакав|mar|берез)/, 3],
  [/^(апр|красав|apr|квіт)/, 4],
  [/^(ма[йяю]|трав|траў|may)/, 5],
  [/^(июн|чэрв|jun|черв)/, 6],
  [/^(июл|ліп|лiп|jul|лип)/, 7],
  [/^(авг|жні|жнi|aug|серп)/, 8],
  [/^(сен|верас|sep|верес)/, 9],
  [/^(окт|кастр|oct|жовт)/, 10],
  [/^(ноя|ліст|лiст|nov|листоп)/, 11],
  [/^(дек|снеж|dec|груд)/, 12],
];

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  for (const [re, m] of MONTHS) if (re.test(w)) return m;
  return undefined;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** Offset in minutes of a zone at an instant, from ICU ("GMT+03:00"). */
export function zoneOffsetMinutes(utcMs: number, timeZone: string): number {
  let f = offsetFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    offsetFormatters.set(timeZone, f);
  }
  const name = f.formatToParts(new Date(utcMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function formatOffset(min: number): string {
  const sign = min < 0 ? '-' : '+';
  const a = Math.abs(min);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** An instant written as local time in a zone with that zone's offset. */
export function formatInZone(utcMs: number, timeZone: string): string {
  const off = zoneOffsetMinutes(utcMs, timeZone);
  return formatWithOffset(utcMs, off);
}

function formatWithOffset(utcMs: number, off: number): string {
  const d = new Date(utcMs + off * 60000);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${formatOffset(off)}`;
}

/** Local wall time in a zone → ISO with the offset in force then. */
function fromWallTime(y: number, mo: number, d: number, h: number, mi: number, s: number, timeZone: string): string | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return undefined;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1) return undefined;
  // Two passes settle the offset except inside the hour a clock change skips or repeats.
  let off = zoneOffsetMinutes(wall, timeZone);
  off = zoneOffsetMinutes(wall - off * 60000, timeZone);
  return formatWithOffset(wall - off * 60000, off);
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length > 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/** Reads one date value; `timeZone` applies only when the value states none. */
export function parseDate(value: unknown, timeZone: string = DEFAULT_TIME_ZONE): DateResult {
  if (typeof value === 'number') return fromEpoch(value, timeZone, String(value));
  if (typeof value !== 'string') return { ok: false, raw: String(value) };
  const raw = value;
  const s = value.trim().replace(/\s+/g, ' ');
  if (s === '') return { ok: false, raw };
  if (/^-?\d{9,13}(\.\d+)?$/.test(s)) return fromEpoch(Number(s), timeZone, raw);
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)? ?(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(s);
  if (m) {
    const [, y, mo, d, h = '0', mi = '0', sec = '0', zone] = m;
    if (zone) {
      const off = zone.toUpperCase() === 'Z' ? 0 : parseZone(zone);
      const wall = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(sec));
      const check = new Date(wall);
      if (Number.isNaN(wall) || check.getUTCDate() !== Number(d) || Number(mo) > 12) return { ok: false, raw };
      return { ok: true, iso: formatWithOffset(wall - off * 60000, off) };
    }
    const iso = fromWallTime(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(sec), timeZone);
    return iso ? { ok: true, iso } : { ok: false, raw };
  }
  m = /^(?:[A-Za-z]{3},? )?(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))? ?([+-]\d{4}|GMT|UTC?|Z)?(?: \([^)]*\))?$/.exec(s);
  if (m) {
    // RFC 5322 (e-mail Date headers): the zone is stated, so it is kept.
    const [, d, mon, y, h, mi, sec = '0', zone] = m;
    const mo = monthOf(mon!);
    if (mo === undefined) return { ok: false, raw };
    if (!zone) {
      const iso = fromWallTime(Number(y), mo, Number(d), Number(h), Number(mi), Number(sec), timeZone);
      return iso ? { ok: true, iso } : { ok: false, raw };
    }
    const off = /^[+-]/.test(zone) ? parseZone(zone) : 0;
    const wall = Date.UTC(Number(y), mo - 1, Number(d), Number(h), Number(mi), Number(sec));
    if (new Date(wall).getUTCDate() !== Number(d) || Number(h) > 23) return { ok: false, raw };
    return { ok: true, iso: formatWithOffset(wall - off * 60000, off) };
  }
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?: ?г\.?)?(?:[ T,]+(?:в )?(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?$/.exec(s);
  if (m) {
    const [, d, mo, y, h = '0', mi = '0', sec = '0'] = m;
    const iso = fromWallTime(fullYear(y!), Number(mo), Number(d), Number(h), Number(mi), Number(sec), timeZone);
    return iso ? { ok: true, iso } : { ok: false, raw };
  }
  m = /^(\d{1,2}) ([\p{L}.]+),? (\d{4})(?: ?(?:г\.?|года?|гады?|year))?(?:,? (?:в )?(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?$/iu.exec(s);
  if (m) {
    const [, d, word, y, h = '0', mi = '0', sec = '0'] = m;
    const mo = monthOf(word!);
    if (mo === undefined) return { ok: false, raw };
    const iso = fromWallTime(Number(y), mo, Number(d), Number(h), Number(mi), Number(sec), timeZone);
    return iso ? { ok: true, iso } : { ok: false, raw };
  }
  return { ok: false, raw };
}

function parseZone(z: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
}

function fromEpoch(n: number, timeZone: string, raw: string): DateResult {
  if (!Number.isFinite(n)) return { ok: false, raw };
  // Ten digits or fewer are seconds (until 2286); more are milliseconds.
  const ms = Math.abs(n) < 1e11 ? n * 1000 : n;
  if (Math.abs(ms) > 8.64e15) return { ok: false, raw };
  return { ok: true, iso: formatInZone(Math.floor(ms / 1000) * 1000, timeZone) };
}
