/**
 * A reporter's day in real Chromium on a generated archive: search → tick a facet → open a letter →
 * tag it → add a passage to a collection → export the collection; the timeline's range filter; the
 * map's oblasts; the network; the keyboard. Needs Debian's chromium (.ci/run installs it).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { CHROMIUM, haveChromium, launchChromium } from '../scripts/chromium.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/api/server.js';
import { generateLetters } from '../src/demo/index.js';
import { prepareLetter } from '../src/ingest/index.js';
import { linkArchive } from '../src/ingest/link.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import type { Store } from '../src/store/types.js';

if (!haveChromium) console.warn(`workflow e2e skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

let store: Store;
let server: RunningServer;
let browser: Browser;
let page: Page;
let dir: string;
const errors: string[] = [];

const param = (name: string) => new URL(page.url()).searchParams.getAll(name);
const summary = () => page.locator('.summary').innerText();

describe.skipIf(!haveChromium)('a reporter’s day in the web app', () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'zvarot-workflow-'));
    const outDir = path.join(dir, 'web');
    await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
    store = openSqliteStore(path.join(dir, 'a.db'));
    const batch = [...generateLetters({ letters: 1200, seed: 3 })].map(({ record, truth }, i) => prepareLetter({ ...record, id: truth.id } as unknown as Record<string, unknown>, { file: 'demo', line: i + 1 }));
    store.putBatch(batch, 'workflow');
    linkArchive(store);
    server = await startServer({ store, port: 0, host: '127.0.0.1', webRoot: outDir });
    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 900 } });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    store?.close();
  });

  it('searches, ticks two values of one facet (ORed), and keeps it all in the URL', async () => {
    await page.goto(server.url);
    await page.getByLabel('Search query').fill('прошу');
    await page.getByLabel('Search query').press('Enter');
    await page.waitForSelector('.hit');
    const all = Number((await summary()).split(' ')[0]?.replace(/,/g, ''));
    const kinds = page.locator('.facet[aria-label="Kind"] .facet-row');
    const first = (await kinds.nth(0).locator('.facet-value').innerText()).trim();
    const second = (await kinds.nth(1).locator('.facet-value').innerText()).trim();
    await kinds.nth(0).locator('input').check();
    await page.waitForFunction((k) => document.querySelector('.summary')?.textContent?.includes(`kind:${k}`), first);
    const one = Number((await summary()).split(' ')[0]?.replace(/,/g, ''));
    await page.locator('.facet[aria-label="Kind"] .facet-row', { hasText: second }).locator('input').check();
    await page.waitForFunction(() => document.querySelector('.summary')?.textContent?.includes(' OR '));
    const both = Number((await summary()).split(' ')[0]?.replace(/,/g, ''));
    expect(one).toBeLessThan(both);
    expect(both).toBeLessThanOrEqual(all);
    expect(param('q')).toEqual(['прошу']);
    expect(param('f')).toEqual([`kind:${first}`, `kind:${second}`]);
    // The link opens the same search.
    await page.reload();
    await page.waitForSelector('.hit');
    expect(await summary()).toContain(`(kind:${first} OR kind:${second})`);
    // A ticked filter is removed from the Filters box.
    await page.getByRole('button', { name: `Remove kind:${second}` }).click();
    await page.waitForFunction(() => !document.querySelector('.summary')?.textContent?.includes(' OR '));
    expect(param('f')).toEqual([`kind:${first}`]);
  });

  it('moves through results with the keyboard and opens one with Enter', async () => {
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    const id = await page.locator('.hit.cursor .hit-id').innerText();
    const inSnippet = await page.locator('.hit.cursor .snippet mark').count();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.letter .body');
    expect(param('letter')).toEqual([id]);
    expect(await page.locator('.letter h2').innerText()).toBe(id);
    // The search's words are marked in the letter.
    await page.waitForSelector('.letter .body mark.hit-mark', { timeout: inSnippet ? 5000 : 1 }).catch(() => null);
    const marked = await page.locator('.letter .body mark.hit-mark').allInnerTexts();
    expect(marked.length > 0).toBe(inSnippet > 0);
    for (const w of marked) expect(w.toLowerCase()).toMatch(/^про[сш]/);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.letter'));
  });

  it('tags a letter, finds it by the tag, and adds a passage to a new collection', async () => {
    await page.locator('.hit-open').first().click();
    await page.waitForSelector('.letter .body');
    const id = await page.locator('.letter h2').innerText();
    await page.getByLabel('New tag').fill('follow-up');
    await page.getByRole('button', { name: 'Tag', exact: true }).click();
    await page.waitForSelector('.tag-list a.chip');
    expect(await page.locator('.tag-list a.chip').allInnerTexts()).toEqual(['follow-up']);
    // Select the first sentence of the letter, as a reader would with the mouse.
    const passage = await page.evaluate(() => {
      const body = document.querySelector('.letter .body') as HTMLElement;
      const text = body.textContent ?? '';
      const end = Math.min(text.length, Math.max(20, text.indexOf('.') + 1));
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let pos = 0;
      let started = false;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent?.length ?? 0;
        if (!started) {
          range.setStart(n, 0);
          started = true;
        }
        if (pos + len >= end) {
          range.setEnd(n, end - pos);
          break;
        }
        pos += len;
      }
      const sel = window.getSelection() as Selection;
      sel.removeAllRanges();
      sel.addRange(range);
      body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return sel.toString().trim();
    });
    expect(passage.length).toBeGreaterThan(5);
    await page.getByLabel('New collection name').fill('Story about appeals');
    await page.getByRole('button', { name: 'Add to collection' }).click();
    await page.waitForSelector('.collect [role="status"]');
    expect(await page.locator('.collect [role="status"]').innerText()).toContain('Added to Story about appeals, with the quote');
    // The tag chip opens the search for the tag.
    await page.locator('.tag-list a.chip').click();
    await page.waitForFunction(() => document.querySelector('.summary')?.textContent?.includes('tag:follow-up'));
    expect(await page.locator('.hit-id').allInnerTexts()).toEqual([id]);

    // The collection holds the letter and the passage; each export carries them.
    await page.getByRole('link', { name: 'Collections' }).click();
    await page.getByRole('link', { name: /Story about appeals/ }).click();
    await page.waitForSelector('.items li');
    expect(await page.locator('.items blockquote').innerText()).toBe(passage);
    await page.getByLabel(`Note on ${id}`).fill('Ask the family for consent.');
    await page.getByRole('button', { name: 'Save note' }).click();
    await page.waitForFunction(() => (document.querySelector('.item-note button') as HTMLButtonElement | null)?.disabled === true);
    for (const [label, check] of [
      ['Markdown', (t: string) => t.includes(`> ${passage.split('\n')[0]}`) && t.includes(id) && t.includes('Ask the family for consent.')],
      ['CSV', (t: string) => t.includes(id) && t.includes('Ask the family for consent.')],
      ['JSON', (t: string) => JSON.stringify(JSON.parse(t)).includes(id)],
    ] as const) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: label }).click()]);
      const file = path.join(dir, `export-${label}`);
      await download.saveAs(file);
      expect(check(readFileSync(file, 'utf8'))).toBe(true);
    }
  });

  it('filters the search by dragging across months on the timeline', async () => {
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.waitForSelector('.month-chart .u-over');
    const over = page.locator('.month-chart .u-over');
    const box = (await over.boundingBox()) as { x: number; y: number; width: number; height: number };
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.waitForSelector('.hit');
    const f = param('f');
    expect(f).toHaveLength(1);
    const m = /^date:(\d{4}-\d{2})-01\.\.(\d{4}-\d{2})-\d{2}$/.exec(f[0] as string);
    expect(m).not.toBeNull();
    // Every letter listed was received in the range.
    for (const d of await page.locator('.hit time').allInnerTexts()) {
      expect(d.slice(0, 7) >= (m?.[1] as string)).toBe(true);
      expect(d.slice(0, 7) <= (m?.[2] as string)).toBe(true);
    }
  });

  it('shows letters by oblast on the map, and an oblast opens its letters', async () => {
    await page.getByRole('link', { name: 'Entities & map' }).click();
    await page.waitForSelector('.belarus-map .oblast');
    expect(await page.locator('.belarus-map .oblast').count()).toBe(7);
    const homel = page.locator('.belarus-map [data-oblast="Гомельская область"]');
    const count = Number(((await homel.locator('text.count').textContent()) ?? '').replace(/,/g, ''));
    expect(count).toBeGreaterThan(0);
    await homel.click();
    await page.waitForSelector('.hit');
    expect(param('f')).toEqual(['oblast:"Гомельская область"']);
    expect(Number((await summary()).split(' ')[0]?.replace(/,/g, ''))).toBe(count);
  });

  it('lists the organisations named and opens their letters', async () => {
    await page.getByRole('link', { name: 'Entities & map' }).click();
    const first = page.locator('.entity-column[aria-label="Organisations"] li a').first();
    await first.waitFor();
    const count = Number((await first.locator('.facet-count').innerText()).replace(/,/g, ''));
    await first.click();
    await page.waitForSelector('.hit');
    expect(Number((await summary()).split(' ')[0]?.replace(/,/g, ''))).toBe(count);
  });

  it('draws the network of denunciations, filters it, and finds a node, its neighbours and its letters', async () => {
    await page.getByRole('link', { name: 'Network' }).click();
    await page.waitForSelector('.network-canvas:not([data-nodes="0"])');
    const status = await page.locator('.network-controls [role="status"]').innerText();
    expect(status).toMatch(/^[\d,]+ nodes, [\d,]+ links from [\d,]+ letters$/);
    // Raise the threshold: fewer nodes.
    const before = Number(await page.locator('.network-canvas').getAttribute('data-nodes'));
    await page.getByLabel('Named in at least').fill('3');
    await page.waitForFunction((n) => Number(document.querySelector('.network-canvas')?.getAttribute('data-nodes')) < n, before);
    // Find a node by its label: its panel lists whom it is linked to, and opens their letters.
    const net = (await (await fetch(`${server.url}api/network?letters=2000`)).json()) as { nodes: { id: string; type: string; label: string; letters: number }[]; edges: { source: string; target: string }[] };
    const org = net.nodes.filter((n) => n.type === 'ORG' && n.letters >= 3).sort((a, b) => b.letters - a.letters)[0] as { id: string; label: string; letters: number };
    await page.getByLabel('Find a node').fill(org.label);
    await page.getByLabel('Find a node').press('Enter');
    await page.waitForSelector('.node-panel');
    expect(await page.locator('.node-panel h3').innerText()).toBe(org.label);
    const senders = new Set(net.edges.filter((e) => e.target === org.id).map((e) => e.source));
    expect(await page.locator('.node-panel li').count()).toBe(Math.min(40, senders.size));
    await page.locator('.node-panel a', { hasText: 'Read these letters' }).click();
    await page.waitForSelector('.hit');
    expect(param('f')).toEqual([`org:"${org.id}"`]);
    expect(param('q')).toEqual(['kind:denunciation']);
    expect(errors).toEqual([]);
  });
});
