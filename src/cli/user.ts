/**
 * `zvarot user add|list|remove|passwd`: the archive's users. Passwords come on stdin
 * (`--password-stdin`), never on the command line where `ps` and shell history would keep them.
 */
import { userInfo } from 'node:os';
import { ZvarotError } from '../core/errors.js';
import { audit } from '../privacy/audit.js';
import { MIN_PASSWORD, hashPassword } from '../privacy/passwords.js';
import { ROLES, type Role } from '../privacy/pseudonyms.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { readStdin } from './enrich.js';

const NAME = /^[\p{L}\p{N}._-]{2,64}$/u;

/** Who changes users from the command line, for the audit log: the operating-system account. */
function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

async function passwordFromStdin(): Promise<string> {
  const line = (await readStdin()).split(/\r?\n/)[0] ?? '';
  if ([...line].length < MIN_PASSWORD) throw new ZvarotError('E_USER', `the password on stdin has ${[...line].length} characters; it needs at least ${MIN_PASSWORD}`);
  return line;
}

function checkName(name: string): void {
  if (!NAME.test(name)) throw new ZvarotError('E_USER', `"${name.slice(0, 80)}" is not a user name: 2–64 letters, digits, dots, dashes or underscores`);
}

export async function userAddCommand(a: { name: string; role: string; db: string; passwordStdin?: boolean }): Promise<void> {
  checkName(a.name);
  if (!(ROLES as readonly string[]).includes(a.role)) throw new ZvarotError('E_USER', `--role takes ${ROLES.join(', ')}, not "${a.role}"`);
  if (!a.passwordStdin) throw new ZvarotError('E_USAGE', 'give the password on stdin with --password-stdin (e.g. `printf %s "$PW" | zvarot user add …`)');
  const password = await passwordFromStdin();
  const store = openSqliteStore(a.db, { mustExist: true });
  try {
    const existed = store.user(a.name) !== undefined;
    store.putUser({ name: a.name, role: a.role as Role, hash: hashPassword(password) });
    audit(store, cliActor(), existed ? 'user.replace' : 'user.add', { name: a.name, role: a.role });
    process.stdout.write(`${existed ? 'Replaced' : 'Added'} ${a.name} (${a.role}).\n`);
  } finally {
    store.close();
  }
}

export async function userPasswdCommand(a: { name: string; db: string; passwordStdin?: boolean }): Promise<void> {
  if (!a.passwordStdin) throw new ZvarotError('E_USAGE', 'give the new password on stdin with --password-stdin');
  const password = await passwordFromStdin();
  const store = openSqliteStore(a.db, { mustExist: true });
  try {
    const u = store.user(a.name);
    if (!u) throw new ZvarotError('E_USER', `no user "${a.name.slice(0, 80)}" in ${a.db}`);
    store.putUser({ name: u.name, role: u.role, hash: hashPassword(password) });
    audit(store, cliActor(), 'user.passwd', { name: u.name });
    process.stdout.write(`New password set for ${u.name}; the account is unlocked.\n`);
  } finally {
    store.close();
  }
}

export function userListCommand(a: { db: string; json?: boolean }): void {
  const store = openSqliteStore(a.db, { mustExist: true });
  try {
    const users = store.users().map((u) => ({ name: u.name, role: u.role, created_at: u.created_at, locked: u.locked_until !== null && u.locked_until > Date.now() }));
    if (a.json) process.stdout.write(JSON.stringify(users) + '\n');
    else if (users.length === 0) process.stdout.write('No users: the server acts as a local admin and listens on loopback only.\n');
    else for (const u of users) process.stdout.write(`${u.name}\t${u.role}\t${u.created_at}${u.locked ? '\tlocked' : ''}\n`);
  } finally {
    store.close();
  }
}

export function userRemoveCommand(a: { name: string; db: string }): void {
  const store = openSqliteStore(a.db, { mustExist: true });
  try {
    if (!store.removeUser(a.name)) throw new ZvarotError('E_USER', `no user "${a.name.slice(0, 80)}" in ${a.db}`);
    audit(store, cliActor(), 'user.remove', { name: a.name });
    process.stdout.write(`Removed ${a.name}.\n`);
  } finally {
    store.close();
  }
}
