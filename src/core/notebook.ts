/**
 * What a reporter's notebook accepts: tags, note and quote texts, collection names. Checked here for
 * the API and the query language alike, so that the tag a reporter typed on a letter is the tag
 * `tag:NAME` finds, however it was spaced or composed.
 */
import { ZvarotError } from './errors.js';

export const TAG_MAX = 64;
export const NAME_MAX = 200;
export const TEXT_MAX = 20_000;

/**
 * Characters no label needs and hostile text uses: control characters, and the invisible ones that
 * reorder or hide what is shown (bidirectional overrides, zero-width joiners, the byte-order mark).
 */
const HIDDEN = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/u;
/** In a longer text, line breaks and tabs are the writer's; other control characters are not. */
const TEXT_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** A tag as it is kept and compared: composed (NFC), runs of spaces as one, trimmed. */
export function normalTag(s: string): string {
  return s.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

const bad = (message: string) => new ZvarotError('E_BODY', message);

/** A label (tag or collection name) from a request body: a string, 1 to `max` characters once trimmed, nothing hidden. */
function label(v: unknown, field: string, max: number): string {
  if (typeof v !== 'string') throw bad(`"${field}" must be a string`);
  if (HIDDEN.test(v.trim())) throw bad(`"${field}" must not hold control or invisible characters`);
  const s = normalTag(v);
  if (s === '') throw bad(`"${field}" must not be empty`);
  if (s.length > max) throw bad(`"${field}" must be at most ${max} characters, got ${s.length}`);
  return s;
}

export function tagOf(v: unknown): string {
  return label(v, 'tag', TAG_MAX);
}

export function collectionNameOf(v: unknown): string {
  return label(v, 'name', NAME_MAX);
}

/**
 * A note or quote from a request body, up to TEXT_MAX characters. Optional texts take null, an
 * absent field or an empty string as "none"; a required one must hold more than white space.
 */
export function textOf(v: unknown, field: string, required: true): string;
export function textOf(v: unknown, field: string, required: false): string | null;
export function textOf(v: unknown, field: string, required: boolean): string | null {
  if (v === undefined || v === null) {
    if (required) throw bad(`"${field}" is required`);
    return null;
  }
  if (typeof v !== 'string') throw bad(`"${field}" must be a string${required ? '' : ' or null'}`);
  if (TEXT_CONTROL.test(v)) throw bad(`"${field}" must not hold control characters other than line breaks and tabs`);
  if (v.length > TEXT_MAX) throw bad(`"${field}" must be at most ${TEXT_MAX.toLocaleString('en')} characters, got ${v.length}`);
  const s = v.normalize('NFC');
  if (s.trim() === '') {
    if (required) throw bad(`"${field}" must not be empty`);
    return null;
  }
  return s;
}
