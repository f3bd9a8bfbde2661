/**
 * Enrichment: what zvarot derives from one letter at ingest — kind and flags with evidence, the
 * persons, organisations and places it names, and personal-data spans for redaction. Pure: text
 * in, JSON-ready data out.
 */
import type { Flag, Kind } from '../core/record.js';
import { trimmedLength } from './cues.js';
import { findEntities, type Entity } from './entities.js';
import { classify, type Evidence, type Scores } from './kind.js';
import { isDesignatedOrg } from './lexicon/orgs.js';
import { findPii, type PiiSpan as DataSpan } from './pii.js';
import { PUBLIC_FIGURES } from './lexicon/figures.js';
import { signatureNames, titledNames } from './signature.js';
import { sortSmall } from '../core/sort.js';

export { classify, type Classification, type ClassifyContext, type Evidence, type Scores } from './kind.js';
export { findEntities, type Entity } from './entities.js';
export { findPii } from './pii.js';

/** Personal data: the detectors' spans and the names of private persons. */
export interface PiiSpan {
  type: DataSpan['type'] | 'name';
  start: number;
  end: number;
  text: string;
}

export interface Enrichment {
  kind: Kind;
  flags: Flag[];
  scores: Scores;
  evidence: Evidence[];
  entities: Entity[];
  pii: PiiSpan[];
}

export interface EnrichInput {
  body: string;
  subject?: string;
}

/**
 * Where the writer names themselves: "Я, Иванов Иван Иванович," and "от Ивановой А.А." in a header,
 * and the signature in the last lines. Those persons are the writer, not "others".
 */
function writerIds(text: string, persons: readonly Entity[]): Set<string> {
  const ids = new Set<string>();
  // The line break before the last line that holds anything (the text's trimmed end read in place, not copied).
  const end = trimmedLength(text);
  const tail = text.lastIndexOf('\n', (end === 0 ? -1 : text.lastIndexOf('\n', end - 1)) - 1);
  for (const p of persons) {
    const before = text.slice(Math.max(0, p.start - 4), p.start).toLowerCase();
    if (/(?:^|[\s,])(?:я|от|ад),?\s*$/.test(before) || p.start > Math.max(tail, text.length - 60)) ids.add(p.id);
  }
  return ids;
}

const FIGURE_GENDER = new Map(PUBLIC_FIGURES.map((f) => [`per:${f.id}`, f.gender]));
/** Surname endings that are only women's: Медведева, Сосновская, Быкава. */
const FEMALE_SURNAME = /(?:ова|ева|ёва|ина|ына|ская|цкая|ава|ёва|іна|ына|ая)$/u;

/**
 * A "public figure" whose written surname is of the other gender (Д.Б. Медведева is not Дмитрий
 * Медведев) is a private person who shares a famous surname: personal data, not a public figure.
 */
function checkPublic(e: Entity): Entity {
  if (e.type !== 'PER' || !e.public) return e;
  const gender = FIGURE_GENDER.get(e.id);
  if (!gender) return e;
  const surname = e.text.split(/[\s.]+/u).filter((w) => /\p{L}{3,}/u.test(w)).pop() ?? '';
  const female = FEMALE_SURNAME.test(surname.toLowerCase());
  if ((gender === 'm') === !female) return e;
  const { public: _public, ...rest } = e;
  return { ...rest, id: `per:~${surname.toLowerCase()}` };
}

/** The persons, organisations and places of a text, with famous surnames of the wrong gender made private. */
export function entitiesOf(text: string): Entity[] {
  return findEntities(text).map(checkPublic);
}

/**
 * The personal data of a text: the detectors' spans, the names of private persons, and surnames
 * standing alone in the signature or after a post. What ingest stores for redaction, and what the
 * presenter finds in texts ingest kept no spans of.
 */
export function personalData(text: string, entities: readonly Entity[] = entitiesOf(text)): PiiSpan[] {
  const persons = entities.filter((e) => e.type === 'PER' && !e.public);
  const pii: PiiSpan[] = findPii(text);
  // Names of private persons are personal data too, unless a detector already claimed the span.
  for (const p of persons) if (!pii.some((s) => s.start < p.end && p.start < s.end)) pii.push({ type: 'name', start: p.start, end: p.end, text: p.text });
  // Surnames alone, which no name list can tell: in the signature, and after a post or relation
  // ("участковый Иванов"). A lone word in the signature is a name even where it spells a town
  // (Николаев) or a famous surname.
  const overlaps = (n: { start: number; end: number }, e: { start: number; end: number }) => e.start < n.end && n.start < e.end;
  for (const n of signatureNames(text)) {
    if (pii.some((s) => overlaps(n, s)) || entities.some((e) => overlaps(n, e) && e.type === 'ORG')) continue;
    pii.push({ type: 'name', ...n });
  }
  // After a post a capitalised word is a person even where it spells a village ("інспектар
  // Ждановіч"), unless it is a public figure or an organisation.
  for (const n of titledNames(text)) {
    if (pii.some((s) => overlaps(n, s)) || entities.some((e) => overlaps(n, e) && (e.type === 'ORG' || e.public))) continue;
    pii.push({ type: 'name', ...n });
  }
  return sortSmall(pii, (a, b) => a.start - b.start);
}

/** Everything derived from one letter's text. */
export function enrich(letter: EnrichInput): Enrichment {
  const text = letter.body;
  const entities = entitiesOf(text);
  const persons = entities.filter((e) => e.type === 'PER' && !e.public);
  const writer = writerIds(text, persons);
  const others = persons.filter((p) => !writer.has(p.id));
  const designated = entities.filter((e) => e.type === 'ORG' && isDesignatedOrg(e.id));
  const political = entities.filter((e) => e.type === 'PER' && e.public);
  // One shape of context for every letter (a spread of the subject would make two).
  const c = classify(text, { subject: letter.subject, persons: others, designated, political });
  const pii = personalData(text, entities);
  return { kind: c.kind, flags: c.flags, scores: c.scores, evidence: c.evidence, entities, pii };
}
