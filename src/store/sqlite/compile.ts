/**
 * Compiles the query AST to SQLite: FTS5 MATCH strings made only of double-quoted terms, and SQL
 * with bound parameters for field filters. Nothing of the user's text is spliced into SQL. Filters
 * are false, never NULL, on a letter without the field, so that -kind:appeal keeps unclassified
 * letters (as the in-memory filters of columns.ts do).
 *
 * The full-text table has four columns (schema.ts): `subject` and `body` hold stems, `exact` the
 * folded surface forms of both, `keys` the cross-script keys of name-like words. A word matches its
 * stems in subject and body; its exact form and the forms of its paradigm that the archive holds
 * (where the stem changes inside a paradigm: освободить/освобождена), so that letters using the
 * very form typed also rank above those that only share the stem; and, written like a name
 * (capitalised or in Latin letters), every spelling of that name across scripts.
 */
import { ZvarotError } from '../../core/errors.js';
import { nameLikeKey, queryForm, queryForms, queryStems } from '../../language/analyze.js';
import { findOblast, findPlace, placesInOblast } from '../../language/gazetteer/index.js';
import { nameKey } from '../../language/keys.js';
import { foldWord } from '../../language/normalize.js';
import type { FieldNode, NearNode, QueryNode, TermNode } from '../../query/ast.js';
import { crossScript } from '../../query/parse.js';

export interface CompiledQuery {
  /** FTS5 expression that drives the search and ranks it, or null when there is none. */
  match: string | null;
  /** SQL boolean over `l` (letters) for what the MATCH cannot express; '1' when nothing. */
  where: string;
  params: (string | number)[];
  /** The query clauses `where` was compiled from, for stores that can run them another way. */
  filters: QueryNode[];
}

export interface CompileOptions {
  /** Words of the archive's vocabulary within `distance` edits of `word` (folded surface forms). */
  fuzzy?: (word: string, distance: number) => string[];
  /** Which of these folded surface forms the archive's vocabulary holds. */
  known?: (forms: string[]) => string[];
  /** Cross-script matching of name-like words (default on; `translit:off` in the query wins). */
  translit?: boolean;
}

/** An FTS5 string literal: the only way a term enters an FTS expression. */
export function ftsQuote(term: string): string {
  return `"${term.replace(/"/g, '""')}"`;
}

/** Places compare by gazetteer id when the gazetteer knows them, else by folded name. */
export function placeKey(place: string): string {
  const known = findPlace(place.trim());
  return known ? `place:${known.id}` : foldWord(place.trim(), 'ru');
}

/** The display name stored beside the key: the gazetteer's Russian nominative, or the name as written. */
export function placeLabel(place: string): string {
  return findPlace(place.trim())?.ru.nom ?? place.trim();
}

const MINSK_OFFSET_MS = 3 * 3600_000;

/** year:2020..2021 → [2020, 2021] (inclusive). */
export function yearRange(value: string): [number, number] {
  const [from, to] = value.split('..');
  return [Number(from), Number(to ?? from)];
}

/** date:2021-01-01..2021-01-31 → [start, end) in ms, the days taken in Minsk time. */
export function dateRange(value: string): [number, number] {
  const [from, to] = value.split('..') as [string, string | undefined];
  return [Date.parse(`${from}T00:00:00Z`) - MINSK_OFFSET_MS, Date.parse(`${to ?? from}T00:00:00Z`) - MINSK_OFFSET_MS + 86_400_000];
}


/** One stem for a word inside a phrase or NEAR, where FTS5 cannot take alternatives. */
function oneStem(word: string): string {
  const stems = queryStems(word);
  return (/[іў']/i.test(word) ? stems[stems.length - 1] : stems[0]) ?? word;
}

/** One quoted term, or several OR-ed in parentheses. */
function anyOf(terms: string[]): string {
  return terms.length === 1 ? ftsQuote(terms[0] as string) : `(${terms.map(ftsQuote).join(' OR ')})`;
}

class Compiler {
  readonly translit: boolean;

  constructor(
    private readonly opts: CompileOptions,
    q: QueryNode,
  ) {
    this.translit = crossScript(q, opts.translit);
  }

  term(n: TermNode): string | null {
    switch (n.mode) {
      case 'exact':
        return `exact : ${ftsQuote(queryForm(n.text))}`;
      case 'prefix':
        return `exact : ${ftsQuote(queryForm(n.text))}*`;
      case 'fuzzy': {
        const form = queryForm(n.text);
        const near = this.opts.fuzzy ? this.opts.fuzzy(form, n.distance ?? 1) : [];
        const all = [...new Set([form, ...near])].slice(0, 64);
        return `exact : (${all.map(ftsQuote).join(' OR ')})`;
      }
      default: {
        const stems = queryStems(n.text).filter((s) => /[\p{L}\p{N}]/u.test(s));
        if (stems.length === 0) return null;
        const form = queryForm(n.text);
        // Paradigm forms the stems already reach cost an index lookup and a posting list for nothing.
        const reached = new Set(stems);
        const others = this.opts.known ? queryForms(n.text).filter((f) => !queryStems(f).every((s) => reached.has(s))) : [];
        const forms = [form, ...(others.length && this.opts.known ? this.opts.known(others) : [])];
        const parts = [`{subject body} : ${anyOf(stems)}`, `exact : ${anyOf([...new Set(forms)])}`];
        const key = this.translit ? nameLikeKey(n.text) : null;
        if (key) parts.push(`keys : ${ftsQuote(key)}`);
        return `(${parts.join(' OR ')})`;
      }
    }
  }

  near(n: NearNode): string {
    return `{subject body} : NEAR(${n.words.map((w) => ftsQuote(oneStem(w))).join(' ')}, ${n.distance})`;
  }

  /** FTS5 expression for a text-only subtree; null when it has no positive part FTS5 could run. */
  text(n: QueryNode): string | null {
    switch (n.type) {
      case 'term':
        return this.term(n);
      case 'phrase':
        return `exact : ${ftsQuote(n.words.map(queryForm).join(' '))}`;
      case 'near':
        return this.near(n);
      case 'field':
        return n.field === 'subject' ? this.subject(n) : null;
      case 'not':
        return null;
      case 'or': {
        const parts = n.nodes.map((c) => this.text(c));
        return parts.every((p) => p !== null) ? `(${parts.join(' OR ')})` : null;
      }
      case 'and': {
        const pos = n.nodes.filter((c) => c.type !== 'not').map((c) => this.text(c));
        const neg = n.nodes.filter((c): c is Extract<QueryNode, { type: 'not' }> => c.type === 'not').map((c) => this.text(c.node));
        if (pos.length === 0 || pos.some((p) => p === null) || neg.some((p) => p === null)) return null;
        const p = pos.length === 1 ? (pos[0] as string) : `(${pos.join(' AND ')})`;
        return neg.length ? `(${p} NOT (${neg.join(' OR ')}))` : p;
      }
    }
  }

  subject(f: FieldNode): string | null {
    const stems = f.value.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean).map(oneStem);
    return stems.length ? `subject : ${ftsQuote(stems.join(' '))}` : null;
  }

  field(f: FieldNode, params: (string | number)[]): string {
    switch (f.field) {
      case 'lang':
        params.push(f.value);
        return 'l.lang = ?';
      case 'kind':
        params.push(f.value);
        return 'l.kind IS ?';
      case 'flag':
        params.push(f.value);
        return 'EXISTS (SELECT 1 FROM json_each(l.flags_json) WHERE value = ?)';
      case 'year': {
        params.push(...yearRange(f.value));
        return 'coalesce(l.year BETWEEN ? AND ?, 0)';
      }
      case 'date': {
        params.push(...dateRange(f.value));
        return 'coalesce(l.received_ts >= ? AND l.received_ts < ?, 0)';
      }
      case 'place':
        params.push(placeKey(f.value));
        return 'l.place_key IS ?';
      case 'oblast': {
        const oblast = findOblast(f.value);
        if (!oblast) throw new ZvarotError('E_QUERY_SYNTAX', `no Belarusian oblast is called "${f.value}" (column ${f.column})`, { column: f.column });
        const keys = placesInOblast(oblast.id).map((p) => `place:${p.id}`);
        params.push(...keys);
        return `coalesce(l.place_key IN (${keys.map(() => '?').join(', ')}), 0)`;
      }
      case 'channel':
        params.push(f.value);
        return 'l.channel IS ?';
      case 'has':
        return f.value === 'response' ? 'l.has_response = 1' : 'l.attachments > 0';
      case 'sender': {
        params.push(`%${foldWord(f.value, 'ru').replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
        return "l.sender_key LIKE ? ESCAPE '\\'";
      }
      case 'org':
      case 'person': {
        // Until entities are extracted, these find letters that mention the name in any form.
        const words = f.value.split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
        let m = `{subject body} : ${ftsQuote(words.map(oneStem).join(' '))}`;
        // A name in any script: the keys of its words, in order (Babaryka finds Бабарыка, Бабарико).
        const keys = this.translit ? nameKey(f.value) : '';
        if (keys && keys.split(' ').length === words.length) m = `(${m} OR keys : ${ftsQuote(keys)})`;
        params.push(m);
        return 'l.rowid IN (SELECT rowid FROM letters_fts WHERE letters_fts MATCH ?)';
      }
      case 'subject': {
        const m = this.subject(f);
        if (!m) return '0';
        params.push(m);
        return 'l.rowid IN (SELECT rowid FROM letters_fts WHERE letters_fts MATCH ?)';
      }
      case 'translit':
        return '1';
      case 'tag':
        throw new ZvarotError('E_QUERY_SYNTAX', `tag: cannot be searched yet: this archive has no tags (column ${f.column})`, { column: f.column });
    }
  }

  /** Any subtree as SQL over `l`; text parts become an FTS sub-select with a bound MATCH string. */
  sql(n: QueryNode, params: (string | number)[]): string {
    if (n.type === 'field') return this.field(n, params);
    if (n.type === 'not') return `NOT (${this.sql(n.node, params)})`;
    if (n.type === 'and' || n.type === 'or') {
      const parts = n.nodes.map((c) => this.sql(c, params));
      return `(${parts.join(n.type === 'and' ? ' AND ' : ' OR ')})`;
    }
    const fts = this.text(n);
    if (fts === null) return '0';
    params.push(fts);
    return 'l.rowid IN (SELECT rowid FROM letters_fts WHERE letters_fts MATCH ?)';
  }
}

const isTextual = (n: QueryNode): boolean => n.type === 'term' || n.type === 'phrase' || n.type === 'near' || (n.type === 'not' && isTextual(n.node));

/**
 * The clauses of the top-level AND: text ones drive one FTS query (and rank it); the rest filter.
 * When the text clauses give no FTS expression, every clause filters.
 */
function split(c: Compiler, q: QueryNode): { match: string | null; filters: QueryNode[] } {
  const clauses = q.type === 'and' ? q.nodes : [q];
  const text = clauses.filter((n) => isTextual(n) || (n.type === 'or' && n.nodes.every(isTextual)));
  const match = text.length ? c.text(text.length === 1 ? (text[0] as QueryNode) : { type: 'and', nodes: text }) : null;
  return { match, filters: match === null ? clauses : clauses.filter((n) => !text.includes(n)) };
}

export function compileQuery(q: QueryNode | null, opts: CompileOptions = {}): CompiledQuery {
  if (!q) return { match: null, where: '1', params: [], filters: [] };
  const c = new Compiler(opts, q);
  const { match, filters } = split(c, q);
  const params: (string | number)[] = [];
  const where = filters.map((n) => c.sql(n, params)).filter((s) => s !== '1');
  return { match, where: where.length ? where.join(' AND ') : '1', params, filters };
}
