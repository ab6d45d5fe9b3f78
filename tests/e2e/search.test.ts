import { describe, expect, it } from 'vitest';
import { useSite } from './support';

const site = useSite('fixture');

async function openSearch(path: string) {
  const page = await site.newPage();
  await page.goto(site.url(path));
  await page.keyboard.press('/');
  const input = page.getByRole('searchbox');
  await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  return { page, input };
}

describe('searching the notes', () => {
  it('finds AWS Lambda first for 람다 and opens it from the first result', async () => {
    const { page, input } = await openSearch('/ko/');
    await input.fill('람다');
    const first = page.locator('#search-results > li').first();
    await first.waitFor();
    await expect(first.locator('.search-result-title').first().textContent()).resolves.toBe('AWS Lambda');
    await expect(first.locator('.search-result-category').textContent()).resolves.toBe('컴퓨팅');
    // Drawn at once from the names layer, then enriched with Pagefind's marked excerpt.
    await first.locator('mark').first().waitFor();
    await first.locator('a').first().click();
    await page.waitForURL(/\/ko\/notes\/lambda\/\?highlight=/);
    // Arriving from a result, the searched words are highlighted on the page.
    await page.waitForFunction(() => document.querySelectorAll('article mark').length > 0);
    await page.close();
  });

  it('understands Korean particles: 람다는 and 로드밸런서를', async () => {
    const { page, input } = await openSearch('/ko/');
    await input.fill('람다는');
    await expect(page.locator('#search-results .search-result-title').first().textContent()).resolves.toBe('AWS Lambda');
    await input.fill('로드밸런서를');
    await page.waitForFunction(() => document.querySelector('#search-results a')?.getAttribute('href')?.includes('/ko/notes/elb/'));
    await page.close();
  });

  it('is usable by keyboard alone: Ctrl+K, type, arrow down, Enter', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/en/'));
    await page.keyboard.press('Control+k');
    await page.keyboard.type('global accelerator');
    // Names are drawn at once and replaced when Pagefind answers: wait until the list is drawn, then move.
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === 'global accelerator');
    await page.waitForFunction(() =>
      document.querySelector('#search-results a')?.getAttribute('href')?.includes('/en/notes/global-accelerator/'),
    );
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toContain('/en/notes/global-accelerator/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/notes\/global-accelerator\//);
    await page.close();
  });

  it('closes with Escape and gives focus back to the page', async () => {
    const { page } = await openSearch('/ko/');
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-dialog').evaluate((d) => (d as HTMLDialogElement).open)).resolves.toBe(false);
    await page.close();
  });

  it('filters results by exam and by category', async () => {
    const { page, input } = await openSearch('/ko/');
    await input.fill('S3');
    await page.locator('#search-results a').first().waitFor();
    const storage = page.locator('#search-filter-category option', { hasText: '스토리지' });
    await page.locator('#search-filter-category').selectOption((await storage.getAttribute('value'))!);
    // The list is redrawn for the filter: wait until it shows only that category (or time out).
    await page.waitForFunction(() => {
      const shown = [...document.querySelectorAll('#search-results .search-result-category')].map((e) => e.textContent);
      return shown.length > 0 && shown.every((text) => text === '스토리지');
    });
    const categories = await page.locator('#search-results .search-result-category').allTextContents();
    expect(categories.length).toBeGreaterThan(0);
    expect(new Set(categories)).toEqual(new Set(['스토리지']));
    await page.close();
  });

  it('shows sub-results per heading', async () => {
    const { page, input } = await openSearch('/ko/');
    await input.fill('프로비저닝된 동시성');
    await page.locator('#search-results a[href*="#"]').first().waitFor();
    await page.close();
  });
});
