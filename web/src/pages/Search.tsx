/**
 * The search page: query box (with the query language one click away), facets with counts and
 * multi-select, the month histogram to brush a date range, results with kind and flag chips and
 * highlighted snippets, and the letter beside them. The whole state is in the URL.
 */
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { searchLetters, type FacetValue, type SearchResponse, type Session } from '../api';
import { MonthBars, monthRange } from '../charts';
import { navigate, useLocation } from '../router';
import { ErrorBox, Highlighted, KindChip, useApi } from '../ui';
import { LetterView } from './Letter';

interface SearchState {
  q: string;
  /** Facet clauses the reader ticked (`kind:appeal`); values of one field are ORed. */
  f: string[];
  offset: number;
  letter: string | null;
}

function stateOf(params: URLSearchParams): SearchState {
  return { q: params.get('q') ?? '', f: params.getAll('f'), offset: Number(params.get('offset') ?? 0) || 0, letter: params.get('letter') };
}

export function urlOf(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const f of s.f) p.append('f', f);
  if (s.offset) p.set('offset', String(s.offset));
  if (s.letter) p.set('letter', s.letter);
  return `/${p.size ? `?${p}` : ''}`;
}

/** The query the API runs: the typed query AND each field's ticked values ORed. */
export function composeQuery(q: string, filters: readonly string[]): string {
  const byField = new Map<string, string[]>();
  for (const f of filters) {
    const field = f.slice(0, f.indexOf(':'));
    byField.set(field, [...(byField.get(field) ?? []), f]);
  }
  const groups = [...byField.values()].map((v) => (v.length === 1 ? (v[0] as string) : `(${v.join(' OR ')})`));
  return [q.trim(), ...groups].filter(Boolean).join(' ');
}

const FACET_FIELDS: Record<string, { label: string; field: string }> = {
  kind: { label: 'Kind', field: 'kind' },
  flags: { label: 'Flags', field: 'flag' },
  lang: { label: 'Language', field: 'lang' },
  year: { label: 'Year', field: 'year' },
  oblast: { label: 'Oblast', field: 'oblast' },
  place: { label: 'Place', field: 'place' },
  channel: { label: 'Channel', field: 'channel' },
  has_response: { label: 'Agency response', field: 'has' },
  tag: { label: 'Tags', field: 'tag' },
  person: { label: 'People mentioned', field: 'person' },
  org: { label: 'Organisations mentioned', field: 'org' },
  location: { label: 'Places mentioned', field: 'location' },
  campaign: { label: 'Campaigns', field: 'campaign' },
};

/** The filter field a facet's values make (`flags` → `flag`, `class:topic` → `class`). */
function facetField(name: string): string | undefined {
  return name.startsWith('class:') ? 'class' : FACET_FIELDS[name]?.field;
}

function quoteValue(v: string): string {
  return /[\s():"]/.test(v) && !v.startsWith('"') ? `"${v.replace(/"/g, '')}"` : v;
}

/** The clause a facet value filters by. */
function clauseOf(name: string, v: FacetValue): string | null {
  if (name.startsWith('class:')) return `class:${quoteValue(`${name.slice(6)}=${v.value}`)}`;
  const meta = FACET_FIELDS[name];
  if (!meta) return null;
  if (name === 'has_response') return v.value === 'yes' ? 'has:response' : null;
  return `${meta.field}:${quoteValue(v.value)}`;
}

function FacetList({ name, values, picked, onToggle }: { name: string; values: FacetValue[]; picked: readonly string[]; onToggle: (clause: string) => void }) {
  const [more, setMore] = useState(false);
  const label = name.startsWith('class:') ? `Class: ${name.slice(6)}` : FACET_FIELDS[name]?.label;
  if (!label || values.length === 0 || name === 'month') return null;
  const usable = values.filter((v) => clauseOf(name, v) !== null);
  const shown = more ? usable : usable.slice(0, 8);
  if (shown.length === 0) return null;
  const max = Math.max(...usable.map((v) => v.count));
  return (
    <section className="facet" aria-label={label}>
      <h3>{label}</h3>
      <ul>
        {shown.map((v) => {
          const clause = clauseOf(name, v) as string;
          const on = picked.includes(clause);
          return (
            <li key={v.value}>
              <label className={on ? 'facet-row on' : 'facet-row'}>
                <input type="checkbox" checked={on} onChange={() => onToggle(clause)} />
                <span className="facet-value">{name === 'has_response' ? 'has a response' : (v.label ?? v.value)}</span>
                <span className="facet-count">{v.count.toLocaleString('en')}</span>
                <span className="facet-bar" style={{ width: `${(v.count / max) * 100}%` }} />
              </label>
            </li>
          );
        })}
      </ul>
      {usable.length > 8 && (
        <button type="button" className="link" onClick={() => setMore(!more)}>
          {more ? 'fewer' : `all ${usable.length}`}
        </button>
      )}
    </section>
  );
}

const HELP: [string, string][] = [
  ['заявление', 'every form of the word (stemmed, Russian and Belarusian)'],
  ['Mahilau, Ціханоўская', 'names and places in any script and spelling'],
  ['"прошу освободить"', 'these words next to each other'],
  ['=заявлением', 'this form only'],
  ['заяв*', 'words that start so'],
  ['Бабарико~1', 'within one typing error'],
  ['NEAR(сосед флаг, 5)', 'within 5 words of each other'],
  ['флаг OR символика, -тест', 'either word; without a word'],
  ['kind:self_denunciation flag:recantation', 'by kind and flag'],
  ['lang:be year:2021 date:2020-08-09..2020-12-31', 'language, year, date range'],
  ['place:Mahilau oblast:Гомельская', 'from a place or an oblast'],
  ['person:Бабарико org:NEXTA tag:follow-up', 'mentions; your tags'],
  ['has:response channel:post sender:Иванов', 'with a response; by channel; by sender'],
];

function QueryHelp({ onClose }: { onClose: () => void }) {
  return (
    <div className="query-help" role="dialog" aria-label="Query language">
      <button type="button" className="close" onClick={onClose} aria-label="Close help">
        ×
      </button>
      <h3>Query language</h3>
      <table>
        <tbody>
          {HELP.map(([q, what]) => (
            <tr key={q}>
              <td>
                <code>{q}</code>
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Keys: <kbd>/</kbd> search, <kbd>j</kbd>/<kbd>k</kbd> or <kbd>↓</kbd>/<kbd>↑</kbd> move, <kbd>Enter</kbd> open, <kbd>Esc</kbd> close. The full table is in the README and at{' '}
        <a href="/api/openapi.json">/api/openapi.json</a>.
      </p>
    </div>
  );
}

/** Last day of a month, for a date range that ends with it. */
function monthEnd(m: string): string {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return `${m}-${String(new Date(Date.UTC(y, mo, 0)).getUTCDate()).padStart(2, '0')}`;
}

export function dateClause(from: string, to: string): string {
  return `date:${from}-01..${monthEnd(to)}`;
}

export function SearchPage({ session, onSignedOut }: { session: Session; onSignedOut: () => void }) {
  const { params } = useLocation();
  const state = stateOf(params);
  const [draft, setDraft] = useState(state.q);
  const [help, setHelp] = useState(false);
  const [cursor, setCursor] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const query = composeQuery(state.q, state.f);
  const fkey = state.f.join('\u0000');
  const { data: result, error, loading } = useApi<SearchResponse>((signal) => searchLetters(query, state.offset, signal), [query, state.offset]);
  // Multi-select: a facet with ticked values counts over the search without its own clauses, so
  // its other values stay there to tick (one more request per such facet).
  const ticked = [...new Set(state.f.map((f) => f.slice(0, f.indexOf(':'))))].filter((field) => field !== 'date');
  const others = useApi<Record<string, FacetValue[]>>(
    async (signal) => {
      const out: Record<string, FacetValue[]> = {};
      await Promise.all(
        ticked.map(async (field) => {
          const r = await searchLetters(composeQuery(state.q, state.f.filter((f) => !f.startsWith(`${field}:`))), 0, signal, 1);
          for (const [name, values] of Object.entries(r.facets)) if (facetField(name) === field) out[name] = values;
        }),
      );
      return out;
    },
    [query],
  );
  const facets = result ? { ...result.facets, ...(others.data ?? {}) } : null;

  useEffect(() => setDraft(state.q), [state.q]);
  useEffect(() => setCursor(-1), [query, state.offset]);
  useEffect(() => {
    if (error?.code === 'E_AUTH_REQUIRED') onSignedOut();
  }, [error, onSignedOut]);

  const go = (next: Partial<SearchState>, replace = false) => navigate(urlOf({ ...state, ...next }), replace);

  // Keyboard: / to the query box, j/k or arrows through results, Enter opens, Esc closes.
  const hits = result?.hits ?? [];
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement || e.target instanceof HTMLSelectElement;
      if (e.key === '/' && !typing) {
        e.preventDefault();
        input.current?.focus();
        return;
      }
      if (e.key === 'Escape') {
        if (typing) (e.target as HTMLElement).blur();
        else if (state.letter) go({ letter: null });
        return;
      }
      if (typing || e.metaKey || e.ctrlKey || e.altKey) return;
      if (e.key === 'j' || e.key === 'ArrowDown') {
        e.preventDefault();
        setCursor((c) => Math.min(hits.length - 1, c + 1));
      } else if (e.key === 'k' || e.key === 'ArrowUp') {
        e.preventDefault();
        setCursor((c) => Math.max(0, c - 1));
      } else if (e.key === 'Enter' && cursor >= 0 && hits[cursor]) go({ letter: hits[cursor].id });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  useEffect(() => {
    document.querySelector('.hit.cursor')?.scrollIntoView({ block: 'nearest' });
  }, [cursor]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    go({ q: draft.trim(), offset: 0, letter: null });
  };
  const toggle = (clause: string) => go({ f: state.f.includes(clause) ? state.f.filter((x) => x !== clause) : [...state.f, clause], offset: 0 });

  const monthFacet = result?.facets.month ?? [];
  const months = useMemo(() => (monthFacet.length ? monthRange(monthFacet[0]?.value as string, monthFacet[monthFacet.length - 1]?.value as string) : []), [monthFacet]);
  const stacks = useMemo(() => {
    const by = new Map(monthFacet.map((v) => [v.value, v.count]));
    return [{ label: 'letters', color: '#4e79a7', values: months.map((m) => by.get(m) ?? 0) }];
  }, [months, monthFacet]);
  const dateFilter = state.f.find((f) => f.startsWith('date:'));

  return (
    <>
      <form className="search" onSubmit={submit} role="search">
        <input
          ref={input}
          type="search"
          name="q"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          placeholder='Search letters: заявление, Гомель, "прошу освободить", kind:denunciation lang:be'
          aria-label="Search query"
          autoFocus
        />
        <button type="submit">Search</button>
        <button type="button" className="help-button" aria-label="Query language help" aria-expanded={help} onClick={() => setHelp(!help)}>
          ?
        </button>
      </form>
      {help && <QueryHelp onClose={() => setHelp(false)} />}
      <main className={state.letter ? 'search-page with-letter' : 'search-page'}>
        <aside className="facets" aria-label="Facets">
          {state.f.length > 0 && (
            <section className="facet picked" aria-label="Filters">
              <h3>Filters</h3>
              <ul>
                {state.f.map((f) => (
                  <li key={f}>
                    <button type="button" className="filter-chip" onClick={() => toggle(f)} aria-label={`Remove ${f}`}>
                      {f} ×
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {months.length > 1 && (
            <section className="facet histogram" aria-label="Months">
              <h3>Months {dateFilter ? '' : <span className="hint">drag to filter</span>}</h3>
              <MonthBars
                months={months}
                stacks={stacks}
                height={90}
                compact
                label="Letters per month"
                onRange={(from, to) => go({ f: [...state.f.filter((f) => !f.startsWith('date:')), dateClause(from, to)], offset: 0 })}
              />
            </section>
          )}
          {facets && Object.entries(facets).map(([name, values]) => <FacetList key={`${name}:${fkey}`} name={name} values={values} picked={state.f} onToggle={toggle} />)}
        </aside>
        <section className="results" aria-label="Results" aria-busy={loading}>
          {error && <ErrorBox error={error} />}
          {result && !error && (
            <>
              <p className="summary">
                {result.total.toLocaleString('en')} letters{query ? ` match ${query}` : ''}
                {result.total > 0 && ` · ${result.offset + 1}–${result.offset + result.hits.length}`}
                {result.total > 0 && session.role && (
                  <a className="export" href={`/api/export?${new URLSearchParams({ format: 'csv', q: query })}`} download>
                    Export CSV
                  </a>
                )}
              </p>
              <ol className="hits">
                {result.hits.map((h, i) => (
                  <li key={h.id} className={['hit', h.id === state.letter ? 'selected' : '', i === cursor ? 'cursor' : ''].join(' ').trim()}>
                    <button type="button" className="hit-open" onClick={() => go({ letter: h.id })}>
                      <span className="hit-meta">
                        <span className="hit-id">{h.id}</span>
                        <time>{h.received_at?.slice(0, 10) ?? '—'}</time>
                        <span className="chip">{h.lang}</span>
                        <KindChip kind={h.kind} />
                        {h.flags.map((f) => (
                          <span key={f} className="chip flag">
                            {f.replace(/_/g, ' ')}
                          </span>
                        ))}
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
        {state.letter && <LetterView id={state.letter} query={query} session={session} onClose={() => go({ letter: null })} onOpen={(id) => go({ letter: id })} />}
      </main>
    </>
  );
}
