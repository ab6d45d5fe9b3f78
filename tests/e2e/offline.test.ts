/**
 * Offline and page weight, measured in Chromium on the built site: what a note page fetches before
 * anyone touches it, the service worker keeping visited pages and the search, "save all" per
 * language, the offline page standing in for a page not saved, and an update after a new build.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOffline } from '../../scripts/build-offline';
import { NOTE_PAGE_BUDGET } from '../../scripts/lib/page-budgets';
import { THEME_INIT_SCRIPT } from '../../src/lib/theme-init';
import { noteIds } from '../support/dist';
import { useSite } from './support';

const site = useSite();
const [first, second, third] = noteIds('ko');
const note = (lang: 'ko' | 'en', id = first) => `/${lang}/notes/${id}/`;

/** Offline for real: the HTTP cache emptied too, so only the service worker can answer. */
async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
  await context.setOffline(true);
}

/** A fresh browser profile (its own service worker and caches). */
const freshContext = (width = 1280) => site.browser.newContext({ viewport: { width, height: 900 } });

/** Waits until a service worker controls the page (the first visit installs it, then it claims the page). */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
  // The page that brought the worker in is kept by a message once the worker is ready.
  await page.waitForFunction(
    async (path) => (await Promise.all((await caches.keys()).map(async (name) => (await caches.open(name)).match(path)))).some(Boolean),
    new URL(page.url()).pathname,
    { timeout: 30_000 },
  );
}

async function search(page: Page, query: string): Promise<string[]> {
  await page.keyboard.press('/');
  await page.locator('#search-input').fill(query);
  // Drawn for this query: Pagefind has answered (or failed), not only the names layer.
  await page.waitForFunction((q) => document.getElementById('search-results')?.dataset.query === q, query, { timeout: 20_000 });
  return page.locator('#search-results a').allTextContents();
}

/** The Korean note whose page is the median by gzip size: a typical note, not the shortest. */
function typicalNote(): string {
  const sized = noteIds('ko').map((id) => ({ id, bytes: gzipSync(readFileSync(`dist/ko/notes/${id}/index.html`)).length }));
  sized.sort((a, b) => a.bytes - b.bytes);
  return sized[Math.floor(sized.length / 2)]!.id;
}

describe('page weight, from what the browser loads', () => {
  it('a typical note page keeps its budget: requests before interaction, gzip bytes in all and around the text, JavaScript', async () => {
    const context = await freshContext();
    const page = await site.newPage({ context });
    const loaded: { url: string; type: string; gzip: number; frame: number }[] = [];
    page.on('response', async (response) => {
      const url = new URL(response.url());
      // The service worker's own script is fetched after load, by the browser, for offline use.
      if (url.pathname === '/sw.js' || response.request().serviceWorker()) return;
      const body = await response.body();
      // The frame: what the site adds around the note's own text, which grows with the note.
      const frame =
        response.request().resourceType() === 'document'
          ? Buffer.from(body.toString('utf8').replace(/<article[\s\S]*?<\/article>/, ''))
          : body;
      loaded.push({
        url: url.pathname,
        type: response.request().resourceType(),
        gzip: gzipSync(body).length,
        frame: gzipSync(frame).length,
      });
    });
    await page.goto(site.url(note('ko', typicalNote())), { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const sum = (rows: typeof loaded, key: 'gzip' | 'frame') => rows.reduce((total, row) => total + row[key], 0);
    // The theme script is inline in the document, and JavaScript all the same.
    const js =
      sum(
        loaded.filter((r) => r.type === 'script'),
        'gzip',
      ) + gzipSync(THEME_INIT_SCRIPT).length;
    console.log(
      `typical note page: ${loaded.length} requests, ${(sum(loaded, 'gzip') / 1024).toFixed(1)} KiB gzip, frame ${(sum(loaded, 'frame') / 1024).toFixed(1)} KiB (JS ${(js / 1024).toFixed(2)} KiB):`,
      loaded,
    );
    expect(loaded.filter((r) => r.type !== 'manifest').length).toBeLessThanOrEqual(NOTE_PAGE_BUDGET.requests);
    expect(sum(loaded, 'gzip')).toBeLessThanOrEqual(NOTE_PAGE_BUDGET.wholeGzip);
    expect(sum(loaded, 'frame')).toBeLessThanOrEqual(NOTE_PAGE_BUDGET.frameGzip);
    expect(js).toBeLessThanOrEqual(NOTE_PAGE_BUDGET.scriptGzip);
    await context.close();
  });
});

describe('practice page layout', () => {
  for (const width of [390, 1280]) {
    it(`does not move while the practice script takes over (CLS < 0.05 at ${width}px)`, async () => {
      const context = await freshContext(width);
      const page = await site.newPage({ context });
      await page.addInitScript(() => {
        const w = window as unknown as { cls: number };
        w.cls = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) w.cls += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(site.url('/ko/practice/exams/saa-c03/'), { waitUntil: 'networkidle' });
      await page.locator('.practice[data-mode="session"]').waitFor();
      await page.waitForTimeout(1000);
      const cls = await page.evaluate(() => (window as unknown as { cls: number }).cls);
      console.log(`practice deck CLS at ${width}px: ${cls.toFixed(4)}`);
      expect(cls).toBeLessThan(0.05);
      await context.close();
    });
  }
});

describe('practice deck cards', () => {
  // On a narrow phone the line breaks differ most from the estimate by text length.
  it.each(['/ko/practice/exams/saa-c03/', '/ko/practice/exams/sap-c02/'])(
    '%s at 360px lays out only a few of the stacked cards, and the area is as tall as the tallest of them all',
    async (deck) => {
      const page = await site.newPage({ width: 360 });
      await page.goto(site.url(deck));
      await page.locator('.practice[data-mode="session"]').waitFor();
      const layout = await page.evaluate(() => {
        const cards = [...document.querySelectorAll<HTMLElement>('.practice-card')];
        const laidOut = cards.filter((card) => getComputedStyle(card).contentVisibility !== 'hidden').length;
        const area = document.querySelector('.practice-cards')!.getBoundingClientRect().height;
        // Every card laid out at its own height: the tallest is what the area must hold.
        for (const card of cards) Object.assign(card.style, { contentVisibility: 'visible', alignSelf: 'start' });
        const tallest = Math.max(
          ...cards.map((card) => card.getBoundingClientRect().height + parseFloat(getComputedStyle(card).marginBottom)),
        );
        return { cards: cards.length, laidOut, area, tallest };
      });
      expect(layout.cards).toBeGreaterThan(100);
      expect(layout.laidOut).toBeLessThanOrEqual(10);
      expect(layout.area).toBeGreaterThanOrEqual(layout.tallest);
      await page.close();
    },
  );
});

describe('offline', () => {
  let context: BrowserContext;
  afterAll(async () => context?.close());

  it('opens a visited note and searches without a connection; a page not saved shows the offline page', async () => {
    context = await freshContext();
    const page = await site.newPage({ context });
    await page.goto(site.url(note('ko')));
    await controlled(page);
    const title = (await page.locator('h1').textContent())!.trim();
    const online = await search(page, title);
    await page.keyboard.press('Escape');

    await goOffline(context, page);
    await page.goto(site.url(note('ko')));
    await expect(page.locator('h1').textContent()).resolves.toContain(title);
    expect(await search(page, title)).toEqual(online);
    await page.keyboard.press('Escape');

    await page.goto(site.url(note('ko', third)));
    await expect(page.locator('[data-offline-fallback]').isVisible()).resolves.toBe(true);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ko');
    // It lists what is saved: the visited note.
    await page.locator(`[data-offline-list] a[href="${note('ko')}"]`).waitFor();

    await page.goto(site.url(note('en', third)));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('[data-offline-fallback]').textContent()).resolves.toContain('offline');
    await context.setOffline(false);
  });

  it('offline, a search never saved says so in the page language, without an error', async () => {
    const fresh = await freshContext();
    const page = await site.newPage({ context: fresh });
    await page.goto(site.url(note('en')));
    await controlled(page);
    await goOffline(fresh, page);
    await page.keyboard.press('/');
    await page.locator('#search-status', { hasText: 'Search is not saved for offline use' }).waitFor();
    await fresh.close();
  });

  it('saves all notes of a language with its size and progress, then reads and searches any of them offline', async () => {
    const page = await site.newPage({ context });
    await page.goto(site.url('/en/offline/'));
    const save = page.locator('[data-offline-save]');
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-offline-save]')?.textContent ?? ''));
    expect(await save.textContent()).toMatch(/Save all English notes \([\d.,]+ [kM]B\)/);
    await save.click();
    await page.locator('[data-offline-status]', { hasText: 'All notes are saved' }).waitFor({ timeout: 90_000 });
    const summary = await page.locator('[data-offline-summary]').textContent();
    console.log(`save all (en): ${await save.textContent()}; ${summary}; ${await page.locator('[data-offline-usage]').textContent()}`);

    await goOffline(context, page);
    await page.goto(site.url(note('en', second)));
    await expect(page.locator('[data-offline-fallback]').count()).resolves.toBe(0);
    const results = await search(page, (await page.locator('h1').textContent())!.trim());
    expect(results.length).toBeGreaterThan(0);
    await context.setOffline(false);
  }, 120_000);

  it('after a new build the worker updates, tells the learner, and swaps caches whole', async () => {
    const page = await site.newPage({ context });
    await page.goto(site.url(note('ko')));
    await controlled(page);
    const before = await page.evaluate(() => caches.keys());

    // A rebuild: one page changes, so the build's hash and the worker change.
    const file = `dist${note('ko', second)}index.html`;
    const original = await readFile(file, 'utf8');
    await writeFile(file, original.replace('</body>', '<!-- rebuilt --></body>'));
    try {
      await buildOffline('dist');
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await page.locator('[data-update-notice]').waitFor({ state: 'visible', timeout: 60_000 });
      await Promise.all([page.waitForEvent('load'), page.locator('[data-update-notice] button').click()]);
      await controlled(page);
      const after = await page.evaluate(() => caches.keys());
      expect(after).toHaveLength(1);
      expect(after).not.toEqual(before);
      // What was saved before the update is saved again from the new build.
      expect(await page.evaluate((path) => caches.match(path).then(Boolean), note('en', second))).toBe(true);
    } finally {
      await writeFile(file, original);
      await buildOffline('dist');
    }
  });
});
