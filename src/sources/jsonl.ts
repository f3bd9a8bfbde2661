/**
 * JSON Lines reader: one record per line, streamed, each carrying its file and line. A line that
 * is not a JSON object is yielded as a rejection with its line and column, and reading goes on.
 */
import { createReadStream, statSync } from 'node:fs';
import { ZvarotError } from '../core/errors.js';

export interface Located<T> {
  value: T;
  file: string;
  line: number;
}

export type ReadItem =
  | { ok: true; record: Record<string, unknown>; file: string; line: number; bytes: number }
  | { ok: false; error: ZvarotError; file: string; line: number; bytes: number };

/** Column of a JSON.parse error, when the engine's message gives a position. */
function jsonErrorColumn(message: string, text: string): number | undefined {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]) + 1;
  const col = /column (\d+)/.exec(message);
  if (col) return Number(col[1]);
  return text.length > 0 ? text.length : undefined;
}

export function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Reads a JSONL file line by line in bounded memory. `bytes` is how far into the file the line ends. */
export async function* readJsonl(file: string): AsyncGenerator<ReadItem> {
  let stream;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new ZvarotError('E_FILE_READ', `${file} is a directory, not a JSONL file`, { file });
    stream = createReadStream(file);
  } catch (e) {
    if (e instanceof ZvarotError) throw e;
    throw new ZvarotError('E_FILE_NOT_FOUND', `cannot read ${file}`, { file });
  }
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  let buffered = '';
  let lineNo = 0;
  let bytes = 0;
  let consumed = 0;
  const handle = (text: string, endBytes: number): ReadItem | null => {
    lineNo++;
    const line = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (line.trim() === '') return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (e) {
      const msg = (e as Error).message;
      const column = jsonErrorColumn(msg, line);
      return { ok: false, error: new ZvarotError('E_JSON_SYNTAX', `line ${lineNo} is not valid JSON: ${msg}`, { file, line: lineNo, ...(column ? { column } : {}) }), file, line: lineNo, bytes: endBytes };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return { ok: false, error: new ZvarotError('E_RECORD_SHAPE', `line ${lineNo} holds ${Array.isArray(parsed) ? 'an array' : typeof parsed}, not an object`, { file, line: lineNo, column: 1 }), file, line: lineNo, bytes: endBytes };
    }
    return { ok: true, record: parsed as Record<string, unknown>, file, line: lineNo, bytes: endBytes };
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    buffered += decoder.decode(chunk, { stream: true });
    let nl: number;
    let start = 0;
    while ((nl = buffered.indexOf('\n', start)) >= 0) {
      const text = buffered.slice(start, nl);
      start = nl + 1;
      consumed += Buffer.byteLength(text) + 1;
      const item = handle(text, consumed);
      if (item) yield item;
    }
    buffered = buffered.slice(start);
  }
  buffered += decoder.decode();
  if (buffered !== '') {
    const item = handle(buffered, bytes);
    if (item) yield item;
  }
}
