import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DeployError } from '../../scripts/deploy/errors';
import { findBuildProblems, verifyBuild } from '../../scripts/deploy/verify-build';
import { FIXTURE_SITE_URL, PAGEFIND_ENTRY, SITE_FILES, createFixtureSite, setModified, type FixtureSite } from './fixture-site';

let site: FixtureSite;
beforeEach(async () => {
  site = await createFixtureSite();
});
afterEach(async () => {
  await site.dispose();
});

const problems = (siteUrl: string | undefined = FIXTURE_SITE_URL, allowSiteUrlMismatch = false): Promise<string[]> =>
  findBuildProblems({ distDir: site.distDir, languages: ['ko', 'en'], sourcePaths: site.sourcePaths, siteUrl, allowSiteUrlMismatch });

/** The fixture's home page as a build made for another origin would have it. */
const homeBuiltFor = (origin: string): string => String(SITE_FILES['index.html']).replace(FIXTURE_SITE_URL, `${origin}/`);

describe('checking the build before publishing', () => {
  it('accepts a whole, fresh build', async () => {
    expect(await problems()).toEqual([]);
  });

  it('refuses a missing dist folder', async () => {
    const distDir = path.join(site.root, 'nowhere');
    await expect(
      verifyBuild({ distDir, languages: ['ko'], sourcePaths: [], siteUrl: undefined, allowSiteUrlMismatch: false }),
    ).rejects.toThrow(/nowhere does not exist/);
  });

  it('refuses a build without its home page or 404 page', async () => {
    await site.remove('index.html');
    await site.remove('404.html');
    expect(await problems()).toEqual(
      expect.arrayContaining([expect.stringMatching(/no index\.html/), expect.stringMatching(/no 404\.html/)]),
    );
  });

  it('refuses a build without a Pagefind bundle', async () => {
    await site.remove('pagefind/pagefind-entry.json');
    expect(await problems()).toEqual([expect.stringMatching(/no Pagefind bundle/)]);
  });

  it('refuses a build whose Pagefind bundle lacks a language of the site', async () => {
    const koOnly = JSON.parse(PAGEFIND_ENTRY) as { languages: Record<string, unknown> };
    delete koOnly.languages['en'];
    await site.write('pagefind/pagefind-entry.json', JSON.stringify(koOnly));
    expect(await problems()).toEqual([expect.stringMatching(/Pagefind has no index for "en"/)]);
  });

  it("refuses a Pagefind bundle missing a language's metadata, WASM, index or fragments", async () => {
    await site.remove('pagefind/pagefind.en_20d112605f.pf_meta');
    await site.remove('pagefind/wasm.unknown.pagefind');
    await site.remove('pagefind/index/en_5043476.pf_index');
    await site.remove('pagefind/fragment/ko_7e3f3b4.pf_fragment');
    await site.remove('pagefind/fragment/ko_f738d3c.pf_fragment');
    expect((await problems()).sort()).toEqual([
      'the Pagefind bundle for "en" has no index chunks.',
      'the Pagefind bundle for "en" lacks pagefind.en_20d112605f.pf_meta.',
      'the Pagefind bundle for "ko" has no fragments.',
      'the Pagefind bundle for "ko" lacks wasm.unknown.pagefind.',
    ]);
  });

  it('refuses a build older than a source file', async () => {
    await setModified(path.join(site.root, 'content', 'notes', 'ko', 'lambda.mdx'), Date.now());
    expect(await problems()).toEqual([expect.stringMatching(/older than its sources: .*lambda\.mdx changed at/)]);
  });

  it('refuses pages rebuilt without rerunning Pagefind', async () => {
    await setModified(path.join(site.distDir, 'index.html'), Date.now() - 60_000);
    expect(await problems()).toEqual([expect.stringMatching(/Pagefind index .* is older than the pages/)]);
  });

  it('lists every problem at once and says how to fix them', async () => {
    await site.remove('404.html');
    await site.remove('pagefind/pagefind-entry.json');
    const failure = await verifyBuild({
      distDir: site.distDir,
      languages: ['ko', 'en'],
      sourcePaths: site.sourcePaths,
      siteUrl: FIXTURE_SITE_URL,
      allowSiteUrlMismatch: false,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeployError);
    expect(String(failure)).toMatch(
      /Refusing to publish .*\n  - there is no 404\.html.*\n  - there is no Pagefind bundle.*\nRun `npm run build`/s,
    );
  });

  it('refuses a build made without SITE_URL, whose canonical links point at the placeholder domain', async () => {
    await site.write('index.html', homeBuiltFor('https://aws-study-notes.example.com'));
    expect(await problems(undefined)).toEqual([
      expect.stringMatching(
        /canonical links point at the placeholder https:\/\/aws-study-notes\.example\.com: it was built without SITE_URL/,
      ),
    ]);
  });

  it('refuses a build made for another origin than the one it is published to', async () => {
    await site.write('index.html', homeBuiltFor('https://staging.notes.dev'));
    expect(await problems('https://notes.dev/')).toEqual([
      expect.stringMatching(/canonical links point at https:\/\/staging\.notes\.dev, but this deploy publishes https:\/\/notes\.dev/),
    ]);
  });

  it('accepts the target with or without a path or trailing slash, and any build when told to', async () => {
    expect(await problems(FIXTURE_SITE_URL.replace(/\/$/, ''))).toEqual([]);
    await site.write('index.html', homeBuiltFor('https://aws-study-notes.example.com'));
    expect(await problems('https://notes.dev/', true)).toEqual([]);
  });

  it('refuses a home page without a canonical link, since its origin cannot be checked', async () => {
    await site.write('index.html', '<!doctype html><html lang="ko"><head></head></html>');
    expect(await problems()).toEqual([expect.stringMatching(/no <link rel="canonical">/)]);
  });
});
