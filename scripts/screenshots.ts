/**
 * Refreshes the screenshots under docs/ from the demo archive: `npm run screenshots` (after
 * `npm start` has built the archive once). Uses Debian's Chromium through playwright-core.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from '../src/api/server.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';

const db = process.argv[2] ?? 'data/demo-40000-seed1.db';
if (!existsSync(db)) {
  process.stderr.write(`screenshots: E_DB_MISSING: no archive at ${db}. Run \`npm start\` once to build the demo archive.\n`);
  process.exit(2);
}
const store = openSqliteStore(db, { mustExist: true });
const server = await startServer({ store, port: 0, host: '127.0.0.1' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  mkdirSync('docs', { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const first = await (await fetch(`${server.url}api/search?q=${encodeURIComponent('прошу освободить')}&limit=1`)).json() as { hits: { id: string }[] };
  const letter = first.hits[0]?.id;
  await page.goto(`${server.url}?q=${encodeURIComponent('прошу освободить')}${letter ? `&letter=${letter}` : ''}`);
  await page.waitForSelector('.hit');
  if (letter) await page.waitForSelector('.letter .body');
  await page.screenshot({ path: path.join('docs', 'screenshot-search.png') });
  process.stdout.write('wrote docs/screenshot-search.png\n');
} finally {
  await browser.close();
  await server.close();
  store.close();
}
