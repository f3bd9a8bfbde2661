/**
 * Field mapping: raw records (any column names, any nesting) → the canonical letter record.
 * A mapping is `target=source` pairs or a JSON object of the same; sources are paths such as
 * `text`, `sidebar.author_name`, `feed[widget=public.petition].payload.body`, with `a|b` meaning
 * "the first of these that has a value". Dates go through parseDate; HTML bodies become text;
 * UTF-8-read-as-CP1251 values are repaired.
 */
import { ZvarotError, type Location } from '../core/errors.js';
import type { LetterRecord } from '../core/record.js';
import { DEFAULT_TIME_ZONE, parseDate } from './dates.js';
import { repairMojibake } from './encoding.js';
import { htmlToText, looksLikeHtml } from './html.js';
import { toLetterRecord } from './record.js';
import type { RawRecord } from './types.js';

export const TARGETS = [
  'id', 'received_at', 'channel', 'place', 'subject', 'body', 'attachments', 'response',
  'sender.name', 'sender.address', 'sender.phone', 'sender.email', 'sender.id_number',
] as const;
export type Target = (typeof TARGETS)[number];
export type Mapping = Partial<Record<Target, string>>;

export interface MapOptions {
  timeZone?: string;
}

export type MapResult =
  | { ok: true; record: LetterRecord; warnings: ZvarotError[]; raw: Partial<Record<Target, string>> }
  | { ok: false; error: ZvarotError };

/** `body=text,received_at=created_at` (or one pair per line), or JSON `{"body":"text"}`. */
export function parseMapping(spec: string | Record<string, unknown>): Mapping {
  let obj: Record<string, unknown>;
  if (typeof spec === 'string') {
    const t = spec.trim();
    if (t.startsWith('{')) {
      try {
        obj = JSON.parse(t) as Record<string, unknown>;
      } catch (e) {
        throw new ZvarotError('E_MAPPING', `the mapping is not valid JSON: ${(e as Error).message}`);
      }
    } else {
      obj = {};
      for (const pair of t.split(/[\n,]+/)) {
        if (pair.trim() === '') continue;
        const eq = pair.indexOf('=');
        if (eq <= 0) throw new ZvarotError('E_MAPPING', `"${pair.trim()}" is not a target=source pair`);
        obj[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim();
      }
    }
  } else obj = spec;
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) throw new ZvarotError('E_MAPPING', 'the mapping must be an object of target → source');
  const out: Mapping = {};
  for (const [k, v] of Object.entries(obj)) {
    if (!(TARGETS as readonly string[]).includes(k)) throw new ZvarotError('E_MAPPING', `"${k}" is not a letter field; targets are ${TARGETS.join(', ')}`);
    if (typeof v !== 'string' || v.trim() === '') throw new ZvarotError('E_MAPPING', `the source for "${k}" must be a non-empty column name or path`);
    out[k as Target] = v.trim();
  }
  return out;
}

/** Reads a path: dots between keys, [n] for an index, [key=value] for the first element that matches. */
export function getPath(obj: unknown, path: string): unknown {
  if (obj && typeof obj === 'object' && !Array.isArray(obj) && Object.hasOwn(obj, path)) return (obj as RawRecord)[path];
  const steps = path.match(/[^.[\]]+|\[[^\]]*\]/g) ?? [];
  let cur: unknown = obj;
  for (const step of steps) {
    if (cur === null || cur === undefined) return undefined;
    if (step.startsWith('[')) {
      const inner = step.slice(1, -1);
      if (!Array.isArray(cur)) return undefined;
      const eq = inner.indexOf('=');
      if (eq < 0) cur = cur[Number(inner)];
      else {
        const key = inner.slice(0, eq);
        const want = inner.slice(eq + 1);
        cur = cur.find((el) => el && typeof el === 'object' && String((el as RawRecord)[key]) === want);
      }
    } else {
      if (typeof cur !== 'object' || Array.isArray(cur)) return undefined;
      cur = (cur as RawRecord)[step];
    }
  }
  return cur;
}

function pick(raw: RawRecord, source: string): unknown {
  for (const alt of source.split('|')) {
    const v = getPath(raw, alt.trim());
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

function asText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return JSON.stringify(v);
}

function clean(s: string, html: boolean): string {
  const fixed = repairMojibake(s);
  return (html && looksLikeHtml(fixed) ? htmlToText(fixed) : fixed.replace(/\r\n?/g, '\n')).trim();
}

/** Maps one raw record; a record that cannot be a letter is an error, a doubtful value a warning. */
export function mapRecord(raw: RawRecord, mapping: Mapping, loc: Location = {}, opts: MapOptions = {}): MapResult {
  const out: RawRecord = {};
  const sender: RawRecord = {};
  const warnings: ZvarotError[] = [];
  const kept: Partial<Record<Target, string>> = {};
  for (const target of TARGETS) {
    const source = mapping[target];
    if (!source) continue;
    const v = pick(raw, source);
    if (v === undefined) continue;
    if (target === 'received_at') {
      const d = parseDate(typeof v === 'number' ? v : (asText(v) ?? ''), opts.timeZone ?? DEFAULT_TIME_ZONE);
      if (d.ok) out.received_at = d.iso;
      else {
        kept.received_at = d.raw;
        warnings.push(new ZvarotError('E_DATE_UNPARSED', `"${d.raw.slice(0, 60)}" in ${source} is not a date zvarot can read; it was kept as written`, loc));
      }
      continue;
    }
    if (target === 'attachments') {
      const n = Array.isArray(v) ? v.length : typeof v === 'number' ? v : Number(asText(v));
      if (Number.isInteger(n) && n >= 0) out.attachments = n;
      else warnings.push(new ZvarotError('E_FIELD_TYPE', `${source} holds "${String(v).slice(0, 40)}", not a count of attachments`, loc));
      continue;
    }
    const text = asText(v);
    if (text === undefined) continue;
    const value = clean(text, target === 'body' || target === 'response' || target === 'subject');
    if (value === '') continue;
    if (target.startsWith('sender.')) sender[target.slice(7)] = value;
    else out[target] = value;
  }
  if (Object.keys(sender).length) out.sender = sender;
  if (loc.file !== undefined) out.source = { file: loc.file, ...(loc.line !== undefined ? { line: loc.line } : {}) };
  try {
    return { ok: true, record: toLetterRecord(out, loc), warnings, raw: kept };
  } catch (e) {
    if (e instanceof ZvarotError) return { ok: false, error: e };
    throw e;
  }
}

// Column names (normalised: lower case, ё→е, letters and digits only) that say what a column holds.
const SYNONYMS: Array<[Target, string[]]> = [
  ['body', ['body', 'text', 'message', 'content', 'текст', 'обращение', 'сообщение', 'содержание', 'текстобращения', 'текстсообщения', 'суть', 'суть обращения', 'зварот', 'тэкст', 'паведамленне', 'letter', 'petition', 'complaint', 'description', 'описание']],
  ['received_at', ['receivedat', 'createdat', 'date', 'datetime', 'dt', 'received', 'created', 'timestamp', 'time', 'дата', 'датаобращения', 'датапоступления', 'времяобращения', 'датаивремя', 'дата', 'sentat', 'submitted', 'submittedat']],
  ['sender.name', ['fio', 'фио', 'name', 'fullname', 'author', 'authorname', 'sender', 'sendername', 'fromname', 'заявитель', 'имя', 'автор', 'отправитель', 'прозвішча', 'імя']],
  ['sender.phone', ['phone', 'tel', 'telephone', 'mobile', 'телефон', 'тел', 'мобильный', 'контактныйтелефон', 'тэлефон']],
  ['sender.email', ['email', 'mail', 'fromemail', 'почта', 'электроннаяпочта', 'эпочта', 'емейл']],
  ['sender.address', ['address', 'fulladdress', 'адрес', 'адреспроживания', 'адрас', 'почтовыйадрес']],
  ['sender.id_number', ['idnumber', 'passport', 'паспорт', 'идентификационныйномер', 'личныйномер', 'пашпарт']],
  ['place', ['place', 'city', 'region', 'district', 'districtname', 'town', 'город', 'район', 'регион', 'область', 'населенныйпункт', 'горад', 'раён', 'месца']],
  ['subject', ['subject', 'title', 'topic', 'reason', 'тема', 'заголовок', 'тематика', 'предмет', 'тэма']],
  ['channel', ['channel', 'via', 'канал', 'источник', 'способподачи']],
  ['response', ['response', 'answer', 'reply', 'ответ', 'адказ']],
  ['attachments', ['attachments', 'files', 'вложения', 'файлы', 'приложения']],
  ['id', ['id', 'uuid', 'number', 'номер', 'регномер', 'нумар', 'messageid']],
];

function norm(name: string): string {
  return name.toLowerCase().replace(/ё/g, 'е').replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface Proposal {
  mapping: Mapping;
  /** Why each target was chosen: "name" (column name) or "values" (what the column holds). */
  reasons: Partial<Record<Target, 'name' | 'values'>>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s()-]{7,20}$/;

/** Proposes a mapping from column names, then from sample values for what names left open. */
export function proposeMapping(columns: string[], samples: RawRecord[] = []): Proposal {
  const mapping: Mapping = {};
  const reasons: Proposal['reasons'] = {};
  const used = new Set<string>();
  const take = (t: Target, col: string, why: 'name' | 'values') => {
    if (mapping[t] || used.has(col)) return;
    mapping[t] = col;
    reasons[t] = why;
    used.add(col);
  };
  // Exact synonyms first, then names with one as a whole word ("Текст Сообщения" has "текст";
  // "Ответственное лицо" has no "ответ").
  for (const exact of [true, false]) {
    for (const [target, names] of SYNONYMS) {
      const wanted = names.map(norm);
      for (const col of columns) {
        const last = col.split('.').pop() ?? col;
        const words = last.split(/[^\p{L}\p{N}]+|(?<=\p{Ll})(?=\p{Lu})/u).map(norm).filter((w) => w.length >= 3);
        if (exact ? wanted.includes(norm(last)) : words.some((w) => wanted.includes(w))) take(target, col, 'name');
      }
    }
  }
  const values = (col: string) => samples.map((s) => getPath(s, col)).filter((v) => v !== undefined && v !== null && v !== '');
  for (const col of columns) {
    if (used.has(col)) continue;
    const vs = values(col);
    if (vs.length === 0) continue;
    const texts = vs.map((v) => String(v).trim());
    const all = (f: (s: string) => boolean) => texts.every(f);
    if (all((s) => EMAIL.test(s))) take('sender.email', col, 'values');
    else if (all((s) => PHONE.test(s) && s.replace(/\D/g, '').length >= 7)) take('sender.phone', col, 'values');
    else if (all((s) => !/^\d{1,8}$/.test(s) && parseDate(s).ok)) take('received_at', col, 'values');
  }
  if (!mapping.body) {
    // The body is the column with the longest text, when it is prose.
    let best: string | undefined;
    let bestLen = 0;
    for (const col of columns) {
      if (used.has(col)) continue;
      const vs = values(col).filter((v) => typeof v === 'string') as string[];
      if (vs.length === 0) continue;
      const mean = vs.reduce((a, v) => a + v.length, 0) / vs.length;
      if (mean > bestLen && vs.some((v) => /\s/.test(v))) {
        bestLen = mean;
        best = col;
      }
    }
    if (best && bestLen >= 20) take('body', best, 'values');
  }
  return { mapping, reasons };
}
