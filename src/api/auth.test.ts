import { describe, expect, it } from 'vitest';
import { prepareLetter } from '../ingest/index.js';
import { hashPassword, verifyPassword } from '../privacy/passwords.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import type { Store } from '../store/types.js';
import { ATTEMPTS_PER_MINUTE, LOCK_AFTER, LoginLimiter } from './auth.js';
import { createApp } from './server.js';

const LETTER = {
  id: 'p-1',
  received_at: '2021-03-02T11:00:00+03:00',
  place: 'Минск',
  sender: { name: 'Ковалёва Анна Сергеевна', phone: '+375 29 765-43-21' },
  body: 'Я, Ковалёва Анна Сергеевна, сообщаю, что мой сосед Петров Игорь Васильевич вывесил флаг. Мой телефон +375 29 765-43-21.\n\nКовалёва',
};

const PASSWORDS = { ed: 'editor-password-1', re: 'researcher-password-1' };

function archive(withUsers: boolean): Store {
  const store = openSqliteStore(':memory:');
  store.putBatch([prepareLetter(LETTER, { file: 'f', line: 1 })], 'auth');
  if (withUsers) {
    store.putUser({ name: 'ed', role: 'editor', hash: hashPassword(PASSWORDS.ed) });
    store.putUser({ name: 're', role: 'researcher', hash: hashPassword(PASSWORDS.re) });
  }
  return store;
}

type App = ReturnType<typeof createApp>;

async function call(app: App, method: string, url: string, opts: { body?: unknown; cookie?: string; csrf?: string; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.cookie) headers.cookie = opts.cookie;
  if (opts.csrf) headers['x-csrf-token'] = opts.csrf;
  const res = await app.request(url, { method, headers, ...(opts.body !== undefined ? { body: JSON.stringify(opts.body) } : {}) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null, text };
}

async function login(app: App, username: string, password: string, headers: Record<string, string> = {}) {
  const r = await call(app, 'POST', '/api/login', { body: { username, password }, headers });
  const setCookie = r.headers.get('set-cookie') ?? '';
  return { ...r, setCookie, cookie: setCookie.split(';')[0] ?? '' };
}

describe('passwords', () => {
  it('hash with scrypt and a salt of their own, and verify only the right one', () => {
    const a = hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hashPassword('correct horse battery')).not.toBe(a);
    expect(verifyPassword('correct horse battery', a)).toBe(true);
    expect(verifyPassword('correct horse batterY', a)).toBe(false);
    expect(verifyPassword('x', 'not a hash')).toBe(false);
  });
});

describe('local mode (no users)', () => {
  it('acts as a local admin, and still wants the CSRF token on state changes', async () => {
    const app = createApp({ store: archive(false) });
    const s = await call(app, 'GET', '/api/session');
    expect(s.body).toMatchObject({ user: 'local', role: 'admin', local: true, csrfToken: expect.any(String) });
    expect((await call(app, 'GET', '/api/letters/p-1')).body.sender.phone).toBe('+375 29 765-43-21');
    expect((await call(app, 'POST', '/api/logout')).body.error.code).toBe('E_CSRF');
    expect((await call(app, 'POST', '/api/logout', { csrf: 'guess' })).status).toBe(403);
    expect((await call(app, 'POST', '/api/logout', { csrf: s.body.csrfToken })).status).toBe(200);
  });
});

describe('with users', () => {
  it('answers nothing but health, the description and login without a session', async () => {
    const app = createApp({ store: archive(true) });
    for (const url of ['/api/search?q=флаг', '/api/letters/p-1', '/api/letters/p-1/similar']) {
      const r = await call(app, 'GET', url);
      expect(r.status, url).toBe(401);
      expect(r.body.error.code).toBe('E_AUTH_REQUIRED');
      expect(r.text).not.toContain('Ковал');
    }
    expect((await call(app, 'GET', '/api/health')).status).toBe(200);
    expect((await call(app, 'GET', '/api/openapi.json')).status).toBe(200);
    expect((await call(app, 'GET', '/api/session')).body).toEqual({ user: null, role: null, local: false, csrfToken: null });
  });

  it('logs in with an HttpOnly SameSite=Strict cookie (Secure behind HTTPS) and logs out with the CSRF token', async () => {
    const app = createApp({ store: archive(true) });
    const l = await login(app, 'ed', PASSWORDS.ed);
    expect(l.status).toBe(200);
    expect(l.body).toEqual({ user: 'ed', role: 'editor', csrfToken: expect.any(String) });
    expect(l.setCookie).toMatch(/^zvarot_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    const https = await login(app, 'ed', PASSWORDS.ed, { 'x-forwarded-proto': 'https' });
    expect(https.setCookie).toMatch(/; Secure$/);
    expect((await call(app, 'GET', '/api/session', { cookie: l.cookie })).body).toEqual({ user: 'ed', role: 'editor', local: false, csrfToken: l.body.csrfToken });
    // The editor sees the letter as written.
    const letter = await call(app, 'GET', '/api/letters/p-1', { cookie: l.cookie });
    expect(letter.body.body).toContain('Петров Игорь Васильевич');
    // Logging out needs the session's own token; then the cookie is worth nothing.
    expect((await call(app, 'POST', '/api/logout', { cookie: l.cookie, csrf: https.body.csrfToken })).body.error.code).toBe('E_CSRF');
    const out = await call(app, 'POST', '/api/logout', { cookie: l.cookie, csrf: l.body.csrfToken });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await call(app, 'GET', '/api/letters/p-1', { cookie: l.cookie })).status).toBe(401);
  });

  it('shows a researcher pseudonyms in the letter, its search hits and its similar letters', async () => {
    const app = createApp({ store: archive(true) });
    const l = await login(app, 're', PASSWORDS.re);
    for (const url of ['/api/letters/p-1', '/api/search?q=флаг', '/api/search?q=%22Петров%22', '/api/letters/p-1/similar']) {
      const r = await call(app, 'GET', url, { cookie: l.cookie });
      expect(r.status, url).toBe(200);
      // The query is echoed as typed: the researcher's own words, not the archive's.
      const answer = JSON.stringify({ ...r.body, query: undefined });
      for (const secret of ['Ковалёва', 'Петров', '765-43-21', 'Анна', 'Игорь']) expect(answer, `${url} ${secret}`).not.toContain(secret);
    }
    const letter = (await call(app, 'GET', '/api/letters/p-1', { cookie: l.cookie })).body;
    expect(letter.body).toMatch(/Person [0-9A-F]{6}/);
    expect(letter.sender.phone).toMatch(/^\+375 •• ••• ••21 \[[0-9A-F]{6}\]$/);
    // The writer in the sender field and in the body is one person: one pseudonym.
    expect(letter.body).toContain(letter.sender.name);
  });

  it('audits logins, searches and reads, and shows the log to admins only', async () => {
    const store = archive(true);
    store.putUser({ name: 'boss', role: 'admin', hash: hashPassword('admin-password-12') });
    const app = createApp({ store });
    await login(app, 're', 'wrong-password-123');
    const re = await login(app, 're', PASSWORDS.re);
    await call(app, 'GET', '/api/search?q=флаг', { cookie: re.cookie });
    await call(app, 'GET', '/api/letters/p-1', { cookie: re.cookie });
    const denied = await call(app, 'GET', '/api/audit', { cookie: re.cookie });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('E_FORBIDDEN');
    const boss = await login(app, 'boss', 'admin-password-12');
    const log = await call(app, 'GET', '/api/audit?limit=10', { cookie: boss.cookie });
    expect(log.status).toBe(200);
    expect(log.body.verified).toMatchObject({ ok: true, entries: 5 });
    expect(log.body.entries.map((e: { actor: string; action: string }) => `${e.actor} ${e.action}`)).toEqual(['re login.failed', 're login', 're search', 're letter.read', 'boss login']);
    expect(log.body.entries[2].detail).toMatchObject({ q: 'флаг', total: 1 });
    expect(log.body.entries[3].detail).toEqual({ id: 'p-1' });
  });

  it('locks an account after repeated failures, and says so even to the right password', async () => {
    const store = archive(true);
    const app = createApp({ store });
    for (let i = 0; i < LOCK_AFTER; i++) {
      const r = await login(app, 'ed', 'wrong-password-123');
      expect(r.body.error.code).toBe('E_LOGIN_FAILED');
      expect(r.setCookie).toBe('');
    }
    const locked = await login(app, 'ed', PASSWORDS.ed);
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('E_LOCKED');
    // An unknown user fails the same way as a wrong password.
    expect((await login(createApp({ store }), 'nobody', 'whatever-password')).body.error.code).toBe('E_LOGIN_FAILED');
    // A new password from an admin lifts the lock.
    store.putUser({ name: 'ed', role: 'editor', hash: hashPassword('another-password-2') });
    expect((await login(createApp({ store }), 'ed', 'another-password-2')).status).toBe(200);
  });

  it('limits login attempts per address', async () => {
    const limiter = new LoginLimiter();
    const t = Date.now();
    for (let i = 0; i < ATTEMPTS_PER_MINUTE; i++) expect(limiter.allow('10.0.0.1', t + i)).toBe(true);
    expect(limiter.allow('10.0.0.1', t + 100)).toBe(false);
    expect(limiter.allow('10.0.0.2', t + 100)).toBe(true);
    expect(limiter.allow('10.0.0.1', t + 61_000)).toBe(true);
    const app = createApp({ store: archive(true) });
    const codes: string[] = [];
    for (let i = 0; i <= ATTEMPTS_PER_MINUTE; i++) codes.push((await login(app, 'nobody', 'whatever-password')).body.error.code);
    expect(codes.at(-1)).toBe('E_RATE_LIMIT');
    expect(codes.slice(0, -1).every((c) => c === 'E_LOGIN_FAILED')).toBe(true);
  });
});
