import path from 'node:path';
import { contentType as contentTypeForExtension } from 'mime-types';
import { fileKindOf } from './file-kinds';

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
 * Pagefind compresses its index files and WASM itself and inflates them in JavaScript. They go out as
 * opaque bytes: application/octet-stream is not on CloudFront's list of types it compresses, and no
 * Content-Encoding header is ever set (this module has none to give), so neither CloudFront nor the
 * browser touches the bytes Pagefind wrote.
 */
const PAGEFIND_BINARY = /\.(pf_index|pf_fragment|pf_filter|pf_meta|pagefind)$/;
const BINARY_CONTENT_TYPE = 'application/octet-stream';

export function headersFor(key: string): ObjectHeaders {
  return {
    contentType: contentTypeFor(key),
    cacheControl: fileKindOf(key) === 'hashed' ? IMMUTABLE_CACHE_CONTROL : REVALIDATE_CACHE_CONTROL,
  };
}

function contentTypeFor(key: string): string {
  if (PAGEFIND_BINARY.test(key)) return BINARY_CONTENT_TYPE;
  // mime-types adds "; charset=utf-8" to text types (HTML, CSS, JavaScript, JSON, plain text), so
  // Korean text is never decoded with a guessed charset. An unknown extension is served as bytes.
  return contentTypeForExtension(path.posix.extname(key)) || BINARY_CONTENT_TYPE;
}
