/**
 * The one search path that the API, the CLI and the web page share: parse → store → snippets.
 */
import { ZvarotError } from '../core/errors.js';
import { analyze } from '../language/analyze.js';
import type { TextLang } from '../language/types.js';
import type { Facets, SearchHitRow, Store, StoredLetter } from '../store/types.js';
import type { QueryNode, SearchRequest } from './ast.js';
import { tokenMatcher } from './highlight.js';
import { parseQuery } from './parse.js';
import { makeSnippet, type Snippet } from './snippet.js';

export interface SearchParams {
  q: string;
  limit?: number;
  offset?: number;
  sort?: string;
  /** Cross-script matching of names and places; default on. */
  translit?: boolean;
  /** The `next` of the previous page. */
  cursor?: string;
}

/** A hit as it leaves the archive: the stored row without its body, with a snippet instead. */
export type SearchHit = Omit<SearchHitRow, 'body'> & {
  snippet: string;
  /** [start, end) offsets into `snippet` of the matched words. */
  highlights: [number, number][];
};

export interface SearchResponse {
  query: string;
  total: number;
  limit: number;
  offset: number;
  hits: SearchHit[];
  facets: Facets;
  /** Pass as `cursor` for the next page; null on the last page. */
  next: string | null;
}

/** What search needs of the viewer's presenter (src/privacy/present.ts): the role applied to letters, texts and facets. */
export interface Presenter {
  readonly raw: boolean;
  /** The query with the viewer's pseudonyms (person:"per:~7F3A91") turned back into what the archive holds. */
  unmask?(q: QueryNode | null, persons: () => readonly string[]): QueryNode | null;
  letter(l: StoredLetter): StoredLetter;
  text(s: string | null): string | null;
  facets(f: Facets): Facets;
}

export const MAX_LIMIT = 200;
const SORTS = ['relevance', 'date', '-date'] as const;

function toHit(h: SearchHitRow, snip: Snippet): SearchHit {
  return { id: h.id, received_at: h.received_at, kind: h.kind, flags: h.flags, lang: h.lang, place: h.place, subject: h.subject, score: Math.round(h.score * 1000) / 1000, snippet: snip.text, highlights: snip.highlights };
}

/**
 * The language a hit's body was indexed under, so that snippets skip identifying it again: a letter
 * in one language was analysed in it throughout (other languages are stemmed as Russian); only a
 * mixed letter is identified paragraph by paragraph.
 */
function storedLang(lang: string): TextLang | undefined {
  return lang === 'mixed' ? undefined : lang === 'be' ? 'be' : 'ru';
}

export function validateParams(p: SearchParams): SearchRequest {
  const limit = p.limit ?? 20;
  const offset = p.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) throw new ZvarotError('E_QUERY_PARAM', `limit must be a whole number from 1 to ${MAX_LIMIT}, got ${p.limit}`);
  if (!Number.isInteger(offset) || offset < 0) throw new ZvarotError('E_QUERY_PARAM', `offset must be a whole number ≥ 0, got ${p.offset}`);
  const sort = p.sort ?? 'relevance';
  if (!(SORTS as readonly string[]).includes(sort)) throw new ZvarotError('E_QUERY_PARAM', `sort must be one of ${SORTS.join(', ')}, got "${sort}"`);
  return { query: parseQuery(p.q), limit, offset, sort: sort as SearchRequest['sort'], translit: p.translit !== false, ...(p.cursor ? { cursor: p.cursor } : {}) };
}

/**
 * A hit as the viewer may see it: for a viewer who does not see personal data, its subject and body
 * pass the presenter first, so snippets are cut from the redacted text.
 */
function presented(store: Store, h: SearchHitRow, presenter: Presenter | undefined): SearchHitRow {
  if (!presenter || presenter.raw) return h;
  const stored = store.getLetter(h.id);
  if (!stored) return { ...h, subject: presenter.text(h.subject), body: presenter.text(h.body) ?? '' };
  const l = presenter.letter(stored);
  return { ...h, subject: l.subject, body: l.body };
}

/** Searches; `presenter` applies the viewer's role to every hit and facet (src/privacy). */
/** The store's request for these parameters, as this viewer means them. */
export function requestFor(store: Store, p: SearchParams, presenter?: Presenter): SearchRequest {
  const req = validateParams(p);
  return presenter?.unmask ? { ...req, query: presenter.unmask(req.query, () => store.privatePersons()) } : req;
}

export function search(store: Store, p: SearchParams, presenter?: Presenter): SearchResponse {
  const req = requestFor(store, p, presenter);
  const result = store.search(req);
  const matches = tokenMatcher(req.query, req.translit !== false);
  const hits = result.hits.map((row): SearchHit => {
    const h = presented(store, row, presenter);
    const a = analyze(h.body, storedLang(h.lang), { keys: matches.keys });
    const snip: Snippet = makeSnippet(a.text, a.tokens, matches);
    return toHit(h, snip);
  });
  const facets = presenter ? presenter.facets(result.facets) : result.facets;
  return { query: p.q, total: result.total, limit: req.limit, offset: req.offset, hits, facets, next: result.next };
}

/** Letters like this one: the archive's "more like this". */
export function similar(store: Store, id: string, limit = 10, presenter?: Presenter): SearchHit[] | undefined {
  const letter = store.getLetter(id);
  if (!letter) return undefined;
  const a = analyze(`${letter.subject ?? ''}\n\n${letter.body}`);
  const stems = a.tokens.filter((t) => t.kind === 'word').map((t) => t.stem);
  return store.similar(id, stems, limit).map((row) => {
    const h = presented(store, row, presenter);
    const b = analyze(h.body, storedLang(h.lang));
    const mine = new Set(stems);
    const snip = makeSnippet(b.text, b.tokens, (t) => t.kind === 'word' && mine.has(t.stem) && t.stem.length > 3, { maxFragments: 1 });
    return toHit(h, snip);
  });
}

/**
 * The words of a letter's body (as the viewer sees it) that a query matches, as [start, end) offsets:
 * what the letter page highlights after a search. Cleaning swaps apostrophes and Latin look-alikes
 * one for one, so offsets still fit the body; where it removed characters (invisible ones, or
 * composed accents) they no longer do, and nothing is marked.
 */
export function bodyHighlights(store: Store, letter: StoredLetter, p: SearchParams, presenter?: Presenter): [number, number][] {
  const req = requestFor(store, p, presenter);
  if (!req.query) return [];
  const matches = tokenMatcher(req.query, req.translit !== false);
  const a = analyze(letter.body, storedLang(letter.derived.lang), { keys: matches.keys });
  if (a.text.length !== letter.body.length) return [];
  return a.tokens.filter(matches).map((t): [number, number] => [t.start, t.end]);
}
