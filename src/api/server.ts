/**
 * The HTTP server: the JSON API under /api and the web app beside it. Errors leave as JSON with a
 * catalogue code; nothing of a stack trace reaches the client.
 */
import { Hono, type Context } from 'hono';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { isZvarotError, ZvarotError } from '../core/errors.js';
import type { IncomingMessage } from 'node:http';
import { audit, verifyAudit } from '../privacy/audit.js';
import { publicationRisk } from '../privacy/risk.js';
import { CONTENT_TYPE, exportChunks, exportFormat } from '../export/index.js';
import { dummyHash, verifyPassword } from '../privacy/passwords.js';
import { Presenter } from '../privacy/present.js';
import { MAX_LIMIT, bodyHighlights, search, similar } from '../query/search.js';
import type { Store } from '../store/types.js';
import { LOCK_AFTER, LOCK_MS, LoginLimiter, SESSION_COOKIE, Sessions, cookie, sessionCookie, type Viewer } from './auth.js';
import { openapi } from './openapi.js';
import { readStatic } from './static.js';
import { notebookRoutes } from './notebook.js';
import { viewRoutes } from './views.js';
import { intParam, rangedParam, translitParam } from './params.js';

/** Letters are hostile text: the app renders them as text, and the policy forbids any inline script. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export interface ServerOptions {
  store: Store;
  /** Where the web app's built files are; defaults to web/dist in the repository. */
  webRoot?: string;
  log?: (line: string) => void;
}

export type AppEnv = {
  Bindings: { incoming?: IncomingMessage };
  Variables: { viewer: Viewer; presenter: Presenter; csrf: string; session?: string };
};

/** Routes anyone may call, logged in or not. */
const OPEN = new Set(['GET /api/health', 'GET /api/openapi.json', 'GET /api/session', 'POST /api/login']);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createApp(opts: ServerOptions): Hono<AppEnv> {
  const { store } = opts;
  const app = new Hono<AppEnv>();
  const sessions = new Sessions();
  const limiter = new LoginLimiter();
  const secret = store.secret();
  const secure = (c: Context<AppEnv>) => c.req.url.startsWith('https:') || c.req.header('x-forwarded-proto') === 'https';

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
  });

  // Who is asking, before any route: a local admin while the archive has no users, else the session's user.
  app.use('/api/*', async (c, next) => {
    const local = store.users().length === 0;
    const session = local ? undefined : sessions.get(cookie(c.req.header('cookie'), SESSION_COOKIE));
    const route = `${c.req.method} ${c.req.path}`;
    if (!local && !session && !OPEN.has(route)) throw new ZvarotError('E_AUTH_REQUIRED', 'this archive needs a login');
    const viewer: Viewer = session ?? { name: local ? 'local' : 'anonymous', role: local ? 'admin' : 'researcher' };
    const csrf = session?.csrf ?? sessions.localCsrf;
    if (!SAFE_METHODS.has(c.req.method) && route !== 'POST /api/login' && c.req.header('x-csrf-token') !== csrf) {
      throw new ZvarotError('E_CSRF', 'the request has no valid X-CSRF-Token header');
    }
    c.set('viewer', viewer);
    c.set('csrf', csrf);
    if (session) c.set('session', session.token);
    c.set('presenter', new Presenter({ role: viewer.role }, secret));
    await next();
    c.header('Cache-Control', 'no-store');
  });

  app.get('/api/session', (c) => {
    const local = store.users().length === 0;
    const v = c.get('viewer');
    const signedIn = local || c.get('session') !== undefined;
    return c.json({ user: signedIn ? v.name : null, role: signedIn ? v.role : null, local, csrfToken: signedIn ? c.get('csrf') : null });
  });

  app.post('/api/login', async (c) => {
    const address = c.env?.incoming?.socket.remoteAddress ?? 'unknown';
    if (!limiter.allow(address)) throw new ZvarotError('E_RATE_LIMIT', 'too many login attempts from this address in the last minute');
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      throw new ZvarotError('E_QUERY_PARAM', 'send {"username": …, "password": …} as JSON');
    }
    const { username, password } = (body ?? {}) as { username?: unknown; password?: unknown };
    if (typeof username !== 'string' || typeof password !== 'string') throw new ZvarotError('E_QUERY_PARAM', 'send {"username": …, "password": …} as JSON');
    const user = username.length <= 64 ? store.user(username) : undefined;
    const now = Date.now();
    if (user?.locked_until && user.locked_until > now) {
      throw new ZvarotError('E_LOCKED', `the account is locked after ${LOCK_AFTER} failed logins until ${new Date(user.locked_until).toISOString()}`);
    }
    // An unknown user costs the same scrypt as a known one: timing tells no names.
    const ok = verifyPassword(password, user?.hash ?? dummyHash()) && user !== undefined;
    if (!ok || !user) {
      if (user) {
        const failures = user.failures + 1;
        store.setLoginState(user.name, failures >= LOCK_AFTER ? 0 : failures, failures >= LOCK_AFTER ? now + LOCK_MS : null);
      }
      audit(store, username.slice(0, 64), 'login.failed', { address, known: user !== undefined });
      throw new ZvarotError('E_LOGIN_FAILED', 'wrong username or password');
    }
    store.setLoginState(user.name, 0, null);
    audit(store, user.name, 'login', { address, role: user.role });
    const s = sessions.create({ name: user.name, role: user.role });
    c.header('Set-Cookie', sessionCookie(s.token, secure(c)));
    return c.json({ user: s.name, role: s.role, csrfToken: s.csrf });
  });

  app.post('/api/logout', (c) => {
    const t = c.get('session');
    if (t) sessions.delete(t);
    audit(store, c.get('viewer').name, 'logout');
    c.header('Set-Cookie', sessionCookie('', secure(c), 0));
    return c.json({ ok: true });
  });

  app.get('/api/health', (c) => c.json({ ok: true, letters: store.count() }));

  // The audit log, for admins only: its entries hold every query, including the names editors typed.
  app.get('/api/audit', (c) => {
    if (c.get('viewer').role !== 'admin') throw new ZvarotError('E_FORBIDDEN', 'only admins may read the audit log');
    const after = rangedParam(c, 'after', 0, Number.MAX_SAFE_INTEGER, 0);
    const limit = rangedParam(c, 'limit', 1, 1000, 100);
    const entries = store.auditEntries(after, limit).map((e) => ({ ...e, detail: JSON.parse(e.detail) as unknown }));
    return c.json({ verified: verifyAudit(store), entries });
  });
  app.get('/api/openapi.json', (c) => c.json(openapi));

  app.get('/api/search', (c) => {
    const res = search(store, {
      q: c.req.query('q') ?? '',
      limit: intParam(c, 'limit'),
      offset: intParam(c, 'offset'),
      sort: c.req.query('sort') || undefined,
      translit: translitParam(c.req.query('translit')),
      cursor: c.req.query('cursor') || undefined,
    }, c.get('presenter'));
    audit(store, c.get('viewer').name, 'search', { q: res.query, offset: res.offset, total: res.total });
    return c.json(res);
  });

  app.get('/api/letters/:id', (c) => {
    const id = c.req.param('id');
    const letter = store.getLetter(id);
    if (!letter) throw new ZvarotError('E_NOT_FOUND', `no letter with id "${id.slice(0, 80)}"`);
    audit(store, c.get('viewer').name, 'letter.read', { id });
    const shown = c.get('presenter').letter(letter);
    const q = c.req.query('q');
    if (!q) return c.json(shown);
    return c.json({ ...shown, highlights: bodyHighlights(store, shown, { q, translit: translitParam(c.req.query('translit')) }, c.get('presenter')) });
  });

  // An export streams page by page; the viewer's presenter applies to every letter in it.
  app.get('/api/export', (c) => {
    const format = exportFormat(c.req.query('format'));
    const q = c.req.query('q') ?? '';
    const chunks = exportChunks(store, q, format, c.get('presenter'));
    // Run the first page now, so a malformed query is a 400 and not a broken download.
    const first = chunks.next();
    audit(store, c.get('viewer').name, 'export', { q, format });
    const encoder = new TextEncoder();
    let pending: IteratorResult<string> | null = first;
    const stream = new ReadableStream<Uint8Array>({
      pull(ctl) {
        const n = pending ?? chunks.next();
        pending = null;
        if (n.done) ctl.close();
        else ctl.enqueue(encoder.encode(n.value));
      },
    });
    c.header('Content-Type', CONTENT_TYPE[format]);
    c.header('Content-Disposition', `attachment; filename="zvarot-export.${format === 'ftm' ? 'ftm.json' : format}"`);
    return c.body(stream);
  });

  app.get('/api/letters/:id/risk', (c) => {
    const id = c.req.param('id');
    const letter = store.getLetter(id);
    if (!letter) throw new ZvarotError('E_NOT_FOUND', `no letter with id "${id.slice(0, 80)}"`);
    const quote = c.req.query('quote');
    if (quote !== undefined && quote.length > 20_000) throw new ZvarotError('E_QUERY_PARAM', 'quote must be at most 20,000 characters');
    audit(store, c.get('viewer').name, 'letter.risk', { id });
    return c.json(publicationRisk(store, letter, quote, c.get('presenter')));
  });

  app.get('/api/letters/:id/similar', (c) => {
    const id = c.req.param('id');
    const limit = rangedParam(c, 'limit', 1, MAX_LIMIT, 10);
    const hits = similar(store, id, limit, c.get('presenter'));
    if (!hits) throw new ZvarotError('E_NOT_FOUND', `no letter with id "${id.slice(0, 80)}"`);
    audit(store, c.get('viewer').name, 'letter.similar', { id, letters: hits.map((h) => h.id) });
    return c.json({ id, hits });
  });

  viewRoutes(app, store);
  notebookRoutes(app, store);

  app.all('/api/*', () => {
    throw new ZvarotError('E_ROUTE', 'no such API route');
  });

  app.get('*', async (c) => {
    const path = c.req.path === '/' ? '/index.html' : c.req.path;
    const file = (await readStatic(path, opts.webRoot)) ?? (path.includes('.') ? null : await readStatic('/index.html', opts.webRoot));
    if (!file) return c.text('Not found', 404);
    c.header('Content-Type', file.type);
    c.header('Cache-Control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return c.body(new Uint8Array(file.body));
  });

  app.onError((err, c) => {
    if (isZvarotError(err)) {
      return c.json({ error: err.toJSON() }, err.status as 400);
    }
    opts.log?.(`internal error on ${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
    const e = new ZvarotError('E_INTERNAL', 'the server failed to answer this request');
    return c.json({ error: e.toJSON() }, 500);
  });

  return app;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export function startServer(opts: ServerOptions & { port: number; host: string }): Promise<RunningServer> {
  const app = createApp(opts);
  return new Promise((resolve, reject) => {
    let server: ServerType;
    const onError = (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') reject(new ZvarotError('E_PORT_IN_USE', `port ${opts.port} on ${opts.host} is already in use`));
      else reject(e);
    };
    server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      server.off('error', onError);
      const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
      resolve({
        url: `http://${host}:${info.port}/`,
        port: info.port,
        close: () => new Promise<void>((res) => server.close(() => res())),
      });
    });
    server.on('error', onError);
  });
}
