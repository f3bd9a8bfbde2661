/** The canonical letter record (one JSON object per line in JSONL); every field but `body` is optional. */
export interface LetterRecord {
  id?: string;
  received_at?: string;
  channel?: string;
  sender?: SenderRecord;
  place?: string;
  subject?: string;
  body: string;
  attachments?: number;
  response?: string | null;
  source?: { file?: string; line?: number };
}

export interface SenderRecord {
  name?: string;
  address?: string;
  phone?: string;
  email?: string;
  id_number?: string;
}

export const KINDS = [
  'complaint',
  'appeal',
  'statement',
  'denunciation',
  'self_denunciation',
  'gratitude',
  'other',
] as const;
export type Kind = (typeof KINDS)[number];

export const FLAGS = [
  'recantation',
  'loyalty_pledge',
  'fear_of_dismissal',
  'names_others',
  'mentions_2020_protests',
  'mentions_designated_org',
  'requests_protection',
] as const;
export type Flag = (typeof FLAGS)[number];

export const LANGS = ['ru', 'be', 'uk', 'en', 'mixed'] as const;
export type Lang = (typeof LANGS)[number];

export type PiiType = 'name' | 'phone' | 'email' | 'address' | 'id_number' | 'passport' | 'card' | 'plate';
export type EntityType = 'PER' | 'ORG' | 'LOC' | 'DATE';

/** A span of text: UTF-16 offsets into the body, end exclusive (as String.prototype.slice takes them). */
export interface Span {
  start: number;
  end: number;
}

export interface PiiSpan extends Span {
  type: PiiType;
}

export interface EntitySpan extends Span {
  type: EntityType;
  /** Canonical id: every spelling and inflection of one entity shares it. */
  id: string;
}

/** Ground truth that the demo generator writes beside each letter. */
export interface TruthRecord {
  id: string;
  kind: Kind;
  flags: Flag[];
  lang: Lang;
  pii: PiiSpan[];
  entities: EntitySpan[];
  campaign: string | null;
  sender: string;
}
