/** `zvarot risk ID --quote "…"`: the publication-risk check from the command line. */
import { ZvarotError } from '../core/errors.js';
import { Presenter } from '../privacy/present.js';
import type { Role } from '../privacy/pseudonyms.js';
import { publicationRisk, type RiskReport } from '../privacy/risk.js';
import { openSqliteStore } from '../store/sqlite/index.js';

export function riskCommand(a: { id: string; db: string; quote?: string; json?: boolean; as?: Role }): RiskReport {
  const store = openSqliteStore(a.db, { mustExist: true, readonly: true });
  try {
    const letter = store.getLetter(a.id);
    if (!letter) throw new ZvarotError('E_NOT_FOUND', `no letter with id "${a.id}" in ${a.db}`);
    const presenter = a.as ? new Presenter({ role: a.as }, store.secret()) : undefined;
    const r = publicationRisk(store, letter, a.quote, presenter);
    if (a.json) {
      process.stdout.write(JSON.stringify(r) + '\n');
      return r;
    }
    const where = [r.combination.place, r.combination.month].filter(Boolean).join(', ');
    process.stdout.write(`${r.id}${where ? ` (${where})` : ''}: ${r.items.length} identifying ${r.items.length === 1 ? 'element' : 'elements'}\n`);
    for (const i of r.items) process.stdout.write(`  ${i.direct ? '!' : '·'} ${i.kind.padEnd(12)} ${i.text}${i.k !== undefined ? `  (k=${i.k})` : ''}\n      ${i.why}\n`);
    process.stdout.write(`Senders sharing the place, month${r.combination.entities.length ? ' and what the quote names' : ''}: k = ${r.combination.k}\n`);
    process.stdout.write(r.warning ? `WARNING: ${r.warning}\n` : `No direct identifier, and k ≥ ${r.threshold}.\n`);
    return r;
  } finally {
    store.close();
  }
}
