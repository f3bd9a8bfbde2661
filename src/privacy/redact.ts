/**
 * Redaction of one text: personal-data spans replaced by pseudonyms, and a map from offsets in the
 * original to offsets in the redacted text, so that evidence, entities and highlights found on the
 * original still point at the right words.
 */
import { entitiesOf, personalData } from '../enrich/index.js';
import type { PersonalType, Pseudonyms } from './pseudonyms.js';

export interface PersonalSpan {
  type: PersonalType;
  start: number;
  end: number;
  text: string;
  /** For a person: the canonical entity id, so that every spelling gets one pseudonym. */
  entityId?: string;
}

export interface Redacted {
  text: string;
  /** An offset of the original in the redacted text. Inside a replaced span: its start, or with `end` its end. */
  map(offset: number, end?: boolean): number;
}

/**
 * The personal data of a text found now (for texts ingest kept no spans of: subjects, agency
 * responses, sender fields, quotes), as ingest finds it in bodies; names carry their entity id.
 */
export function detectPersonal(text: string): PersonalSpan[] {
  const entities = entitiesOf(text);
  const idAt = new Map(entities.filter((e) => e.type === 'PER').map((e) => [`${e.start}:${e.end}`, e.id]));
  return personalData(text, entities).map((s) => {
    const id = s.type === 'name' ? idAt.get(`${s.start}:${s.end}`) : undefined;
    return id ? { ...s, entityId: id } : s;
  });
}

/** Replaces the spans (overlaps keep the earlier, longer one) with their pseudonyms. */
export function redact(text: string, spans: readonly PersonalSpan[], p: Pseudonyms): Redacted {
  const sorted = [...spans].filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const from: number[] = [];
  const to: number[] = [];
  const newFrom: number[] = [];
  const newTo: number[] = [];
  let out = '';
  let pos = 0;
  for (const s of sorted) {
    if (s.start < pos) continue;
    out += text.slice(pos, s.start);
    const replacement = p.replacement(s.type, text.slice(s.start, s.end), s.entityId);
    from.push(s.start);
    to.push(s.end);
    newFrom.push(out.length);
    out += replacement;
    newTo.push(out.length);
    pos = s.end;
  }
  out += text.slice(pos);
  const map = (offset: number, end = false): number => {
    // The last replaced span starting at or before the offset.
    let lo = 0;
    let hi = from.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((from[mid] as number) <= offset) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (k < 0) return offset;
    if (offset < (to[k] as number)) return offset === from[k] || !end ? (newFrom[k] as number) : (newTo[k] as number);
    return (newTo[k] as number) + (offset - (to[k] as number));
  };
  return { text: out, map };
}
