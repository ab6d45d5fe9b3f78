import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite, realSite, type BuiltSite } from '../support/dist';

// How the site works, on the fixture site: what rewriting a note cannot change.
const { dist: DIST, pages: builtPages, page: pageAt } = fixtureSite;
const koIds = fixtureSite.noteIds('ko');

/** What holds on every site, checked on the fixture and on the real notes alike. */
describe.each([fixtureSite, realSite])('every page of the $name', (site: BuiltSite) => {
  it('has a page for every note in both languages', () => {
    const koIds = site.noteIds('ko');
    expect(koIds.length).toBeGreaterThan(0);
    for (const id of koIds) {
      expect(site.page(`/ko/notes/${id}/`), `/ko/notes/${id}/`).toBeDefined();
      expect(site.page(`/en/notes/${id}/`), `/en/notes/${id}/`).toBeDefined();
    }
  });

  it('gives every page a language; every indexable page a canonical URL and hreflang for ko, en and x-default', () => {
    for (const page of site.pages()) {
      const lang = page.root.querySelector('html')?.getAttribute('lang');
      expect(['ko', 'en'], page.url).toContain(lang);
      // The 404 page and the offline page (this browser's saved notes) are not indexed.
      if (page.url === '/404.html' || /^\/(ko|en)\/offline\/$/.test(page.url)) continue;
      const canonical = page.root.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      expect(canonical, page.url).toMatch(/^https?:\/\//);
      const hreflangs = page.root.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('hreflang'));
      expect(hreflangs.sort(), page.url).toEqual(['en', 'ko', 'x-default']);
    }
  });

  it('pairs every page with its twin in the other language, both ways', () => {
    for (const page of site.pages().filter((p) => /^\/(ko|en)\//.test(p.url))) {
      for (const link of page.root.querySelectorAll('link[rel="alternate"][hreflang]')) {
        const target = new URL(link.getAttribute('href')!).pathname;
        expect(site.page(target), `${page.url} → ${target}`).toBeDefined();
      }
      const other = page.url.startsWith('/ko/') ? page.url.replace('/ko/', '/en/') : page.url.replace('/en/', '/ko/');
      expect(site.page(other), `${page.url} has no twin ${other}`).toBeDefined();
    }
  });

  it('has no broken internal links or anchors', () => {
    const broken: string[] = [];
    for (const page of site.pages()) {
      for (const anchor of page.root.querySelectorAll('a[href]')) {
        const href = anchor.getAttribute('href')!;
        if (/^(https?:|mailto:)/.test(href)) continue;
        const url = new URL(href, `http://site${page.url}`);
        const target = url.pathname === page.url ? page : site.page(decodeURI(url.pathname));
        if (!target) {
          if (!existsSync(path.join(site.dist, decodeURI(url.pathname)))) broken.push(`${page.url} → ${href}`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && !target.root.getElementById(id)) broken.push(`${page.url} → ${href} (no #${id})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('links between pages with a trailing slash', () => {
    const withoutSlash = site.pages().flatMap((page) =>
      page.root
        .querySelectorAll('a[href^="/"]')
        .map((a) => a.getAttribute('href')!)
        .filter((href) => !/\/($|#|\?)/.test(href) && !/\.[a-z0-9]+$/i.test(href.split('#')[0]!))
        .map((href) => `${page.url} → ${href}`),
    );
    expect(withoutSlash).toEqual([]);
  });

  it('keeps words apart around inline elements (no "word<a>" joins from whitespace compression)', () => {
    const joins = site.pages().flatMap((page) => {
      const main = page.root.querySelector('main')?.innerHTML ?? '';
      // A letter touching an inline element's tag was written with a space or line break between them.
      const inline = '(?:a|abbr|b|code|em|i|kbd|mark|span|strong|time)';
      const touching = new RegExp(`[가-힣A-Za-z0-9]<${inline}[\\s>]|</${inline}>[A-Za-z0-9]`, 'g');
      return [...main.matchAll(touching)].map((m) => `${page.url}: …${main.slice(Math.max(0, m.index - 30), m.index + 30)}…`);
    });
    expect(joins).toEqual([]);
  });
});

describe('the built site', () => {
  it('sends the root to /ko/ and links to /en/', () => {
    const root = pageAt('/')!;
    expect(root.root.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe('0; url=/ko/');
    expect(root.root.querySelector('a[href="/en/"]')).not.toBeNull();
  });

  it('publishes robots.txt with the sitemap, and a sitemap listing both languages', () => {
    expect(readFileSync(path.join(DIST, 'robots.txt'), 'utf8')).toMatch(/Sitemap: https?:\/\/.+\/sitemap-index\.xml/);
    const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('/ko/notes/');
    expect(sitemap).toContain('/en/notes/');
  });

  it('has a bilingual 404 page', () => {
    const notFound = pageAt('/404.html')!;
    expect(notFound.root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(notFound.root.querySelector('[lang="en"] h2')).not.toBeNull();
  });
});

describe('the search index', () => {
  it('exists for Korean and English, each holding every translated note', () => {
    const entry = JSON.parse(readFileSync(path.join(DIST, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(entry.languages.ko?.page_count).toBe(koIds.length);
    expect(entry.languages.en?.page_count).toBe(fixtureSite.noteIds('en').length);
  });

  it('indexes only the note: one article per note page carries data-pagefind-body, never the header, nav or footer', () => {
    for (const id of koIds) {
      const page = pageAt(`/ko/notes/${id}/`)!;
      const bodies = page.root.querySelectorAll('[data-pagefind-body]');
      expect(
        bodies.map((b) => b.tagName),
        id,
      ).toEqual(['ARTICLE']);
      expect(bodies[0]!.querySelector('header h1')?.text.trim()).toBeTruthy();
      expect(bodies[0]!.querySelector('nav, footer, #sidebar')).toBeNull();
    }
    const others = builtPages().filter((p) => !/\/notes\//.test(p.url));
    for (const page of others) expect(page.root.querySelector('[data-pagefind-body]'), page.url).toBeNull();
  });

  it('gives every note its category and exams as filters, and its aliases extra weight', () => {
    const page = pageAt(`/ko/notes/${koIds[0]}/`)!;
    expect(page.root.querySelector('[data-pagefind-filter="category"][data-pagefind-meta="category"]')).not.toBeNull();
    const lambda = pageAt('/ko/notes/lambda/');
    const names = lambda?.root.querySelector('article [data-names]');
    expect(names?.getAttribute('data-pagefind-weight')).toBe('10');
    expect(names?.text).toContain('람다');
  });
});
