import { ZvarotError } from '../core/errors.js';
import { writeCorpus } from '../demo/index.js';
import { progress } from './progress.js';

export interface GenerateArgs {
  letters: number;
  seed: number;
  out: string;
  truth?: string;
  quiet?: boolean;
  /** The path to name in messages, when `out` is a temporary name. */
  shownAs?: string;
}

export async function generateCommand(a: GenerateArgs): Promise<void> {
  if (!Number.isInteger(a.letters) || a.letters < 1 || a.letters > 50_000_000) {
    throw new ZvarotError('E_OPTION_RANGE', `--letters must be a whole number from 1 to 50000000, got ${a.letters}`);
  }
  if (!Number.isInteger(a.seed) || a.seed < 0 || a.seed > 0xffffffff) {
    throw new ZvarotError('E_OPTION_RANGE', `--seed must be a whole number from 0 to 4294967295, got ${a.seed}`);
  }
  const bar = progress('generating', { enabled: !a.quiet && process.stderr.isTTY === true });
  const t0 = Date.now();
  await writeCorpus({
    letters: a.letters,
    seed: a.seed,
    out: a.out,
    ...(a.truth ? { truth: a.truth } : {}),
    onProgress: (done, total) => bar.update(done, total, 'letters'),
  });
  bar.done(a.quiet ? undefined : `generated ${a.letters} letters in ${((Date.now() - t0) / 1000).toFixed(1)} s → ${a.shownAs ?? a.out}${a.truth ? ` (truth: ${a.truth})` : ''}`);
}
