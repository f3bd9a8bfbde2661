/** The web app's only door to data: the JSON API, the same one scripts use. */
export interface ApiError {
  code: string;
  message: string;
  hint: string;
  column?: number;
}

// The shapes are the server's own: one definition, so the page cannot drift from the API.
import type { SearchHit, SearchResponse } from '../../src/query/search.js';
import type { CollectionRecord as CollectionSummary, Crosstab, FacetValue, NoteRecord as Note, StoredLetter as Letter, TagRecord as Tag } from '../../src/store/types.js';
import type { CollectionView as Collection, ItemView as CollectionItem, Network, NetworkNode } from '../../src/api/shapes.js';

export type { Collection, CollectionItem, CollectionSummary, FacetValue, Letter, Network, NetworkNode, Note, SearchHit, SearchResponse, Tag };

/** GET /api/timeline: letters per month by kind (or language, oblast), with the events that explain them. */
export type Timeline = Crosstab & { events: { date: string; label: string }[] };

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

async function get<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  const body = (await res.json()) as T | { error: ApiError };
  if (!res.ok) throw new ApiFailure((body as { error: ApiError }).error);
  return body as T;
}

export function searchLetters(q: string, offset: number, signal?: AbortSignal, limit = 20): Promise<SearchResponse> {
  const p = new URLSearchParams({ q, limit: String(limit), offset: String(offset) });
  return get<SearchResponse>(`/api/search?${p}`, signal);
}

export function getLetter(id: string, signal?: AbortSignal): Promise<Letter> {
  return get<Letter>(`/api/letters/${encodeURIComponent(id)}`, signal);
}

export interface RiskItem {
  kind: string;
  text: string;
  why: string;
  direct: boolean;
  k?: number;
}

export interface RiskReport {
  id: string;
  quote: string;
  items: RiskItem[];
  combination: { place: string | null; month: string | null; entities: string[]; k: number };
  threshold: number;
  warning: string | null;
}

export function checkRisk(id: string, quote: string): Promise<RiskReport> {
  const p = new URLSearchParams(quote ? { quote } : {});
  return get<RiskReport>(`/api/letters/${encodeURIComponent(id)}/risk?${p}`);
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  detail: Record<string, unknown>;
  prev: string;
  hash: string;
}

export interface AuditPage {
  verified: { ok: boolean; entries: number; head: string; broken?: { seq: number; reason: string } };
  entries: AuditEntry[];
}

export function getAudit(after: number, limit: number): Promise<AuditPage> {
  return get<AuditPage>(`/api/audit?${new URLSearchParams({ after: String(after), limit: String(limit) })}`);
}

export interface Session {
  user: string | null;
  role: 'admin' | 'editor' | 'researcher' | null;
  /** True while the archive has no users: the server is a local admin. */
  local: boolean;
  csrfToken: string | null;
}

export function getSession(): Promise<Session> {
  return get<Session>('/api/session');
}

async function post<T>(url: string, body: unknown, csrf?: string): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Content-Type': 'application/json' };
  if (csrf) headers['X-CSRF-Token'] = csrf;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body), credentials: 'same-origin' });
  const data = (await res.json()) as T | { error: ApiError };
  if (!res.ok) throw new ApiFailure((data as { error: ApiError }).error);
  return data as T;
}

export async function login(username: string, password: string): Promise<Session> {
  const r = await post<{ user: string; role: Session['role']; csrfToken: string }>('/api/login', { username, password });
  return { user: r.user, role: r.role, local: false, csrfToken: r.csrfToken };
}

export function logout(csrf: string): Promise<{ ok: boolean }> {
  return post('/api/logout', {}, csrf);
}

async function send<T>(method: 'POST' | 'PATCH' | 'DELETE', url: string, body: unknown, csrf: string): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-CSRF-Token': csrf };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(url, { method, headers, credentials: 'same-origin', ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await res.text();
  const data = (text ? JSON.parse(text) : {}) as T | { error: ApiError };
  if (!res.ok) throw new ApiFailure((data as { error: ApiError }).error);
  return data as T;
}

const enc = encodeURIComponent;

/** A letter as the viewer may see it, with the words the search `q` matched. */
export function getLetterFor(id: string, q: string, signal?: AbortSignal): Promise<Letter & { highlights?: [number, number][] }> {
  return get(`/api/letters/${enc(id)}${q ? `?${new URLSearchParams({ q })}` : ''}`, signal);
}

export function getSimilar(id: string, signal?: AbortSignal): Promise<{ id: string; hits: SearchHit[] }> {
  return get(`/api/letters/${enc(id)}/similar?limit=5`, signal);
}


export function getTimeline(q: string, by: string, signal?: AbortSignal): Promise<Timeline> {
  return get(`/api/timeline?${new URLSearchParams({ q, by })}`, signal);
}

export function getEntities(type: string, q: string, limit: number, signal?: AbortSignal): Promise<{ type: string; values: FacetValue[] }> {
  return get(`/api/entities?${new URLSearchParams({ type, q, limit: String(limit) })}`, signal);
}



export function getNetwork(q: string, letters: number, signal?: AbortSignal): Promise<Network> {
  return get(`/api/network?${new URLSearchParams({ q, letters: String(letters) })}`, signal);
}

// The reporter's notebook: tags and notes on letters, collections of letters and quotes.



export function getTags(id: string): Promise<{ tags: Tag[] }> {
  return get(`/api/letters/${enc(id)}/tags`);
}

export function addTag(id: string, tag: string, csrf: string): Promise<{ tags: Tag[] }> {
  return send('POST', `/api/letters/${enc(id)}/tags`, { tag }, csrf);
}

export function removeTag(id: string, tag: string, csrf: string): Promise<unknown> {
  return send('DELETE', `/api/letters/${enc(id)}/tags/${enc(tag)}`, undefined, csrf);
}

export function getNotes(id: string): Promise<{ notes: Note[] }> {
  return get(`/api/letters/${enc(id)}/notes`);
}

export function addNote(id: string, text: string, csrf: string): Promise<Note> {
  return send('POST', `/api/letters/${enc(id)}/notes`, { text }, csrf);
}

export function removeNote(noteId: number, csrf: string): Promise<unknown> {
  return send('DELETE', `/api/notes/${noteId}`, undefined, csrf);
}




export function getCollections(): Promise<{ collections: CollectionSummary[] }> {
  return get('/api/collections');
}

export function createCollection(name: string, csrf: string): Promise<CollectionSummary> {
  return send('POST', '/api/collections', { name }, csrf);
}

export function getCollection(id: number, signal?: AbortSignal): Promise<Collection> {
  return get(`/api/collections/${id}`, signal);
}

export function deleteCollection(id: number, csrf: string): Promise<unknown> {
  return send('DELETE', `/api/collections/${id}`, undefined, csrf);
}

export function addToCollection(id: number, item: { letter_id: string; quote?: string; note?: string }, csrf: string): Promise<CollectionItem> {
  return send('POST', `/api/collections/${id}/items`, item, csrf);
}

export function setItemNote(id: number, item: number, note: string, csrf: string): Promise<CollectionItem> {
  return send('PATCH', `/api/collections/${id}/items/${item}`, { note }, csrf);
}

export function removeItem(id: number, item: number, csrf: string): Promise<unknown> {
  return send('DELETE', `/api/collections/${id}/items/${item}`, undefined, csrf);
}

export function collectionExportUrl(id: number, format: 'md' | 'csv' | 'json'): string {
  return `/api/collections/${id}/export?format=${format}`;
}
