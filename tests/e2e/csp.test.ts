/**
 * The site works under the Content-Security-Policy that CloudFront sends (infra/site.yaml):
 * the header is added to every response here, and any violation the browser reports fails the test.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { useSite } from './support';

const site = useSite();

interface Template {
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
}

function deployedCsp(): string {
  const template = parse(readFileSync('infra/site.yaml', 'utf8')) as Template;
  const policy = Object.values(template.Resources).find((r) => r.Type === 'AWS::CloudFront::ResponseHeadersPolicy');
  const config = policy?.Properties['ResponseHeadersPolicyConfig'] as {
    SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: string } };
  };
  // upgrade-insecure-requests would send this plain-HTTP test server's requests to https.
  return config.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy.replace(/;?\s*upgrade-insecure-requests/, '');
}

describe('under the deployed Content-Security-Policy', () => {
  it('searches, opens a result with highlights and toggles the theme without a violation', async () => {
    const csp = deployedCsp();
    expect(csp).toContain("'wasm-unsafe-eval'");
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': csp } });
    });
    const page = await site.newPage({ context });
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation(text: string): void }).reportViolation(
          `${event.violatedDirective} ${event.blockedURI}`,
        ),
      );
    });

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
