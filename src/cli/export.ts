/** `zvarot export`: the letters a query matches as CSV, JSON Lines or FollowTheMoney, for a role. */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { exportChunks, exportFormat } from '../export/index.js';
import { Presenter } from '../privacy/present.js';
import type { Role } from '../privacy/pseudonyms.js';
import { openSqliteStore } from '../store/sqlite/index.js';

export async function exportCommand(a: { db: string; format: string; query?: string; out?: string; as?: Role }): Promise<number> {
  const format = exportFormat(a.format);
  const store = openSqliteStore(a.db, { mustExist: true, readonly: true });
  const out = a.out ? createWriteStream(a.out) : process.stdout;
  let n = 0;
  try {
    const presenter = a.as ? new Presenter({ role: a.as }, store.secret()) : undefined;
    for (const chunk of exportChunks(store, a.query ?? '', format, presenter)) {
      n++;
      if (!out.write(chunk)) await once(out, 'drain');
    }
    if (a.out) {
      (out as ReturnType<typeof createWriteStream>).end();
      await once(out, 'finish');
      process.stderr.write(`Exported to ${a.out} (${format}).\n`);
    }
    return n;
  } finally {
    store.close();
  }
}
