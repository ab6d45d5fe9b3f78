/**
 * The fixture site: tests/fixtures/site built into dist-fixture/ (Astro, Pagefind, the offline step), for the
 * tests of how the site works. `npm run build:fixture` runs this file; `npm test` and
 * `npm run test:e2e` do it before their tests.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const FIXTURE_NOTES = 'tests/fixtures/site';
export const FIXTURE_DIST = path.resolve('dist-fixture');

export function buildFixtureSite(): void {
  const cache = mkdtempSync(path.join(tmpdir(), 'fixture-site-cache-'));
  try {
    const env = { ...process.env, NOTES_DIR: FIXTURE_NOTES, ASTRO_CACHE_DIR: cache };
    execFileSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', FIXTURE_DIST], { env, stdio: 'pipe' });
    execFileSync(path.resolve('node_modules/.bin/pagefind'), ['--site', FIXTURE_DIST], { stdio: 'pipe' });
    // The service worker and the offline catalogs, as npm run build makes them.
    execFileSync(path.resolve('node_modules/.bin/tsx'), ['scripts/build-offline.ts', FIXTURE_DIST], { stdio: 'pipe' });
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildFixtureSite();
  console.log(`fixture site built from ${FIXTURE_NOTES} into ${path.relative(process.cwd(), FIXTURE_DIST)}/`);
}
