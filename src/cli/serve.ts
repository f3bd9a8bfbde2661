import { ZvarotError } from '../core/errors.js';
import { startServer, type RunningServer } from '../api/server.js';
import { openSqliteStore } from '../store/sqlite/index.js';

export interface ServeArgs {
  db: string;
  port: number;
  host: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function serveCommand(a: ServeArgs): Promise<RunningServer> {
  if (!Number.isInteger(a.port) || a.port < 0 || a.port > 65535) throw new ZvarotError('E_OPTION_RANGE', `--port must be 0–65535, got ${a.port}`);
  const store = openSqliteStore(a.db, { mustExist: true });
  // Without users the archive is a local tool with no login: it never listens beyond this machine.
  if (!LOOPBACK.has(a.host) && store.users().length === 0) {
    store.close();
    throw new ZvarotError('E_NOT_LOOPBACK', `--host ${a.host} would expose an archive that has no users (and so no login) to the network`);
  }
  // Load the facet columns now rather than on the first reader's search (seconds at a million
  // letters), and refuse a stale index here, with its hint, rather than on every search.
  const t0 = Date.now();
  store.search({ query: null, limit: 1, offset: 0, sort: '-date' });
  if (Date.now() - t0 > 1000) process.stdout.write(`Loaded the search columns in ${((Date.now() - t0) / 1000).toFixed(1)} s.\n`);
  const server = await startServer({ store, port: a.port, host: a.host, log: (l) => process.stderr.write(l + '\n') });
  process.stdout.write(`zvarot is serving ${a.db} (${store.count()} letters) at ${server.url}\n`);
  if (!LOOPBACK.has(a.host)) process.stdout.write('Logins are required. Put the server behind HTTPS (a reverse proxy that sets X-Forwarded-Proto) so that passwords and session cookies never cross the network in the clear.\n');
  const stop = () => {
    void server.close().then(() => {
      store.close();
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return server;
}
