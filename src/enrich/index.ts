/**
 * Enrichment: what zvarot derives from one letter at ingest — kind and flags with evidence, and
 * personal-data spans for redaction. Pure: text in, JSON-ready data out.
 */
import type { Flag, Kind } from '../core/record.js';
import { classify, type Evidence, type Scores } from './kind.js';
import { findPii, type PiiSpan } from './pii.js';

export { classify, type Classification, type ClassifyContext, type Evidence, type Scores } from './kind.js';
export { findPii, type PiiSpan, type PiiType } from './pii.js';

export interface Enrichment {
  kind: Kind;
  flags: Flag[];
  scores: Scores;
  evidence: Evidence[];
  pii: PiiSpan[];
}

export interface EnrichInput {
  body: string;
  subject?: string;
}

/** Everything derived from one letter's text. */
export function enrich(letter: EnrichInput): Enrichment {
  const c = classify(letter.body, { subject: letter.subject });
  return { kind: c.kind, flags: c.flags, scores: c.scores, evidence: c.evidence, pii: findPii(letter.body) };
}
