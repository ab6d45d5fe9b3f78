/**
 * What "save all notes for offline" stores for one language, computed from the built site after
 * Pagefind ran (scripts/build-offline.ts): every page of that language with its title, and the search
 * files that language needs (Pagefind's index for it and the names layer). Pure: the caller lists
 * the files; sizes are the bytes the browser's cache keeps (decoded, not gzip).
 */
import { langFromPath, type Lang } from '../i18n';
import { offlineUrl } from '../urls';

export interface BuiltFile {
  /** URL path: "/ko/notes/lambda/" for a page, "/pagefind/pagefind.js" for a file. */
  url: string;
  bytes: number;
  /** A page's <title>. */
  title?: string;
}

export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string | null }>;
}

export interface OfflineCatalog {
  build: string;
  lang: Lang;
  /** Pages of this language, notes first, each with its title (the offline page lists what is saved). */
  pages: { url: string; title: string; bytes: number }[];
  /** Search files of this language. */
  search: { url: string; bytes: number }[];
  /** Pages plus search, in bytes. */
  bytes: number;
}

/** The Cache Storage name of one build: an old page and new assets never share a cache. */
export const cacheName = (build: string): string => `aws-notes-${build}`;
export const CACHE_PREFIX = 'aws-notes-';

/** A page of this language that "save all" stores; the offline page itself is part of the worker's shell. */
export const isSavedPage = (url: string, lang: Lang) => url.startsWith(`/${lang}/`) && url.endsWith('/') && url !== offlineUrl(lang);

/** Pagefind's files for one language: the shared client, its WebAssembly, and the language's index. */
export function searchFiles(files: BuiltFile[], entry: PagefindEntry, lang: Lang): BuiltFile[] {
  const language = entry.languages[lang];
  const shared = new Set([
    '/pagefind/pagefind.js',
    '/pagefind/pagefind-worker.js',
    '/pagefind/pagefind-entry.json',
    '/pagefind/pagefind-highlight.js',
  ]);
  if (language) {
    shared.add(`/pagefind/wasm.${language.wasm ?? 'unknown'}.pagefind`);
    shared.add(`/pagefind/pagefind.${language.hash}.pf_meta`);
  }
  const ownIndex = new RegExp(`^/pagefind/(index|fragment|filter)/${lang}_[^/]+$`);
  const names = `/${lang}/search-names.json`;
  return files.filter((file) => shared.has(file.url) || ownIndex.test(file.url) || file.url === names);
}

export function offlineCatalog(files: BuiltFile[], entry: PagefindEntry, lang: Lang, build: string): OfflineCatalog {
  const isNote = (url: string) => url.startsWith(`/${lang}/notes/`);
  const pages = files
    .filter((file) => isSavedPage(file.url, lang))
    .sort((a, b) => Number(isNote(b.url)) - Number(isNote(a.url)) || a.url.localeCompare(b.url))
    .map(({ url, bytes, title }) => ({ url, bytes, title: title ?? url }));
  const search = searchFiles(files, entry, lang).map(({ url, bytes }) => ({ url, bytes }));
  const bytes = [...pages, ...search].reduce((sum, file) => sum + file.bytes, 0);
  return { build, lang, pages, search, bytes };
}

/**
 * Whether a page's HTML belongs to the build whose assets the worker holds: every /_astro/ file it
 * references is one of them. A page from a newer deploy is shown but not cached by an older worker.
 */
export function usesOnlyAssets(html: string, assets: ReadonlySet<string>): boolean {
  for (const match of html.matchAll(/["'](\/_astro\/[^"'?#]+)/g)) if (!assets.has(match[1]!)) return false;
  return true;
}

/** The offline page that stands in for a page of this path when it is neither online nor saved. */
export const offlinePageFor = (pathname: string): string => offlineUrl(langFromPath(pathname));
