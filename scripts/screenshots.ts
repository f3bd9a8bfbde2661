/**
 * Refreshes the screenshots under docs/ from the demo archive: `npm run screenshots` (after
 * `npm start` has built the archive once; another archive as the first argument). Uses Debian's
 * Chromium through playwright-core. The collection it shows is made for the picture and removed.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.js';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startServer } from '../src/api/server.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';

const db = process.argv[2] ?? 'data/demo-40000-seed1.db';
if (!existsSync(db)) {
  process.stderr.write(`screenshots: E_DB_MISSING: no archive at ${db}. Run \`npm start\` once to build the demo archive.\n`);
  process.exit(2);
}
const store = openSqliteStore(db, { mustExist: true });
const server = await startServer({ store, port: 0, host: '127.0.0.1' });
const base = server.url;
const browser = await launchChromium();

async function shot(page: Page, name: string, what: string): Promise<void> {
  await page.screenshot({ path: path.join('docs', `screenshot-${name}.png`) });
  process.stdout.write(`wrote docs/screenshot-${name}.png: ${what}\n`);
}

let collection: number | null = null;
let csrf = '';
try {
  mkdirSync('docs', { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const q = 'прошу освободить';
  const first = (await (await fetch(`${base}api/search?q=${encodeURIComponent(q)}&limit=1`)).json()) as { hits: { id: string }[] };
  const letter = first.hits[0]?.id;
  await page.goto(`${base}?q=${encodeURIComponent(q)}&f=lang%3Aru${letter ? `&letter=${letter}` : ''}`);
  await page.waitForSelector('.hit');
  if (letter) await page.waitForSelector('.letter .body');
  await page.waitForSelector('.histogram canvas');
  await shot(page, 'search', `search for «${q}» with the facet lang:ru ticked, the month histogram, and letter ${letter} open beside the results`);

  await page.goto(`${base}timeline`);
  await page.waitForSelector('.month-chart canvas');
  await shot(page, 'timeline', 'letters per month stacked by kind, with the 2017, 2020, 2021 and 2023 events marked');

  await page.goto(`${base}entities`);
  await page.waitForSelector('.belarus-map .oblast');
  await page.waitForSelector('.entity-column li');
  await shot(page, 'entities', 'the map of Belarus by oblast with letter counts, and the people, organisations and places the letters name');

  await page.goto(`${base}network`);
  await page.waitForSelector('.network-canvas[data-nodes]:not([data-nodes="0"])');
  await page.getByLabel('Named in at least').fill('3');
  await page.waitForTimeout(5000);
  await page.getByLabel('Find a node').fill('NEXTA');
  await page.getByLabel('Find a node').press('Enter');
  await page.waitForSelector('.node-panel');
  await page.waitForTimeout(500);
  await shot(page, 'network', 'who reports whom: senders of the newest 2,000 denunciations linked to the people and organisations named in at least 3 of them, NEXTA selected with the senders who name it');

  // A collection to show, removed afterwards.
  const session = (await (await fetch(`${base}api/session`)).json()) as { csrfToken: string };
  csrf = session.csrfToken;
  const headers = { 'content-type': 'application/json', 'x-csrf-token': csrf };
  const made = (await (await fetch(`${base}api/collections`, { method: 'POST', headers, body: JSON.stringify({ name: 'Recantations after 2021 (screenshot)' }) })).json()) as { id: number };
  collection = made.id;
  const recant = (await (await fetch(`${base}api/search?q=${encodeURIComponent('kind:self_denunciation flag:recantation')}&limit=3`)).json()) as { hits: { id: string; snippet: string }[] };
  for (const h of recant.hits) {
    await fetch(`${base}api/collections/${collection}/items`, { method: 'POST', headers, body: JSON.stringify({ letter_id: h.id, quote: h.snippet.replace(/…/g, '').trim().slice(0, 220), note: 'Check the date against the workplace dismissal records.' }) });
  }
  await page.goto(`${base}collections/${collection}`);
  await page.waitForSelector('.items li');
  await shot(page, 'collections', 'a collection of three self-denunciations with quotes and notes, and its Markdown, CSV and JSON exports');
} finally {
  if (collection !== null) await fetch(`${base}api/collections/${collection}`, { method: 'DELETE', headers: { 'x-csrf-token': csrf } });
  await browser.close();
  await server.close();
  store.close();
}
