import { ZvarotError } from '../core/errors.js';
import { openSqliteStore } from '../store/sqlite/index.js';

export function showCommand(a: { id: string; db: string; json?: boolean }): void {
  const store = openSqliteStore(a.db, { mustExist: true, readonly: true });
  try {
    const letter = store.getLetter(a.id);
    if (!letter) throw new ZvarotError('E_NOT_FOUND', `no letter with id "${a.id}" in ${a.db}`);
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
