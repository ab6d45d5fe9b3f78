/**
 * Serves dist/ with Astro's preview server on 127.0.0.1 and drives Chromium through playwright-core.
 * Chromium comes from the system (Debian: apt-get install chromium), never from a download.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { FIXTURE_DIST } from '../support/fixture-site';
import { preview } from 'astro';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium';
import { parse } from 'yaml';
import { afterAll, beforeAll } from 'vitest';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

export interface Site {
  url(path: string): string;
  newPage(options?: { width?: number; colorScheme?: 'light' | 'dark'; context?: BrowserContext }): Promise<Page>;
  browser: Browser;
}

/**
 * Starts the preview server and the browser once per test file. `fixture` serves the fixture site
 * (dist-fixture/, tests of how the site works, which rewriting a note cannot break); `real` the site
 * built from content/notes (dist/).
 */
export function useSite(which: 'fixture' | 'real' = 'real'): Site {
  const outDir = which === 'fixture' ? FIXTURE_DIST : path.resolve('dist');
  let server: Awaited<ReturnType<typeof preview>> | undefined;
  let browser: Browser | undefined;
  let origin = '';

  beforeAll(async () => {
    if (!existsSync(path.join(outDir, 'pagefind/pagefind.js'))) throw new Error(`${outDir} is not built: run \`npm run test:e2e\``);
    const port = await freePort();
    server = await preview({ root: process.cwd(), outDir, logLevel: 'error', server: { host: '127.0.0.1', port } });
    origin = `http://127.0.0.1:${port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  return {
    url: (path) => `${origin}${path}`,
    get browser() {
      return browser!;
    },
    async newPage({ width = 1280, colorScheme = 'light', context } = {}) {
      const ctx = context ?? (await browser!.newContext({ viewport: { width, height: 900 }, colorScheme }));
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
      page.on('close', () => {
        if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
      });
      return page;
    },
  };
}

/** Runs axe-core in the page and returns its violations (id and the offending nodes). */
export async function axeViolations(page: Page): Promise<string[]> {
  const axePath = new URL(import.meta.resolve('axe-core/axe.min.js')).pathname;
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
    ).axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}

/** The Content-Security-Policy CloudFront sends (infra/site.yaml), minus the https upgrade a plain-HTTP test server cannot serve. */
export function deployedCsp(): string {
  const template = parse(readFileSync('infra/site.yaml', 'utf8')) as {
    Resources: Record<string, { Type: string; Properties: { ResponseHeadersPolicyConfig?: unknown } }>;
  };
  const policy = Object.values(template.Resources).find((r) => r.Type === 'AWS::CloudFront::ResponseHeadersPolicy');
  const config = policy?.Properties.ResponseHeadersPolicyConfig as {
    SecurityHeadersConfig: { ContentSecurityPolicy: { ContentSecurityPolicy: string } };
  };
  return config.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy.replace(/;?\s*upgrade-insecure-requests/, '');
}

/**
 * A page whose every response carries the deployed CSP; `violations` collects what the browser
 * reports (directive and blocked URL). Close `context` when done.
 */
export async function pageUnderDeployedCsp(site: Site): Promise<{ page: Page; context: BrowserContext; violations: string[] }> {
  const csp = deployedCsp();
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
      (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return { page, context, violations };
}
