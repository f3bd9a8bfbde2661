/** The demo corpus: synthetic letters and their ground truth, written as JSON Lines. */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { generateLetters, type GenerateOptions } from './generator.js';

export { generateLetters, type GenerateOptions, type GeneratedLetter } from './generator.js';

export interface WriteCorpusOptions extends GenerateOptions {
  out: string;
  truth?: string;
  onProgress?: (done: number, total: number) => void;
}

async function write(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

async function close(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

/** Streams the corpus to disk in chunks, honouring back-pressure, so memory stays flat at any size. */
export async function writeCorpus(opts: WriteCorpusOptions): Promise<void> {
  const out = createWriteStream(opts.out);
  const truth = opts.truth ? createWriteStream(opts.truth) : null;
  let letters = '';
  let truths = '';
  let i = 0;
  const flush = async () => {
    await write(out, letters);
    if (truth) await write(truth, truths);
    letters = '';
    truths = '';
  };
  for (const { record, truth: t } of generateLetters(opts)) {
    letters += JSON.stringify(record) + '\n';
    if (truth) truths += JSON.stringify(t) + '\n';
    i++;
    if (i % 500 === 0) {
      await flush();
      opts.onProgress?.(i, opts.letters);
    }
  }
  await flush();
  opts.onProgress?.(i, opts.letters);
  await close(out);
  if (truth) await close(truth);
}
