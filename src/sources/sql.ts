/**
 * SQL dump reader, no server needed: mysqldump / MariaDB (multi-row INSERT, backslash escapes,
 * _binary strings, hex literals) and pg_dump (COPY … FROM stdin blocks, INSERT). Rows stream out one
 * tuple at a time, so a multi-gigabyte INSERT never sits in memory whole; CREATE TABLE supplies
 * column names when an INSERT has none.
 */
import { ZvarotError } from '../core/errors.js';
import { MAX_RECORD_CHARS, type SourceItem, type TextChunks } from './types.js';

export interface SqlOptions {
  /** Only this table's rows (matched with or without its schema); every table's rows when absent. */
  table?: string;
  dialect?: 'mysql' | 'postgres';
}

export interface SqlTableInfo {
  name: string;
  columns: string[];
  rows: number;
}

const NEED_MORE = Symbol('need-more');
const HEAD = 65536;
type Need = typeof NEED_MORE;

class SyntaxErr {
  constructor(readonly message: string) {}
}

function detectDialect(sample: string): 'mysql' | 'postgres' {
  if (/PostgreSQL database dump|pg_dump|^COPY [^\n]+ FROM stdin;|SET standard_conforming_strings/m.test(sample)) return 'postgres';
  return 'mysql';
}

function unquoteIdent(id: string): string {
  const t = id.trim();
  if ((t.startsWith('`') && t.endsWith('`')) || (t.startsWith('"') && t.endsWith('"')) || (t.startsWith('[') && t.endsWith(']'))) {
    const q = t[0]!;
    return t.slice(1, -1).replaceAll(q === '[' ? ']]' : q + q, q === '[' ? ']' : q);
  }
  return t;
}

/** `schema`.`table` → schema.table, unquoted. */
function tableName(raw: string): string {
  const parts = raw.match(/`(?:[^`]|``)*`|"(?:[^"]|"")*"|\[[^\]]*\]|[^.\s]+/g) ?? [raw];
  return parts.map(unquoteIdent).join('.');
}

function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let q = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (q) {
      if (c === '\\' && q === "'") i++;
      else if (c === q) q = '';
      continue;
    }
    if (c === "'" || c === '"' || c === '`') q = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out.map((p) => p.trim()).filter((p) => p !== '');
}

const NOT_COLUMN = /^(PRIMARY|KEY|UNIQUE|CONSTRAINT|INDEX|FOREIGN|CHECK|FULLTEXT|SPATIAL|EXCLUDE|PERIOD|LIKE)\b/i;

export function createTableColumns(body: string): string[] {
  return splitTopLevel(body)
    .filter((p) => !NOT_COLUMN.test(p))
    .map((p) => unquoteIdent(p.match(/^(`(?:[^`]|``)*`|"(?:[^"]|"")*"|\[[^\]]*\]|\S+)/)?.[1] ?? p));
}

function matches(name: string, wanted: string | undefined): boolean {
  if (wanted === undefined) return true;
  const w = tableName(wanted);
  return name === w || name.split('.').pop() === w || name.toLowerCase() === w.toLowerCase() || name.split('.').pop()!.toLowerCase() === w.toLowerCase();
}

function hexToValue(hex: string): string {
  const clean = hex.length % 2 ? `0${hex}` : hex;
  const bytes = Buffer.from(clean, 'hex');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return `0x${hex}`;
  }
}

const COPY_ESC: Record<string, string> = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

function copyValue(s: string): string | null {
  if (s === '\\N') return null;
  if (s.indexOf('\\') < 0) return s;
  return s.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (e[0] === 'x' && e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8) & 0xff);
    return COPY_ESC[e] ?? e;
  });
}

const MYSQL_ESC: Record<string, string> = { '0': '\0', b: '\b', n: '\n', r: '\r', t: '\t', Z: '\x1a', '%': '\\%', _: '\\_' };

export class SqlDumpParser {
  private buf = '';
  private pos = 0;
  private line = 1;
  private lineScan = 0;
  private bytes = 0;
  private dialect: 'mysql' | 'postgres' | undefined;
  readonly tables = new Map<string, SqlTableInfo>();
  // The statement being read: an INSERT's tuples, a COPY block, or one to skip.
  private state: { kind: 'top' } | { kind: 'values'; table: string; columns: string[] | undefined; started: boolean } | { kind: 'copy'; table: string; columns: string[] } | { kind: 'skip'; quote: string } = { kind: 'top' };

  constructor(
    private readonly file: string,
    private readonly opts: SqlOptions = {},
  ) {
    this.dialect = opts.dialect;
  }

  /** Characters held right now: stays near one chunk plus one row however long a statement is. */
  get buffered(): number {
    return this.buf.length - this.pos;
  }

  private lineAt(p: number): number {
    if (p <= this.lineScan) return this.line;
    const b = this.buf;
    let i = b.indexOf('\n', this.lineScan);
    while (i >= 0 && i < p) {
      this.line++;
      i = b.indexOf('\n', i + 1);
    }
    this.lineScan = p;
    return this.line;
  }

  private table(name: string): SqlTableInfo {
    let t = this.tables.get(name);
    if (!t) {
      t = { name, columns: [], rows: 0 };
      this.tables.set(name, t);
    }
    return t;
  }

  *push(text: string, bytes: number): Generator<SourceItem> {
    this.bytes = bytes;
    this.lineAt(this.pos);
    this.buf = this.buf.slice(this.pos) + text;
    this.pos = 0;
    this.lineScan = 0;
    // The dialect decides how strings escape, so nothing is parsed before a sample has been seen.
    if (this.dialect === undefined) {
      if (this.buf.length < 65536) return;
      this.dialect = detectDialect(this.buf.slice(0, 65536));
    }
    yield* this.run(false);
  }

  *end(): Generator<SourceItem> {
    if (this.dialect === undefined) this.dialect = detectDialect(this.buf.slice(0, 65536));
    yield* this.run(true);
    const s = this.state;
    if (s.kind === 'values' || s.kind === 'copy') {
      let p = this.pos;
      if (this.buf[p] === ',') p++;
      while (p < this.buf.length && /\s/.test(this.buf[p]!)) p++;
      const line = this.lineAt(p);
      if (this.rest().trim() !== '' || (s.kind === 'values' && !s.started) || s.kind === 'copy') {
        yield this.reject('E_SQL_TRUNCATED', `the dump ends inside the ${s.kind === 'copy' ? 'COPY block' : 'INSERT'} for table ${s.table} at line ${line}`, line);
      }
    } else if (s.kind === 'skip' && this.rest().trim() !== '') {
      // An unterminated statement we were not reading rows from loses nothing.
    } else if (this.rest().trim() !== '' && this.state.kind === 'top') {
      const line = this.lineAt(this.pos);
      yield this.reject('E_SQL_TRUNCATED', `the dump ends inside a statement at line ${line}`, line);
    }
    if (this.opts.table !== undefined && ![...this.tables.keys()].some((t) => matches(t, this.opts.table))) {
      const have = [...this.tables.keys()].join(', ') || 'none';
      yield this.reject('E_SQL_TABLE', `the dump has no table "${this.opts.table}"; tables: ${have}`, undefined);
    }
  }

  private rest(): string {
    return this.buf.slice(this.pos);
  }

  private reject(code: 'E_SQL_TRUNCATED' | 'E_SQL_SYNTAX' | 'E_SQL_TABLE' | 'E_RECORD_SIZE', message: string, line: number | undefined): SourceItem {
    const loc = line === undefined ? { file: this.file } : { file: this.file, line };
    return { ok: false, error: new ZvarotError(code, message, loc), ...loc, bytes: this.bytes };
  }

  private *run(final: boolean): Generator<SourceItem> {
    for (;;) {
      const before = this.pos;
      const st = this.state;
      let r: Generator<SourceItem, boolean>;
      if (st.kind === 'top') r = this.top(final);
      else if (st.kind === 'values') r = this.values(st, final);
      else if (st.kind === 'copy') r = this.copy(st, final);
      else r = this.skip(st);
      const progressed = yield* r;
      if (!progressed) {
        if (!final && this.buf.length - this.pos > MAX_RECORD_CHARS) {
          const line = this.lineAt(this.pos);
          yield this.reject('E_RECORD_SIZE', `the statement at line ${line} holds a value longer than ${MAX_RECORD_CHARS} characters`, line);
          this.state = { kind: 'skip', quote: '' };
          this.pos++;
          continue;
        }
        return;
      }
      if (this.pos === before && this.state === st) return;
    }
  }

  /**
   * Skips whitespace and comments; false when the buffer ends inside a comment, or on a lone "-" or
   * "/" that the next chunk may make one ("--", "/*"): read as it stands, a chunk boundary there
   * turned a comment into a syntax error on another line.
   */
  private skipSpace(final: boolean): boolean {
    const b = this.buf;
    for (;;) {
      while (this.pos < b.length) {
        const c = b.charCodeAt(this.pos);
        if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xfeff) this.pos++;
        else break;
      }
      if (!final && this.pos === b.length - 1 && (b[this.pos] === '-' || b[this.pos] === '/')) return false;
      if (b.startsWith('--', this.pos) || b.startsWith('#', this.pos)) {
        const nl = b.indexOf('\n', this.pos);
        if (nl < 0) {
          if (final) this.pos = b.length;
          return final;
        }
        this.pos = nl + 1;
        continue;
      }
      if (b.startsWith('/*', this.pos)) {
        const end = b.indexOf('*/', this.pos + 2);
        if (end < 0) {
          if (final) this.pos = b.length;
          return final;
        }
        this.pos = end + 2;
        continue;
      }
      return true;
    }
  }

  private *top(final: boolean): Generator<SourceItem, boolean> {
    if (!this.skipSpace(final)) return false;
    const b = this.buf;
    if (this.pos >= b.length) return false;
    // Long enough for a column list of hundreds of columns.
    const head = b.slice(this.pos, this.pos + HEAD);
    // A head cut by the end of the buffer could still become an INSERT, COPY or CREATE TABLE.
    if (!final && head.length < HEAD && !/;\s*\n/.test(head) && !/\bVALUES\s*\(/i.test(head)) return false;
    const ident = '(?:`(?:[^`]|``)*`|"(?:[^"]|"")*"|\\[[^\\]]*\\]|[\\w$]+)';
    const name = `(${ident}(?:\\s*\\.\\s*${ident})*)`;
    let m = new RegExp(`^(?:INSERT|REPLACE)\\s+(?:LOW_PRIORITY\\s+|DELAYED\\s+|HIGH_PRIORITY\\s+|IGNORE\\s+)*(?:INTO\\s+)?${name}\\s*(\\(([^)]*)\\))?\\s*(?:OVERRIDING\\s+(?:SYSTEM|USER)\\s+VALUE\\s+)?VALUES\\s*`, 'i').exec(head);
    if (m) {
      const table = tableName(m[1]!);
      const columns = m[3] !== undefined ? splitTopLevel(m[3]).map(unquoteIdent) : undefined;
      const t = this.table(table);
      if (columns && t.columns.length === 0) t.columns = columns;
      this.pos += m[0].length;
      this.state = { kind: 'values', table, columns: columns ?? (t.columns.length ? t.columns : undefined), started: false };
      return true;
    }
    m = new RegExp(`^COPY\\s+${name}\\s*(?:\\(([^)]*)\\))?\\s*FROM\\s+stdin[^;\\n]*;[ \\t]*\\r?\\n`, 'i').exec(head);
    if (m) {
      const table = tableName(m[1]!);
      const t = this.table(table);
      const columns = m[2] !== undefined ? splitTopLevel(m[2]).map(unquoteIdent) : t.columns;
      if (t.columns.length === 0) t.columns = columns;
      this.pos += m[0].length;
      this.state = { kind: 'copy', table, columns };
      return true;
    }
    m = new RegExp(`^CREATE\\s+(?:TEMPORARY\\s+|UNLOGGED\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?${name}\\s*\\(`, 'i').exec(head);
    if (m) {
      const end = this.statementEnd(this.pos + m[0].length);
      if (end < 0) {
        if (!final) return false;
        this.pos = b.length;
        return true;
      }
      const stmt = b.slice(this.pos + m[0].length, end);
      const close = stmt.lastIndexOf(')');
      const t = this.table(tableName(m[1]!));
      t.columns = createTableColumns(close >= 0 ? stmt.slice(0, close) : stmt);
      this.pos = end + 1;
      return true;
    }
    // A statement that is still being read might yet turn out to be an INSERT.
    if (!final && head.length < HEAD) return false;
    this.state = { kind: 'skip', quote: '' };
    return true;
  }

  /** Index of the `;` that ends the statement from `from`, outside quotes; -1 if not in the buffer. */
  private statementEnd(from: number): number {
    const b = this.buf;
    let q = '';
    for (let i = from; i < b.length; i++) {
      const c = b[i]!;
      if (q) {
        if (c === '\\' && this.dialect === 'mysql') i++;
        else if (c === q) q = '';
      } else if (c === "'" || c === '"' || c === '`') q = c;
      else if (c === ';') return i;
    }
    return -1;
  }

  private *skip(st: { kind: 'skip'; quote: string }): Generator<SourceItem, boolean> {
    const b = this.buf;
    let i = this.pos;
    let q = st.quote;
    const mysql = this.dialect === 'mysql';
    // pg_dump function bodies are dollar-quoted; treat $$ … $$ like a quote.
    while (i < b.length) {
      const c = b[i]!;
      if (q) {
        if (c === '\\' && mysql && q !== '$$') {
          if (i + 1 >= b.length) break;
          i += 2;
          continue;
        }
        if (q === '$$' ? b.startsWith('$$', i) : c === q) {
          i += q.length;
          q = '';
          continue;
        }
        i++;
        continue;
      }
      if (c === "'" || c === '"' || c === '`') q = c;
      else if (c === '$' && b[i + 1] === '$') {
        q = '$$';
        i += 2;
        continue;
      } else if (c === ';') {
        this.pos = i + 1;
        this.state = { kind: 'top' };
        return true;
      }
      i++;
    }
    st.quote = q;
    const moved = i !== this.pos;
    this.pos = i;
    return moved;
  }

  private *values(st: { kind: 'values'; table: string; columns: string[] | undefined; started: boolean }, final: boolean): Generator<SourceItem, boolean> {
    const b = this.buf;
    let progressed = false;
    for (;;) {
      if (!this.skipSpace(final)) return progressed;
      if (this.pos >= b.length) return progressed;
      const c = b[this.pos];
      const beforeComma = this.pos;
      if (st.started) {
        if (c === ',') {
          this.pos++;
          if (!this.skipSpace(final) || this.pos >= b.length) {
            this.pos = beforeComma;
            return progressed;
          }
        } else if (c === ';') {
          this.pos++;
          this.state = { kind: 'top' };
          return true;
        } else if (/^ON\s+(DUPLICATE|CONFLICT)\b|^RETURNING\b/i.test(b.slice(this.pos, this.pos + 32))) {
          this.state = { kind: 'skip', quote: '' };
          return true;
        } else {
          const line = this.lineAt(this.pos);
          yield this.reject('E_SQL_SYNTAX', `expected "," or ";" after a row of ${st.table} at line ${line}, found ${JSON.stringify(b.slice(this.pos, this.pos + 20))}`, line);
          this.state = { kind: 'skip', quote: '' };
          return true;
        }
      }
      const start = this.pos;
      const tuple = this.tuple(final);
      if (tuple === NEED_MORE) {
        this.pos = st.started ? beforeComma : start;
        return progressed;
      }
      const line = this.lineAt(start);
      if (tuple instanceof SyntaxErr) {
        yield this.reject('E_SQL_SYNTAX', `row of ${st.table} at line ${line}: ${tuple.message}`, line);
        this.state = { kind: 'skip', quote: '' };
        return true;
      }
      st.started = true;
      progressed = true;
      const t = this.table(st.table);
      t.rows++;
      if (!matches(st.table, this.opts.table)) continue;
      const cols = st.columns ?? (t.columns.length ? t.columns : undefined);
      yield this.row(st.table, cols, tuple, line);
    }
  }

  private row(table: string, cols: string[] | undefined, values: unknown[], line: number): SourceItem {
    const record: Record<string, unknown> = {};
    values.forEach((v, k) => {
      record[(cols && k < cols.length ? cols[k] : undefined) ?? `col${k + 1}`] = v;
    });
    const base = { ok: true as const, record, file: this.file, line, table, bytes: this.bytes };
    if (cols && cols.length !== values.length) {
      return { ...base, warnings: [new ZvarotError('E_SQL_COLUMNS', `row of ${table} at line ${line} has ${values.length} values for ${cols.length} columns`, { file: this.file, line })] };
    }
    return base;
  }

  /** One `( … )` tuple from `pos`; moves `pos` past it. */
  private tuple(final: boolean): unknown[] | Need | SyntaxErr {
    const b = this.buf;
    const n = b.length;
    if (b[this.pos] !== '(') return this.pos >= n ? NEED_MORE : new SyntaxErr(`expected "(" but found ${JSON.stringify(b.slice(this.pos, this.pos + 20))}`);
    let i = this.pos + 1;
    const out: unknown[] = [];
    const mysql = this.dialect === 'mysql';
    for (;;) {
      while (i < n && (b.charCodeAt(i) === 32 || b.charCodeAt(i) === 10 || b.charCodeAt(i) === 13 || b.charCodeAt(i) === 9)) i++;
      if (i >= n) return NEED_MORE;
      let c = b[i]!;
      if (c === ')' && out.length === 0) {
        this.pos = i + 1;
        return out;
      }
      let prefix = '';
      // _binary / _utf8mb4 introducers, E'' and X'' / N'' strings.
      if (c === '_' || ((c === 'E' || c === 'e' || c === 'N' || c === 'n') && b[i + 1] === "'")) {
        const intro = /^(_[a-z0-9]+\s*|[EeNn](?='))/.exec(b.slice(i, i + 24));
        if (intro) {
          prefix = intro[1]!.trim().toUpperCase();
          i += intro[0].length;
          if (i >= n) return NEED_MORE;
          c = b[i]!;
        }
      }
      if ((c === 'X' || c === 'x') && b[i + 1] === "'") {
        const end = b.indexOf("'", i + 2);
        if (end < 0) return NEED_MORE;
        out.push(hexToValue(b.slice(i + 2, end)));
        i = end + 1;
      } else if (c === "'" || (c === '"' && mysql)) {
        // MySQL also takes "…" as a string unless ANSI_QUOTES is on, which mysqldump does not set.
        const quote = c.charCodeAt(0);
        const backslash = mysql || prefix === 'E';
        let s = '';
        let j = i + 1;
        for (;;) {
          // One pass to the next quote or backslash; indexOf for each would rescan long stretches.
          let q = j;
          while (q < n) {
            const k = b.charCodeAt(q);
            if (k === quote || (k === 92 && backslash)) break;
            q++;
          }
          if (q >= n) return NEED_MORE;
          if (b.charCodeAt(q) === 92) {
            if (q + 1 >= n) return NEED_MORE;
            s += b.slice(j, q);
            const e = b[q + 1]!;
            s += mysql ? (MYSQL_ESC[e] ?? e) : (COPY_ESC[e] ?? e);
            j = q + 2;
            continue;
          }
          s += b.slice(j, q);
          if (q + 1 >= n && !final) return NEED_MORE;
          if (b.charCodeAt(q + 1) === quote) {
            s += c;
            j = q + 2;
            continue;
          }
          i = q + 1;
          break;
        }
        out.push(s);
        // pg casts such as '2021-01-01'::date keep the value.
        const cast = /^::[\w ]+(\[\])?/.exec(b.slice(i, i + 64));
        if (cast) i += cast[0].length;
      } else {
        let j = i;
        let depth = 0;
        while (j < n) {
          const d = b[j]!;
          if (d === '(') depth++;
          else if (d === ')') {
            if (depth === 0) break;
            depth--;
          } else if (depth === 0 && (d === ',' || d === ' ' || d === '\t' || d === '\r')) break;
          else if (d === "'" || d === '\n') break;
          j++;
        }
        if (j >= n) return NEED_MORE;
        const word = b.slice(i, j).trim();
        if (word === '') return new SyntaxErr(`expected a value at ${JSON.stringify(b.slice(i, i + 20))}`);
        out.push(literal(word));
        i = j;
      }
      while (i < n && (b.charCodeAt(i) === 32 || b.charCodeAt(i) === 10 || b.charCodeAt(i) === 13 || b.charCodeAt(i) === 9)) i++;
      if (i >= n) return NEED_MORE;
      const d = b[i];
      if (d === ',') {
        i++;
        continue;
      }
      if (d === ')') {
        this.pos = i + 1;
        return out;
      }
      return new SyntaxErr(`expected "," or ")" but found ${JSON.stringify(b.slice(i, i + 20))}`);
    }
  }

  private *copy(st: { kind: 'copy'; table: string; columns: string[] }, final: boolean): Generator<SourceItem, boolean> {
    const b = this.buf;
    let progressed = false;
    for (;;) {
      const nl = b.indexOf('\n', this.pos);
      if (nl < 0 && !final) return progressed;
      if (nl < 0 && this.pos >= b.length) return progressed;
      const end = nl < 0 ? b.length : nl;
      let text = b.slice(this.pos, end);
      if (text.endsWith('\r')) text = text.slice(0, -1);
      if (text === '\\.') {
        this.pos = end + 1;
        this.state = { kind: 'top' };
        return true;
      }
      if (nl < 0) return progressed;
      const line = this.lineAt(this.pos);
      this.pos = end + 1;
      progressed = true;
      const t = this.table(st.table);
      t.rows++;
      if (!matches(st.table, this.opts.table)) continue;
      yield this.row(st.table, st.columns.length ? st.columns : undefined, text.split('\t').map(copyValue), line);
    }
  }
}

function literal(word: string): unknown {
  const u = word.toUpperCase();
  if (u === 'NULL') return null;
  if (u === 'TRUE') return true;
  if (u === 'FALSE') return false;
  if (/^0x[0-9a-f]*$/i.test(word)) return hexToValue(word.slice(2));
  if (/^[+-]?\d+$/.test(word)) {
    const n = Number(word);
    return Number.isSafeInteger(n) ? n : word;
  }
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(word)) return Number(word);
  return word;
}

export async function* readSql(chunks: TextChunks, file: string, opts: SqlOptions = {}, tables?: Map<string, SqlTableInfo>): AsyncGenerator<SourceItem> {
  const parser = new SqlDumpParser(file, opts);
  for await (const c of chunks) yield* parser.push(c.text, c.bytes);
  yield* parser.end();
  if (tables) for (const [k, v] of parser.tables) tables.set(k, v);
}
