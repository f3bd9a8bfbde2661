/**
 * Pseudonyms: what a researcher sees in place of personal data. The same person (or phone, e-mail,
 * address, document) gets the same pseudonym in every letter, snippet, facet and export, because
 * it is derived from the resolved identity (a person's canonical entity id, a phone's international
 * digits) with a keyed hash (HMAC-SHA-256 under the archive's secret): without the secret it cannot
 * be turned back into the identity, nor checked against a guess.
 */
import { createHmac } from 'node:crypto';
import { nameKey } from '../language/keys.js';
import { normalizeEmail, normalizePhone } from '../enrich/senders.js';

export type Role = 'admin' | 'editor' | 'researcher';
export const ROLES: readonly Role[] = ['admin', 'editor', 'researcher'];

/** Admins and editors see personal data as written; researchers see pseudonyms. */
export function seesRaw(role: Role): boolean {
  return role !== 'researcher';
}

/** What kind of personal data a span is: the detectors' types and the names of private persons. */
export type PersonalType = 'name' | 'phone' | 'email' | 'address' | 'id_number' | 'passport' | 'card' | 'plate';

const LABEL: Record<Exclude<PersonalType, 'phone' | 'card'>, string> = {
  name: 'Person',
  email: 'E-mail',
  address: 'Address',
  id_number: 'ID number',
  passport: 'Passport',
  plate: 'Plate',
};

/** Digits of a text, for masks that keep the last few. */
const digits = (s: string): string => s.replace(/\D/g, '');

export class Pseudonyms {
  private readonly cache = new Map<string, string>();

  constructor(private readonly secret: string) {
    if (secret.length < 16) throw new Error('a pseudonym secret must be at least 16 characters');
  }

  /** Six hexadecimal digits of the keyed hash of a kind and an identity: 16.7 million values. */
  code(kind: string, identity: string): string {
    const k = `${kind}\u0000${identity}`;
    let c = this.cache.get(k);
    if (c === undefined) {
      c = createHmac('sha256', this.secret).update(k).digest('hex').slice(0, 6).toUpperCase();
      if (this.cache.size > 100_000) this.cache.clear();
      this.cache.set(k, c);
    }
    return c;
  }

  /**
   * The identity behind a piece of personal data: for a person their canonical entity id when
   * known, else the cross-script key of the name; a phone as international digits; an e-mail in
   * lower case; anything else folded to letters and digits.
   */
  static identity(type: PersonalType, text: string, entityId?: string): string {
    switch (type) {
      case 'name':
        return entityId ?? `key:${nameKey(text)}`;
      case 'phone':
        return normalizePhone(text) ?? digits(text);
      case 'email':
        return normalizeEmail(text) ?? text.trim().toLowerCase();
      default:
        return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    }
  }

  /** The text a researcher sees in place of this personal data. */
  replacement(type: PersonalType, text: string, entityId?: string): string {
    if (type === 'phone') {
      // A phone keeps its country and its last two digits, as people quote one: +375 •• ••• ••31.
      const d = normalizePhone(text) ?? digits(text);
      const country = d.startsWith('375') ? '+375 ' : d.startsWith('7') && d.length === 11 ? '+7 ' : '';
      return `${country}•• ••• ••${d.slice(-2)} [${this.code('phone', d)}]`;
    }
    if (type === 'card') return `card •••• ${digits(text).slice(-4)}`;
    return `${LABEL[type]} ${this.code(type, Pseudonyms.identity(type, text, entityId))}`;
  }

  /** A private person's entity id as researchers see it (`per:~7F3A91`); a facet or filter value. */
  personId(entityId: string): string {
    return `per:~${this.code('name', entityId)}`;
  }
}
