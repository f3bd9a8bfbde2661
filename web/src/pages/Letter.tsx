/**
 * One letter: its text with the search's words, the entities and the evidence marked; why it got
 * its kind and flags; metadata and the agency response; its campaign and similar letters; tags,
 * notes, "add to collection", "copy as quote" and the publication-risk check.
 */
import { useEffect, useState, type FormEvent } from 'react';
import {
  ApiFailure,
  addNote,
  addTag,
  addToCollection,
  checkRisk,
  createCollection,
  getCollections,
  getLetterFor,
  getNotes,
  getSimilar,
  getTags,
  removeNote,
  removeTag,
  type ApiError,
  type CollectionSummary,
  type Letter,
  type Note,
  type RiskReport,
  type Session,
  type Tag,
} from '../api';
import { Link, searchUrl } from '../router';
import { ErrorBox, Highlighted, KindChip, Marked, useApi, type Mark } from '../ui';

interface Enrichment {
  evidence?: { for: string; start: number; end: number; text: string }[];
  entities?: { type: 'PER' | 'ORG' | 'LOC'; start: number; end: number; text: string; id: string; public?: boolean }[];
}

const ENTITY_FIELD = { PER: 'person', ORG: 'org', LOC: 'location' } as const;

/** Before quoting: what in the passage could identify the writer, and how many share it (k). */
function RiskPanel({ id, quote, setQuote }: { id: string; quote: string; setQuote: (q: string) => void }) {
  const [report, setReport] = useState<RiskReport | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
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
        <textarea value={quote} onChange={(e) => setQuote(e.target.value)} rows={3} placeholder="Select a passage in the letter, or paste it here (empty: the whole letter)" aria-label="Quote to check" />
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

function Tags({ id, session }: { id: string; session: Session }) {
  const [tags, setTags] = useState<Tag[]>([]);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const fail = (e: unknown) => e instanceof ApiFailure && setError(e.error);
  useEffect(() => {
    setTags([]);
    getTags(id).then((r) => setTags(r.tags), fail);
  }, [id]);
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.trim()) return;
    addTag(id, draft.trim(), session.csrfToken ?? '').then((r) => {
      setTags(r.tags);
      setDraft('');
      setError(null);
    }, fail);
  };
  return (
    <section className="tags" aria-label="Tags">
      <h3>Tags</h3>
      <ul className="tag-list">
        {tags.map((t) => (
          <li key={t.tag}>
            <Link className="chip tag" href={searchUrl('', [`tag:${/[\s():"]/.test(t.tag) ? `"${t.tag}"` : t.tag}`])} title={`by ${t.user}, ${t.at.slice(0, 10)}`}>
              {t.tag}
            </Link>
            <button type="button" className="link" aria-label={`Remove tag ${t.tag}`} onClick={() => removeTag(id, t.tag, session.csrfToken ?? '').then(() => setTags(tags.filter((x) => x.tag !== t.tag)), fail)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={add} className="inline">
        <input value={draft} onChange={(e) => setDraft(e.target.value)} placeholder="add a tag" aria-label="New tag" maxLength={64} />
        <button type="submit">Tag</button>
      </form>
      {error && <ErrorBox error={error} />}
    </section>
  );
}

function Notes({ id, session }: { id: string; session: Session }) {
  const [notes, setNotes] = useState<Note[]>([]);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const fail = (e: unknown) => e instanceof ApiFailure && setError(e.error);
  useEffect(() => {
    setNotes([]);
    getNotes(id).then((r) => setNotes(r.notes), fail);
  }, [id]);
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!draft.trim()) return;
    addNote(id, draft.trim(), session.csrfToken ?? '').then((n) => {
      setNotes([...notes, n]);
      setDraft('');
      setError(null);
    }, fail);
  };
  return (
    <section className="notes" aria-label="Notes">
      <h3>Notes</h3>
      <ul>
        {notes.map((n) => (
          <li key={n.id}>
            <div className="note-text">{n.text}</div>
            <div className="note-meta">
              {n.user}, {n.at.slice(0, 16).replace('T', ' ')}{' '}
              {(n.user === session.user || session.role === 'admin' || session.local) && (
                <button type="button" className="link" onClick={() => removeNote(n.id, session.csrfToken ?? '').then(() => setNotes(notes.filter((x) => x.id !== n.id)), fail)}>
                  delete
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      <form onSubmit={add}>
        <textarea value={draft} onChange={(e) => setDraft(e.target.value)} rows={2} placeholder="A note on this letter" aria-label="New note" />
        <button type="submit">Add note</button>
      </form>
      {error && <ErrorBox error={error} />}
    </section>
  );
}

/** Adds the letter, with the selected passage as its quote, to one of the reader's collections. */
function AddToCollection({ id, quote, session }: { id: string; quote: string; session: Session }) {
  const [collections, setCollections] = useState<CollectionSummary[]>([]);
  const [target, setTarget] = useState('');
  const [name, setName] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const fail = (e: unknown) => e instanceof ApiFailure && setError(e.error);
  useEffect(() => {
    getCollections().then((r) => {
      setCollections(r.collections);
      if (r.collections[0]) setTarget((t) => t || String(r.collections[0]?.id));
    }, fail);
  }, []);
  useEffect(() => setDone(null), [id]);
  const add = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const csrf = session.csrfToken ?? '';
      let cid = Number(target);
      if (target === 'new' || !target) {
        const c = await createCollection(name.trim() || 'Notebook', csrf);
        setCollections([...collections, { ...c, items: 0 }]);
        setTarget(String(c.id));
        cid = c.id;
      }
      await addToCollection(cid, { letter_id: id, ...(quote.trim() ? { quote: quote.trim() } : {}) }, csrf);
      const c = collections.find((x) => x.id === cid);
      setDone(`Added to ${c?.name ?? (name.trim() || 'Notebook')}${quote.trim() ? ', with the quote' : ''}.`);
      setError(null);
    } catch (err) {
      fail(err);
    }
  };
  return (
    <section className="collect" aria-label="Add to collection">
      <h3>Add to collection</h3>
      <form onSubmit={(e) => void add(e)} className="inline">
        <select value={target || 'new'} onChange={(e) => setTarget(e.target.value)} aria-label="Collection">
          {collections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name} ({c.items})
            </option>
          ))}
          <option value="new">New collection…</option>
        </select>
        {(target === 'new' || !target) && <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Name" aria-label="New collection name" maxLength={200} />}
        <button type="submit">Add to collection</button>
      </form>
      <p className="hint">{quote.trim() ? 'The selected passage goes in as the quote.' : 'Select a passage first to add it as a quote.'}</p>
      {done && (
        <p role="status" className="risk-ok">
          {done} <Link href="/collections">Open collections</Link>
        </p>
      )}
      {error && <ErrorBox error={error} />}
    </section>
  );
}

export function LetterView({ id, query, session, onClose, onOpen }: { id: string; query: string; session: Session; onClose: () => void; onOpen: (id: string) => void }) {
  const { data: letter, error } = useApi<Letter & { highlights?: [number, number][] }>((signal) => getLetterFor(id, query, signal), [id, query]);
  const similar = useApi((signal) => getSimilar(id, signal), [id]);
  const [quote, setQuote] = useState('');
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    setQuote('');
    setCopied(false);
  }, [id]);
  const e = (letter?.derived.enrichment ?? null) as Enrichment | null;
  const marks: Mark[] = [
    ...(letter?.highlights ?? []).map(([start, end]) => ({ start, end, className: 'hit-mark' })),
    ...(e?.evidence ?? []).map((x) => ({ start: x.start, end: x.end, className: 'evidence', title: `evidence for ${x.for.replace(/_/g, ' ')}` })),
    ...(e?.entities ?? []).map((x) => ({ start: x.start, end: x.end, className: `entity entity-${x.type}`, title: `${x.type} ${x.id}` })),
  ];
  const entities = [...new Map((e?.entities ?? []).map((x) => [x.id, x])).values()];
  const byFor = new Map<string, string[]>();
  for (const x of e?.evidence ?? []) byFor.set(x.for, [...new Set([...(byFor.get(x.for) ?? []), x.text])]);
  const selectFromBody = () => {
    const sel = window.getSelection()?.toString().trim();
    if (sel) setQuote(sel);
  };
  const copyQuote = () => {
    if (!letter) return;
    const text = quote.trim() || letter.body.trim();
    const cite = `— letter ${letter.id}, ${letter.received_at?.slice(0, 10) ?? 'undated'}${letter.place ? `, ${letter.place}` : ''} (zvarot)`;
    void navigator.clipboard?.writeText(`«${text}»\n${cite}`).then(() => setCopied(true), () => setCopied(false));
  };
  return (
    <article className="letter" aria-label="Letter">
      <header>
        <button type="button" className="close" onClick={onClose} aria-label="Close letter">
          ×
        </button>
        <h2>{id}</h2>
        {letter && (
          <div className="letter-chips">
            <KindChip kind={letter.derived.kind} />
            {letter.derived.flags.map((f) => (
              <span key={f} className="chip flag">
                {f.replace(/_/g, ' ')}
              </span>
            ))}
          </div>
        )}
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
            {letter.derived.campaign && (
              <>
                <dt>Campaign</dt>
                <dd>
                  <Link href={searchUrl('', [`campaign:${letter.derived.campaign}`])}>letters of campaign {letter.derived.campaign}</Link>
                </dd>
              </>
            )}
            {letter.derived.sender_group && letter.derived.sender_group !== letter.id && (
              <>
                <dt>Sender</dt>
                <dd>wrote before: first letter {letter.derived.sender_group}</dd>
              </>
            )}
          </dl>
          <div className="body" lang={letter.derived.lang === 'be' ? 'be' : 'ru'} onMouseUp={selectFromBody}>
            <Marked text={letter.body} marks={marks} />
          </div>
          <div className="quote-actions">
            <button type="button" onClick={copyQuote}>
              Copy as quote
            </button>
            <span className="hint">{quote ? `Selected: «${quote.slice(0, 80)}${quote.length > 80 ? '…' : ''}»` : 'Select words in the letter to quote a passage.'}</span>
            {copied && <span role="status"> Copied with its citation.</span>}
          </div>
          {byFor.size > 0 && (
            <section className="evidence-list" aria-label="Why this kind and these flags">
              <h3>Why {letter.derived.kind?.replace(/_/g, '-')}</h3>
              <ul>
                {[...byFor].map(([f, words]) => (
                  <li key={f}>
                    <span className="chip">{f.replace(/_/g, ' ')}</span> {words.map((w) => `«${w}»`).join(', ')}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {entities.length > 0 && (
            <section className="entity-list" aria-label="Mentioned">
              <h3>Mentioned</h3>
              <ul>
                {entities.map((x) => (
                  <li key={x.id}>
                    <Link className={`chip entity-${x.type}`} href={searchUrl('', [`${ENTITY_FIELD[x.type]}:"${x.id}"`])}>
                      {x.text}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {letter.response && (
            <section className="response">
              <h3>Agency response</h3>
              <div className="body">{letter.response}</div>
            </section>
          )}
          <Tags id={id} session={session} />
          <Notes id={id} session={session} />
          <AddToCollection id={id} quote={quote} session={session} />
          <RiskPanel id={id} quote={quote} setQuote={setQuote} />
          {similar.data && similar.data.hits.length > 0 && (
            <section className="similar" aria-label="Similar letters">
              <h3>Similar letters</h3>
              <ul>
                {similar.data.hits.map((h) => (
                  <li key={h.id}>
                    <button type="button" className="link" onClick={() => onOpen(h.id)}>
                      {h.id} <time>{h.received_at?.slice(0, 10)}</time> <KindChip kind={h.kind} />
                    </button>
                    <div className="snippet">
                      <Highlighted text={h.snippet} ranges={h.highlights} />
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </article>
  );
}
