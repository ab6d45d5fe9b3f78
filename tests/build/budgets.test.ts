import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../support/dist';
import { gzipBytes, lazyScripts, loadedScripts, requestedScripts, scriptBytes } from '../support/scripts';

describe('page weight budgets', () => {
  const page = fixtureSite.page('/ko/notes/lambda/')!;

  it('a note page loads at most 5 KB of JavaScript (gzip) before search is opened', () => {
    expect(page.root.querySelectorAll('script:not([src]):not([type="application/json"])')).toHaveLength(0);
    expect(loadedScripts(page).length).toBeGreaterThan(0);
    expect(scriptBytes(page)).toBeLessThanOrEqual(5 * 1024);
  });

  it('a note page has one small stylesheet', () => {
    const sheets = page.root.querySelectorAll('link[rel="stylesheet"]');
    expect(sheets).toHaveLength(1);
    expect(gzipBytes(path.join(fixtureSite.dist, sheets[0]!.getAttribute('href')!))).toBeLessThanOrEqual(12 * 1024);
  });

  it('the search client and Pagefind load only when search is opened', () => {
    // The search client is the chunk the page imports on demand that loads Pagefind.
    const searchClient = lazyScripts(page).filter(
      (file) => file.includes(`${path.sep}_astro${path.sep}`) && readFileSync(file, 'utf8').includes('/pagefind/pagefind.js'),
    );
    expect(searchClient).toHaveLength(1);
    const loaded = loadedScripts(page);
    expect(loaded).not.toContain(searchClient[0]);
    // Nothing the page fetches on load is the search client or Pagefind, nor imports them statically.
    const requested = requestedScripts(page).map((url) => path.join(fixtureSite.dist, url));
    expect(requested).not.toContain(searchClient[0]);
    expect(requestedScripts(page).filter((url) => url.includes('/pagefind/'))).toEqual([]);
    expect(loaded.filter((file) => file.includes(`${path.sep}pagefind${path.sep}`))).toEqual([]);
  });
});
