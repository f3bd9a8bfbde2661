/**
 * Ingest: read sources, validate, analyse, store in batches. Every rejected record is reported with
 * its file, line and code; everything else lands. Re-ingesting the same input stores nothing new.
 */
import { randomUUID } from 'node:crypto';
import { ZvarotError } from '../core/errors.js';
import { analyze, type Analysis } from '../language/analyze.js';
import { readJsonl, fileSize } from '../sources/jsonl.js';
import { contentHash, letterId, toLetterRecord } from '../sources/record.js';
import type { LetterInput, Store } from '../store/types.js';

export interface Rejection {
  file: string;
  line: number;
  column?: number;
  code: string;
  message: string;
}

export interface IngestReport {
  read: number;
  stored: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
}

export interface IngestProgress {
  file: string;
  records: number;
  bytes: number;
  totalBytes: number;
}

export interface IngestOptions {
  batchSize?: number;
  onProgress?: (p: IngestProgress) => void;
}

/** Index text: the stems of every token, in order, so FTS5 phrase queries still work on stems. */
export function indexText(a: Analysis): string {
  return a.tokens.map((t) => t.stem).join(' ');
}

/** The exact view: folded surface forms, for phrases and quotes. */
export function exactText(a: Analysis): string {
  return a.tokens.map((t) => t.form).join(' ');
}

export function prepareLetter(raw: Record<string, unknown>, loc: { file: string; line: number }): LetterInput {
  const record = toLetterRecord(raw, loc);
  const hash = contentHash(record);
  const body = analyze(record.body);
  const subject = record.subject ? analyze(record.subject, body.lang === 'be' ? 'be' : 'ru') : null;
  const ts = record.received_at ? Date.parse(record.received_at) : NaN;
  return {
    id: letterId(record, hash),
    contentHash: hash,
    record,
    receivedTs: Number.isNaN(ts) ? null : ts,
    lang: body.lang,
    indexSubject: subject ? indexText(subject) : '',
    indexBody: indexText(body),
    indexExact: `${subject ? exactText(subject) : ''} ${exactText(body)}`.trim(),
  };
}

export async function ingestFiles(store: Store, files: string[], opts: IngestOptions = {}): Promise<IngestReport> {
  const batchSize = opts.batchSize ?? 1000;
  const run = randomUUID();
  const report: IngestReport = { read: 0, stored: 0, updated: 0, unchanged: 0, rejected: [] };
  let batch: LetterInput[] = [];
  let batchLines = new Map<string, { file: string; line: number }>();
  const flush = () => {
    if (batch.length === 0) return;
    const r = store.putBatch(batch, run);
    report.stored += r.stored;
    report.updated += r.updated;
    report.unchanged += r.unchanged;
    for (const id of r.duplicates) {
      const loc = batchLines.get(id) ?? { file: '?', line: 0 };
      const e = new ZvarotError('E_DUPLICATE_ID', `id "${id}" appeared earlier in this ingest with different content; this record was not stored`, loc);
      report.rejected.push({ file: loc.file, line: loc.line, code: e.code, message: e.message });
    }
    batch = [];
    batchLines = new Map();
  };
  const reject = (e: ZvarotError, file: string, line: number) => {
    report.rejected.push({ file, line, ...(e.location?.column ? { column: e.location.column } : {}), code: e.code, message: e.message });
  };
  for (const file of files) {
    const totalBytes = fileSize(file);
    let lastTick = 0;
    for await (const item of readJsonl(file)) {
      report.read++;
      if (!item.ok) reject(item.error, item.file, item.line);
      else {
        try {
          const letter = prepareLetter(item.record, { file: item.file, line: item.line });
          // A repeated id inside one batch is caught here; across batches the store catches it.
          if (batchLines.has(letter.id)) {
            const prev = batch.findIndex((b) => b.id === letter.id);
            if (prev >= 0 && (batch[prev] as LetterInput).contentHash === letter.contentHash) report.unchanged++;
            else reject(new ZvarotError('E_DUPLICATE_ID', `id "${letter.id}" appeared earlier in this ingest with different content; this record was not stored`), item.file, item.line);
          } else {
            batch.push(letter);
            batchLines.set(letter.id, { file: item.file, line: item.line });
          }
        } catch (e) {
          if (e instanceof ZvarotError) reject(e, item.file, item.line);
          else throw e;
        }
      }
      if (batch.length >= batchSize) flush();
      const now = Date.now();
      if (opts.onProgress && now - lastTick > 100) {
        lastTick = now;
        opts.onProgress({ file, records: report.read, bytes: item.bytes, totalBytes });
      }
    }
    flush();
    opts.onProgress?.({ file, records: report.read, bytes: totalBytes, totalBytes });
  }
  return report;
}
