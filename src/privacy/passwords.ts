/**
 * Password hashes: scrypt (memory-hard, in Node's crypto) with a random salt per password, stored as
 * `scrypt$N$r$p$salt$hash` so the cost can rise later without breaking old hashes. Verification
 * compares in constant time.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const N = 2 ** 15;
const R = 8;
const P = 1;
const KEY = 32;
/** scrypt needs 128 × N × r bytes; Node's default ceiling (32 MiB) is exactly that, so raise it a little. */
const MAXMEM = 64 * 1024 * 1024;

export const MIN_PASSWORD = 12;

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password.normalize('NFC'), salt, KEY, { N, r: R, p: P, maxmem: MAXMEM });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export function verifyPassword(password: string, stored: string): boolean {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4] as string, 'base64');
  const want = Buffer.from(parts[5] as string, 'base64');
  const got = scryptSync(password.normalize('NFC'), salt, want.length, { N: n, r, p, maxmem: MAXMEM });
  return got.length === want.length && timingSafeEqual(got, want);
}

let dummy: string | null = null;

/** A hash of a password nobody has, to spend the same time on an unknown user as on a known one. */
export function dummyHash(): string {
  dummy ??= hashPassword(randomBytes(18).toString('base64'));
  return dummy;
}
