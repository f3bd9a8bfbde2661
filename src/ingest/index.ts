/**
 * Ingest: read sources, map, validate, analyse, store in batches. Every rejected record is reported
 * with its file, line and code; everything else lands. Re-ingesting the same input stores nothing
 * new, and a run killed half-way converges on a re-run: committed batches come back unchanged.
 */
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { ZvarotError } from '../core/errors.js';
import { analyze, type Analysis } from '../language/analyze.js';
import { enrich } from '../enrich/index.js';
import { mapRecord, openSource, proposeMapping, type Mapping, type SourceOptions } from '../sources/index.js';
import type { RawRecord } from '../sources/types.js';
import { contentHash, letterId, toLetterRecord } from '../sources/record.js';
import type { Derived, IndexTexts, LetterInput, Store } from '../store/types.js';

export interface Rejection {
  file: string;
  line?: number;
  column?: number;
  code: string;
  message: string;
}

export interface FileReport {
  file: string;
  format: string;
  encoding: string;
}

export interface IngestReport {
  read: number;
  stored: number;
  updated: number;
  unchanged: number;
  rejected: Rejection[];
  /** Records kept with a doubt: a date kept as written, a ragged row, a bad byte replaced. */
  warnings: Rejection[];
  /** What was detected for each file read. */
  files: FileReport[];
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
  /** Format, encoding, SQL table, CSV delimiter: detection is the default for each. */
  source?: SourceOptions;
  /** Record fields from source fields; without it canonical records are taken as they are and others get the proposed mapping. */
  mapping?: Mapping;
  /** Time zone of dates that do not state one (default Europe/Minsk). */
  timeZone?: string;
}

/** Index text: the stems of every token, in order, so FTS5 phrase queries still work on stems. */
export function indexText(a: Analysis): string {
  return a.tokens.map((t) => t.stem).join(' ');
}

/** The exact view: folded surface forms, for phrases and quotes. */
export function exactText(a: Analysis): string {
  return a.tokens.map((t) => t.form).join(' ');
}

/** The cross-script view: the keys of name-like words, for names and places in any spelling. */
export function keysText(a: Analysis): string {
  return a.tokens
    .filter((t) => t.key)
    .map((t) => t.key)
    .join(' ');
}

/** What the full-text index holds for a letter, and the language found on the way. */
export function indexTexts(subject: string | null | undefined, text: string): IndexTexts & { lang: Analysis['lang'] } {
  const body = analyze(text);
  const subj = subject ? analyze(subject, body.lang === 'be' ? 'be' : 'ru') : null;
  return {
    lang: body.lang,
    indexSubject: subj ? indexText(subj) : '',
    indexBody: indexText(body),
    indexExact: `${subj ? exactText(subj) : ''} ${exactText(body)}`.trim(),
    indexKeys: `${subj ? keysText(subj) : ''} ${keysText(body)}`.trim(),
  };
}

/** Kind, flags, evidence and personal data, as the store keeps them. */
export function derive(subject: string | null | undefined, body: string): Derived {
  const e = enrich({ body, ...(subject ? { subject } : {}) });
  return { kind: e.kind, flags: e.flags, enrichment: JSON.stringify({ scores: e.scores, evidence: e.evidence, entities: e.entities, pii: e.pii }) };
}

export function prepareLetter(raw: Record<string, unknown>, loc: { file: string; line?: number }): LetterInput {
  const record = toLetterRecord(raw, loc);
  const hash = contentHash(record);
  const ts = record.received_at ? Date.parse(record.received_at) : NaN;
  return {
    id: letterId(record, hash),
    contentHash: hash,
    record,
    receivedTs: Number.isNaN(ts) ? null : ts,
    ...indexTexts(record.subject, record.body),
    ...derive(record.subject, record.body),
  };
}

/**
 * Rebuilds the full-text index of every stored letter with this zvarot's analyzer, after an
 * upgrade changed what analysis writes (the archive then reports E_DB_STALE until this has run).
 */
export function reindexArchive(store: Store, onProgress?: (done: number, total: number) => void): number {
  return store.reindex((l) => ({ ...indexTexts(l.subject, l.body), ...derive(l.subject, l.body) }), onProgress);
}

function toRejection(e: ZvarotError, where: { file: string; line?: number }): Rejection {
  const line = e.location?.line ?? where.line;
  return { file: e.location?.file ?? where.file, ...(line !== undefined ? { line } : {}), ...(e.location?.column ? { column: e.location.column } : {}), code: e.code, message: e.message };
}

function totalSize(target: string): number {
  try {
    return statSync(target).size;
  } catch {
    return 0;
  }
}

export async function ingestFiles(store: Store, files: string[], opts: IngestOptions = {}): Promise<IngestReport> {
  const batchSize = opts.batchSize ?? 1000;
  const run = randomUUID();
  const report: IngestReport = { read: 0, stored: 0, updated: 0, unchanged: 0, rejected: [], warnings: [], files: [] };
  let batch: LetterInput[] = [];
  let batchLines = new Map<string, { file: string; line?: number }>();
  const flush = () => {
    if (batch.length === 0) return;
    const r = store.putBatch(batch, run);
    report.stored += r.stored;
    report.updated += r.updated;
    report.unchanged += r.unchanged;
    for (const id of r.duplicates) {
      const loc = batchLines.get(id) ?? { file: '?' };
      report.rejected.push(toRejection(new ZvarotError('E_DUPLICATE_ID', `id "${id}" appeared earlier in this ingest with different content; this record was not stored`), loc));
    }
    batch = [];
    batchLines = new Map();
  };

  for (const target of files) {
    const source = await openSource(target, opts.source ?? {});
    const totalBytes = totalSize(target);
    // Without a mapping, records that have a body are canonical; for the others a mapping is
    // proposed once per file from column names and values, and used if it finds a body.
    let proposed: Mapping | null | undefined;
    let lastTick = 0;
    for await (const item of source.records) {
      report.read++;
      const where = { file: item.file, ...(item.line !== undefined ? { line: item.line } : {}) };
      if (!item.ok) {
        report.rejected.push(toRejection(item.error, where));
        continue;
      }
      for (const w of item.warnings ?? []) report.warnings.push(toRejection(w, where));
      try {
        let raw: RawRecord = item.record;
        if (!opts.mapping && typeof raw.body !== 'string' && proposed === undefined) {
          const p = proposeMapping(Object.keys(raw), [raw]).mapping;
          proposed = p.body && p.body !== 'body' ? p : null;
        }
        const mapping = opts.mapping ?? (typeof raw.body === 'string' ? null : proposed);
        if (mapping) {
          const mapped = mapRecord(raw, mapping, where, opts.timeZone ? { timeZone: opts.timeZone } : {});
          if (!mapped.ok) {
            report.rejected.push(toRejection(mapped.error, where));
            continue;
          }
          for (const w of mapped.warnings) report.warnings.push(toRejection(w, where));
          raw = mapped.record as unknown as RawRecord;
        }
        const letter = prepareLetter(raw, where);
        // A repeated id inside one batch is caught here; across batches the store catches it.
        const prev = batchLines.has(letter.id) ? batch.find((b) => b.id === letter.id) : undefined;
        if (prev) {
          if (prev.contentHash === letter.contentHash) report.unchanged++;
          else report.rejected.push(toRejection(new ZvarotError('E_DUPLICATE_ID', `id "${letter.id}" appeared earlier in this ingest with different content; this record was not stored`), where));
        } else {
          batch.push(letter);
          batchLines.set(letter.id, where);
        }
      } catch (e) {
        if (e instanceof ZvarotError) report.rejected.push(toRejection(e, where));
        else throw e;
      }
      if (batch.length >= batchSize) flush();
      const now = Date.now();
      if (opts.onProgress && now - lastTick > 100) {
        lastTick = now;
        opts.onProgress({ file: target, records: report.read, bytes: item.bytes ?? 0, totalBytes });
      }
    }
    flush();
    for (const f of source.files) report.files.push({ file: f.file, format: f.format, encoding: f.encoding });
    opts.onProgress?.({ file: target, records: report.read, bytes: totalBytes, totalBytes });
  }
  return report;
}
