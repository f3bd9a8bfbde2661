/**
 * Who is asking: sessions, login with rate limits and lock-out, and CSRF tokens.
 *
 * With no users in the archive the server is a local tool: every request acts as a local admin,
 * and `zvarot serve` refuses to listen beyond loopback. Once a user exists every API route but
 * health, the OpenAPI description, the session probe and login needs a session: an opaque random
 * token in an HttpOnly, SameSite=Strict cookie (Secure behind HTTPS), kept in memory (a restart logs
 * everyone out) and dropped after 12 hours without use. Every state-changing request must carry the
 * session's CSRF token in `X-CSRF-Token`, in local mode too, so that no other site can make a
 * browser act on the archive.
 */
import { randomBytes } from 'node:crypto';
import type { Role } from '../privacy/pseudonyms.js';

export interface Viewer {
  name: string;
  role: Role;
}

export interface Session extends Viewer {
  token: string;
  csrf: string;
  lastSeen: number;
}

export const SESSION_COOKIE = 'zvarot_session';
const IDLE_MS = 12 * 3600_000;
/** Failures in a row that lock an account, and for how long. */
export const LOCK_AFTER = 5;
export const LOCK_MS = 15 * 60_000;
/** Login attempts one address may make per minute. */
export const ATTEMPTS_PER_MINUTE = 10;

const token = (): string => randomBytes(32).toString('base64url');

export class Sessions {
  private readonly byToken = new Map<string, Session>();
  /** The CSRF token of local mode (no users): one per server run. */
  readonly localCsrf = token();

  create(v: Viewer): Session {
    const s: Session = { ...v, token: token(), csrf: token(), lastSeen: Date.now() };
    this.byToken.set(s.token, s);
    return s;
  }

  /** The live session of a token, touched; undefined when unknown or idle too long. */
  get(t: string | undefined): Session | undefined {
    if (!t) return undefined;
    const s = this.byToken.get(t);
    if (!s) return undefined;
    if (Date.now() - s.lastSeen > IDLE_MS) {
      this.byToken.delete(t);
      return undefined;
    }
    s.lastSeen = Date.now();
    return s;
  }

  delete(t: string): void {
    this.byToken.delete(t);
  }

  /** Ends every session of a user (removed, or given a new password or role). */
  forget(name: string): void {
    for (const [t, s] of this.byToken) if (s.name === name) this.byToken.delete(t);
  }
}

/** A sliding one-minute window of login attempts per address. */
export class LoginLimiter {
  private readonly attempts = new Map<string, number[]>();

  /** Records an attempt; false when the address has used up its attempts for this minute. */
  allow(address: string, now = Date.now()): boolean {
    const recent = (this.attempts.get(address) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= ATTEMPTS_PER_MINUTE) {
      this.attempts.set(address, recent);
      return false;
    }
    recent.push(now);
    this.attempts.set(address, recent);
    if (this.attempts.size > 10_000) this.attempts.clear();
    return true;
  }
}

/** The value of one cookie in a Cookie header. */
export function cookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

export function sessionCookie(value: string, secure: boolean, maxAge?: number): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}${maxAge !== undefined ? `; Max-Age=${maxAge}` : ''}`;
}
