import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../support/dist';
import { gzipBytes, lazyScripts, loadedScripts, requestedScripts, scriptBytes } from '../support/scripts';

describe('page weight budgets', () => {
  const page = fixtureSite.page('/ko/notes/lambda/')!;

  it('a note page loads at most 3 KiB of JavaScript (gzip) before search is opened, in two files', () => {
    expect(page.root.querySelectorAll('script:not([src]):not([type="application/json"])')).toHaveLength(0);
    // theme-init.js (before first paint) and the page script, with no chunks of its own.
    expect(loadedScripts(page)).toHaveLength(2);
    expect(scriptBytes(page)).toBeLessThanOrEqual(3 * 1024);
  });

  it('a note page needs four requests: HTML, CSS, theme-init.js and the page script (the icon is inline)', () => {
    const fetched = [
      ...page.root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')),
      ...page.root
        .querySelectorAll('link[rel="stylesheet"], link[rel="icon"], link[rel="preload"], link[rel="modulepreload"], img')
        .map((l) => l.getAttribute('href') ?? l.getAttribute('src')),
    ].filter((url) => url && !url.startsWith('data:'));
    expect(1 + fetched.length).toBeLessThanOrEqual(4);
  });

  it("a note page's frame (all but the note's own text) stays under 20 KiB gzip, with its CSS and JavaScript", () => {
    // The note's text is the content and grows with it (Lambda's alone is ~10 KiB gzip on the real
    // notes); what the site adds around it must not. npm run bench checks the whole page of a typical note.
    const css = page.root
      .querySelectorAll('link[rel="stylesheet"]')
      .map((l) => gzipBytes(path.join(fixtureSite.dist, l.getAttribute('href')!)));
    const frame = page.html.replace(/<article[\s\S]*?<\/article>/, '');
    const total = gzipSync(frame).length + css.reduce((a, b) => a + b, 0) + scriptBytes(page);
    expect(total).toBeLessThanOrEqual(20 * 1024);
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
