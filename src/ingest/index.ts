/**
 * Ingest: read sources, map, validate, analyse, store in batches. Every rejected record is reported
 * with its file, line and code; everything else lands. Re-ingesting the same input stores nothing
 * new, and a run killed half-way converges on a re-run: committed batches come back unchanged.
 */
import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { ZvarotError, type ErrorCode } from '../core/errors.js';
import { analyze, type Analysis } from '../language/analyze.js';
import { enrich } from '../enrich/index.js';
import { placeById } from '../language/gazetteer/index.js';
import { mapRecord, openSource, proposeMapping, type Mapping, type SourceOptions } from '../sources/index.js';
import type { RawRecord } from '../sources/types.js';
import { contentHash, letterId, toLetterRecord } from '../sources/record.js';
import { linkArchive, type LinkReport } from './link.js';
import { PreparePool, defaultWorkers, type Job, type JobResult } from './pool.js';
import type { Derived, IndexTexts, LetterInput, Mention, Store } from '../store/types.js';

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
  /** Campaigns and repeat senders over the whole archive, when this ingest stored anything. */
  links: LinkReport | null;
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
  /** Worker threads for analysis and enrichment (default: one per core; 0: all on the main thread). */
  workers?: number;
  /** Find campaigns and repeat senders over the archive afterwards (default true). */
  link?: boolean;
  onLink?: (done: number, total: number) => void;
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
  // An "entity" inside a phone number, e-mail, passport or address is a misreading, and so is a
  // place or an organisation where a person's name stands (the signature "Николаев" is no town);
  // as a facet value it would show personal data to every role: only the rest become mentions.
  const overlaps = (x: { start: number; end: number }, p: { start: number; end: number }) => p.start < x.end && x.start < p.end;
  const mentions = new Map<string, Mention>();
  for (const x of e.entities) {
    if (mentions.has(x.id) || e.pii.some((p) => (p.type !== 'name' || x.type !== 'PER') && overlaps(x, p))) continue;
    // A known place is labelled by its name, not by the case it stood in ("из Борисова" is Борисов).
    const place = x.type === 'LOC' && x.id.startsWith('loc:') ? placeById(x.id.slice(4)) : undefined;
    mentions.set(x.id, { type: x.type, id: x.id, label: place ? place.ru.nom : x.text, ...(x.public ? { public: true } : {}) });
  }
  return {
    kind: e.kind,
    flags: e.flags,
    enrichment: JSON.stringify({ scores: e.scores, evidence: e.evidence, entities: e.entities, pii: e.pii }),
    mentions: [...mentions.values()],
  };
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
  const n = store.reindex((l) => ({ ...indexTexts(l.subject, l.body), ...derive(l.subject, l.body) }), onProgress);
  linkArchive(store);
  return n;
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

/** Records per chunk sent to a worker, and how many records ingest reads before it starts workers (small inputs never pay for them). */
const CHUNK = 250;
const POOL_AFTER = 2000;

export async function ingestFiles(store: Store, files: string[], opts: IngestOptions = {}): Promise<IngestReport> {
  const batchSize = opts.batchSize ?? 1000;
  const run = randomUUID();
  const report: IngestReport = { read: 0, stored: 0, updated: 0, unchanged: 0, rejected: [], warnings: [], files: [], links: null };
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

  /** A prepared letter (or its rejection) joins the batch, in input order. */
  const settle = (job: Job, result: JobResult) => {
    if (!result.ok) {
      if ('crash' in result) throw new Error(`ingest failed on ${job.where.file}:${job.where.line ?? ''}: ${result.crash}`);
      report.rejected.push(toRejection(new ZvarotError(result.error.code as ErrorCode, result.error.message, result.error.location), job.where));
      return;
    }
    const letter = result.letter;
    // A repeated id inside one batch is caught here; across batches the store catches it.
    const prev = batchLines.has(letter.id) ? batch.find((b) => b.id === letter.id) : undefined;
    if (prev) {
      if (prev.contentHash === letter.contentHash) report.unchanged++;
      else report.rejected.push(toRejection(new ZvarotError('E_DUPLICATE_ID', `id "${letter.id}" appeared earlier in this ingest with different content; this record was not stored`), job.where));
    } else {
      batch.push(letter);
      batchLines.set(letter.id, job.where);
    }
    if (batch.length >= batchSize) flush();
  };
  const prepareHere = (job: Job): JobResult => {
    try {
      return { ok: true, letter: prepareLetter(job.raw, job.where) };
    } catch (e) {
      if (e instanceof ZvarotError) return { ok: false, error: { code: e.code, message: e.message, ...(e.location ? { location: e.location } : {}) } };
      throw e;
    }
  };

  // Chunks of records go to worker threads once the input proves large; results settle in order.
  const workers = opts.workers ?? defaultWorkers();
  let pool: PreparePool | null = null;
  let poolTried = false;
  const inflight: { jobs: Job[]; results: Promise<JobResult[]> }[] = [];
  let chunk: Job[] = [];
  const drainOne = async () => {
    const first = inflight.shift();
    if (!first) return;
    const results = await first.results;
    first.jobs.forEach((job, i) => settle(job, results[i] as JobResult));
  };
  const sendChunk = async () => {
    if (chunk.length === 0) return;
    const jobs = chunk;
    chunk = [];
    if (!poolTried && report.read > POOL_AFTER) {
      poolTried = true;
      pool = PreparePool.start(workers);
    }
    if (!pool) {
      for (const job of jobs) settle(job, prepareHere(job));
      return;
    }
    inflight.push({ jobs, results: pool.run(jobs) });
    if (inflight.length >= 2 * workers) await drainOne();
  };

  try {
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
        let raw: RawRecord = item.record;
        try {
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
        } catch (e) {
          if (!(e instanceof ZvarotError)) throw e;
          report.rejected.push(toRejection(e, where));
          continue;
        }
        chunk.push({ raw, where });
        if (chunk.length >= CHUNK) await sendChunk();
        const now = Date.now();
        if (opts.onProgress && now - lastTick > 100) {
          lastTick = now;
          opts.onProgress({ file: target, records: report.read, bytes: item.bytes ?? 0, totalBytes });
        }
      }
      await sendChunk();
      while (inflight.length) await drainOne();
      flush();
      for (const f of source.files) report.files.push({ file: f.file, format: f.format, encoding: f.encoding });
      opts.onProgress?.({ file: target, records: report.read, bytes: totalBytes, totalBytes });
    }
  } finally {
    // On failure, let the chunks still out finish before the workers go (no unhandled rejections).
    await Promise.allSettled(inflight.map((f) => f.results));
    await (pool as PreparePool | null)?.close();
  }
  // Rejections in input order: with workers, a record's own errors arrive after later records' read errors.
  const fileOrder = new Map(files.map((f, i) => [f, i]));
  report.rejected.sort((a, b) => (fileOrder.get(a.file) ?? 0) - (fileOrder.get(b.file) ?? 0) || (a.line ?? 0) - (b.line ?? 0));
  if (opts.link !== false && report.stored + report.updated > 0) report.links = linkArchive(store, opts.onLink);
  return report;
}
