/**
 * Past this many paths one "/*" is sent instead. CloudFront bills invalidation paths beyond the first
 * 1,000 a month one by one but counts a wildcard as one path, and a deploy that changes many pages
 * (a layout change touches all of them) is better served by clearing everything.
 */
export const WILDCARD_THRESHOLD = 20;
export const EVERYTHING = '/*';

/**
 * The CloudFront paths under which the objects of these keys may be cached.
 * A page is cached under the URL the viewer-request function rewrote it to, which is the index.html
 * key; its directory URL is added too so that nothing depends on that detail. CloudFront wants
 * non-ASCII characters percent-encoded, as browsers send them, and "*" would be a wildcard, so each
 * segment is encoded.
 */
export function invalidationPathsFor(keys: readonly string[]): string[] {
  const paths: string[] = [];
  for (const key of keys) {
    const urlPath = `/${key.split('/').map(encodePathSegment).join('/')}`;
    paths.push(urlPath);
    if (key === 'index.html' || key.endsWith('/index.html')) paths.push(urlPath.slice(0, -'index.html'.length));
  }
  return paths;
}

/** The paths without duplicates, or the single wildcard when there are too many of them. */
export function mergeInvalidationPaths(...pathLists: readonly (readonly string[])[]): string[] {
  const paths = new Set(pathLists.flat());
  return paths.has(EVERYTHING) || paths.size > WILDCARD_THRESHOLD ? [EVERYTHING] : [...paths].sort();
}

function encodePathSegment(segment: string): string {
  return encodeURIComponent(segment).replaceAll('*', '%2A');
}
