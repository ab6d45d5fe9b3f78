import { describe, expect, it } from 'vitest';
import { axeViolations, useSite } from './support';

const site = useSite('real');

const screens = [
  { name: 'home', path: (lang: string) => `/${lang}/` },
  { name: 'a note', path: (lang: string) => `/${lang}/notes/lambda/` },
  { name: 'the open search dialog', path: (lang: string) => `/${lang}/notes/cloudfront/`, search: true },
];

describe('accessibility (axe-core)', () => {
  for (const lang of ['ko', 'en']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const screen of screens) {
        it(`${screen.name} in ${lang}, ${colorScheme} theme, has no violations`, async () => {
          const page = await site.newPage({ colorScheme });
          await page.goto(site.url(screen.path(lang)));
          if (screen.search) {
            await page.keyboard.press('/');
            await page.getByRole('searchbox').fill(lang === 'ko' ? '클라우드프론트' : 'CloudFront');
            await page.locator('#search-results a').first().waitFor();
          }
          expect(await axeViolations(page)).toEqual([]);
          await page.close();
        });
      }
    }
  }
});
