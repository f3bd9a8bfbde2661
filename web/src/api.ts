/** The web app's only door to data: the JSON API, the same one scripts use. */
export interface ApiError {
  code: string;
  message: string;
  hint: string;
  column?: number;
}

export interface SearchHit {
  id: string;
  received_at: string | null;
  kind: string | null;
  lang: string;
  place: string | null;
  subject: string | null;
  snippet: string;
  highlights: [number, number][];
  score: number;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface SearchResponse {
  query: string;
  total: number;
  limit: number;
  offset: number;
  hits: SearchHit[];
  facets: Record<string, FacetValue[]>;
}

export interface Letter {
  id: string;
  received_at: string | null;
  channel: string | null;
  place: string | null;
  subject: string | null;
  body: string;
  attachments: number;
  response: string | null;
  derived: { lang: string; kind: string | null; flags: string[]; year: number | null; month: string | null };
}

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
