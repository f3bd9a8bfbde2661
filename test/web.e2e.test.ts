/**
 * The web page in real Chromium against a real server: search, read a letter, and make sure a letter
 * full of markup is shown as text and runs nothing. Needs Debian's chromium (.ci/run installs it);
 * without it the suite is skipped and says so.
 */
import { mkdtempSync } from 'node:fs';
import { CHROMIUM, haveChromium, launchChromium } from '../scripts/chromium.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/api/server.js';
import { prepareLetter } from '../src/ingest/index.js';
import { hashPassword } from '../src/privacy/passwords.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import type { Store } from '../src/store/types.js';

if (!haveChromium) console.warn(`web e2e skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);

let store: Store;
let server: RunningServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const requests: string[] = [];

const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script> Прошу проверить <b>соседа</b> javascript:alert(3)';

describe.skipIf(!haveChromium)('web app in Chromium', () => {
  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zvarot-web-'));
    const outDir = path.join(dir, 'web');
    await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
    store = openSqliteStore(path.join(dir, 'a.db'));
    const letters = [
      { id: 'w-1', received_at: '2021-02-01T10:00:00+03:00', place: 'Гомель', subject: 'Заявление', body: 'Прошу освободить моего сына. Он оступился, написал заявление и раскаивается.' },
      { id: 'w-2', received_at: '2020-09-01T10:00:00+03:00', place: 'Мінск', body: 'Прашу разгледзець маю заяву аб звальненні.' },
      { id: 'w-3', received_at: '2022-01-01T10:00:00+03:00', place: 'Брест', body: HOSTILE },
      { id: 'w-4', received_at: '2022-06-01T10:00:00+03:00', place: 'Гомель', body: 'Мои заявления третий месяц не рассматривают.' },
    ];
    store.putBatch(letters.map((l, i) => prepareLetter(l, { file: 'fixture', line: i + 1 })), 'e2e');
    server = await startServer({ store, port: 0, host: '127.0.0.1', webRoot: outDir });
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => requests.push(r.url()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    store?.close();
  });

  it('searches from the box, shows highlighted hits, and keeps the search in the URL', async () => {
    await page.goto(server.url);
    await page.getByLabel('Search query').fill('заявление');
    await page.getByLabel('Search query').press('Enter');
    await page.waitForSelector('.hit');
    expect(await page.locator('.summary').innerText()).toContain('2 letters match заявление');
    const marks = await page.locator('.hit mark').allInnerTexts();
    expect(marks.sort()).toEqual(['заявление', 'заявления']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('заявление');
  });

  it('opens a letter from the results', async () => {
    await page.locator('.hit-open', { hasText: 'w-1' }).click();
    await page.waitForSelector('.letter .body');
    expect(await page.locator('.letter .body').innerText()).toContain('Прошу освободить моего сына');
    expect(new URL(page.url()).searchParams.get('letter')).toBe('w-1');
  });

  it('filters by a facet', async () => {
    await page.locator('.facet[aria-label="Year"] .facet-row', { hasText: '2022' }).locator('input').check();
    await page.waitForFunction(() => document.querySelector('.summary')?.textContent?.includes('year:2022'));
    expect(await page.locator('.hit-id').allInnerTexts()).toEqual(['w-4']);
    expect(new URL(page.url()).searchParams.get('q')).toBe('заявление');
    expect(new URL(page.url()).searchParams.getAll('f')).toEqual(['year:2022']);
  });

  it('shows a hostile letter as text and runs nothing of it', async () => {
    await page.goto(`${server.url}?letter=w-3&q=${encodeURIComponent('проверить')}`);
    await page.waitForSelector('.letter .body');
    expect(await page.locator('.letter .body').innerText()).toBe(HOSTILE);
    expect(await page.locator('.letter img, .letter script, .letter b').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(server.url))).toEqual([]);
  });
});

describe.skipIf(!haveChromium)('web app with users, in Chromium', () => {
  let store2: Store;
  let server2: RunningServer;
  let browser2: Browser;
  let page2: Page;

  beforeAll(async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zvarot-web-users-'));
    const outDir = path.join(dir, 'web');
    await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
    store2 = openSqliteStore(path.join(dir, 'a.db'));
    store2.putBatch(
      [
        prepareLetter(
          {
            id: 'u-1',
            received_at: '2021-02-01T10:00:00+03:00',
            place: 'Гомель',
            body: 'Сообщаю, что мой сосед Петров Игорь Васильевич вывесил флаг. Мой телефон +375 29 765-43-21.\n\nКовалёва',
          },
          { file: 'fixture', line: 1 },
        ),
      ],
      'e2e-users',
    );
    store2.putUser({ name: 'reader', role: 'researcher', hash: hashPassword('researcher-password-1') });
    store2.putUser({ name: 'boss', role: 'admin', hash: hashPassword('admin-password-123') });
    server2 = await startServer({ store: store2, port: 0, host: '127.0.0.1', webRoot: outDir });
    browser2 = await launchChromium();
    page2 = await browser2.newPage();
  });

  afterAll(async () => {
    await browser2?.close();
    await server2?.close();
    store2?.close();
  });

  it('asks for a login, refuses a wrong password, and shows a researcher pseudonyms only', async () => {
    await page2.goto(server2.url);
    await page2.waitForSelector('form.login');
    await page2.getByLabel('User name').fill('reader');
    await page2.getByLabel('Password').fill('not-the-password');
    await page2.getByRole('button', { name: 'Log in' }).click();
    await page2.waitForSelector('.error');
    expect(await page2.locator('.error').innerText()).toContain('E_LOGIN_FAILED');
    await page2.getByLabel('Password').fill('researcher-password-1');
    await page2.getByRole('button', { name: 'Log in' }).click();
    await page2.waitForSelector('.hit');
    expect(await page2.locator('.who').innerText()).toContain('researcher');
    await page2.locator('.hit-open', { hasText: 'u-1' }).click();
    await page2.waitForSelector('.letter .body');
    const text = await page2.locator('body').innerText();
    expect(text).toMatch(/Person [0-9A-F]{6}/);
    for (const secret of ['Петров', 'Игорь', '765-43-21', 'Ковалёва']) expect(text).not.toContain(secret);
    // The publication-risk check warns about the name and the phone, and names no one.
    await page2.getByRole('button', { name: 'Check publication risk' }).click();
    await page2.waitForSelector('.risk-warning');
    expect(await page2.locator('.risk-warning').innerText()).toMatch(/identifies a person on its own/);
    const risk = await page2.locator('.risk').innerText();
    for (const secret of ['Петров', '765-43-21', 'Ковалёва']) expect(risk).not.toContain(secret);
    // The session cookie is out of the page's reach.
    expect(await page2.evaluate(() => document.cookie)).toBe('');
    await page2.getByRole('button', { name: 'Log out' }).click();
    await page2.waitForSelector('form.login');
    await page2.reload();
    await page2.waitForSelector('form.login');
    // No audit link for a researcher; an admin reads the log, with the researcher's reads in it.
    await page2.getByLabel('User name').fill('boss');
    await page2.getByLabel('Password').fill('admin-password-123');
    await page2.getByRole('button', { name: 'Log in' }).click();
    await page2.waitForSelector('.hit');
    await page2.getByRole('link', { name: 'Audit log' }).click();
    await page2.waitForSelector('.audit table');
    expect(await page2.locator('.audit [role="status"]').innerText()).toMatch(/The chain holds/);
    const rows = await page2.locator('.audit tbody tr').allInnerTexts();
    expect(rows.some((r) => r.includes('reader') && r.includes('letter.read') && r.includes('u-1'))).toBe(true);
    expect(rows.some((r) => r.includes('reader') && r.includes('login.failed'))).toBe(true);
  });
});
