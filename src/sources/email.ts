/**
 * E-mail: one `.eml` or an `.mbox` of many. Messages are handled as bytes (latin1 strings) until a
 * part's charset is known, so koi8-r and windows-1251 mail decodes right. Attachments are listed by
 * name, type and size, never kept.
 */
import { ZvarotError } from '../core/errors.js';
import { decoderFor, detectEncoding } from './encoding.js';
import { htmlToText } from './html.js';
import { MAX_RECORD_CHARS, type SourceItem, type TextChunks } from './types.js';

export interface Attachment {
  name: string;
  type: string;
  size: number;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

/**
 * Bytes → text in the declared charset. Undeclared (or us-ascii) 8-bit text is common in Russian
 * mail: it is read as UTF-8 when valid, else in the encoding the letter statistics point to.
 */
function bytesToText(latin1: string, charset: string | undefined): string {
  const bytes = Buffer.from(latin1, 'latin1');
  const declared = charset?.trim().toLowerCase();
  if (declared && declared !== 'us-ascii' && declared !== 'ascii') return decoderFor(declared).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decoderFor(detectEncoding(bytes).encoding).decode(bytes);
  }
}

/** RFC 2047 encoded-words (=?charset?B|Q?…?=), adjacent words joined without the space between. */
export function decodeHeader(value: string): string {
  const joined = value.replace(/(=\?[^?]+\?[bBqQ]\?[^?]*\?=)\s+(?==\?)/g, '$1');
  return joined.replace(/=\?([^?*]+)(?:\*[^?]*)?\?([bBqQ])\?([^?]*)\?=/g, (whole, charset: string, enc: string, text: string) => {
    try {
      const bytes = enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
      return decoderFor(charset).decode(bytes);
    } catch {
      return whole;
    }
  });
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const c = line.indexOf(':');
    if (c <= 0) continue;
    const key = line.slice(0, c).trim().toLowerCase();
    if (!headers.has(key)) headers.set(key, line.slice(c + 1).trim());
  }
  return headers;
}

function splitMessage(raw: string): Part | null {
  const m = /\r?\n\r?\n/.exec(raw);
  const headBlock = m ? raw.slice(0, m.index) : raw;
  const body = m ? raw.slice(m.index + m[0].length) : '';
  const headers = parseHeaders(headBlock);
  if (headers.size === 0) return null;
  return { headers, body };
}

/** A header's main value and its parameters (charset, boundary, name), RFC 2231 continuations included. */
function params(value: string | undefined): { value: string; params: Map<string, string> } {
  const out = new Map<string, string>();
  if (!value) return { value: '', params: out };
  const [main = '', ...rest] = value.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const continued = new Map<string, string[]>();
  for (const p of rest) {
    const eq = p.indexOf('=');
    if (eq < 0) continue;
    let key = p.slice(0, eq).trim().toLowerCase();
    let v = p.slice(eq + 1).trim();
    if (v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1).replace(/\\(.)/g, '$1');
    const cont = /^([^*]+)\*(\d+)?\*?$/.exec(key);
    if (cont) {
      key = cont[1]!;
      const ext = /^([^']*)'[^']*'(.*)$/.exec(v);
      if (ext) v = decoderFor(ext[1] || 'utf-8').decode(Buffer.from(decodeURIComponentBytes(ext[2]!), 'latin1'));
      else if (/%[0-9A-Fa-f]{2}/.test(v) && p.slice(0, eq).trim().endsWith('*')) v = decodeURIComponentBytes(v);
      const list = continued.get(key) ?? [];
      list[Number(cont[2] ?? 0)] = v;
      continued.set(key, list);
      continue;
    }
    out.set(key, decodeHeader(v));
  }
  for (const [k, list] of continued) out.set(k, list.join(''));
  return { value: main.trim().toLowerCase(), params: out };
}

function decodeURIComponentBytes(s: string): string {
  return s.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function decodeTransfer(body: string, encoding: string | undefined): string {
  const e = (encoding ?? '').trim().toLowerCase();
  if (e === 'base64') return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/g, ''), 'base64').toString('latin1');
  if (e === 'quoted-printable') {
    return body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  }
  return body;
}

interface Collected {
  plain: string[];
  html: string[];
  attachments: Attachment[];
}

function walk(part: Part, out: Collected, depth: number): void {
  const ct = params(part.headers.get('content-type') ?? 'text/plain');
  const disp = params(part.headers.get('content-disposition'));
  const type = ct.value || 'text/plain';
  if (type.startsWith('multipart/') && depth < 20) {
    const boundary = ct.params.get('boundary');
    if (!boundary) return;
    const delim = `--${boundary}`;
    const sections = part.body.split(new RegExp(`\\r?\\n?${delim.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*\\r?\\n?`));
    // The preamble before the first boundary and the epilogue after the last are not parts.
    for (const sec of sections.slice(1)) {
      if (sec.trim() === '') continue;
      const sub = splitMessage(sec.startsWith('\n') || sec.startsWith('\r\n') ? `X-Part: 1${sec}` : sec);
      if (sub) walk(sub, out, depth + 1);
    }
    return;
  }
  const name = disp.params.get('filename') ?? ct.params.get('name');
  const decoded = decodeTransfer(part.body, part.headers.get('content-transfer-encoding'));
  if (disp.value === 'attachment' || name || !(type.startsWith('text/') || type === 'message/rfc822')) {
    out.attachments.push({ name: name ?? '', type, size: decoded.length });
    return;
  }
  if (type === 'message/rfc822') {
    const inner = splitMessage(decoded);
    if (inner) walk(inner, out, depth + 1);
    return;
  }
  const text = bytesToText(decoded, ct.params.get('charset'));
  if (type === 'text/html') out.html.push(htmlToText(text));
  else out.plain.push(text.replace(/\r\n/g, '\n'));
}

function address(value: string | undefined): { name?: string; email?: string } {
  if (!value) return {};
  const v = value;
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>/.exec(v);
  if (m) return { ...(m[1]!.trim() ? { name: m[1]!.trim() } : {}), email: m[2]!.trim() };
  const bare = /([^\s<>()]+@[^\s<>()]+)(?:\s*\(([^)]*)\))?/.exec(v);
  if (bare) return { email: bare[1]!, ...(bare[2] ? { name: bare[2] } : {}) };
  return { name: v.trim() };
}

/** One message (as a latin1 string of its bytes) → a raw record; throws E_MAIL_FORMAT. */
export function parseEmail(raw: string, loc: { file: string; line?: number }): Record<string, unknown> {
  const msg = splitMessage(raw.replace(/^\s+/, ''));
  if (!msg || !(msg.headers.has('from') || msg.headers.has('subject') || msg.headers.has('date') || msg.headers.has('content-type') || msg.headers.has('message-id'))) {
    throw new ZvarotError('E_MAIL_FORMAT', 'the message has no e-mail headers (From, Subject, Date)', loc);
  }
  const out: Collected = { plain: [], html: [], attachments: [] };
  walk(msg, out, 0);
  const h = (k: string) => {
    const v = msg.headers.get(k);
    // Raw 8-bit headers: UTF-8 when valid, else the encoding the letters point to; then encoded-words.
    return v === undefined ? undefined : decodeHeader(bytesToText(v, undefined));
  };
  const from = address(h('from'));
  const record: Record<string, unknown> = {
    message_id: h('message-id')?.replace(/^<|>$/g, ''),
    date: h('date'),
    from: h('from'),
    from_name: from.name,
    from_email: from.email,
    to: h('to'),
    subject: h('subject'),
    body: (out.plain.length ? out.plain : out.html).join('\n\n').trim(),
    attachments: out.attachments,
  };
  for (const k of Object.keys(record)) if (record[k] === undefined) delete record[k];
  return record;
}

/** A single .eml file: one record. */
export async function* readEml(chunks: TextChunks, file: string): AsyncGenerator<SourceItem> {
  let raw = '';
  let bytes = 0;
  for await (const c of chunks) {
    raw += c.text;
    bytes = c.bytes;
    if (raw.length > MAX_RECORD_CHARS) {
      yield { ok: false, error: new ZvarotError('E_RECORD_SIZE', `the message is longer than ${MAX_RECORD_CHARS} bytes`, { file, line: 1 }), file, line: 1, bytes };
      return;
    }
  }
  yield* one(raw, file, 1, bytes);
}

function* one(raw: string, file: string, line: number, bytes: number): Generator<SourceItem> {
  try {
    yield { ok: true, record: parseEmail(raw, { file, line }), file, line, bytes };
  } catch (e) {
    const error = e instanceof ZvarotError ? e : new ZvarotError('E_MAIL_FORMAT', `the message could not be read: ${(e as Error).message}`, { file, line });
    yield { ok: false, error, file, line, bytes };
  }
}

/** An mbox: messages start at "From " lines after a blank line (or at the top); ">From " is unescaped. */
export async function* readMbox(chunks: TextChunks, file: string): AsyncGenerator<SourceItem> {
  let rest = '';
  let lineNo = 0;
  let msg: string[] = [];
  let msgLine = 0;
  let size = 0;
  let prevBlank = true;
  let bytes = 0;
  let oversize = false;
  const flush = function* (): Generator<SourceItem> {
    if (msgLine > 0) {
      if (oversize) yield { ok: false, error: new ZvarotError('E_RECORD_SIZE', `the message at line ${msgLine} is longer than ${MAX_RECORD_CHARS} bytes`, { file, line: msgLine }), file, line: msgLine, bytes };
      else if (msg.join('').trim() !== '') yield* one(msg.join('\n'), file, msgLine, bytes);
    }
    msg = [];
    size = 0;
    oversize = false;
  };
  const handle = function* (line: string): Generator<SourceItem> {
    lineNo++;
    const l = line.endsWith('\r') ? line.slice(0, -1) : line;
    if (l.startsWith('From ') && prevBlank) {
      yield* flush();
      msgLine = lineNo + 1;
      prevBlank = false;
      return;
    }
    if (msgLine === 0) {
      // Text before the first From_ line: treat the file as one message.
      msgLine = lineNo;
    }
    prevBlank = l === '';
    const unescaped = /^>+From /.test(l) ? l.slice(1) : l;
    size += unescaped.length + 1;
    if (size > MAX_RECORD_CHARS) oversize = true;
    else msg.push(unescaped);
  };
  for await (const c of chunks) {
    bytes = c.bytes;
    rest += c.text;
    let start = 0;
    let nl: number;
    while ((nl = rest.indexOf('\n', start)) >= 0) {
      yield* handle(rest.slice(start, nl));
      start = nl + 1;
    }
    rest = rest.slice(start);
  }
  if (rest !== '') yield* handle(rest);
  yield* flush();
}
