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
