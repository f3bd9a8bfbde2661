/**
 * The audit log: every letter read, search, login, logout and change of a user, appended with who,
 * when and what. Each entry's hash covers its own fields and the hash of the entry before it, so
 * editing an entry breaks its hash, and removing or reordering entries breaks the chain at that
 * point. What a chain alone cannot show is the newest entries cut off the end: `zvarot audit verify`
 * prints the head hash, for an admin to note somewhere else and compare later.
 */
import { createHash } from 'node:crypto';
import type { AuditEntry, Store } from '../store/types.js';

export const GENESIS = '0'.repeat(64);

/** The hash of an entry: SHA-256 over the previous hash and the entry's fields, in a fixed order. */
export function sealEntry(e: Omit<AuditEntry, 'hash'>): string {
  return createHash('sha256').update(`${e.prev}\n${JSON.stringify([e.seq, e.at, e.actor, e.action, e.detail])}`).digest('hex');
}

/** Appends one event to the archive's audit log. */
export function audit(store: Store, actor: string, action: string, detail: Record<string, unknown> = {}): AuditEntry {
  return store.appendAudit({ actor, action, detail: JSON.stringify(detail) }, sealEntry);
}

export interface AuditCheck {
  ok: boolean;
  entries: number;
  /** The last entry's hash: note it elsewhere to catch entries cut off the end later. */
  head: string;
  /** The first entry that does not hold, and why. */
  broken?: { seq: number; reason: string };
}

/** Walks the whole log, in pages, checking every hash and link. */
export function verifyAudit(store: Store): AuditCheck {
  let prev = GENESIS;
  let expectSeq = 1;
  let n = 0;
  for (let after = 0; ; ) {
    const page = store.auditEntries(after, 5000);
    if (page.length === 0) break;
    for (const e of page) {
      const fail = (reason: string): AuditCheck => ({ ok: false, entries: n, head: prev, broken: { seq: e.seq, reason } });
      if (e.seq !== expectSeq) return fail(`entry ${expectSeq}${e.seq > expectSeq + 1 ? `–${e.seq - 1}` : ''} is missing (removed?)`);
      if (e.prev !== prev) return fail('it does not follow the entry before it (an entry before it was removed, changed or moved)');
      if (sealEntry(e) !== e.hash) return fail('its content does not match its hash (edited)');
      prev = e.hash;
      expectSeq++;
      n++;
    }
    after = page[page.length - 1]!.seq;
  }
  return { ok: true, entries: n, head: prev };
}
