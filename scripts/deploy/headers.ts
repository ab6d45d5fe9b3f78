import path from 'node:path';
import { contentType as contentTypeForExtension } from 'mime-types';

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

/** The HTTP headers S3 stores with an object and CloudFront serves with it. */
export interface ObjectHeaders {
  contentType: string;
  cacheControl: string;
}

/** Content-hashed files never change under their name, so every cache may keep them for a year. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * Everything else keeps its name across deploys. Browsers revalidate it on every request (max-age=0);
 * CloudFront keeps it for at most five minutes (s-maxage). A deploy invalidates what it changed, so the
 * five minutes only bound how long an edge can lag when an invalidation was missed (a deploy stopped
 * between upload and invalidation) or an object was deleted.
 */
export const REVALIDATE_CACHE_CONTROL = 'public, max-age=0, s-maxage=300, must-revalidate';

/**
 * Browsers check for a new service worker on navigation and compare it byte for byte; `no-cache` makes
 * every cache, CloudFront's included, revalidate it each time, so a new worker (and the cache list it
 * carries) reaches readers on their next visit instead of after s-maxage.
 */
export const SERVICE_WORKER_CACHE_CONTROL = 'no-cache';

/** The web app manifest's registered type (mime-types knows it; stated here so no upgrade can change it). */
const MANIFEST_CONTENT_TYPE = 'application/manifest+json; charset=utf-8';

/**
 * Pagefind compresses its index files and WASM itself and inflates them in JavaScript. They go out as
 * opaque bytes: application/octet-stream is not on CloudFront's list of types it compresses, and no
 * Content-Encoding header is ever set (this module has none to give), so neither CloudFront nor the
 * browser touches the bytes Pagefind wrote.
 */
const PAGEFIND_BINARY = /\.(pf_index|pf_fragment|pf_filter|pf_meta|pagefind)$/;
const BINARY_CONTENT_TYPE = 'application/octet-stream';

export function headersFor(key: string): ObjectHeaders {
  return { contentType: contentTypeFor(key), cacheControl: cacheControlFor(key) };
}

function cacheControlFor(key: string): string {
  if (key === SERVICE_WORKER_KEY) return SERVICE_WORKER_CACHE_CONTROL;
  return fileKindOf(key) === 'hashed' ? IMMUTABLE_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL;
}

function contentTypeFor(key: string): string {
  if (PAGEFIND_BINARY.test(key)) return BINARY_CONTENT_TYPE;
  if (key.endsWith('.webmanifest')) return MANIFEST_CONTENT_TYPE;
  // mime-types adds "; charset=utf-8" to text types (HTML, CSS, JavaScript, JSON, plain text), so
  // Korean text is never decoded with a guessed charset. An unknown extension is served as bytes.
  return contentTypeForExtension(path.posix.extname(key)) || BINARY_CONTENT_TYPE;
}
