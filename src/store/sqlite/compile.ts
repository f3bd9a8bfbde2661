/**
 * Compiles the query AST to SQLite: FTS5 MATCH strings made only of double-quoted terms, and SQL
 * with bound parameters for field filters. Nothing of the user's text is spliced into SQL.
 */
import type { FieldNode, QueryNode } from '../../query/ast.js';
import { queryStems } from '../../language/analyze.js';
import { foldWord } from '../../language/normalize.js';

/** Places compare case- and ё-insensitively; SQLite's lower() folds ASCII only, so the key is made here. */
export function placeKey(place: string): string {
  return foldWord(place.trim(), 'ru');
}

export interface CompiledQuery {
  /** FTS5 expression that drives the search and ranks it, or null when there is none. */
  match: string | null;
  /** SQL boolean over `l` (letters) for what the MATCH cannot express; '1' when nothing. */
  where: string;
  params: (string | number)[];
}

/** An FTS5 string literal: the only way a term enters an FTS expression. */
export function ftsQuote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

function termFts(text: string): string | null {
  const stems = queryStems(text).filter((s) => /[\p{L}\p{N}]/u.test(s));
  if (stems.length === 0) return null;
  return stems.length === 1 ? ftsQuote(stems[0] as string) : `(${stems.map(ftsQuote).join(' OR ')})`;
}

function isText(n: QueryNode): boolean {
  switch (n.type) {
    case 'term':
    case 'phrase':
      return true;
    case 'not':
      return isText(n.node);
    case 'and':
    case 'or':
      return n.nodes.every(isText);
    default:
      return false;
  }
}

/** FTS5 expression for a text-only subtree; null when it has no positive part FTS5 could run. */
function textFts(n: QueryNode): string | null {
  switch (n.type) {
    case 'term':
      return termFts(n.text);
    case 'phrase': {
      const stems = n.words.map((w) => queryStems(w)[0]).filter((s): s is string => !!s);
      return stems.length ? ftsQuote(stems.join(' ')) : null;
    }
    case 'not':
      return null;
    case 'or': {
      const parts = n.nodes.map(textFts);
      return parts.every((p) => p !== null) ? `(${parts.join(' OR ')})` : null;
    }
    case 'and': {
      const pos = n.nodes.filter((c) => c.type !== 'not').map(textFts).filter((p): p is string => p !== null);
      const neg = n.nodes.filter((c) => c.type === 'not').map((c) => textFts((c as { node: QueryNode }).node)).filter((p): p is string => p !== null);
      if (pos.length === 0) return null;
      const p = pos.length === 1 ? (pos[0] as string) : `(${pos.join(' AND ')})`;
      return neg.length ? `(${p} NOT (${neg.join(' OR ')}))` : p;
    }
    default:
      return null;
  }
}

function fieldSql(f: FieldNode, params: (string | number)[]): string {
  switch (f.field) {
    case 'lang':
      params.push(f.value.toLowerCase());
      return 'l.lang = ?';
    case 'year': {
      const [from, to] = f.value.split('..');
      params.push(Number(from), Number(to ?? from));
      return 'l.year BETWEEN ? AND ?';
    }
    case 'place':
      params.push(placeKey(f.value));
      return 'l.place_key = ?';
    case 'channel':
      params.push(f.value);
      return 'l.channel = ?';
    case 'kind':
      params.push(f.value);
      return 'l.kind = ?';
    case 'has':
      return f.value === 'response' ? 'l.has_response = 1' : 'l.attachments > 0';
  }
}

/** Any subtree as SQL over `l`; text parts become an FTS sub-select with a bound MATCH string. */
function nodeSql(n: QueryNode, params: (string | number)[]): string {
  if (n.type === 'field') return fieldSql(n, params);
  if (n.type === 'not') return `NOT (${nodeSql(n.node, params)})`;
  if (n.type === 'and' || n.type === 'or') {
    const parts = n.nodes.map((c) => nodeSql(c, params));
    return `(${parts.join(n.type === 'and' ? ' AND ' : ' OR ')})`;
  }
  const fts = textFts(n);
  if (fts === null) return '0';
  params.push(fts);
  return 'l.rowid IN (SELECT rowid FROM letters_fts WHERE letters_fts MATCH ?)';
}

export function compileQuery(q: QueryNode | null): CompiledQuery {
  if (!q) return { match: null, where: '1', params: [] };
  if (isText(q)) {
    const match = textFts(q);
    if (match !== null) return { match, where: '1', params: [] };
  }
  // A top-level AND: the text clauses drive one FTS query, the rest filter.
  if (q.type === 'and') {
    const text = q.nodes.filter(isText);
    const rest = q.nodes.filter((c) => !isText(c));
    const match = text.length ? textFts(text.length === 1 ? (text[0] as QueryNode) : { type: 'and', nodes: text }) : null;
    const params: (string | number)[] = [];
    const extra = match === null ? q.nodes : rest;
    const where = extra.length ? extra.map((c) => nodeSql(c, params)).join(' AND ') : '1';
    return { match, where, params };
  }
  const params: (string | number)[] = [];
  return { match: null, where: nodeSql(q, params), params };
}
