/**
 * The site works under the Content-Security-Policy that CloudFront sends (infra/site.yaml):
 * the header is added to every response here, and any violation the browser reports fails the test.
 */
import { describe, expect, it } from 'vitest';
import { deployedCsp, pageUnderDeployedCsp, useSite } from './support';

const site = useSite('fixture');

describe('under the deployed Content-Security-Policy', () => {
  it('searches, opens a result with highlights and toggles the theme without a violation', async () => {
    expect(deployedCsp()).toContain("'wasm-unsafe-eval'");
    const { page, context, violations } = await pageUnderDeployedCsp(site);

    await page.goto(site.url('/ko/'));
    await page.keyboard.press('/');
    await page.getByRole('searchbox').fill('람다');
    await page.locator('#search-results a').first().click();
    await page.waitForURL(/\/ko\/notes\/lambda\//);
    await page.waitForFunction(() => document.querySelectorAll('article mark').length > 0);
    await page.getByRole('button', { name: /테마로 전환/ }).click();
    expect(violations).toEqual([]);
    await context.close();
  });
});
