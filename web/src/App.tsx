import { useEffect, useState, type FormEvent, type ReactElement } from 'react';
import { ApiFailure, checkRisk, getAudit, getLetter, getSession, login, logout, searchLetters, type ApiError, type FacetValue, type Letter, type SearchResponse, type AuditPage, type RiskReport, type Session } from './api';

/** The whole search state lives in the URL, so a search is a link a colleague can open. */
interface UrlState {
  q: string;
  offset: number;
  letter: string | null;
}

function readUrl(): UrlState {
  const p = new URLSearchParams(window.location.search);
  return { q: p.get('q') ?? '', offset: Number(p.get('offset') ?? 0) || 0, letter: p.get('letter') };
}

function writeUrl(s: UrlState, replace = false): void {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.offset) p.set('offset', String(s.offset));
  if (s.letter) p.set('letter', s.letter);
  const url = `${window.location.pathname}${p.size ? `?${p}` : ''}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
}

/** Text with highlighted ranges; React escapes every piece, so letters can never inject markup. */
function Highlighted({ text, ranges }: { text: string; ranges: [number, number][] }) {
  const parts: ReactElement[] = [];
  let pos = 0;
  ranges.forEach(([s, e], i) => {
    if (s > pos) parts.push(<span key={`t${i}`}>{text.slice(pos, s)}</span>);
    parts.push(<mark key={`m${i}`}>{text.slice(s, e)}</mark>);
    pos = e;
  });
  if (pos < text.length) parts.push(<span key="rest">{text.slice(pos)}</span>);
  return <>{parts}</>;
}

const FACET_FIELDS: Record<string, { label: string; field: string }> = {
  kind: { label: 'Kind', field: 'kind' },
  flags: { label: 'Flags', field: 'flag' },
  lang: { label: 'Language', field: 'lang' },
  year: { label: 'Year', field: 'year' },
  place: { label: 'Place', field: 'place' },
  oblast: { label: 'Oblast', field: 'oblast' },
  channel: { label: 'Channel', field: 'channel' },
  has_response: { label: 'Agency response', field: 'has' },
  person: { label: 'People mentioned', field: 'person' },
  org: { label: 'Organisations mentioned', field: 'org' },
  campaign: { label: 'Campaigns', field: 'campaign' },
};

/** A facet's heading and the filter its values make; trained classifiers come as class:NAME. */
function facetMeta(name: string): { label: string; field: string; prefix: string } | undefined {
  if (name.startsWith('class:')) return { label: `Class: ${name.slice(6)}`, field: 'class', prefix: `${name.slice(6)}=` };
  const meta = FACET_FIELDS[name];
  return meta && { ...meta, prefix: '' };
}

function quoteValue(v: string): string {
  return /\s/.test(v) ? `"${v}"` : v;
}

function FacetList({ name, values, onPick }: { name: string; values: FacetValue[]; onPick: (clause: string) => void }) {
  const meta = facetMeta(name);
  if (!meta || values.length === 0) return null;
  const shown = name === 'has_response' ? values.filter((v) => v.value === 'yes') : values.slice(0, 12);
  if (shown.length === 0) return null;
  const max = Math.max(...shown.map((v) => v.count));
  return (
    <section className="facet" aria-label={meta.label}>
      <h3>{meta.label}</h3>
      <ul>
        {shown.map((v) => (
          <li key={v.value}>
            <button type="button" onClick={() => onPick(`${meta.field}:${name === 'has_response' ? 'response' : quoteValue(meta.prefix + v.value)}`)}>
              <span className="facet-value">{name === 'has_response' ? 'has a response' : (v.label ?? v.value)}</span>
              <span className="facet-count">{v.count.toLocaleString('en')}</span>
              <span className="facet-bar" style={{ width: `${(v.count / max) * 100}%` }} />
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ErrorBox({ error }: { error: ApiError }) {
  return (
    <div className="error" role="alert">
      <strong>{error.code}</strong> {error.message}
      <div className="hint">{error.hint}</div>
    </div>
  );
}

/** Before quoting: what in the passage could identify the writer, and how many share it (k). */
function RiskPanel({ id }: { id: string }) {
  const [quote, setQuote] = useState('');
  const [report, setReport] = useState<RiskReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    setQuote('');
    setReport(null);
    setError(null);
  }, [id]);
  const check = (e: FormEvent) => {
    e.preventDefault();
    checkRisk(id, quote.trim())
      .then((r) => {
        setReport(r);
        setError(null);
      })
      .catch((err: unknown) => {
        if (err instanceof ApiFailure) setError(err.error);
      });
  };
  return (
    <section className="risk" aria-label="Publication risk">
      <h3>Publication risk</h3>
      <form onSubmit={check}>
        <textarea
          value={quote}
          onChange={(e) => setQuote(e.target.value)}
          rows={3}
          placeholder="Paste the passage you want to quote (empty: the whole letter)"
          aria-label="Quote to check"
          onFocus={() => {
            const sel = window.getSelection()?.toString().trim();
            if (!quote && sel) setQuote(sel);
          }}
        />
        <button type="submit">Check publication risk</button>
      </form>
      {error && <ErrorBox error={error} />}
      {report && (
        <div className="risk-report">
          <p className={report.warning ? 'risk-warning' : 'risk-ok'} role="status">
            {report.warning ?? `No direct identifier; ${report.combination.k} senders share the place and month (k ≥ ${report.threshold}).`}
          </p>
          <ul>
            {report.items.map((i, n) => (
              <li key={n} className={i.direct ? 'direct' : ''}>
                <span className="chip">{i.kind}</span> <q>{i.text}</q>
                {i.k !== undefined && <span className="k"> k = {i.k}</span>}
                <div className="why">{i.why}</div>
              </li>
            ))}
          </ul>
          <p className="k-total">
            {[report.combination.place, report.combination.month].filter(Boolean).join(', ')}
            {report.combination.entities.length ? ' and what the quote names' : ''}: k = {report.combination.k}
          </p>
        </div>
      )}
    </section>
  );
}

function LetterView({ id, onClose }: { id: string; onClose: () => void }) {
  const [letter, setLetter] = useState<Letter | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    const ctl = new AbortController();
    setLetter(null);
    setError(null);
    getLetter(id, ctl.signal)
      .then(setLetter)
      .catch((e: unknown) => {
        if (e instanceof ApiFailure) setError(e.error);
      });
    return () => ctl.abort();
  }, [id]);
  return (
    <article className="letter" aria-label="Letter">
      <header>
        <button type="button" className="close" onClick={onClose} aria-label="Close letter">
          ×
        </button>
        <h2>{id}</h2>
      </header>
      {error && <ErrorBox error={error} />}
      {letter && (
        <>
          <dl className="meta">
            <dt>Received</dt>
            <dd>{letter.received_at ?? '—'}</dd>
            <dt>Channel</dt>
            <dd>{letter.channel ?? '—'}</dd>
            <dt>Place</dt>
            <dd>{letter.place ?? '—'}</dd>
            <dt>Language</dt>
            <dd>{letter.derived.lang}</dd>
            {letter.sender?.name && (
              <>
                <dt>From</dt>
                <dd className="sender">{letter.sender.name}</dd>
              </>
            )}
            {letter.subject && (
              <>
                <dt>Subject</dt>
                <dd>{letter.subject}</dd>
              </>
            )}
          </dl>
          <div className="body" lang={letter.derived.lang === 'be' ? 'be' : 'ru'}>
            {letter.body}
          </div>
          {letter.response && (
            <section className="response">
              <h3>Agency response</h3>
              <div className="body">{letter.response}</div>
            </section>
          )}
          <RiskPanel id={id} />
        </>
      )}
    </article>
  );
}

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

function Archive({ session, onSignedOut }: { session: Session; onSignedOut: () => void }) {
  const [state, setState] = useState<UrlState>(readUrl);
  const [draft, setDraft] = useState(state.q);
  const [result, setResult] = useState<SearchResponse | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    const onPop = () => {
      const s = readUrl();
      setState(s);
      setDraft(s.q);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const auditing = window.location.pathname === '/audit';

  useEffect(() => {
    if (auditing) return;
    const ctl = new AbortController();
    setLoading(true);
    searchLetters(state.q, state.offset, ctl.signal)
      .then((r) => {
        setResult(r);
        setError(null);
      })
      .catch((e: unknown) => {
        if (e instanceof ApiFailure && e.error.code === 'E_AUTH_REQUIRED') onSignedOut();
        else if (e instanceof ApiFailure) setError(e.error);
      })
      .finally(() => setLoading(false));
    return () => ctl.abort();
  }, [state.q, state.offset]);

  const go = (next: Partial<UrlState>) => {
    const s = { ...state, ...next };
    setState(s);
    writeUrl(s);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (auditing) {
      window.location.assign(`/?${new URLSearchParams({ q: draft.trim() })}`);
      return;
    }
    go({ q: draft.trim(), offset: 0, letter: null });
  };

  const addClause = (clause: string) => {
    const q = state.q.includes(clause) ? state.q : `${state.q} ${clause}`.trim();
    setDraft(q);
    go({ q, offset: 0 });
  };

  return (
    <div className="app">
      <header className="top">
        <h1>
          zvarot <span className="tagline">letters to the state</span>
        </h1>
        <form className="search" onSubmit={submit} role="search">
          <input
            type="search"
            name="q"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            placeholder='Search letters: заявление, Гомель, "прошу освободить", year:2021 lang:be'
            aria-label="Search query"
            autoFocus
          />
          <button type="submit">Search</button>
        </form>
        {session.role === 'admin' && (
          <a className="nav" href={window.location.pathname === '/audit' ? '/' : '/audit'}>
            {window.location.pathname === '/audit' ? 'Search' : 'Audit log'}
          </a>
        )}
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
      {auditing ? (
        <main>
          <AuditView />
        </main>
      ) : (
      <main className={state.letter ? 'with-letter' : ''}>
        <aside className="facets" aria-label="Facets">
          {result && Object.entries(result.facets).map(([name, values]) => <FacetList key={name} name={name} values={values} onPick={addClause} />)}
        </aside>
        <section className="results" aria-label="Results" aria-busy={loading}>
          {error && <ErrorBox error={error} />}
          {result && !error && (
            <>
              <p className="summary">
                {result.total.toLocaleString('en')} letters{state.q ? ` match ${state.q}` : ''}
                {result.total > 0 && ` · ${result.offset + 1}–${result.offset + result.hits.length}`}
              </p>
              <ol className="hits">
                {result.hits.map((h) => (
                  <li key={h.id} className={h.id === state.letter ? 'hit selected' : 'hit'}>
                    <button type="button" className="hit-open" onClick={() => go({ letter: h.id })}>
                      <span className="hit-meta">
                        <span className="hit-id">{h.id}</span>
                        <time>{h.received_at?.slice(0, 10) ?? '—'}</time>
                        <span className="chip">{h.lang}</span>
                        {h.kind && <span className="chip kind">{h.kind}</span>}
                        {h.place && <span className="place">{h.place}</span>}
                      </span>
                      {h.subject && <span className="hit-subject">{h.subject}</span>}
                      <span className="snippet">
                        <Highlighted text={h.snippet} ranges={h.highlights} />
                      </span>
                    </button>
                  </li>
                ))}
              </ol>
              <nav className="pager">
                <button type="button" disabled={result.offset === 0} onClick={() => go({ offset: Math.max(0, result.offset - result.limit) })}>
                  ← Previous
                </button>
                <button type="button" disabled={result.offset + result.limit >= result.total} onClick={() => go({ offset: result.offset + result.limit })}>
                  Next →
                </button>
              </nav>
            </>
          )}
        </section>
        {state.letter && <LetterView id={state.letter} onClose={() => go({ letter: null })} />}
      </main>
      )}
    </div>
  );
}
