import { describe, expect, it } from 'vitest';
import { cacheName, offlineCatalog, offlinePageFor, searchFiles, usesOnlyAssets, type BuiltFile } from '../../src/lib/offline/catalog';

const files: BuiltFile[] = [
  { url: '/ko/', bytes: 10, title: '홈' },
  { url: '/ko/notes/lambda/', bytes: 30, title: 'AWS Lambda | AWS 스터디 노트' },
  { url: '/ko/offline/', bytes: 5 },
  { url: '/ko/search-names.json', bytes: 7 },
  { url: '/en/notes/lambda/', bytes: 25, title: 'AWS Lambda | AWS Study Notes' },
  { url: '/en/search-names.json', bytes: 6 },
  { url: '/pagefind/pagefind.js', bytes: 100 },
  { url: '/pagefind/pagefind-entry.json', bytes: 2 },
  { url: '/pagefind/pagefind-ui.js', bytes: 90 },
  { url: '/pagefind/wasm.unknown.pagefind', bytes: 60 },
  { url: '/pagefind/wasm.en.pagefind', bytes: 70 },
  { url: '/pagefind/pagefind.ko_abc.pf_meta', bytes: 3 },
  { url: '/pagefind/pagefind.en_def.pf_meta', bytes: 3 },
  { url: '/pagefind/index/ko_1.pf_index', bytes: 4 },
  { url: '/pagefind/fragment/ko_2.pf_fragment', bytes: 4 },
  { url: '/pagefind/fragment/en_3.pf_fragment', bytes: 4 },
];
const entry = { languages: { ko: { hash: 'ko_abc', wasm: 'unknown' }, en: { hash: 'en_def', wasm: 'en' } } };

describe('the offline catalog of a language', () => {
  it('saves every page of the language, notes first, but not the offline page itself', () => {
    const catalog = offlineCatalog(files, entry, 'ko', 'b1');
    expect(catalog.pages.map((p) => p.url)).toEqual(['/ko/notes/lambda/', '/ko/']);
    expect(catalog.pages[0]!.title).toBe('AWS Lambda | AWS 스터디 노트');
  });

  it("holds that language's search: the Pagefind client, its WebAssembly, its index and the names layer, nothing of the other language", () => {
    expect(
      searchFiles(files, entry, 'ko')
        .map((f) => f.url)
        .sort(),
    ).toEqual(
      [
        '/ko/search-names.json',
        '/pagefind/fragment/ko_2.pf_fragment',
        '/pagefind/index/ko_1.pf_index',
        '/pagefind/pagefind-entry.json',
        '/pagefind/pagefind.js',
        '/pagefind/pagefind.ko_abc.pf_meta',
        '/pagefind/wasm.unknown.pagefind',
      ].sort(),
    );
  });

  it('adds up the bytes it will take', () => {
    const catalog = offlineCatalog(files, entry, 'en', 'b1');
    expect(catalog.bytes).toBe(25 + 6 + 100 + 2 + 70 + 3 + 4);
  });
});

describe('builds never mix', () => {
  it('names each build its own cache', () => {
    expect(cacheName('abc123')).toBe('aws-notes-abc123');
  });

  it("caches a page only when every /_astro/ file it uses is this build's", () => {
    const assets = new Set(['/_astro/global.A.css', '/_astro/page.B.js']);
    expect(usesOnlyAssets('<link href="/_astro/global.A.css"><script src="/_astro/page.B.js">', assets)).toBe(true);
    expect(usesOnlyAssets('<link href="/_astro/global.C.css"><script src="/_astro/page.B.js">', assets)).toBe(false);
  });

  it('stands in for a page with the offline page of its language', () => {
    expect(offlinePageFor('/en/notes/s3/')).toBe('/en/offline/');
    expect(offlinePageFor('/ko/notes/s3/')).toBe('/ko/offline/');
    expect(offlinePageFor('/')).toBe('/ko/offline/');
  });
});
