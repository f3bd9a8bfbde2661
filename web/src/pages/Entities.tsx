/**
 * Entities and places: the people, organisations and places the letters name, with counts and a
 * link to their letters, and the map of Belarus by the oblast the letters come from.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { getEntities, type FacetValue } from '../api';
import { BelarusMap } from '../BelarusMap';
import { Link, navigate, useLocation } from '../router';
import { ErrorBox, useApi } from '../ui';
import { urlOf } from './Search';

const LISTS = [
  { type: 'person', title: 'People', field: 'person' },
  { type: 'org', title: 'Organisations', field: 'org' },
  { type: 'location', title: 'Places named', field: 'location' },
] as const;

function filterOf(field: string, v: FacetValue): string {
  return `${field}:"${v.value}"`;
}

function EntityList({ type, title, field, q }: { type: string; title: string; field: string; q: string }) {
  const [limit, setLimit] = useState(25);
  const { data, error } = useApi((signal) => getEntities(type, q, limit, signal), [type, q, limit]);
  const max = Math.max(1, ...(data?.values ?? []).map((v) => v.count));
  return (
    <section className="entity-column" aria-label={title}>
      <h3>{title}</h3>
      {error && <ErrorBox error={error} />}
      <ol>
        {data?.values.map((v) => (
          <li key={v.value}>
            <Link href={urlOf({ q, f: [filterOf(field, v)], offset: 0, letter: null })} className={v.private ? 'private' : ''}>
              <span className="facet-value">{v.label ?? v.value}</span>
              <span className="facet-count">{v.count.toLocaleString('en')}</span>
              <span className="facet-bar" style={{ width: `${(v.count / max) * 100}%` }} />
            </Link>
          </li>
        ))}
      </ol>
      {data && data.values.length === limit && (
        <button type="button" className="link" onClick={() => setLimit(limit * 4)}>
          more
        </button>
      )}
    </section>
  );
}

export function EntitiesPage() {
  const { params } = useLocation();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const oblasts = useApi((signal) => getEntities('oblast', q, 10, signal), [q]);
  const counts = useMemo(() => new Map((oblasts.data?.values ?? []).map((v) => [v.value, v.count])), [oblasts.data]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(`/entities${draft.trim() ? `?${new URLSearchParams({ q: draft.trim() })}` : ''}`);
  };
  return (
    <main className="page entities-page">
      <h2>Entities and places</h2>
      <form className="search" onSubmit={submit} role="search">
        <input type="search" value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="Of the letters of a query (empty: all letters), e.g. kind:denunciation" aria-label="Entities query" />
        <button type="submit">Show</button>
      </form>
      <div className="entities-grid">
        <section className="map" aria-label="Map">
          <h3>Letters by oblast</h3>
          {oblasts.error && <ErrorBox error={oblasts.error} />}
          <BelarusMap counts={counts} onPick={(o) => navigate(urlOf({ q, f: [`oblast:"${o}"`], offset: 0, letter: null }))} />
          <p className="hint">Where the letters come from (the sender's place). Click an oblast to read its letters.</p>
        </section>
        {LISTS.map((l) => (
          <EntityList key={l.type} {...l} q={q} />
        ))}
      </div>
    </main>
  );
}
