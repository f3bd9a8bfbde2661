#!/usr/bin/env node
// The CLI runs from the compiled output; `npm run build` (or `npm start`) produces it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('zvarot: E_NOT_BUILT: the compiled CLI is missing. Run `npm run build` first.\n');
  process.exit(2);
}
await import(entry.href);
