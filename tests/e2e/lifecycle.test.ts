import { readFileSync } from 'node:fs';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { describe, expect, it } from 'vitest';
import { noteIds } from '../support/dist';
import { useSite } from './support';

const site = useSite('real');

/** Notes whose service is retired, closed, in maintenance or renamed, read from their frontmatter. */
const withLifecycle = noteIds('ko').filter((id) => {
  const source = readFileSync(`${process.env.NOTES_DIR ?? 'content/notes'}/ko/${id}.mdx`, 'utf8');
  return Boolean((readFrontmatter(source).data as { lifecycle?: unknown }).lifecycle);
});

describe('a retired, closed or renamed service says so', () => {
  it('has such notes to show', () => {
    expect(withLifecycle.length).toBeGreaterThan(0);
  });

  it.each(['ko', 'en'] as const)('shows the lifecycle banner above the title of every such note (%s)', async (lang) => {
    const page = await site.newPage({ width: 390 });
    for (const id of withLifecycle) {
      await page.goto(site.url(`/${lang}/notes/${id}/`));
      const banner = page.getByRole('note').filter({ has: page.locator('.lifecycle-badge') });
      await expect(banner.isVisible(), id).resolves.toBe(true);
      await expect(banner.getAttribute('lang'), id).resolves.toBe(lang);
      // The banner comes before the title: a learner reads it first.
      const bannerTop = (await banner.boundingBox())!.y;
      const titleTop = (await page.getByRole('heading', { level: 1 }).boundingBox())!.y;
      expect(bannerTop, id).toBeLessThan(titleTop);
    }
    await page.close();
  });

  it('shows the badge beside the note in its category list', async () => {
    const page = await site.newPage();
    const id = withLifecycle[0]!;
    await page.goto(site.url(`/en/notes/${id}/`));
    const badge = (await page.locator('.lifecycle-banner .lifecycle-badge').textContent())!.trim();
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').nth(1).click();
    const card = page.locator('li', { has: page.locator(`a[href="/en/notes/${id}/"]`) }).last();
    await expect(card.locator('.lifecycle-badge').textContent()).resolves.toBe(badge);
    await page.close();
  });

  it('shows the badge on the search result too', async () => {
    const page = await site.newPage();
    const id = withLifecycle[0]!;
    await page.goto(site.url(`/ko/notes/${id}/`));
    const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
    await page.keyboard.press('/');
    await page.getByRole('searchbox').fill(title);
    const result = page.locator('#search-results > li', { has: page.locator(`a[href^="/ko/notes/${id}/"]`) }).first();
    await expect(result.locator('.lifecycle-badge').first().textContent()).resolves.toBeTruthy();
    await page.close();
  });
});
