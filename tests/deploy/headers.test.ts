import { describe, expect, it } from 'vitest';
import {
  IMMUTABLE_CACHE_CONTROL,
  REVALIDATE_CACHE_CONTROL,
  SERVICE_WORKER_CACHE_CONTROL,
  fileKindOf,
  headersFor,
} from '../../scripts/deploy/headers';

describe('headers for each kind of file', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['ko/notes/lambda/index.html', 'text/html; charset=utf-8'],
    ['ko/tags/서버리스/index.html', 'text/html; charset=utf-8'],
    ['404.html', 'text/html; charset=utf-8'],
    ['_astro/index.C3xYz9Qa.css', 'text/css; charset=utf-8'],
    ['_astro/page.Bq2fX1kE.js', 'text/javascript; charset=utf-8'],
    ['pagefind/pagefind.js', 'text/javascript; charset=utf-8'],
    ['pagefind/pagefind-ui.css', 'text/css; charset=utf-8'],
    ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8'],
    ['robots.txt', 'text/plain; charset=utf-8'],
    ['favicon.svg', 'image/svg+xml'],
    ['sitemap-index.xml', 'application/xml'],
    ['_astro/hero.Df3kL0pQ.webp', 'image/webp'],
    ['_astro/font.B7cD2eF1.woff2', 'font/woff2'],
  ])('serves %s as %s', (key, contentType) => {
    expect(headersFor(key).contentType).toBe(contentType);
  });

  it.each([
    ['pagefind/pagefind.ko_8e3724eff5.pf_meta'],
    ['pagefind/index/ko_f8dadfc.pf_index'],
    ['pagefind/fragment/en_5e111d8.pf_fragment'],
    ['pagefind/filter/ko_0a1b2c3.pf_filter'],
    ['pagefind/wasm.en.pagefind'],
    ['pagefind/wasm.unknown.pagefind'],
  ])("serves Pagefind's compressed file %s as opaque bytes with no Content-Encoding", (key) => {
    const headers = headersFor(key);
    expect(headers.contentType).toBe('application/octet-stream');
    expect(Object.keys(headers).sort()).toEqual(['cacheControl', 'contentType']);
  });

  it('serves a file with an unknown extension, or none, as bytes', () => {
    expect(headersFor('downloads/notes.unknownext').contentType).toBe('application/octet-stream');
    expect(headersFor('CNAME').contentType).toBe('application/octet-stream');
  });

  it.each([
    ['_astro/index.C3xYz9Qa.css'],
    ['_astro/Search.astro_astro_type_script_index_0_lang.Bq2fX1kE.js'],
    ['_astro/hero.Df3kL0pQ.webp'],
    ['pagefind/pagefind.en_20d112605f.pf_meta'],
    ['pagefind/index/en_5043476.pf_index'],
    ['pagefind/fragment/ko_7e3f3b4.pf_fragment'],
    ['pagefind/filter/en_4d5e6f7.pf_filter'],
  ])('lets caches keep the content-hashed file %s for a year', (key) => {
    expect(fileKindOf(key)).toBe('hashed');
    expect(headersFor(key).cacheControl).toBe(IMMUTABLE_CACHE_CONTROL);
  });

  it.each([
    ['index.html', 'page'],
    ['ko/notes/lambda/index.html', 'page'],
    ['404.html', 'page'],
    ['pagefind/pagefind.js', 'asset'],
    ['pagefind/pagefind-worker.js', 'asset'],
    ['pagefind/pagefind-ui.js', 'asset'],
    ['pagefind/pagefind-ui.css', 'asset'],
    ['pagefind/pagefind-component-ui.js', 'asset'],
    ['pagefind/pagefind-modular-ui.css', 'asset'],
    ['pagefind/pagefind-highlight.js', 'asset'],
    ['pagefind/wasm.en.pagefind', 'asset'],
    ['pagefind/wasm.unknown.pagefind', 'asset'],
    ['favicon.svg', 'asset'],
    ['robots.txt', 'asset'],
    ['pagefind/pagefind-entry.json', 'entry'],
    ['sitemap-index.xml', 'entry'],
    ['sitemap-0.xml', 'entry'],
  ])('has browsers revalidate %s (a %s) on every request', (key, kind) => {
    expect(fileKindOf(key)).toBe(kind);
    expect(headersFor(key).cacheControl).toBe(REVALIDATE_CACHE_CONTROL);
  });

  it('keeps revalidated files out of browser caches but lets CloudFront hold them briefly', () => {
    expect(REVALIDATE_CACHE_CONTROL).toMatch(/\bmax-age=0\b/);
    expect(REVALIDATE_CACHE_CONTROL).toMatch(/\bmust-revalidate\b/);
    expect(REVALIDATE_CACHE_CONTROL).toMatch(/\bs-maxage=300\b/);
    expect(IMMUTABLE_CACHE_CONTROL).toBe('public, max-age=31536000, immutable');
  });

  it('has browsers and CloudFront revalidate the service worker on every request, and uploads it last', () => {
    expect(headersFor('sw.js')).toEqual({ contentType: 'text/javascript; charset=utf-8', cacheControl: 'no-cache' });
    expect(SERVICE_WORKER_CACHE_CONTROL).toBe('no-cache');
    expect(fileKindOf('sw.js')).toBe('entry');
    // Only the worker at the root; another sw.js is an ordinary asset.
    expect(headersFor('ko/sw.js').cacheControl).toBe(REVALIDATE_CACHE_CONTROL);
  });

  it('serves the web app manifest as application/manifest+json', () => {
    expect(headersFor('manifest.webmanifest')).toEqual({
      contentType: 'application/manifest+json; charset=utf-8',
      cacheControl: REVALIDATE_CACHE_CONTROL,
    });
  });
});
