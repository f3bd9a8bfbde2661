/**
 * Enrichment: what zvarot derives from one letter at ingest — kind and flags with evidence, the
 * persons, organisations and places it names, and personal-data spans for redaction. Pure: text
 * in, JSON-ready data out.
 */
import type { Flag, Kind } from '../core/record.js';
import { findEntities, type Entity } from './entities.js';
import { classify, type Evidence, type Scores } from './kind.js';
import { isDesignatedOrg } from './lexicon/orgs.js';
import { findPii, type PiiSpan as DataSpan } from './pii.js';

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
  const tail = text.lastIndexOf('\n', text.trimEnd().lastIndexOf('\n') - 1);
  for (const p of persons) {
    const before = text.slice(Math.max(0, p.start - 4), p.start).toLowerCase();
    if (/(?:^|[\s,])(?:я|от|ад),?\s*$/.test(before) || p.start > Math.max(tail, text.length - 60)) ids.add(p.id);
  }
  return ids;
}

/** Everything derived from one letter's text. */
export function enrich(letter: EnrichInput): Enrichment {
  const text = letter.body;
  const entities = findEntities(text);
  const persons = entities.filter((e) => e.type === 'PER' && !e.public);
  const writer = writerIds(text, persons);
  const others = persons.filter((p) => !writer.has(p.id));
  const designated = entities.filter((e) => e.type === 'ORG' && isDesignatedOrg(e.id));
  const political = entities.filter((e) => e.type === 'PER' && e.public);
  const c = classify(text, { ...(letter.subject ? { subject: letter.subject } : {}), persons: others, designated, political });
  const pii: PiiSpan[] = findPii(text);
  // Names of private persons are personal data too, unless a detector already claimed the span.
  for (const p of persons) if (!pii.some((s) => s.start < p.end && p.start < s.end)) pii.push({ type: 'name', start: p.start, end: p.end, text: p.text });
  pii.sort((a, b) => a.start - b.start);
  return { kind: c.kind, flags: c.flags, scores: c.scores, evidence: c.evidence, entities, pii };
}
