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
import { normalTag } from '../../core/notebook.js';
import { nameLikeKey, queryForm, queryForms, queryStems } from '../../language/analyze.js';
import { findOblast, findPlace, placesInOblast } from '../../language/gazetteer/index.js';
import { nameKey } from '../../language/keys.js';
import { foldWord } from '../../language/normalize.js';
import type { FieldNode, NearNode, QueryNode, TermNode } from '../../query/ast.js';
import { crossScript } from '../../query/parse.js';
import { BODY, EXACT, KEYS, SUBJECT, ftsTokens } from './postings.js';
import type { RankPlan } from './rank.js';

export interface CompiledQuery {
  /** FTS5 expression that drives the search and ranks it, or null when there is none. */
  match: string | null;
  /** SQL boolean over `l` (letters) for what the MATCH cannot express; '1' when nothing. */
  where: string;
  params: (string | number)[];
  /** The query clauses `where` was compiled from, for stores that can run them another way. */
  filters: QueryNode[];
  /**
   * `match` for the archive's own postings (rank.ts), phrase for phrase the same (phrases and NEAR
   * are matched by FTS5 inside it); null when the postings cannot run it.
   */
  plan: RankPlan | null;
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

const COLUMN_NAMES = ['subject', 'body', 'exact', 'keys'];

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

  /** What a term stands for: the FTS5 phrases it ORs, by column. */
  private parts(n: TermNode): { columns: readonly number[]; tokens: string[]; prefix?: boolean }[] | null {
    switch (n.mode) {
      case 'exact':
        return [{ columns: [EXACT], tokens: [queryForm(n.text)] }];
      case 'prefix':
        return [{ columns: [EXACT], tokens: [queryForm(n.text)], prefix: true }];
      case 'fuzzy': {
        const form = queryForm(n.text);
        const near = this.opts.fuzzy ? this.opts.fuzzy(form, n.distance ?? 1) : [];
        return [{ columns: [EXACT], tokens: [...new Set([form, ...near])].slice(0, 64) }];
      }
      default: {
        const stems = queryStems(n.text).filter((s) => /[\p{L}\p{N}]/u.test(s));
        if (stems.length === 0) return null;
        const form = queryForm(n.text);
        // Paradigm forms the stems already reach cost an index lookup and a posting list for nothing.
        const reached = new Set(stems);
        const others = this.opts.known ? queryForms(n.text).filter((f) => !queryStems(f).every((s) => reached.has(s))) : [];
        const forms = [form, ...(others.length && this.opts.known ? this.opts.known(others) : [])];
        const parts = [
          { columns: [SUBJECT, BODY], tokens: stems },
          { columns: [EXACT], tokens: [...new Set(forms)] },
        ];
        const key = this.translit ? nameLikeKey(n.text) : null;
        if (key) parts.push({ columns: [KEYS], tokens: [key] });
        return parts;
      }
    }
  }

  term(n: TermNode): string | null {
    const parts = this.parts(n);
    if (!parts) return null;
    const text = parts.map((p) => {
      const cols = p.columns.map((c) => COLUMN_NAMES[c]).join(' ');
      const target = p.columns.length > 1 ? `{${cols}}` : cols;
      if (p.prefix) return `${target} : ${ftsQuote(p.tokens[0] as string)}*`;
      return `${target} : ${n.mode === 'fuzzy' ? `(${p.tokens.map(ftsQuote).join(' OR ')})` : anyOf(p.tokens)}`;
    });
    return text.length === 1 ? (text[0] as string) : `(${text.join(' OR ')})`;
  }

  /** The term for the postings: each token one phrase (null when a token is not one FTS5 token). */
  termPlan(n: TermNode): RankPlan | null | undefined {
    const parts = this.parts(n);
    if (!parts) return undefined;
    const nodes: RankPlan[] = [];
    for (const p of parts) {
      for (const t of p.tokens) {
        const tokens = ftsTokens(t);
        if (tokens.length !== 1) return null;
        nodes.push({ type: 'term', columns: p.columns, token: tokens[0] as string, ...(p.prefix ? { prefix: true } : {}) });
      }
    }
    return nodes.length === 1 ? (nodes[0] as RankPlan) : { type: 'or', nodes };
  }

  /**
   * The postings plan of a text-only subtree, mirroring text(): undefined where text() gives no
   * expression, null where one is needed but only FTS5 can run it.
   */
  plan(n: QueryNode): RankPlan | null | undefined {
    switch (n.type) {
      case 'term':
        return this.termPlan(n);
      case 'phrase': {
        const tokens = ftsTokens(n.words.map(queryForm).join(' '));
        if (tokens.length === 1) return { type: 'term', columns: [EXACT], token: tokens[0] as string };
        // No token at all ("—"): FTS5 answers what such a phrase matches.
        if (tokens.length === 0) return { type: 'positions', match: this.text(n) as string, columns: [EXACT], words: [] };
        return { type: 'phrase', match: this.text(n) as string, words: tokens };
      }
      case 'near':
        return { type: 'positions', match: this.near(n), columns: [SUBJECT, BODY], words: n.words.flatMap((w) => ftsTokens(oneStem(w))) };
      case 'field':
        return null;
      case 'not':
        return undefined;
      case 'or': {
        const parts = n.nodes.map((c) => this.plan(c));
        if (parts.some((p) => p === undefined)) return undefined;
        return parts.some((p) => p === null) ? null : { type: 'or', nodes: parts as RankPlan[] };
      }
      case 'and': {
        const pos = n.nodes.filter((c) => c.type !== 'not').map((c) => this.plan(c));
        const neg = n.nodes.filter((c): c is Extract<QueryNode, { type: 'not' }> => c.type === 'not').map((c) => this.plan(c.node));
        if (pos.length === 0 || pos.some((p) => p === undefined) || neg.some((p) => p === undefined)) return undefined;
        if (pos.some((p) => p === null) || neg.some((p) => p === null)) return null;
        return { type: 'and', nodes: pos as RankPlan[], not: neg as RankPlan[] };
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
      case 'campaign':
        params.push(f.value);
        return 'l.campaign IS ?';
      case 'class': {
        const [name, label] = splitClass(f.value);
        params.push(name, label);
        return 'l.rowid IN (SELECT letter FROM labels WHERE classifier = ? AND label = ?)';
      }
      case 'org':
      case 'person': {
        if (isEntityId(f.field, f.value)) {
          // A canonical id, as the person and org facets give them: the letters that mention that entity.
          params.push(f.value);
          return 'l.rowid IN (SELECT letter FROM mentions WHERE entity = ?)';
        }
        // A name in words: letters that mention it in any form, found by the full-text index.
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
        // Compared in the form tags are kept in (src/core/notebook.ts): `tag:"to  check"` finds "to check".
        params.push(normalTag(f.value));
        return 'l.id IN (SELECT letter_id FROM tags WHERE tag = ?)';
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
function split(c: Compiler, q: QueryNode): { match: string | null; plan: RankPlan | null; filters: QueryNode[] } {
  const clauses = q.type === 'and' ? q.nodes : [q];
  const text = clauses.filter((n) => isTextual(n) || (n.type === 'or' && n.nodes.every(isTextual)));
  const node: QueryNode | undefined = text.length ? (text.length === 1 ? (text[0] as QueryNode) : { type: 'and', nodes: text }) : undefined;
  const match = node ? c.text(node) : null;
  const plan = node && match !== null ? (c.plan(node) ?? null) : null;
  return { match, plan, filters: match === null ? clauses : clauses.filter((n) => !text.includes(n)) };
}

/** Whether a person: or org: value is an entity's canonical id (as facets give them) rather than a name. */
export function isEntityId(field: 'person' | 'org', value: string): boolean {
  return value.startsWith(field === 'person' ? 'per:' : 'org:');
}

/** `class:NAME=label` → [NAME, label]. */
export function splitClass(value: string): [string, string] {
  const eq = value.indexOf('=');
  return eq < 0 ? [value, ''] : [value.slice(0, eq), value.slice(eq + 1)];
}

export function compileQuery(q: QueryNode | null, opts: CompileOptions = {}): CompiledQuery {
  if (!q) return { match: null, where: '1', params: [], filters: [], plan: null };
  const c = new Compiler(opts, q);
  const { match, plan, filters } = split(c, q);
  const params: (string | number)[] = [];
  const where = filters.map((n) => c.sql(n, params)).filter((s) => s !== '1');
  return { match, where: where.length ? where.join(' AND ') : '1', params, filters, plan };
}
