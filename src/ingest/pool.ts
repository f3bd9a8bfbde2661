/**
 * Worker threads for ingest: `prepareLetter` (analysis and enrichment, ~1 ms a letter) runs on
 * every core while the main thread reads sources and writes batches. Jobs go out in chunks and
 * come back in the order they were sent, so ingest stays deterministic: the same input gives the
 * same archive with any number of workers.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Location } from '../core/errors.js';
import type { LetterInput } from '../store/types.js';

export interface Job {
  raw: Record<string, unknown>;
  where: { file: string; line?: number };
}

export type JobResult =
  | { ok: true; letter: LetterInput }
  | { ok: false; error: { code: string; message: string; location?: Location } }
  | { ok: false; crash: string };

/**
 * The worker script. Compiled, it sits beside this file; when this file runs as TypeScript (the
 * tests), the compiled one in dist is used if it was built, else there are no workers.
 */
function workerScript(): URL | null {
  const here = import.meta.url;
  const url = here.endsWith('.ts') ? new URL('../../dist/src/ingest/worker.js', here) : new URL('./worker.js', here);
  return existsSync(fileURLToPath(url)) ? url : null;
}

/** Workers ingest uses by default: one per core (ZVAROT_WORKERS overrides; 0 runs everything on the main thread). */
export function defaultWorkers(): number {
  const env = process.env.ZVAROT_WORKERS;
  if (env !== undefined && /^\d+$/.test(env)) return Number(env);
  return availableParallelism();
}

export class PreparePool {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (r: JobResult[]) => void; reject: (e: Error) => void }>();
  private seq = 0;
  private failed: Error | null = null;

  private constructor(script: URL, n: number) {
    for (let i = 0; i < n; i++) {
      const w = new Worker(script);
      w.on('message', (m: { seq: number; results: JobResult[] }) => {
        const p = this.waiting.get(m.seq);
        this.waiting.delete(m.seq);
        p?.resolve(m.results);
      });
      w.on('error', (e) => this.fail(e));
      w.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`an ingest worker stopped with exit code ${code}`));
      });
      this.workers.push(w);
    }
  }

  /** A pool of `n` workers, or null when there is no compiled worker to run or n is 0. */
  static start(n: number): PreparePool | null {
    const script = workerScript();
    return script && n > 0 ? new PreparePool(script, n) : null;
  }

  private fail(e: Error): void {
    this.failed ??= e;
    for (const p of this.waiting.values()) p.reject(e);
    this.waiting.clear();
  }

  /** Prepares the jobs on the next worker in turn. */
  run(jobs: Job[]): Promise<JobResult[]> {
    if (this.failed) return Promise.reject(this.failed);
    const seq = this.seq++;
    const worker = this.workers[seq % this.workers.length] as Worker;
    return new Promise((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      worker.postMessage({ seq, jobs });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
