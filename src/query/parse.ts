/**
 * The query language: words (implicit AND), "exact phrases", =exact, prefix*, fuzzy~1,
 * NEAR(a b, 5), AND / OR / NOT / -word, parentheses, and field filters (lang:be, year:2021..2023,
 * place:Mahilau, kind:appeal…). A recursive-descent parser over a small lexer; every error names its
 * column, and nothing but a catalogued error ever leaves it.
 */
import { ZvarotError } from '../core/errors.js';
import { KINDS, FLAGS, LANGS } from '../core/record.js';
import { FIELDS, type FieldName, type QueryNode, type TermNode } from './ast.js';

const MAX_QUERY = 2000;
const MAX_DEPTH = 32;
const OPEN_QUOTES: Record<string, string> = { '"': '"', '«': '»', '“': '”', '„': '“' };

type LexKind = 'word' | 'phrase' | 'field' | 'or' | 'and' | 'not' | 'minus' | 'lparen' | 'rparen' | 'near' | 'comma';

interface Lexeme {
  kind: LexKind;
  text: string;
  column: number;
  field?: string;
}

function syntax(message: string, column: number): ZvarotError {
  return new ZvarotError('E_QUERY_SYNTAX', `${message} (column ${column})`, { column });
}

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);
const BREAK = /[\s"«“„()]/u;

function readQuoted(q: string, i: number): { text: string; end: number } {
  const open = q[i] as string;
  const close = OPEN_QUOTES[open] as string;
  const end = q.indexOf(close, i + 1);
  if (end < 0) throw syntax(`the quote opened here has no closing ${close}`, i + 1);
  return { text: q.slice(i + 1, end), end: end + 1 };
}

function lex(q: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < q.length) {
    const ch = q[i] as string;
    if (isSpace(ch)) {
      i++;
      continue;
    }
    const column = i + 1;
    if (ch in OPEN_QUOTES) {
      const { text, end } = readQuoted(q, i);
      out.push({ kind: 'phrase', text, column });
      i = end;
      continue;
    }
    if (ch === '(' || ch === ')') {
      out.push({ kind: ch === '(' ? 'lparen' : 'rparen', text: ch, column });
      i++;
      continue;
    }
    if (ch === '-' && i + 1 < q.length && !isSpace(q[i + 1]) && q[i + 1] !== '-') {
      out.push({ kind: 'minus', text: '-', column });
      i++;
      continue;
    }
    let j = i;
    while (j < q.length && !BREAK.test(q[j] as string)) j++;
    let text = q.slice(i, j);
    if (text === 'NEAR' && q[j] === '(') {
      out.push({ kind: 'near', text, column });
      i = j;
      continue;
    }
    // A comma ends a word inside NEAR( , ); elsewhere it is punctuation and dropped later.
    if (text.endsWith(',') && out.some((l) => l.kind === 'near')) {
      const word = text.slice(0, -1);
      if (word) out.push({ kind: 'word', text: word, column });
      out.push({ kind: 'comma', text: ',', column: column + text.length - 1 });
      i = j;
      continue;
    }
    if (text === ',') {
      out.push({ kind: 'comma', text, column });
      i = j;
      continue;
    }
    // Operators are English capitals only: a Russian "И" or "НЕ" in a shouted query is a word.
    if (text === 'OR' || text === '|') out.push({ kind: 'or', text, column });
    else if (text === 'AND' || text === '&') out.push({ kind: 'and', text, column });
    else if (text === 'NOT') out.push({ kind: 'not', text, column });
    else {
      const colon = text.indexOf(':');
      if (colon > 0 && /^[a-z_]+$/.test(text.slice(0, colon))) {
        let value = text.slice(colon + 1);
        if (value === '' && q[j] !== undefined && q[j] as string in OPEN_QUOTES) {
          const quoted = readQuoted(q, j);
          value = quoted.text;
          j = quoted.end;
        }
        out.push({ kind: 'field', text: value, field: text.slice(0, colon), column });
      } else {
        text = text.replace(/^[^\p{L}\p{N}=]+/u, '').replace(/[^\p{L}\p{N}*~\d]+$/u, '');
        if (text !== '') out.push({ kind: 'word', text, column });
      }
    }
    i = j;
  }
  return out;
}

const hasLetters = (s: string) => /[\p{L}\p{N}]/u.test(s);
const YEAR = /^(\d{4})(?:\.\.(\d{4}))?$/;
const DATE = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?$/;

function validDate(s: string): boolean {
  const t = Date.parse(`${s}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === s;
}

function validateField(field: FieldName, value: string, column: number): string {
  const v = value.trim();
  if (v === '') throw syntax(`"${field}:" needs a value`, column);
  const oneOf = (allowed: readonly string[]) => {
    if (!allowed.includes(v)) throw syntax(`${field}: takes one of ${allowed.join(', ')}, not "${v}"`, column);
  };
  switch (field) {
    case 'year': {
      const m = YEAR.exec(v);
      if (!m) throw syntax(`year: takes a year or a range like 2021..2023, not "${v}"`, column);
      if (m[2] && Number(m[2]) < Number(m[1])) throw syntax(`the year range ${v} runs backwards`, column);
      break;
    }
    case 'date': {
      const m = DATE.exec(v);
      if (!m || !validDate(m[1] as string) || (m[2] && !validDate(m[2]))) throw syntax(`date: takes a day or a range like 2021-01-01..2021-06-30, not "${v}"`, column);
      if (m[2] && (m[2] as string) < (m[1] as string)) throw syntax(`the date range ${v} runs backwards`, column);
      break;
    }
    case 'has':
      oneOf(['response', 'attachments']);
      break;
    case 'kind':
      oneOf(KINDS);
      break;
    case 'flag':
      oneOf(FLAGS);
      break;
    case 'lang':
      oneOf([...LANGS, 'und']);
      break;
    case 'translit':
      oneOf(['on', 'off']);
      break;
    case 'class':
      if (!/^[^=\s]+=.+$/u.test(v)) throw syntax(`class: takes a classifier and a label, like class:topic=housing, not "${v}"`, column);
      break;
    default:
      break;
  }
  return v;
}

function wordNode(text: string, column: number): TermNode | null {
  if (text.startsWith('=')) {
    const w = text.slice(1);
    if (!hasLetters(w)) throw syntax('"=" needs a word after it', column);
    return { type: 'term', text: w, mode: 'exact', column };
  }
  const fuzzy = /^(.*?)~(\d)?$/u.exec(text);
  if (fuzzy) {
    const w = fuzzy[1] as string;
    const distance = fuzzy[2] === undefined ? 1 : Number(fuzzy[2]);
    if (!hasLetters(w)) throw syntax('"~" needs a word before it', column);
    if (distance < 1 || distance > 2) throw syntax(`a word can be 1 or 2 edits away (~1, ~2), not ~${distance}`, column);
    return { type: 'term', text: w, mode: 'fuzzy', distance, column };
  }
  if (text.endsWith('*')) {
    const w = text.replace(/\*+$/, '');
    if ([...w].filter((c) => /[\p{L}\p{N}]/u.test(c)).length < 2) throw syntax('a prefix needs at least two letters before "*"', column);
    return { type: 'term', text: w, mode: 'prefix', column };
  }
  const clean = text.replace(/[*~=]/g, '');
  return hasLetters(clean) ? { type: 'term', text: clean, mode: 'stem', column } : null;
}

function phraseWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}'-]+/u).filter(hasLetters);
}

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly lx: Lexeme[], private readonly length: number) {}

  private peek(): Lexeme | undefined {
    return this.lx[this.pos];
  }

  private endColumn(): number {
    return this.length + 1;
  }

  parse(): QueryNode | null {
    const node = this.or();
    const rest = this.peek();
    if (rest) throw syntax(rest.kind === 'rparen' ? 'this ")" closes nothing' : `unexpected "${rest.text}"`, rest.column);
    if (node) this.checkPositive(node);
    return node;
  }

  private or(): QueryNode | null {
    const first = this.and();
    const nodes: QueryNode[] = first ? [first] : [];
    while (this.peek()?.kind === 'or') {
      const op = this.peek() as Lexeme;
      this.pos++;
      if (nodes.length === 0) throw syntax(`${op.text} needs something before it`, op.column);
      const next = this.and();
      if (!next) throw syntax(`${op.text} needs something after it`, op.column);
      nodes.push(next);
    }
    if (nodes.length === 0) return null;
    return nodes.length === 1 ? (nodes[0] as QueryNode) : { type: 'or', nodes };
  }

  private and(): QueryNode | null {
    const nodes: QueryNode[] = [];
    for (;;) {
      const l = this.peek();
      if (!l || l.kind === 'or' || l.kind === 'rparen') break;
      if (l.kind === 'and') {
        this.pos++;
        if (nodes.length === 0) throw syntax(`${l.text} needs something before it`, l.column);
        const after = this.peek();
        if (!after || after.kind === 'or' || after.kind === 'rparen' || after.kind === 'and') throw syntax(`${l.text} needs something after it`, l.column);
        continue;
      }
      const node = this.unary();
      if (node) nodes.push(node);
    }
    if (nodes.length === 0) return null;
    return nodes.length === 1 ? (nodes[0] as QueryNode) : { type: 'and', nodes };
  }

  private unary(): QueryNode | null {
    const l = this.peek() as Lexeme;
    if (l.kind === 'not' || l.kind === 'minus') {
      this.pos++;
      const next = this.peek();
      if (!next || next.kind === 'or' || next.kind === 'rparen' || next.kind === 'and') throw syntax(`"${l.text}" needs something to exclude after it`, l.column);
      const node = this.unary();
      return node ? { type: 'not', node, column: l.column } : null;
    }
    return this.primary();
  }

  private primary(): QueryNode | null {
    const l = this.peek() as Lexeme;
    this.pos++;
    switch (l.kind) {
      case 'lparen': {
        if (++this.depth > MAX_DEPTH) throw syntax(`parentheses nest deeper than ${MAX_DEPTH}`, l.column);
        const inner = this.or();
        const close = this.peek();
        if (close?.kind !== 'rparen') throw syntax('this "(" is never closed', l.column);
        this.pos++;
        this.depth--;
        if (!inner) throw syntax('the parentheses hold nothing to search for', l.column);
        return inner;
      }
      case 'rparen':
        throw syntax('this ")" closes nothing', l.column);
      case 'phrase': {
        const words = phraseWords(l.text);
        if (words.length === 0) throw syntax('the quotes hold no words', l.column);
        return words.length === 1 ? { type: 'term', text: words[0] as string, mode: 'exact', column: l.column } : { type: 'phrase', words, column: l.column };
      }
      case 'field': {
        const field = l.field as string;
        if (!(FIELDS as readonly string[]).includes(field)) {
          throw syntax(`unknown field "${field}:"; the fields are ${FIELDS.map((f) => f + ':').join(' ')}`, l.column);
        }
        return { type: 'field', field: field as FieldName, value: validateField(field as FieldName, l.text, l.column), column: l.column };
      }
      case 'near':
        return this.near(l);
      case 'comma':
        return null;
      case 'word':
        return wordNode(l.text, l.column);
      default:
        throw syntax(`unexpected "${l.text}"`, l.column);
    }
  }

  private near(l: Lexeme): QueryNode {
    const open = this.peek();
    if (open?.kind !== 'lparen') throw syntax('NEAR needs "(" right after it', l.column);
    this.pos++;
    const words: string[] = [];
    let distance = 10;
    for (;;) {
      const t = this.peek();
      if (!t) throw syntax('this NEAR( is never closed', l.column);
      this.pos++;
      if (t.kind === 'rparen') break;
      if (t.kind === 'word') words.push(...phraseWords(t.text));
      else if (t.kind === 'phrase') words.push(...phraseWords(t.text));
      else if (t.kind === 'comma') {
        const n = this.peek();
        if (n?.kind !== 'word' || !/^\d+$/.test(n.text)) throw syntax('NEAR takes a distance in words after the comma, e.g. NEAR(a b, 5)', t.column);
        distance = Number(n.text);
        if (distance < 1 || distance > 100) throw syntax(`a NEAR distance must be from 1 to 100, not ${distance}`, n.column);
        this.pos++;
      } else throw syntax(`NEAR( takes words only, not "${t.text}"`, t.column);
    }
    if (words.length < 2) throw syntax('NEAR needs at least two words', l.column);
    return { type: 'near', words, distance, column: l.column };
  }

  /** Every alternative must look for something; "-сын" alone would mean "everything but". */
  private checkPositive(node: QueryNode): void {
    const alternatives = node.type === 'or' ? node.nodes : [node];
    for (const alt of alternatives) {
      const clauses = alt.type === 'and' ? alt.nodes : [alt];
      const positive = clauses.some((c) => c.type !== 'not' && !(c.type === 'field' && c.field === 'translit'));
      if (!positive) {
        const first = clauses[0] as { column?: number };
        throw syntax('a query cannot only exclude; add a word or a filter to search for', first.column ?? 1);
      }
    }
  }
}

/** Parses a query; an empty query gives null (everything matches). */
export function parseQuery(q: string): QueryNode | null {
  if (q.length > MAX_QUERY) throw syntax(`the query is ${q.length} characters long; the limit is ${MAX_QUERY}`, MAX_QUERY + 1);
  return new Parser(lex(q), q.length).parse();
}

/** Whether the query switched cross-script matching off (translit:off). */
export function translitOff(q: QueryNode | null): boolean {
  if (!q) return false;
  switch (q.type) {
    case 'field':
      return q.field === 'translit' && q.value === 'off';
    case 'and':
    case 'or':
      return q.nodes.some(translitOff);
    default:
      return false;
  }
}

/** Whether a search matches names across scripts: asked for (the default) and not switched off in the query. */
export function crossScript(q: QueryNode | null, requested: boolean | undefined): boolean {
  return requested !== false && !translitOff(q);
}
