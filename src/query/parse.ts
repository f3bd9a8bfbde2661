/**
 * The query language, first cut: words (implicit AND), "exact phrases", -word to exclude, OR
 * between words, and field filters (lang:be, year:2021, year:2021..2023, place:Гомель, channel:post,
 * has:response, kind:appeal). Every error names its column.
 */
import { ZvarotError } from '../core/errors.js';
import { FIELDS, type FieldName, type QueryNode } from './ast.js';

const MAX_QUERY = 2000;

interface Lexeme {
  kind: 'word' | 'phrase' | 'field' | 'or' | 'minus';
  text: string;
  column: number;
  field?: string;
}

function syntax(message: string, column: number): ZvarotError {
  return new ZvarotError('E_QUERY_SYNTAX', `${message} (column ${column})`, { column });
}

function lex(q: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < q.length) {
    const ch = q[i] as string;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    const column = i + 1;
    if (ch === '"' || ch === '«' || ch === '“') {
      const close = ch === '"' ? '"' : ch === '«' ? '»' : '”';
      const end = q.indexOf(close, i + 1);
      if (end < 0) throw syntax(`the phrase opened here has no closing ${close}`, column);
      out.push({ kind: 'phrase', text: q.slice(i + 1, end), column });
      i = end + 1;
      continue;
    }
    if (ch === '-' && i + 1 < q.length && !/\s/u.test(q[i + 1] as string)) {
      out.push({ kind: 'minus', text: '-', column });
      i++;
      continue;
    }
    let j = i;
    while (j < q.length && !/\s/u.test(q[j] as string) && q[j] !== '"' && q[j] !== '«' && q[j] !== '“') j++;
    const text = q.slice(i, j);
    const colon = text.indexOf(':');
    if (text === 'OR' || text === '|') out.push({ kind: 'or', text, column });
    else if (colon > 0 && /^[a-z_]+$/.test(text.slice(0, colon))) {
      let value = text.slice(colon + 1);
      let end = j;
      if (value === '' && (q[j] === '"' || q[j] === '«')) {
        const close = q[j] === '"' ? '"' : '»';
        const e = q.indexOf(close, j + 1);
        if (e < 0) throw syntax(`the value opened here has no closing ${close}`, j + 1);
        value = q.slice(j + 1, e);
        end = e + 1;
      }
      out.push({ kind: 'field', text: value, field: text.slice(0, colon), column });
      j = end;
    } else out.push({ kind: 'word', text, column });
    i = j;
  }
  return out;
}

function hasLetters(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s);
}

function toNode(l: Lexeme): QueryNode | null {
  switch (l.kind) {
    case 'phrase': {
      const words = l.text.split(/[^\p{L}\p{N}'-]+/u).filter(hasLetters);
      if (words.length === 0) throw syntax('the phrase has no words', l.column);
      return words.length === 1 ? { type: 'term', text: words[0] as string, column: l.column } : { type: 'phrase', words, column: l.column };
    }
    case 'field': {
      const field = l.field as string;
      if (!(FIELDS as readonly string[]).includes(field)) {
        throw syntax(`unknown field "${field}:"; known fields: ${FIELDS.map((f) => f + ':').join(' ')}`, l.column);
      }
      if (l.text.trim() === '') throw syntax(`"${field}:" needs a value`, l.column);
      validateField(field as FieldName, l.text, l.column);
      return { type: 'field', field: field as FieldName, value: l.text, column: l.column };
    }
    case 'word': {
      // Punctuation around words ("заявление," or "(Гомель)") is not part of the query.
      const text = l.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      return hasLetters(text) ? { type: 'term', text, column: l.column } : null;
    }
    default:
      return null;
  }
}

const YEAR = /^(\d{4})(?:\.\.(\d{4}))?$/;

function validateField(field: FieldName, value: string, column: number): void {
  if (field === 'year') {
    const m = YEAR.exec(value);
    if (!m) throw syntax(`year: takes a year or a range like 2021..2023, not "${value}"`, column);
    if (m[2] && Number(m[2]) < Number(m[1])) throw syntax(`the year range ${value} runs backwards`, column);
  }
  if (field === 'has' && value !== 'response' && value !== 'attachments') {
    throw syntax(`has: takes "response" or "attachments", not "${value}"`, column);
  }
}

/** Parses a query; an empty query gives null (everything matches). */
export function parseQuery(q: string): QueryNode | null {
  if (q.length > MAX_QUERY) throw new ZvarotError('E_QUERY_SYNTAX', `the query is ${q.length} characters long; the limit is ${MAX_QUERY}`, { column: MAX_QUERY + 1 });
  const lexemes = lex(q);
  // Groups joined by OR; inside a group, clauses joined by AND.
  const groups: QueryNode[][] = [[]];
  let negateNext: Lexeme | null = null;
  let lastWasOr: Lexeme | null = null;
  for (const l of lexemes) {
    if (l.kind === 'or') {
      if ((groups[groups.length - 1] as QueryNode[]).length === 0) throw syntax('OR needs a word before it', l.column);
      groups.push([]);
      lastWasOr = l;
      continue;
    }
    if (l.kind === 'minus') {
      negateNext = l;
      continue;
    }
    const node = toNode(l);
    lastWasOr = null;
    if (!node) {
      negateNext = null;
      continue;
    }
    const group = groups[groups.length - 1] as QueryNode[];
    group.push(negateNext ? { type: 'not', node, column: negateNext.column } : node);
    negateNext = null;
  }
  if (lastWasOr) throw syntax('OR needs a word after it', lastWasOr.column);
  const ands = groups.filter((g) => g.length > 0).map((g): QueryNode => (g.length === 1 ? (g[0] as QueryNode) : { type: 'and', nodes: g }));
  for (const a of ands) {
    const clauses = a.type === 'and' ? a.nodes : [a];
    if (clauses.every((c) => c.type === 'not')) {
      const first = clauses[0] as QueryNode & { column: number };
      throw syntax('a query cannot only exclude; add a word or a filter to search for', first.column);
    }
  }
  if (ands.length === 0) return null;
  return ands.length === 1 ? (ands[0] as QueryNode) : { type: 'or', nodes: ands };
}
