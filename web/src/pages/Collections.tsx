/**
 * Collections: a reporter's notebook of letters and quotes with notes, exported as Markdown, CSV
 * or JSON. Quotes and notes are shown as text, as the viewer's role may see them.
 */
import { useState, type FormEvent } from 'react';
import { ApiFailure, collectionExportUrl, createCollection, deleteCollection, getCollection, getCollections, removeItem, setItemNote, type ApiError, type CollectionItem, type Session } from '../api';
import { Link, navigate, useLocation } from '../router';
import { ErrorBox, KindChip, useApi } from '../ui';

function ItemNote({ collection, item, session, onSaved }: { collection: number; item: CollectionItem; session: Session; onSaved: () => void }) {
  const [draft, setDraft] = useState(item.note ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const save = (e: FormEvent) => {
    e.preventDefault();
    setItemNote(collection, item.id, draft, session.csrfToken ?? '').then(onSaved, (err: unknown) => err instanceof ApiFailure && setError(err.error));
  };
  return (
    <form onSubmit={save} className="item-note">
      <textarea value={draft} onChange={(e) => setDraft(e.target.value)} rows={2} placeholder="Note" aria-label={`Note on ${item.letter_id}`} />
      <button type="submit" disabled={draft === (item.note ?? '')}>
        Save note
      </button>
      {error && <ErrorBox error={error} />}
    </form>
  );
}

function CollectionView({ id, session }: { id: number; session: Session }) {
  const { data, error, reload } = useApi((signal) => getCollection(id, signal), [id]);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const fail = (e: unknown) => e instanceof ApiFailure && setFailure(e.error);
  if (error) return <ErrorBox error={error} />;
  if (!data) return null;
  return (
    <section className="collection" aria-label={`Collection ${data.name}`}>
      <h2>{data.name}</h2>
      <p className="hint">
        {data.items.length} items · {data.owner} · since {data.created_at.slice(0, 10)}
      </p>
      <p className="exports">
        Export:{' '}
        {(['md', 'csv', 'json'] as const).map((f) => (
          <a key={f} href={collectionExportUrl(id, f)} download className="button">
            {f === 'md' ? 'Markdown' : f.toUpperCase()}
          </a>
        ))}
        <button type="button" className="danger" onClick={() => window.confirm(`Delete the collection "${data.name}"?`) && deleteCollection(id, session.csrfToken ?? '').then(() => navigate('/collections'), fail)}>
          Delete collection
        </button>
      </p>
      {failure && <ErrorBox error={failure} />}
      <ol className="items">
        {data.items.map((it) => (
          <li key={it.id}>
            <div className="item-head">
              <Link href={`/?letter=${encodeURIComponent(it.letter_id)}`}>{it.letter_id}</Link> <time>{it.letter?.received_at?.slice(0, 10) ?? ''}</time> <KindChip kind={it.letter?.kind} /> <span className="place">{it.letter?.place ?? ''}</span>
              <button type="button" className="link" onClick={() => removeItem(id, it.id, session.csrfToken ?? '').then(reload, fail)} aria-label={`Remove ${it.letter_id}`}>
                remove
              </button>
            </div>
            {it.letter?.subject && <div className="hit-subject">{it.letter.subject}</div>}
            {it.quote && <blockquote>{it.quote}</blockquote>}
            <ItemNote collection={id} item={it} session={session} onSaved={reload} />
          </li>
        ))}
      </ol>
      {data.items.length === 0 && <p>Empty: open a letter and use "Add to collection".</p>}
    </section>
  );
}

export function CollectionsPage({ session }: { session: Session }) {
  const { path } = useLocation();
  const open = /^\/collections\/(\d+)$/.exec(path);
  const { data, error, reload } = useApi(() => getCollections(), [path]);
  const [name, setName] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const create = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return;
    createCollection(name.trim(), session.csrfToken ?? '').then(
      (c) => {
        setName('');
        reload();
        navigate(`/collections/${c.id}`);
      },
      (err: unknown) => err instanceof ApiFailure && setFailure(err.error),
    );
  };
  return (
    <main className="page collections-page">
      <aside className="collection-list" aria-label="Collections">
        <h2>Collections</h2>
        {error && <ErrorBox error={error} />}
        <ul>
          {data?.collections.map((c) => (
            <li key={c.id} className={open && Number(open[1]) === c.id ? 'selected' : ''}>
              <Link href={`/collections/${c.id}`}>
                {c.name} <span className="facet-count">{c.items}</span>
              </Link>
              {c.owner !== session.user && !session.local && <span className="hint"> · {c.owner}</span>}
            </li>
          ))}
        </ul>
        <form onSubmit={create} className="inline">
          <input value={name} onChange={(e) => setName(e.target.value)} placeholder="New collection" aria-label="New collection name" maxLength={200} />
          <button type="submit">Create</button>
        </form>
        {failure && <ErrorBox error={failure} />}
      </aside>
      {open ? <CollectionView id={Number(open[1])} session={session} /> : <p className="hint">Choose a collection, or create one. Letters and quotes are added from the letter view.</p>}
    </main>
  );
}
