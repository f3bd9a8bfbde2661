import { ZvarotError } from '../core/errors.js';
import { Presenter } from '../privacy/present.js';
import type { Role } from '../privacy/pseudonyms.js';
import { openSqliteStore } from '../store/sqlite/index.js';

export function showCommand(a: { id: string; db: string; json?: boolean; as?: Role }): void {
  const store = openSqliteStore(a.db, { mustExist: true, readonly: true });
  try {
    const stored = store.getLetter(a.id);
    if (!stored) throw new ZvarotError('E_NOT_FOUND', `no letter with id "${a.id}" in ${a.db}`);
    const letter = a.as ? new Presenter({ role: a.as }, store.secret()).letter(stored) : stored;
    if (a.json) {
      process.stdout.write(JSON.stringify(letter) + '\n');
      return;
    }
    const d = letter.derived;
    process.stdout.write(`${letter.id}  ${letter.received_at ?? '—'}  ${letter.channel ?? ''}  ${letter.place ?? ''}  lang=${d.lang}${d.kind ? ` kind=${d.kind}` : ''}${d.flags.length ? ` flags=${d.flags.join(',')}` : ''}\n`);
    const groups = [d.campaign ? `campaign=${d.campaign}` : '', d.sender_group && d.sender_group !== letter.id ? `sender=${d.sender_group}` : '', ...Object.entries(d.classes).map(([k, v]) => `class:${k}=${v}`)].filter(Boolean);
    if (groups.length) process.stdout.write(`${groups.join('  ')}\n`);
    if (letter.subject) process.stdout.write(`Subject: ${letter.subject}\n`);
    process.stdout.write(`\n${letter.body}\n`);
    if (letter.response) process.stdout.write(`\n— Response —\n${letter.response}\n`);
  } finally {
    store.close();
  }
}
