/** `zvarot audit verify|list`: check the audit log's hash chain, and read it. */
import { ZvarotError } from '../core/errors.js';
import { verifyAudit } from '../privacy/audit.js';
import { openSqliteStore } from '../store/sqlite/index.js';

export function auditVerifyCommand(a: { db: string; json?: boolean }): void {
  const store = openSqliteStore(a.db, { mustExist: true });
  try {
    const r = verifyAudit(store);
    if (a.json) process.stdout.write(JSON.stringify(r) + '\n');
    else if (r.ok) process.stdout.write(`The audit log holds: ${r.entries} entries, each chained to the one before.\nHead hash ${r.head}: note it elsewhere; if a later check shows fewer entries or another chain, entries were cut off the end.\n`);
    else process.stdout.write(`The audit log is broken at entry ${r.broken?.seq}: ${r.broken?.reason}. The ${r.entries} entries before it hold.\n`);
    if (!r.ok) process.exitCode = 1;
  } finally {
    store.close();
  }
}

export function auditListCommand(a: { db: string; after: number; limit: number; json?: boolean }): void {
  if (a.limit < 1 || a.limit > 100_000) throw new ZvarotError('E_OPTION_RANGE', `--limit must be 1–100000, got ${a.limit}`);
  const store = openSqliteStore(a.db, { mustExist: true });
  try {
    const entries = store.auditEntries(a.after, a.limit);
    if (a.json) process.stdout.write(JSON.stringify(entries.map((e) => ({ ...e, detail: JSON.parse(e.detail) as unknown }))) + '\n');
    else for (const e of entries) process.stdout.write(`${e.seq}\t${e.at}\t${e.actor}\t${e.action}\t${e.detail}\n`);
  } finally {
    store.close();
  }
}
