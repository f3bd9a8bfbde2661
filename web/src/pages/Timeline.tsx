/**
 * The timeline: letters per month stacked by kind (or language, oblast), with the events that
 * explain the curve marked; dragging across months opens the search filtered to that range.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { getTimeline, type Timeline } from '../api';
import { MonthBars, monthRange, type Stack } from '../charts';
import { navigate, useLocation } from '../router';
import { ErrorBox, KIND_COLOR, KIND_LABEL, useApi } from '../ui';
import { dateClause, urlOf } from './Search';

const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

export function TimelinePage() {
  const { params } = useLocation();
  const q = params.get('q') ?? '';
  const by = params.get('by') ?? 'kind';
  const [draft, setDraft] = useState(q);
  const { data, error, loading } = useApi<Timeline>((signal) => getTimeline(q, by, signal), [q, by]);
  const set = (next: { q?: string; by?: string }) => {
    const p = new URLSearchParams({ ...(next.q ?? q ? { q: next.q ?? q } : {}), by: next.by ?? by });
    navigate(`/timeline?${p}`);
  };
  const months = useMemo(() => (data && data.rows.length ? monthRange(data.rows[0] as string, data.rows[data.rows.length - 1] as string) : []), [data]);
  const stacks = useMemo<Stack[]>(() => {
    if (!data) return [];
    const row = new Map(data.rows.map((m, i) => [m, i]));
    return data.columns.map((c, k) => ({
      label: by === 'kind' ? (KIND_LABEL[c] ?? c) : c,
      color: (by === 'kind' ? KIND_COLOR[c] : undefined) ?? (PALETTE[k % PALETTE.length] as string),
      values: months.map((m) => {
        const i = row.get(m);
        return i === undefined ? 0 : (data.counts[i]?.[k] ?? 0);
      }),
    }));
  }, [data, months, by]);
  const markers = useMemo(() => (data?.events ?? []).map((e) => ({ month: e.date.slice(0, 7), label: e.label })), [data]);
  const totals = stacks.map((s) => s.values.reduce((a, b) => a + b, 0));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    set({ q: draft.trim() });
  };
  return (
    <main className="page timeline-page" aria-busy={loading}>
      <h2>Timeline</h2>
      <form className="search" onSubmit={submit} role="search">
        <input type="search" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="Letters of a query (empty: all letters)" aria-label="Timeline query" />
        <label>
          split by{' '}
          <select value={by} onChange={(e) => set({ by: e.target.value })} aria-label="Split by">
            <option value="kind">kind</option>
            <option value="lang">language</option>
            <option value="oblast">oblast</option>
          </select>
        </label>
        <button type="submit">Show</button>
      </form>
      {error && <ErrorBox error={error} />}
      {data && (
        <>
          <p className="hint">Drag across months to read their letters. Dashed lines mark the events that explain the curve.</p>
          <MonthBars months={months} stacks={stacks} height={340} markers={markers} label="Letters per month" onRange={(from, to) => navigate(urlOf({ q, f: [dateClause(from, to)], offset: 0, letter: null }))} />
          <ul className="legend" aria-label="Legend">
            {stacks.map((s, i) => (
              <li key={s.label}>
                <span className="swatch" style={{ background: s.color }} /> {s.label} <span className="facet-count">{(totals[i] ?? 0).toLocaleString('en')}</span>
              </li>
            ))}
          </ul>
          <ul className="events" aria-label="Events">
            {data.events.map((e) => (
              <li key={e.date}>
                <time>{e.date}</time> {e.label}
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
