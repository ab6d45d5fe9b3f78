import {
  CopyObjectCommand,
  DeleteObjectsCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { mapWithConcurrency } from './concurrency';
import { DeployError, explainS3Error } from './errors';
import type { ObjectHeaders } from './headers';

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

/** An object to write, with the hash and headers it is stored with. */
export interface ObjectUpload {
  key: string;
  body: Uint8Array;
  sha256: string;
  headers: ObjectHeaders;
}

/** Metadata names; S3 sends them as x-amz-meta-sha256 and x-amz-meta-stale-since. */
const SHA256_METADATA = 'sha256';
const STALE_SINCE_METADATA = 'stale-since';
const SHA256_HEX = /^[0-9a-f]{64}$/;

const HEAD_CONCURRENCY = 16;
/** The most keys one DeleteObjects request takes. */
const DELETE_BATCH_SIZE = 1000;

export interface S3Settings {
  region: string | undefined;
  profile: string | undefined;
}

/**
 * Credentials come from the SDK's default chain (environment, SSO, shared config and credentials
 * files, container and instance roles), for the given profile when there is one; never from the repo.
 * `overrides` lets tests point the client at a local S3-compatible server.
 */
export function createS3Client(settings: S3Settings, overrides: S3ClientConfig = {}): S3Client {
  return new S3Client({
    ...(settings.region === undefined ? {} : { region: settings.region }),
    ...(settings.profile === undefined ? {} : { profile: settings.profile }),
    // The SDK retries throttling (503 SlowDown) and transient errors with exponential backoff and
    // jitter; eight attempts ride out a burst of throttling that three (the default) would not.
    retryMode: 'standard',
    maxAttempts: 8,
    // A bucket in another region than the one configured still works; S3 says where it is.
    followRegionRedirects: true,
    ...overrides,
  });
}

/** Runs one request to the bucket, turning an SDK error into one that says what to do. */
export async function inBucket<Result>(bucket: string, request: () => Promise<Result>): Promise<Result> {
  try {
    return await request();
  } catch (error) {
    throw explainS3Error(error, bucket);
  }
}

/** Every object of the site in the bucket, with its stored hash and headers. */
export async function listRemoteObjects(
  client: S3Client,
  bucket: string,
  onHeadProgress: (done: number, total: number) => void = () => {},
): Promise<RemoteObject[]> {
  const listed: { key: string; size: number }[] = [];
  let continuationToken: string | undefined;
  do {
    const page = await inBucket(bucket, () =>
      client.send(
        new ListObjectsV2Command({
          Bucket: bucket,
          ...(continuationToken === undefined ? {} : { ContinuationToken: continuationToken }),
        }),
      ),
    );
    for (const object of page.Contents ?? []) {
      if (object.Key === undefined || object.Key.startsWith(DEPLOY_STATE_PREFIX)) continue;
      listed.push({ key: object.Key, size: object.Size ?? 0 });
    }
    continuationToken = page.IsTruncated === true ? page.NextContinuationToken : undefined;
  } while (continuationToken !== undefined);

  let headed = 0;
  const objects = await mapWithConcurrency(listed, HEAD_CONCURRENCY, async (object) => {
    const head = await headObject(client, bucket, object.key);
    onHeadProgress(++headed, listed.length);
    if (head === undefined) return undefined;
    const sha256 = head.Metadata?.[SHA256_METADATA];
    const staleSince = head.Metadata?.[STALE_SINCE_METADATA];
    const remote: RemoteObject = {
      ...object,
      sha256: sha256 !== undefined && SHA256_HEX.test(sha256) ? sha256 : undefined,
      contentType: head.ContentType,
      cacheControl: head.CacheControl,
      staleSince: staleSince === undefined || Number.isNaN(Date.parse(staleSince)) ? undefined : new Date(staleSince),
    };
    return remote;
  });
  return objects.filter((object) => object !== undefined);
}

/** HeadObject, or undefined when the object was deleted between the listing and the HEAD. */
async function headObject(client: S3Client, bucket: string, key: string) {
  try {
    return await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  } catch (error) {
    if (error instanceof Error && error.name === 'NotFound') return undefined;
    throw explainS3Error(error, bucket);
  }
}

export async function putObject(client: S3Client, bucket: string, upload: ObjectUpload): Promise<void> {
  await inBucket(bucket, () =>
    client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: upload.key,
        Body: upload.body,
        ContentLength: upload.body.byteLength,
        ContentType: upload.headers.contentType,
        CacheControl: upload.headers.cacheControl,
        Metadata: { [SHA256_METADATA]: upload.sha256 },
      }),
    ),
  );
}

/**
 * Records on a stale object when it was first found stale, so that a grace period counts from then
 * and not from its last upload. The object is copied onto itself with the extra metadata (S3 has no
 * other way to change metadata); body, hash and headers stay as they were.
 */
export async function markStale(client: S3Client, bucket: string, object: OwnedObject, since: Date): Promise<void> {
  await inBucket(bucket, () =>
    client.send(
      new CopyObjectCommand({
        Bucket: bucket,
        Key: object.key,
        CopySource: `${bucket}/${object.key.split('/').map(encodeURIComponent).join('/')}`,
        MetadataDirective: 'REPLACE',
        Metadata: { [SHA256_METADATA]: object.sha256, [STALE_SINCE_METADATA]: since.toISOString() },
        ...(object.contentType === undefined ? {} : { ContentType: object.contentType }),
        ...(object.cacheControl === undefined ? {} : { CacheControl: object.cacheControl }),
      }),
    ),
  );
}

export async function deleteObjects(
  client: S3Client,
  bucket: string,
  keys: readonly string[],
  onDeleted: (keys: readonly string[]) => void = () => {},
): Promise<void> {
  for (let start = 0; start < keys.length; start += DELETE_BATCH_SIZE) {
    const batch = keys.slice(start, start + DELETE_BATCH_SIZE);
    const result = await inBucket(bucket, () =>
      client.send(new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: batch.map((key) => ({ Key: key })), Quiet: true } })),
    );
    // DeleteObjects answers 200 even when single keys fail; those come back in Errors.
    const failures = result.Errors ?? [];
    if (failures.length > 0) {
      const listed = failures.slice(0, 5).map((failure) => `${failure.Key ?? '?'} (${failure.Code ?? 'error'}: ${failure.Message ?? ''})`);
      throw new DeployError(`S3 did not delete ${failures.length} stale object(s): ${listed.join(', ')}.`);
    }
    onDeleted(batch);
  }
}
