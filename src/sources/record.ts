/** Checks a raw object against the canonical letter record, with errors that name the field. */
import { createHash } from 'node:crypto';
import { ZvarotError, type Location } from '../core/errors.js';
import type { LetterRecord } from '../core/record.js';

const STRING_FIELDS = ['id', 'received_at', 'channel', 'place', 'subject'] as const;
const SENDER_FIELDS = ['name', 'address', 'phone', 'email', 'id_number'] as const;

function fieldError(field: string, expected: string, got: unknown, loc: Location): ZvarotError {
  const shown = got === null ? 'null' : Array.isArray(got) ? 'an array' : typeof got;
  return new ZvarotError('E_FIELD_TYPE', `field "${field}" must be ${expected}, got ${shown}`, loc);
}

/** Validates one record; throws a ZvarotError at the first problem. */
export function toLetterRecord(raw: Record<string, unknown>, loc: Location): LetterRecord {
  if (typeof raw.body !== 'string' || raw.body.trim() === '') {
    throw new ZvarotError('E_RECORD_SHAPE', raw.body === undefined ? 'the record has no "body"' : 'field "body" must be a non-empty string', loc);
  }
  for (const f of STRING_FIELDS) {
    const v = raw[f];
    if (v !== undefined && v !== null && typeof v !== 'string' && !(f === 'id' && typeof v === 'number')) throw fieldError(f, 'a string', v, loc);
  }
  if (raw.attachments !== undefined && raw.attachments !== null && (typeof raw.attachments !== 'number' || !Number.isInteger(raw.attachments) || raw.attachments < 0)) {
    throw fieldError('attachments', 'a whole number ≥ 0', raw.attachments, loc);
  }
  if (raw.response !== undefined && raw.response !== null && typeof raw.response !== 'string') throw fieldError('response', 'a string or null', raw.response, loc);
  let sender: LetterRecord['sender'];
  if (raw.sender !== undefined && raw.sender !== null) {
    if (typeof raw.sender !== 'object' || Array.isArray(raw.sender)) throw fieldError('sender', 'an object', raw.sender, loc);
    const s = raw.sender as Record<string, unknown>;
    sender = {};
    for (const f of SENDER_FIELDS) {
      const v = s[f];
      if (v === undefined || v === null) continue;
      if (typeof v !== 'string') throw fieldError(`sender.${f}`, 'a string', v, loc);
      sender[f] = v;
    }
  }
  if (typeof raw.received_at === 'string' && Number.isNaN(Date.parse(raw.received_at))) {
    throw new ZvarotError('E_DATE_FORMAT', `field "received_at" holds "${raw.received_at.slice(0, 40)}", which is not a date`, loc);
  }
  const record: LetterRecord = { body: raw.body };
  if (raw.id !== undefined && raw.id !== null && String(raw.id) !== '') record.id = String(raw.id);
  for (const f of ['received_at', 'channel', 'place', 'subject'] as const) {
    const v = raw[f];
    if (typeof v === 'string') record[f] = v;
  }
  if (sender) record.sender = sender;
  if (typeof raw.attachments === 'number') record.attachments = raw.attachments;
  if (raw.response !== undefined) record.response = (raw.response as string | null) ?? null;
  if (raw.source && typeof raw.source === 'object' && !Array.isArray(raw.source)) record.source = raw.source as LetterRecord['source'];
  return record;
}

/** Stable JSON: keys sorted at every level, so equal records hash equally whatever their key order. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** Hash of what the letter says; the source location is left out so a moved file is the same letter. */
export function contentHash(r: LetterRecord): string {
  const { source: _source, ...rest } = r;
  return createHash('sha256').update(stable(rest)).digest('hex');
}

/** The letter's id: the source's own, else one derived from its content. */
export function letterId(r: LetterRecord, hash: string): string {
  return r.id ?? `h-${hash.slice(0, 16)}`;
}
