/**
 * The web app: the production bundle's size (beside React's own runtime, the floor any React app
 * pays), the JSON API's answer times on the 40,000-letter demo archive, and the time to first
 * results in Chromium on localhost (a fresh browser context each run, so nothing is cached),
 * beside the bare API call for the same search.
 *
 * The archive is the one `npm start` builds (data/demo-40000-seed1.db) when it is there; otherwise
 * one is built once into ZVAROT_BENCH_WEB_DIR (default: a folder in the temp dir) and kept.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { CHROMIUM, launchChromium } from '../scripts/chromium.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from '../src/api/server.js';
import { generateCommand } from '../src/cli/generate.js';
import { ingestCommand } from '../src/cli/ingest.js';
import { WEB_ROOT } from '../src/api/static.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { median, type BenchRow, type BenchSection } from './table.js';

const LETTERS = 40_000;
const RUNS = 5;

async function archive(): Promise<string> {
  const npmStart = path.resolve('data', `demo-${LETTERS}-seed1.db`);
  if (existsSync(npmStart)) return npmStart;
  const dir = process.env.ZVAROT_BENCH_WEB_DIR ?? path.join(tmpdir(), 'zvarot-bench-web');
  mkdirSync(dir, { recursive: true });
  const db = path.join(dir, `demo-${LETTERS}.db`);
  if (existsSync(db)) return db;
  const jsonl = path.join(dir, `demo-${LETTERS}.jsonl`);
  if (!existsSync(jsonl)) await generateCommand({ letters: LETTERS, seed: 1, out: jsonl, truth: `${jsonl}.truth`, shownAs: jsonl, quiet: true });
  await ingestCommand({ files: [jsonl], db: `${db}.building`, shownAs: db });
  renameSync(`${db}.building`, db);
  return db;
}

function bundle(): { js: number; css: number; jsGz: number; cssGz: number } {
  const assets = path.join(WEB_ROOT, 'assets');
  const out = { js: 0, css: 0, jsGz: 0, cssGz: 0 };
  for (const f of readdirSync(assets)) {
    const body = readFileSync(path.join(assets, f));
    const gz = gzipSync(body, { level: 9 }).length;
    if (f.endsWith('.js')) {
      out.js += body.length;
      out.jsGz += gz;
    } else if (f.endsWith('.css')) {
      out.css += body.length;
      out.cssGz += gz;
    }
  }
  return out;
}

/** react + react-dom's production client, minified by the publisher: what the bundle cannot go below. */
function reactFloor(): number {
  const files = ['node_modules/react/cjs/react.production.js', 'node_modules/react-dom/cjs/react-dom-client.production.js'];
  return files.filter((f) => existsSync(f)).reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);
}

const QUERIES = ['', 'прошу', 'kind:denunciation', '"прошу освободить"', 'Mahilau', 'year:2021 lang:be', 'сосед флаг', 'заяв*'];

export async function webBench(): Promise<BenchSection> {
  if (!existsSync(path.join(WEB_ROOT, 'index.html'))) throw new Error(`no built web app in ${WEB_ROOT}: run npm run build`);
  const db = await archive();
  const store = openSqliteStore(db, { mustExist: true });
  const server = await startServer({ store, port: 0, host: '127.0.0.1' });
  const rows: BenchRow[] = [];
  try {
    const b = bundle();
    const floor = reactFloor();
    rows.push({ what: 'React + ReactDOM runtime alone (gzip)', system: 'react 19 (reference)', value: floor / 1024, unit: 'KiB', ratio: 1 });
    rows.push({ what: 'production bundle, JS (gzip)', system: 'zvarot web', value: b.jsGz / 1024, unit: 'KiB', ratio: b.jsGz / floor, detail: `${(b.js / 1024).toFixed(0)} KiB before gzip; CSS ${(b.cssGz / 1024).toFixed(1)} KiB gzip` });

    // The API on localhost: each query a few times, the median of each, then the worst query's median.
    const timeFetch = async (url: string) => {
      const t0 = performance.now();
      const res = await fetch(url);
      await res.arrayBuffer();
      return performance.now() - t0;
    };
    const api = async (url: (q: string) => string) => {
      const medians: number[] = [];
      for (const q of QUERIES) {
        await timeFetch(url(q));
        const runs: number[] = [];
        for (let r = 0; r < RUNS; r++) runs.push(await timeFetch(url(q)));
        medians.push(median(runs));
      }
      return { median: median(medians), worst: Math.max(...medians) };
    };
    const search = await api((q) => `${server.url}api/search?${new URLSearchParams({ q, limit: '20' })}`);
    rows.push({ what: `GET /api/search, ${QUERIES.length} queries (median of their medians)`, system: 'zvarot', value: search.median, unit: 'ms', ratio: 1, limit: { value: 200, lowerIsBetter: true }, detail: `slowest query ${search.worst.toFixed(0)} ms` });
    for (const [route, url] of [
      ['GET /api/timeline', (q: string) => `${server.url}api/timeline?${new URLSearchParams({ q })}`],
      ['GET /api/entities (people)', (q: string) => `${server.url}api/entities?${new URLSearchParams({ q, type: 'person', limit: '25' })}`],
      ['GET /api/network (2,000 letters)', (q: string) => `${server.url}api/network?${new URLSearchParams({ q: q || 'kind:denunciation', letters: '2000' })}`],
    ] as const) {
      const t = await api(url);
      rows.push({ what: `${route}, same queries`, system: 'zvarot', value: t.median, unit: 'ms', ratio: t.median / search.median, detail: `slowest query ${t.worst.toFixed(0)} ms; ratio: over /api/search` });
    }

    if (!existsSync(CHROMIUM)) {
      rows.push({ what: 'time to first results in Chromium', system: 'zvarot web', value: Number.NaN, unit: 'ms', detail: `skipped: no Chromium at ${CHROMIUM}` });
      return { title: `Web app (${store.count().toLocaleString('en')}-letter demo archive, localhost)`, rows };
    }
    const browser = await launchChromium();
    try {
      const q = 'прошу освободить';
      const bare: number[] = [];
      for (let r = 0; r < RUNS; r++) bare.push(await timeFetch(`${server.url}api/search?${new URLSearchParams({ q, limit: '20' })}`));
      rows.push({ what: `the search's API call alone («${q}»)`, system: 'fetch (reference)', value: median(bare), unit: 'ms', ratio: 1 });
      for (const [what, url, selector] of [
        [`search page «${q}»: first results shown`, `?${new URLSearchParams({ q })}`, '.hit'],
        ['timeline: chart drawn', 'timeline', '.month-chart canvas'],
        ['entities and map: map and lists drawn', 'entities', '.entity-column li'],
        ['network: 2,000 denunciations on the canvas', 'network', '.network-canvas:not([data-nodes="0"])'],
      ] as const) {
        const times: number[] = [];
        for (let r = 0; r < RUNS; r++) {
          const context = await browser.newContext();
          const page = await context.newPage();
          // The moment the results are in the page, noted by the page itself (performance.now()
          // counts from the navigation's start: load, scripts, API calls and render); polling from
          // outside would wait for whatever the page does next, such as the network's layout.
          await page.addInitScript({
            content: `new MutationObserver((m, obs) => { if (window.__shown === undefined && document.querySelector(${JSON.stringify(selector)})) { window.__shown = performance.now(); obs.disconnect(); } }).observe(document, { subtree: true, childList: true, attributes: true });`,
          });
          await page.goto(`${server.url}${url}`, { waitUntil: 'commit' });
          await page.waitForSelector(selector, { timeout: 60_000 });
          times.push((await page.evaluate('window.__shown')) as number);
          await context.close();
        }
        rows.push({ what, system: 'zvarot web', value: median(times), unit: 'ms', ratio: median(times) / median(bare), detail: `cold load each run; ratio: over the bare API call` });
      }
    } finally {
      await browser.close();
    }
    return { title: `Web app (${store.count().toLocaleString('en')}-letter demo archive ${path.basename(db)}, localhost, ${statSync(db).size >> 20} MiB)`, rows };
  } finally {
    await server.close();
    store.close();
  }
}
