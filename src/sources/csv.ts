/**
 * CSV/TSV reader: detects the delimiter and the header, follows quotes across lines, and keeps
 * what it can of ragged rows. A quote left open to the end of the file rejects that record only:
 * the rows after its first line are read again as ordinary rows.
 */
import { ZvarotError } from '../core/errors.js';
import { MAX_RECORD_CHARS, type SourceItem, type TextChunks } from './types.js';

export interface CsvOptions {
  delimiter?: string;
  /** true / false to say whether the first row names the columns; detected when absent. */
  header?: boolean;
}

const CANDIDATES = [',', ';', '\t', '|'];

/** Splits a sample into rows, honouring quotes, to look at its shape. */
function sampleRows(sample: string, delim: string, max = 50): string[][] {
  const rows: string[][] = [];
  let pos = 0;
  while (pos < sample.length && rows.length < max) {
    const r = parseRow(sample, pos, delim, false);
    if (r === null || r.kind !== 'row') break;
    rows.push(r.fields);
    pos = r.end;
  }
  return rows;
}

export function detectDelimiter(sample: string): string {
  let best = ',';
  let bestScore = -1;
  for (const d of CANDIDATES) {
    const rows = sampleRows(sample, d).filter((r) => r.length > 1 || r[0] !== '');
    if (rows.length === 0) continue;
    const counts = new Map<number, number>();
    for (const r of rows) counts.set(r.length, (counts.get(r.length) ?? 0) + 1);
    const [width, agree] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
    if (width < 2) continue;
    // Rows that agree on one width matter most; wider agreement breaks ties.
    const score = (agree / rows.length) * 1000 + width;
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

const NUMERIC_OR_DATE = /^[\s+-]*[\d.,:/\s-]+$/;

export function detectHeader(rows: string[][]): boolean {
  const first = rows[0];
  if (!first || first.length === 0) return false;
  const seen = new Set<string>();
  for (const cell of first) {
    const c = cell.trim();
    if (c === '' || c.length > 64 || NUMERIC_OR_DATE.test(c) || seen.has(c)) return false;
    seen.add(c);
  }
  if (rows.length === 1) return true;
  // A header row is short text over columns whose values differ from it in kind or length.
  const rest = rows.slice(1);
  let differs = 0;
  first.forEach((h, i) => {
    const vals = rest.map((r) => r[i] ?? '');
    const numeric = vals.filter((v) => v.trim() !== '' && NUMERIC_OR_DATE.test(v)).length;
    const mean = vals.reduce((a, v) => a + v.length, 0) / Math.max(1, vals.length);
    if (numeric > vals.length / 2 || mean > h.length * 2 + 10) differs++;
  });
  return differs > 0 || first.every((c) => /^[\p{L}_][\p{L}\p{N} _.-]*$/u.test(c.trim()));
}

type Parsed = { kind: 'row'; fields: string[]; end: number; lines: number } | { kind: 'open-quote'; end: number };

/**
 * One row starting at `pos`. Returns null when the buffer ends before the row does and more text
 * may come; with `final`, an open quote at the end is reported instead.
 */
function parseRow(s: string, pos: number, delim: string, final: boolean): Parsed | null {
  const fields: string[] = [];
  let field = '';
  let i = pos;
  let lines = 0;
  const n = s.length;
  const dc = delim.charCodeAt(0);
  for (;;) {
    if (i < n && s.charCodeAt(i) === 34 /* " */) {
      // Quoted field: "" is a quote; text after the closing quote up to the delimiter is kept as is.
      i++;
      for (;;) {
        const q = s.indexOf('"', i);
        if (q < 0) {
          if (!final) return null;
          return { kind: 'open-quote', end: n };
        }
        const chunk = s.slice(i, q);
        for (let k = chunk.indexOf('\n'); k >= 0; k = chunk.indexOf('\n', k + 1)) lines++;
        field += chunk;
        if (q + 1 >= n && !final) return null;
        if (s.charCodeAt(q + 1) === 34) {
          field += '"';
          i = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
    }
    // Unquoted part (or the tail after a closing quote).
    let j = i;
    while (j < n) {
      const c = s.charCodeAt(j);
      if (c === dc || c === 10 || c === 13) break;
      j++;
    }
    field += s.slice(i, j);
    if (j >= n) {
      if (!final) return null;
      fields.push(field);
      return { kind: 'row', fields, end: n, lines };
    }
    const c = s.charCodeAt(j);
    if (c === dc) {
      fields.push(field);
      field = '';
      i = j + 1;
      continue;
    }
    // End of line: \n, \r\n or a lone \r.
    if (c === 13 && j + 1 >= n && !final) return null;
    fields.push(field);
    const end = c === 13 && s.charCodeAt(j + 1) === 10 ? j + 2 : j + 1;
    return { kind: 'row', fields, end, lines: lines + 1 };
  }
}

export async function* readCsv(chunks: TextChunks, file: string, opts: CsvOptions = {}): AsyncGenerator<SourceItem> {
  let buf = '';
  let pos = 0;
  let line = 1;
  let bytes = 0;
  let delim = opts.delimiter;
  let header: string[] | undefined;
  let headerDecided = false;
  let first = true;
  const pending: Array<{ fields: string[]; line: number }> = [];

  const emit = function* (fields: string[], at: number): Generator<SourceItem> {
    if (!headerDecided) {
      pending.push({ fields, line: at });
      return;
    }
    if (fields.length === 1 && fields[0] === '') return;
    const width = header ? header.length : fields.length;
    const record: Record<string, unknown> = {};
    const names = header ?? fields.map((_, k) => `col${k + 1}`);
    for (let k = 0; k < Math.min(width, fields.length); k++) record[names[k] ?? `col${k + 1}`] = fields[k];
    const warnings: ZvarotError[] = [];
    if (header && fields.length !== header.length) {
      if (fields.length > header.length) record._extra = fields.slice(header.length);
      warnings.push(new ZvarotError('E_CSV_RAGGED', `row at line ${at} has ${fields.length} fields, the header has ${header.length}`, { file, line: at }));
    }
    yield { ok: true, record, file, line: at, bytes, ...(warnings.length ? { warnings } : {}) };
  };

  const decide = function* (): Generator<SourceItem> {
    headerDecided = true;
    const rows = pending.splice(0);
    const nonEmpty = rows.filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));
    const isHeader = opts.header ?? detectHeader(nonEmpty.map((r) => r.fields));
    let start = 0;
    if (isHeader && nonEmpty.length > 0) {
      const h = nonEmpty[0]!.fields.map((c, k) => c.trim() || `col${k + 1}`);
      // Repeated names would overwrite each other; number the repeats.
      const seen = new Map<string, number>();
      header = h.map((name) => {
        const c = (seen.get(name) ?? 0) + 1;
        seen.set(name, c);
        return c === 1 ? name : `${name}_${c}`;
      });
      start = rows.indexOf(nonEmpty[0]!) + 1;
    }
    for (const r of rows.slice(start)) yield* emit(r.fields, r.line);
  };

  const drain = function* (final: boolean): Generator<SourceItem> {
    for (;;) {
      if (pos >= buf.length) return;
      const r = parseRow(buf, pos, delim!, final);
      if (r === null) {
        if (buf.length - pos > MAX_RECORD_CHARS) {
          yield* recoverOpenQuote(`row at line ${line} is longer than ${MAX_RECORD_CHARS} characters`);
          continue;
        }
        return;
      }
      if (r.kind === 'open-quote') {
        yield* recoverOpenQuote(`row at line ${line} opens a quote that is never closed`);
        continue;
      }
      const at = line;
      line += r.lines;
      pos = r.end;
      yield* emit(r.fields, at);
      if (!headerDecided && pending.length >= 20) yield* decide();
    }
  };

  // Rejects the row at `pos` and resumes after its first line, reading quotes there as text starts.
  const recoverOpenQuote = function* (message: string): Generator<SourceItem> {
    const error = new ZvarotError('E_CSV_QUOTE', message, { file, line });
    if (!headerDecided) yield* decide();
    yield { ok: false, error, file, line, bytes };
    const nl = buf.indexOf('\n', pos);
    if (nl < 0) pos = buf.length;
    else pos = nl + 1;
    line++;
  };

  for await (const chunk of chunks) {
    bytes = chunk.bytes;
    let text = chunk.text;
    if (first) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    buf = buf.slice(pos) + text;
    pos = 0;
    if (!delim) {
      if (buf.length < 65536) continue;
      delim = detectDelimiter(buf.slice(0, 65536));
    }
    yield* drain(false);
  }
  buf = buf.slice(pos);
  pos = 0;
  if (!delim) delim = detectDelimiter(buf.slice(0, 65536));
  yield* drain(true);
  if (!headerDecided) yield* decide();
}

/** The delimiter a reader would pick, for `inspect`. */
export function describeCsv(sample: string): { delimiter: string; header: boolean } {
  const delimiter = detectDelimiter(sample);
  return { delimiter, header: detectHeader(sampleRows(sample, delimiter, 20)) };
}
