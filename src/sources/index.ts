/**
 * Sources: one entry point that opens a file or folder, detects its format and encoding, and
 * streams raw records with their locations. Readers never throw on bad input: a bad record is an
 * item with `ok: false` and a catalogued error, and reading goes on.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { ZvarotError } from '../core/errors.js';
import { readCsv, type CsvOptions } from './csv.js';
import { detectEncoding, readSample, readText, type Detection, type Encoding } from './encoding.js';
import { readEml, readMbox } from './email.js';
import { htmlToText } from './html.js';
import { readJson } from './json.js';
import { readSql, type SqlOptions, type SqlTableInfo } from './sql.js';
import type { SourceItem, TextChunks } from './types.js';

export { mapRecord, parseMapping, proposeMapping, getPath, type Mapping, type MapResult } from './mapping.js';
export { parseDate } from './dates.js';
export { detectEncoding, repairMojibake } from './encoding.js';
export { htmlToText } from './html.js';
export type { SourceItem, RawRecord, Where } from './types.js';

export const FORMATS = ['jsonl', 'json', 'csv', 'sql', 'eml', 'mbox', 'html', 'txt', 'dir'] as const;
export type Format = (typeof FORMATS)[number];

export interface SourceOptions extends CsvOptions, SqlOptions {
  format?: Format;
  /** Overrides detection: utf-8, windows-1251 (cp1251), koi8-r, ibm866 (cp866), iso-8859-5, utf-16le, utf-16be. */
  encoding?: string;
}

export interface FileInfo {
  file: string;
  format: Format;
  encoding: Encoding | 'binary';
  detection?: Detection;
}

export interface Source {
  format: Format;
  encoding: Encoding | 'mixed' | 'binary';
  detection?: Detection;
  /** Each file read, with the encoding detected for it; filled as `records` is iterated. */
  files: FileInfo[];
  /** SQL tables seen, with their columns and row counts; complete once `records` is done. */
  tables: Map<string, SqlTableInfo>;
  records: AsyncIterable<SourceItem>;
}

const BY_EXTENSION: Record<string, Format> = {
  '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.json': 'json', '.csv': 'csv', '.tsv': 'csv', '.tab': 'csv', '.sql': 'sql',
  '.eml': 'eml', '.msg': 'eml', '.mbox': 'mbox', '.mbx': 'mbox', '.html': 'html', '.htm': 'html', '.txt': 'txt', '.text': 'txt',
};

/** Files a folder reader picks up; others in the folder are skipped. */
export const FOLDER_EXTENSIONS = ['.txt', '.eml', '.html', '.htm', '.json', '.jsonl', '.csv', '.tsv', '.mbox', '.sql'];

function sniffFormat(file: string, sample: string): Format | undefined {
  const byExt = BY_EXTENSION[path.extname(file).toLowerCase()];
  if (byExt) return byExt;
  const t = sample.replace(/^\ufeff/, '').trimStart();
  if (t.startsWith('[')) return 'json';
  if (t.startsWith('{')) return /^\{[^\n]*\}\s*\n\s*\{/.test(t) ? 'jsonl' : 'json';
  if (/^From \S+/.test(t)) return 'mbox';
  if (/^(--|\/\*|CREATE |INSERT |SET |COPY |DROP |LOCK )/im.test(t.slice(0, 2000)) && /(INSERT INTO|COPY .* FROM stdin)/i.test(t)) return 'sql';
  if (/^(Received|From|Return-Path|Message-ID|Date|Subject|MIME-Version|Delivered-To):/im.test(t.slice(0, 400))) return 'eml';
  if (/^<(!doctype html|html|body|p|div)\b/i.test(t)) return 'html';
  if (/[,;\t|]/.test(t.split('\n')[0] ?? '')) return 'csv';
  if (t.length) return 'txt';
  return undefined;
}

function latin1Chunks(file: string): TextChunks {
  return (async function* () {
    let bytes = 0;
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      yield { text: chunk.toString('latin1'), bytes };
    }
  })();
}

/** Marks each record of a text file that holds undecodable bytes (U+FFFD) with an E_ENCODING warning. */
async function* flagBadBytes(items: AsyncIterable<SourceItem>, detection: Detection): AsyncGenerator<SourceItem> {
  for await (const it of items) {
    if (it.ok && Object.values(it.record).some((v) => typeof v === 'string' && v.includes('\ufffd'))) {
      const w = new ZvarotError('E_ENCODING', `the record holds bytes that are not valid ${detection.encoding}; they were replaced with U+FFFD`, { file: it.file, ...(it.line !== undefined ? { line: it.line } : {}) });
      yield { ...it, warnings: [...(it.warnings ?? []), w] };
    } else yield it;
  }
}

async function* wholeText(chunks: TextChunks, file: string, html: boolean): AsyncGenerator<SourceItem> {
  let text = '';
  let bytes = 0;
  for await (const c of chunks) {
    text += c.text;
    bytes = c.bytes;
  }
  text = text.replace(/^\ufeff/, '');
  if (html) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1];
    const record: Record<string, unknown> = { body: htmlToText(text), name: path.basename(file) };
    if (title) record.title = htmlToText(title);
    yield { ok: true, record, file, line: 1, bytes };
  } else yield { ok: true, record: { body: text.replace(/\r\n?/g, '\n').trim(), name: path.basename(file) }, file, line: 1, bytes };
}

/** Column of a JSON.parse error, when the engine's message gives a position. */
function jsonErrorColumn(message: string, text: string): number | undefined {
  const pos = /position (\d+)/.exec(message);
  if (pos) return Number(pos[1]) + 1;
  const col = /column (\d+)/.exec(message);
  if (col) return Number(col[1]);
  return text.length > 0 ? text.length : undefined;
}

async function* jsonlItems(chunks: TextChunks, file: string): AsyncGenerator<SourceItem> {
  let buf = '';
  let line = 0;
  let bytes = 0;
  const one = (text: string): SourceItem | null => {
    line++;
    const t = text.endsWith('\r') ? text.slice(0, -1) : text;
    if (t.trim() === '') return null;
    let parsed: unknown;
    try {
      parsed = JSON.parse(t);
    } catch (e) {
      const msg = (e as Error).message;
      const column = jsonErrorColumn(msg, t);
      return { ok: false, error: new ZvarotError('E_JSON_SYNTAX', `line ${line} is not valid JSON: ${msg}`, { file, line, ...(column ? { column } : {}) }), file, line, bytes };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return { ok: false, error: new ZvarotError('E_RECORD_SHAPE', `line ${line} holds ${Array.isArray(parsed) ? 'an array' : parsed === null ? 'null' : typeof parsed}, not an object`, { file, line, column: 1 }), file, line, bytes };
    }
    return { ok: true, record: parsed as Record<string, unknown>, file, line, bytes };
  };
  let first = true;
  for await (const c of chunks) {
    bytes = c.bytes;
    buf += first ? c.text.replace(/^\ufeff/, '') : c.text;
    first = false;
    let start = 0;
    let nl: number;
    while ((nl = buf.indexOf('\n', start)) >= 0) {
      const it = one(buf.slice(start, nl));
      start = nl + 1;
      if (it) yield it;
    }
    buf = buf.slice(start);
  }
  if (buf !== '') {
    const it = one(buf);
    if (it) yield it;
  }
}

function listFolder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: string[];
    try {
      entries = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.')) continue;
      const p = path.join(d, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) walk(p);
      else if (FOLDER_EXTENSIONS.includes(path.extname(name).toLowerCase())) out.push(p);
    }
  };
  walk(dir);
  return out;
}

interface Opened {
  format: Format;
  detection: Detection | undefined;
  items: AsyncIterable<SourceItem>;
}

async function openFile(file: string, options: SourceOptions, tables: Map<string, SqlTableInfo>): Promise<Opened> {
  const sample = await readSample(file);
  const detection = detectEncoding(sample, options.encoding);
  const preview = new TextDecoder(detection.encoding).decode(sample.subarray(0, 8192));
  const format = options.format && options.format !== 'dir' ? options.format : sniffFormat(file, preview);
  if (!format) {
    return { format: 'txt', detection, items: (async function* () {})() };
  }
  if (format === 'eml' || format === 'mbox') {
    const chunks = latin1Chunks(file);
    return { format, detection: undefined, items: format === 'eml' ? readEml(chunks, file) : readMbox(chunks, file) };
  }
  const chunks = readText(file, detection.encoding);
  let items: AsyncIterable<SourceItem>;
  switch (format) {
    case 'jsonl':
      items = jsonlItems(chunks, file);
      break;
    case 'json':
      items = readJson(chunks, file);
      break;
    case 'csv':
      items = readCsv(chunks, file, { ...(options.delimiter ? { delimiter: options.delimiter } : path.extname(file).toLowerCase() === '.tsv' ? { delimiter: '\t' } : {}), ...(options.header !== undefined ? { header: options.header } : {}) });
      break;
    case 'sql':
      items = readSql(chunks, file, options, tables);
      break;
    case 'html':
      items = wholeText(chunks, file, true);
      break;
    default:
      items = wholeText(chunks, file, false);
  }
  return { format, detection, items: flagBadBytes(items, detection) };
}

/**
 * Opens a file or folder. Throws only for what stops everything (no such path); everything found
 * inside is reported item by item.
 */
export async function openSource(target: string, options: SourceOptions = {}): Promise<Source> {
  let st;
  try {
    st = statSync(target);
  } catch {
    throw new ZvarotError('E_FILE_NOT_FOUND', `cannot read ${target}`, { file: target });
  }
  if (options.format && !(FORMATS as readonly string[]).includes(options.format)) {
    throw new ZvarotError('E_FORMAT_UNKNOWN', `"${options.format}" is not a format zvarot reads`);
  }
  const tables = new Map<string, SqlTableInfo>();
  const files: FileInfo[] = [];
  if (st.isDirectory()) {
    const list = listFolder(target);
    const { format: _format, ...perFile } = options;
    const records = (async function* () {
      for (const f of list) {
        const opened = await openFile(f, perFile, tables).catch(() => null);
        if (!opened) {
          yield { ok: false as const, error: new ZvarotError('E_FILE_READ', `cannot read ${f}`, { file: f }), file: f };
          continue;
        }
        files.push({ file: f, format: opened.format, encoding: opened.detection?.encoding ?? 'binary', ...(opened.detection ? { detection: opened.detection } : {}) });
        yield* opened.items;
      }
    })();
    return { format: 'dir', encoding: 'mixed', files, tables, records };
  }
  const opened = await openFile(target, options, tables).catch(() => {
    throw new ZvarotError('E_FILE_READ', `cannot read ${target}`, { file: target });
  });
  files.push({ file: target, format: opened.format, encoding: opened.detection?.encoding ?? 'binary', ...(opened.detection ? { detection: opened.detection } : {}) });
  return {
    format: opened.format,
    encoding: opened.detection?.encoding ?? 'binary',
    ...(opened.detection ? { detection: opened.detection } : {}),
    files,
    tables,
    records: opened.items,
  };
}

export { inspect, type Inspection } from './inspect.js';
