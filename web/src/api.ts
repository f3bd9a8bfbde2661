/** The web app's only door to data: the JSON API, the same one scripts use. */
export interface ApiError {
  code: string;
  message: string;
  hint: string;
  column?: number;
}

// The shapes are the server's own: one definition, so the page cannot drift from the API.
import type { SearchHit, SearchResponse } from '../../src/query/search.js';
import type { FacetValue, StoredLetter as Letter } from '../../src/store/types.js';

export type { FacetValue, Letter, SearchHit, SearchResponse };

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

export function searchLetters(q: string, offset: number, signal?: AbortSignal): Promise<SearchResponse> {
  const p = new URLSearchParams({ q, limit: '20', offset: String(offset) });
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
