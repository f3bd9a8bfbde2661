/**
 * Hostile input in real Chromium: letters are written by anyone, and some will try to run code in
 * the reporter's browser. Over a hundred payloads — script tags, event handlers, javascript: links,
 * SVG, CSS, HTML entities, direction overrides and confusables, template syntax, very long lines —
 * go into letter bodies, subjects and sender names; every page that shows them is opened, and
 * nothing may run: no dialog, no console marker, no request to the marker host.
 */
import { mkdtempSync } from 'node:fs';
import { haveChromium, launchChromium } from '../scripts/chromium.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/api/server.js';
import { prepareLetter } from '../src/ingest/index.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import type { Store } from '../src/store/types.js';


const MARK = 'zvxss';
const HOST = `http://${MARK}.invalid`;

/** The payloads: each would, if the page ran it, open a dialog, log the marker, or fetch the marker host. */
function payloads(): string[] {
  const run = (n: number) => [`alert('${MARK}${n}')`, `console.log('${MARK}${n}')`, `fetch('${HOST}/${n}')`, `location='${HOST}/${n}'`];
  const out: string[] = [];
  let n = 0;
  for (const js of run(0).map((_, i) => run(++n)[i] as string)) {
    out.push(
      `<script>${js}</script>`,
      `<SCRIPT SRC=${HOST}/s${n}.js></SCRIPT>`,
      `<img src=x onerror="${js}">`,
      `<img src="${HOST}/i${n}.png">`,
      `<svg onload="${js}"></svg>`,
      `<svg><script>${js}</script></svg>`,
      `<body onload="${js}">`,
      `<iframe src="javascript:${js}"></iframe>`,
      `<iframe srcdoc="<script>${js}</script>"></iframe>`,
      `<a href="javascript:${js}">нажмите</a>`,
      `<a href="jav&#x09;ascript:${js}">ссылка</a>`,
      `<input autofocus onfocus="${js}">`,
      `<details open ontoggle="${js}">`,
      `<video><source onerror="${js}"></video>`,
      `<marquee onstart="${js}">текст</marquee>`,
      `<object data="${HOST}/o${n}"></object>`,
      `<embed src="${HOST}/e${n}">`,
      `<link rel="stylesheet" href="${HOST}/c${n}.css">`,
      `<style>@import url(${HOST}/imp${n}.css); body{background:url(${HOST}/bg${n})}</style>`,
      `<div style="background-image:url(${HOST}/div${n})">фон</div>`,
      `<meta http-equiv="refresh" content="0;url=${HOST}/m${n}">`,
      `<base href="${HOST}/">`,
      `<form action="${HOST}/f${n}"><button>Отправить</button></form>`,
      `&lt;script&gt;${js}&lt;/script&gt;`,
      `"><script>${js}</script>`,
      `'><img src=x onerror=${js}>`,
    );
  }
  out.push(
    `{{constructor.constructor('alert("${MARK}t1")')()}}`,
    `\${alert('${MARK}t2')}`,
    `[ссылка](javascript:alert('${MARK}md'))`,
    `<math><mtext><table><mglyph><style><img src=x onerror=alert('${MARK}mx')>`,
    `<!--<img src="--><img src=x onerror=alert('${MARK}cm')>">`,
    `<![CDATA[<script>alert('${MARK}cd')</script>]]>`,
    `‮ alert('${MARK}rlo') ‭ — переопределение направления`,
    `‫<script>alert('${MARK}rle')</script>‬`,
    `Раураl: поддельный домен gооgle.com (кириллические о) и ρayρal`,
    `Нулевой\u0000байт<script>alert('${MARK}nul')</script>`,
    `<scr<script>ipt>alert('${MARK}nest')</scr</script>ipt>`,
    `<img src=x onerror=&#97;&#108;&#101;&#114;&#116;('${MARK}ent')>`,
    `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>`,
    `<svg><animate onbegin="alert('${MARK}anim')" attributeName="x" dur="1s">`,
    `<noscript><p title="</noscript><img src=x onerror=alert('${MARK}ns')>">`,
    `Очень длинная строка ${'ж'.repeat(60_000)}<script>alert('${MARK}long')</script>`,
    `${'<div>'.repeat(2000)}глубоко<img src=x onerror=alert('${MARK}deep')>`,
  );
  return out;
}

let store: Store;
let server: RunningServer;
let browser: Browser;
let page: Page;
const seen: string[] = [];
const PAYLOADS = payloads();

describe.skipIf(!haveChromium)('hostile input in Chromium', () => {
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zvarot-hostile-'));
    const outDir = path.join(dir, 'web');
    await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
    store = openSqliteStore(path.join(dir, 'a.db'));
    const letters = PAYLOADS.map((p, i) => ({
      id: `h-${i}`,
      received_at: `2021-0${(i % 9) + 1}-1${i % 10}T10:00:00+03:00`,
      place: 'Гомель',
      subject: `Жалоба ${p.slice(0, 300)}`,
      sender: { name: p.slice(0, 200) },
      body: `Прошу разобраться. ${p}\n\nС уважением.`,
    }));
    store.putBatch(letters.map((l, i) => prepareLetter(l, { file: 'hostile', line: i + 1 })), 'hostile');
    server = await startServer({ store, port: 0, host: '127.0.0.1', webRoot: outDir });
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('dialog', (d) => {
      seen.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.text().includes(MARK)) seen.push(`console: ${m.text()}`);
    });
    page.on('request', (r) => {
      if (r.url().includes(MARK) || !r.url().startsWith(server.url)) seen.push(`request: ${r.url()}`);
    });
    page.on('pageerror', (e) => {
      if (e.message.includes(MARK)) seen.push(`error: ${e.message}`);
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    store?.close();
  });

  it(`runs none of ${PAYLOADS.length} payloads in search results, letters, sender names or the risk check`, async () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(100);
    // Search pages: every hit's subject and snippet.
    for (let offset = 0; offset < PAYLOADS.length; offset += 20) {
      await page.goto(`${server.url}?q=${encodeURIComponent('прошу')}&offset=${offset}`);
      await page.waitForSelector('.hit');
    }
    // Every letter, with its subject, sender and body; the risk check on some.
    for (let i = 0; i < PAYLOADS.length; i++) {
      await page.goto(`${server.url}?q=${encodeURIComponent('прошу')}&letter=h-${i}`);
      await page.waitForSelector('.letter .body');
      expect(await page.locator('.letter .body').innerText()).toContain('Прошу разобраться.');
      if (i % 10 === 0) {
        await page.getByRole('button', { name: 'Check publication risk' }).click();
        await page.waitForSelector('.risk-report');
      }
    }
    await page.waitForTimeout(500);
    expect(seen).toEqual([]);
    // The markup is shown as the text it is.
    await page.goto(`${server.url}?letter=h-0`);
    await page.waitForSelector('.letter .body');
    expect(await page.locator('.letter .body').innerText()).toContain(`<script>alert('${MARK}1')</script>`);
    expect(await page.locator('.letter script, .letter img, .letter iframe, .letter svg').count()).toBe(0);
  }, 300_000);

  it('runs none of them as tags, notes, collection names and quotes, or on the timeline, entities, map and network pages', async () => {
    const session = (await (await fetch(`${server.url}api/session`)).json()) as { csrfToken: string };
    const headers = { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken };
    const post = (url: string, body: unknown) => fetch(`${server.url}${url}`, { method: 'POST', headers, body: JSON.stringify(body) });
    const collection = (await (await post('api/collections', { name: PAYLOADS[1]?.slice(0, 200) })).json()) as { id: number };
    let tagged = 0;
    for (let i = 0; i < 40; i++) {
      const p = PAYLOADS[i] as string;
      // Tags refuse control characters (E_BODY); the rest go in as written.
      if ((await post(`api/letters/h-${i}/tags`, { tag: p.slice(0, 64).trim() })).status === 201) tagged++;
      expect((await post(`api/letters/h-${i}/notes`, { text: p.slice(0, 20_000) })).status).toBe(201);
      expect((await post(`api/collections/${collection.id}/items`, { letter_id: `h-${i}`, quote: p.slice(0, 20_000), note: p.slice(0, 500) })).status).toBe(201);
    }
    expect(tagged).toBeGreaterThan(30);
    for (let i = 0; i < 40; i += 3) {
      await page.goto(`${server.url}?letter=h-${i}`);
      await page.waitForSelector('.notes li');
    }
    // The tag facet, opened in full.
    await page.goto(`${server.url}?q=${encodeURIComponent('прошу')}`);
    await page.waitForSelector('.facet[aria-label="Tags"]');
    await page.locator('.facet[aria-label="Tags"] button.link').click();
    await page.goto(`${server.url}collections/${collection.id}`);
    await page.waitForSelector('.items blockquote');
    expect(await page.locator('.items blockquote').first().innerText()).toBe(PAYLOADS[0]);
    for (const [url, ready] of [
      [`timeline?q=${encodeURIComponent('прошу')}`, '.month-chart canvas'],
      [`entities?q=${encodeURIComponent('прошу')}`, '.belarus-map .oblast'],
      [`network?q=${encodeURIComponent('прошу')}`, '.network-canvas'],
      ['api-docs', '.endpoint'],
    ] as const) {
      await page.goto(`${server.url}${url}`);
      await page.waitForSelector(ready);
    }
    await page.waitForTimeout(500);
    expect(seen).toEqual([]);
    expect(await page.locator('script:not([src]), img, iframe').count()).toBe(0);
  }, 300_000);
});
