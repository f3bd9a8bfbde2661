/** Where benchmarks find ../shared/data, and a clear word when it is not there. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** dist/bench/data.js → the repository is two levels up; ../shared/data sits beside it. */
export const DATA_DIR = process.env.ZVAROT_DATA ?? path.resolve(here, '..', '..', '..', 'shared', 'data');

export function dataFile(...parts: string[]): string | null {
  const f = path.join(DATA_DIR, ...parts);
  return existsSync(f) ? f : null;
}
