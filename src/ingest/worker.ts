/**
 * An ingest worker thread: turns records into letters ready to store (analysis for the full-text
 * index, enrichment), the CPU-heavy part of ingest, while the main thread reads sources and writes
 * to SQLite. Messages in: `{ seq, jobs: [{ raw, where }] }`; out: `{ seq, results }`, each result a
 * letter or the catalogued error that rejected the record (code, message, location).
 */
import { parentPort } from 'node:worker_threads';
import { isZvarotError } from '../core/errors.js';
import { prepareLetter } from './index.js';
import type { Job, JobResult } from './pool.js';

parentPort?.on('message', (msg: { seq: number; jobs: Job[] }) => {
  const results: JobResult[] = msg.jobs.map((j) => {
    try {
      return { ok: true, letter: prepareLetter(j.raw, j.where) };
    } catch (e) {
      if (isZvarotError(e)) return { ok: false, error: { code: e.code, message: e.message, ...(e.location ? { location: e.location } : {}) } };
      return { ok: false, crash: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
  });
  parentPort?.postMessage({ seq: msg.seq, results });
});
