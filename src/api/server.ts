/**
 * The HTTP server: the JSON API under /api and the web app beside it. Errors leave as JSON with a
 * catalogue code; nothing of a stack trace reaches the client.
 */
import { Hono, type Context } from 'hono';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { isZvarotError, ZvarotError } from '../core/errors.js';
import { MAX_LIMIT, search, similar } from '../query/search.js';
import type { Store } from '../store/types.js';
import { openapi } from './openapi.js';
import { readStatic } from './static.js';

/** Letters are hostile text: the app renders them as text, and the policy forbids any inline script. */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

export interface ServerOptions {
  store: Store;
  /** Where the web app's built files are; defaults to web/dist in the repository. */
  webRoot?: string;
  log?: (line: string) => void;
}

function intParam(c: Context, name: string): number | undefined {
  const v = c.req.query(name);
  if (v === undefined || v === '') return undefined;
  if (!/^-?\d+$/.test(v)) throw new ZvarotError('E_QUERY_PARAM', `${name} must be a whole number, got "${v.slice(0, 20)}"`);
  return Number(v);
}

/** `translit=off` (or false, 0) switches cross-script matching off; anything else but on/true/1 is an error. */
function translitParam(v: string | undefined): boolean {
  if (v === undefined || v === '' || v === 'on' || v === 'true' || v === '1') return true;
  if (v === 'off' || v === 'false' || v === '0') return false;
  throw new ZvarotError('E_QUERY_PARAM', `translit must be on or off, got "${v.slice(0, 40)}"`);
}

export function createApp(opts: ServerOptions): Hono {
  const { store } = opts;
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
  });

  app.get('/api/health', (c) => c.json({ ok: true, letters: store.count() }));
  app.get('/api/openapi.json', (c) => c.json(openapi));

  app.get('/api/search', (c) => {
    const res = search(store, {
      q: c.req.query('q') ?? '',
      limit: intParam(c, 'limit'),
      offset: intParam(c, 'offset'),
      sort: c.req.query('sort') || undefined,
      translit: translitParam(c.req.query('translit')),
      cursor: c.req.query('cursor') || undefined,
    });
    return c.json(res);
  });

  app.get('/api/letters/:id', (c) => {
    const id = c.req.param('id');
    const letter = store.getLetter(id);
    if (!letter) throw new ZvarotError('E_NOT_FOUND', `no letter with id "${id.slice(0, 80)}"`);
    return c.json(letter);
  });

  app.get('/api/letters/:id/similar', (c) => {
    const id = c.req.param('id');
    const limit = intParam(c, 'limit') ?? 10;
    if (limit < 1 || limit > MAX_LIMIT) throw new ZvarotError('E_QUERY_PARAM', `limit must be a whole number from 1 to ${MAX_LIMIT}, got ${limit}`);
    const hits = similar(store, id, limit);
    if (!hits) throw new ZvarotError('E_NOT_FOUND', `no letter with id "${id.slice(0, 80)}"`);
    return c.json({ id, hits });
  });

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
