import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { fixtureSite, realSite, type Page } from '../support/dist';
import { NOTE_PAGE_BUDGET } from '../../scripts/lib/page-budgets';
import { THEME_INIT_SCRIPT } from '../../src/lib/theme-init';
import { gzipBytes, lazyScripts, loadedScripts, requestedScripts, scriptBytes } from '../support/scripts';

describe('page weight budgets', () => {
  const page = fixtureSite.page('/ko/notes/lambda/')!;

  it('a note page loads at most its budget of JavaScript (gzip) before search is opened: the inline theme script and one file', () => {
    expect(page.root.querySelectorAll('script:not([src]):not([type="application/json"])').map((s) => s.text)).toEqual([THEME_INIT_SCRIPT]);
    // The page script, with no chunks of its own.
    expect(loadedScripts(page)).toHaveLength(1);
    expect(gzipSync(THEME_INIT_SCRIPT).length + scriptBytes(page)).toBeLessThanOrEqual(NOTE_PAGE_BUDGET.scriptGzip);
  });

  it('a note page needs three requests: HTML, CSS and the page script (the icon and the theme script are inline)', () => {
    const fetched = [
      ...page.root.querySelectorAll('script[src]').map((s) => s.getAttribute('src')),
      ...page.root
        .querySelectorAll('link[rel="stylesheet"], link[rel="icon"], link[rel="preload"], link[rel="modulepreload"], img')
        .map((l) => l.getAttribute('href') ?? l.getAttribute('src')),
    ].filter((url) => url && !url.startsWith('data:'));
    expect(1 + fetched.length).toBeLessThanOrEqual(NOTE_PAGE_BUDGET.requests);
  });

  it('a practice deck waits for one stylesheet too: its own rules are inline in its <head>, and only there', () => {
    const deck = fixtureSite.page('/ko/practice/exams/saa-c03/')!;
    expect(deck.root.querySelectorAll('link[rel="stylesheet"]')).toHaveLength(1);
    expect(deck.root.querySelector('head > style')?.text).toContain('.practice-card{');
    expect(page.root.querySelectorAll('style')).toHaveLength(0);
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

/** What a note page costs on first visit (gzip): the HTML, its stylesheets and the scripts it loads. */
function weigh(page: Page): { whole: number; frame: number } {
  const css = page.root
    .querySelectorAll('link[rel="stylesheet"]')
    .reduce((sum, link) => sum + gzipBytes(path.join(page.dist, link.getAttribute('href')!)), 0);
  const assets = css + scriptBytes(page);
  // The frame is everything the site adds around the note's own text (the <article>).
  const frame = page.html.replace(/<article[\s\S]*?<\/article>/, '');
  return { whole: gzipSync(page.html).length + assets, frame: gzipSync(frame).length + assets };
}

describe('note page weight on the real notes', () => {
  const notes = () => realSite.pages().filter((page) => /^\/(ko|en)\/notes\/[^/]+\/$/.test(page.url));

  it('what the site adds around a note (HTML frame, CSS, JavaScript) stays within budget on every note page', () => {
    const heavy = notes()
      .map((page) => ({ url: page.url, frame: weigh(page).frame }))
      .filter((page) => page.frame > NOTE_PAGE_BUDGET.frameGzip);
    expect(heavy).toEqual([]);
  });

  it('a typical note page (the median), whole, stays within budget', () => {
    const wholes = notes()
      .map((page) => weigh(page).whole)
      .sort((a, b) => a - b);
    expect(wholes.length).toBeGreaterThan(100);
    expect(wholes[Math.floor(wholes.length / 2)]).toBeLessThanOrEqual(NOTE_PAGE_BUDGET.wholeGzip);
  });
});
