/**
 * The web app's shell: who is using it (login), the navigation, and the page for the URL. Every
 * page reads the JSON API only, the same one scripts use.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { ApiFailure, getAudit, getSession, login, logout, type ApiError, type AuditPage, type Session } from './api';
import { CollectionsPage } from './pages/Collections';
import { EntitiesPage } from './pages/Entities';
import { NetworkPage } from './pages/Network';
import { SearchPage } from './pages/Search';
import { TimelinePage } from './pages/Timeline';
import { ApiDocsPage } from './pages/ApiDocs';
import { Link, useLocation } from './router';
import { ErrorBox } from './ui';

function LoginForm({ onLogin }: { onLogin: (s: Session) => void }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    login(username, password)
      .then(onLogin)
      .catch((err: unknown) => {
        if (err instanceof ApiFailure) setError(err.error);
      })
      .finally(() => setBusy(false));
  };
  return (
    <div className="app">
      <header className="top">
        <h1>
          zvarot <span className="tagline">letters to the state</span>
        </h1>
      </header>
      <form className="login" onSubmit={submit} aria-label="Log in">
        <h2>Log in</h2>
        <label>
          User name
          <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required autoFocus />
        </label>
        <label>
          Password
          <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <button type="submit" disabled={busy}>
          Log in
        </button>
        {error && <ErrorBox error={error} />}
      </form>
    </div>
  );
}

const AUDIT_PAGE = 200;

/** The audit log for admins: whether the hash chain holds, and the newest entries first. */
function AuditView() {
  const [page, setPage] = useState<AuditPage | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    // The chain's length comes with any page; then the newest entries are fetched.
    getAudit(0, 1)
      .then((first) => getAudit(Math.max(0, first.verified.entries - AUDIT_PAGE), AUDIT_PAGE))
      .then(setPage)
      .catch((e: unknown) => {
        if (e instanceof ApiFailure) setError(e.error);
      });
  }, []);
  return (
    <section className="audit" aria-label="Audit log">
      <h2>Audit log</h2>
      {error && <ErrorBox error={error} />}
      {page && (
        <>
          <p className={page.verified.ok ? 'risk-ok' : 'risk-warning'} role="status">
            {page.verified.ok
              ? `The chain holds: ${page.verified.entries} entries, each sealed to the one before. Head hash ${page.verified.head}.`
              : `The chain is broken at entry ${page.verified.broken?.seq}: ${page.verified.broken?.reason}.`}
          </p>
          <table>
            <thead>
              <tr>
                <th>#</th>
                <th>When</th>
                <th>Who</th>
                <th>What</th>
                <th>Detail</th>
              </tr>
            </thead>
            <tbody>
              {[...page.entries].reverse().map((e) => (
                <tr key={e.seq}>
                  <td>{e.seq}</td>
                  <td>{e.at.replace('T', ' ').slice(0, 19)}</td>
                  <td>{e.actor}</td>
                  <td>{e.action}</td>
                  <td className="detail">{JSON.stringify(e.detail)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** Who is using the archive: nobody yet (the login form), a user with a role, or the local admin of an archive without users. */
export function App() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  useEffect(() => {
    getSession()
      .then(setSession)
      .catch(() => setSession(null));
  }, []);
  if (session === undefined) return <div className="app" aria-busy="true" />;
  if (!session || (!session.local && !session.user)) return <LoginForm onLogin={setSession} />;
  return <Archive session={session} onSignedOut={() => setSession({ user: null, role: null, local: false, csrfToken: null })} />;
}

const PAGES = [
  { path: '/', label: 'Search' },
  { path: '/timeline', label: 'Timeline' },
  { path: '/entities', label: 'Entities & map' },
  { path: '/network', label: 'Network' },
  { path: '/collections', label: 'Collections' },
];

function Archive({ session, onSignedOut }: { session: Session; onSignedOut: () => void }) {
  const { path } = useLocation();
  const section = path === '/' ? '/' : `/${path.split('/')[1] ?? ''}`;
  let page;
  if (section === '/timeline') page = <TimelinePage />;
  else if (section === '/entities') page = <EntitiesPage />;
  else if (section === '/network') page = <NetworkPage />;
  else if (section === '/collections') page = <CollectionsPage session={session} />;
  else if (section === '/api-docs') page = <ApiDocsPage />;
  else if (section === '/audit' && session.role === 'admin')
    page = (
      <main>
        <AuditView />
      </main>
    );
  else page = <SearchPage session={session} onSignedOut={onSignedOut} />;
  return (
    <div className="app">
      <header className="top">
        <h1>
          <Link href="/">zvarot</Link> <span className="tagline">letters to the state</span>
        </h1>
        <nav className="pages" aria-label="Pages">
          {PAGES.map((p) => (
            <Link key={p.path} href={p.path} className={section === p.path ? 'nav current' : 'nav'} aria-current={section === p.path ? 'page' : undefined}>
              {p.label}
            </Link>
          ))}
          {session.role === 'admin' && (
            <Link href="/audit" className={section === '/audit' ? 'nav current' : 'nav'}>
              Audit log
            </Link>
          )}
          <Link href="/api-docs" className={section === '/api-docs' ? 'nav current' : 'nav'}>
            API
          </Link>
        </nav>
        {!session.local && (
          <div className="who" aria-label="Signed in">
            <span>
              {session.user} <span className="chip">{session.role}</span>
            </span>
            <button type="button" onClick={() => void logout(session.csrfToken ?? '').finally(onSignedOut)}>
              Log out
            </button>
          </div>
        )}
      </header>
      {page}
    </div>
  );
}
