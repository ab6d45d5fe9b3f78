import { describe, expect, it } from 'vitest';
import { useSite } from './support';

const site = useSite('fixture');

describe('browsing the notes', () => {
  it('goes from the home page to a category to a note', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/'));
    await page.waitForURL('**/ko/');
    await page
      .getByRole('link', { name: /^컴퓨팅/ })
      .first()
      .click();
    await page.waitForURL('**/ko/categories/compute/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('컴퓨팅');
    await page.locator('main').getByRole('link', { name: 'AWS Lambda' }).click();
    await page.waitForURL('**/ko/notes/lambda/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('AWS Lambda');
    // The sidebar marks where the reader is.
    await expect(page.locator('#sidebar a[aria-current="page"]').textContent()).resolves.toContain('AWS Lambda');
    await page.close();
  });

  it('switching language keeps the reader on the same note, and back', async () => {
    const page = await site.newPage();
    await page.goto(site.url('/ko/notes/global-accelerator/'));
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL('**/en/notes/global-accelerator/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.getByRole('link', { name: '한국어' }).click();
    await page.waitForURL('**/ko/notes/global-accelerator/');
    await page.close();
  });

  it.each(['/ko/', '/ko/categories/networking/', '/ko/tags/serverless/', '/ko/exams/saa-c03/', '/ko/translations/'])(
    'switching language on %s leads to the same page in English',
    async (path) => {
      const page = await site.newPage();
      await page.goto(site.url(path));
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(`**${path.replace('/ko/', '/en/')}`);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      await page.close();
    },
  );

  it('remembers the chosen theme across a reload, applied before the page paints', async () => {
    const page = await site.newPage({ colorScheme: 'light' });
    await page.goto(site.url('/ko/notes/ses/'));
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBeNull();
    await page.getByRole('button', { name: '어두운 테마로 전환' }).click();
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const dark = await background();
    await page.reload({ waitUntil: 'commit' });
    // The theme is set by a blocking script in <head>: present as soon as the body exists.
    await page.waitForSelector('body', { state: 'attached' });
    await expect(page.locator('html').getAttribute('data-theme')).resolves.toBe('dark');
    await page.waitForLoadState('load');
    expect(await background()).toBe(dark);
    await page.getByRole('button', { name: '밝은 테마로 전환' }).click();
    expect(await background()).not.toBe(dark);
    await page.close();
  });

  it('follows the system theme when the reader has not chosen one', async () => {
    const page = await site.newPage({ colorScheme: 'dark' });
    await page.goto(site.url('/en/'));
    await expect(page.getByRole('button', { name: 'Switch to light theme' }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('on a phone, opens the navigation drawer and follows a note link', async () => {
    const page = await site.newPage({ width: 390 });
    await page.goto(site.url('/ko/notes/lambda/'));
    const drawer = page.locator('#sidebar');
    await expect(drawer.isVisible()).resolves.toBe(false);
    await page.getByRole('button', { name: '메뉴' }).click();
    await expect(drawer.isVisible()).resolves.toBe(true);
    await drawer.getByRole('link', { name: 'Amazon EC2', exact: true }).click();
    await page.waitForURL('**/ko/notes/ec2/');
    await expect(page.locator('#sidebar').isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('reveals an exam scenario answer without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await site.newPage({ context });
    await page.goto(site.url('/ko/notes/lambda/'));
    const scenario = page.locator('.exam-scenario').first();
    await expect(scenario.locator('.exam-scenario-answer').isVisible()).resolves.toBe(false);
    await scenario.getByText('정답과 해설 보기').click();
    await expect(scenario.locator('.exam-scenario-answer').isVisible()).resolves.toBe(true);
    await context.close();
  });
});
