/**
 * What a deploy knows about an object in the bucket.
 *
 * Changes are found by a SHA-256 of the body that the deploy stores as object metadata
 * (x-amz-meta-sha256) and reads back with HeadObject, not by the ETag. An ETag is the MD5 of the body
 * only for single-part uploads to buckets without SSE-KMS; with KMS encryption or a multipart upload
 * by another tool it is not comparable, and every deploy would then re-upload everything. The HEAD
 * per object also returns Content-Type and Cache-Control, so when the header rules change, the objects
 * they affect are re-uploaded too.
 */
export interface RemoteObject {
  key: string;
  size: number;
  /** The hash a deploy stored; undefined when something else put the object there. */
  sha256: string | undefined;
  contentType: string | undefined;
  cacheControl: string | undefined;
  /** When a deploy with a grace period first found the object no longer in the build. */
  staleSince: Date | undefined;
}

/** An object a deploy uploaded, recognised by its stored hash; only these are ever deleted. */
export type OwnedObject = RemoteObject & { sha256: string };

export function isOwned(object: RemoteObject): object is OwnedObject {
  return object.sha256 !== undefined;
}

/**
 * Keys under this prefix hold the deploy's own state, not the site: they are never planned as stale,
 * and the bucket policy in infra/site.yaml keeps CloudFront from serving them.
 */
export const DEPLOY_STATE_PREFIX = '.deploy/';
