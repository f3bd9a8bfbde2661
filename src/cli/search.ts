import { Presenter } from '../privacy/present.js';
import type { Role } from '../privacy/pseudonyms.js';
import { search, type SearchResponse } from '../query/search.js';
import { openSqliteStore } from '../store/sqlite/index.js';

export interface SearchArgs {
  query: string;
  db: string;
  limit: number;
  offset: number;
  sort?: string;
  json?: boolean;
  /** Commander's --no-translit gives false. */
  translit?: boolean;
  cursor?: string;
  /** Show what this role would see (researchers: pseudonyms in place of personal data). */
  as?: Role;
}

function highlight(text: string, ranges: [number, number][], on: string, off: string): string {
  let out = '';
  let pos = 0;
  for (const [s, e] of ranges) {
    out += text.slice(pos, s) + on + text.slice(s, e) + off;
    pos = e;
  }
  return out + text.slice(pos);
}

export function searchCommand(a: SearchArgs): SearchResponse {
  const store = openSqliteStore(a.db, { mustExist: true, readonly: true });
  try {
    const presenter = a.as ? new Presenter({ role: a.as }, store.secret()) : undefined;
    const res = search(store, { q: a.query, limit: a.limit, offset: a.offset, ...(a.sort ? { sort: a.sort } : {}), translit: a.translit !== false, ...(a.cursor ? { cursor: a.cursor } : {}) }, presenter);
    if (a.json) {
      process.stdout.write(JSON.stringify(res) + '\n');
      return res;
    }
    const tty = process.stdout.isTTY === true;
    process.stdout.write(`${res.total} letters match${res.total > res.hits.length ? `; showing ${res.offset + 1}–${res.offset + res.hits.length}` : ''}\n\n`);
    for (const h of res.hits) {
      process.stdout.write(`${h.id}  ${h.received_at?.slice(0, 10) ?? '—'}  ${h.lang}  ${h.place ?? ''}${h.subject ? `  «${h.subject}»` : ''}\n`);
      process.stdout.write(`  ${highlight(h.snippet, h.highlights, tty ? '\x1b[1;33m' : '[', tty ? '\x1b[0m' : ']')}\n\n`);
    }
    if (res.next) process.stdout.write(`next page: --cursor ${res.next}\n`);
    return res;
  } finally {
    store.close();
  }
}
