import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { explainS3Error } from './errors';
import { EVERYTHING } from './invalidation';
import { DEPLOY_STATE_PREFIX, inBucket } from './s3';

/**
 * The CloudFront paths a deploy has still to invalidate, kept in the bucket itself so that any machine
 * that deploys next sees them. A deploy writes them before it replaces the first object and removes
 * them once the invalidation has completed; a deploy that stops in between leaves them for the next
 * one, which invalidates them together with its own before deleting anything. Without this, a rerun
 * would find those objects unchanged, never invalidate them, and could delete assets that pages still
 * cached at the edge refer to.
 */
const PENDING_INVALIDATION_KEY = `${DEPLOY_STATE_PREFIX}pending-invalidation.json`;

export async function readPendingInvalidation(client: S3Client, bucket: string): Promise<string[]> {
  let text: string;
  try {
    const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: PENDING_INVALIDATION_KEY }));
    text = (await response.Body?.transformToString('utf-8')) ?? '';
  } catch (error) {
    if (error instanceof Error && error.name === 'NoSuchKey') return [];
    throw explainS3Error(error, bucket);
  }
  return parsePendingPaths(text);
}

/** A record that cannot be read as a list of paths still means something was left pending: clear everything. */
function parsePendingPaths(text: string): string[] {
  try {
    const record: unknown = JSON.parse(text);
    const paths = typeof record === 'object' && record !== null && 'paths' in record ? record.paths : undefined;
    if (Array.isArray(paths)) {
      const items: readonly unknown[] = paths;
      const strings = items.filter((item): item is string => typeof item === 'string');
      if (strings.length === items.length) return strings;
    }
  } catch {
    // Falls through to the safe answer below.
  }
  return [EVERYTHING];
}

export async function savePendingInvalidation(client: S3Client, bucket: string, paths: readonly string[]): Promise<void> {
  await inBucket(bucket, () =>
    client.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: PENDING_INVALIDATION_KEY,
        Body: JSON.stringify({ paths }),
        ContentType: 'application/json; charset=utf-8',
        CacheControl: 'no-store',
      }),
    ),
  );
}

export async function clearPendingInvalidation(client: S3Client, bucket: string): Promise<void> {
  await inBucket(bucket, () => client.send(new DeleteObjectCommand({ Bucket: bucket, Key: PENDING_INVALIDATION_KEY })));
}
