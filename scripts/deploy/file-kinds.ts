/**
 * What role a file of the build plays, from its key (its path under dist/, with forward slashes).
 * The kind decides both how long caches may keep the file and when a deploy uploads it.
 */
export type FileKind =
  /** Named after a hash of its content: a new version always gets a new name. */
  | 'hashed'
  /** Any other file a page loads by a fixed name: Pagefind's runtime and WASM, files from public/. */
  | 'asset'
  /** An HTML page. */
  | 'page'
  /**
   * A file that points readers at pages and assets: Pagefind's entry file (which names the current
   * index), the sitemaps, and the service worker (which precaches by name).
   */
  | 'entry';

const HASHED_KEYS: readonly RegExp[] = [
  // Vite's output: every name carries a content hash.
  /^_astro\//,
  // Pagefind names its index chunks, fragments, filters and per-language metadata after their content.
  /^pagefind\/index\/[^/]+\.pf_index$/,
  /^pagefind\/fragment\/[^/]+\.pf_fragment$/,
  /^pagefind\/filter\/[^/]+\.pf_filter$/,
  /^pagefind\/pagefind\.[^/]+\.pf_meta$/,
];

/** The service worker sits at the root so that its scope is the whole site. */
export const SERVICE_WORKER_KEY = 'sw.js';

const ENTRY_KEYS: readonly RegExp[] = [/^pagefind\/pagefind-entry\.json$/, /^sitemap[^/]*\.xml$/, /^sw\.js$/];

export function fileKindOf(key: string): FileKind {
  if (HASHED_KEYS.some((pattern) => pattern.test(key))) return 'hashed';
  if (ENTRY_KEYS.some((pattern) => pattern.test(key))) return 'entry';
  if (key.endsWith('.html')) return 'page';
  return 'asset';
}
