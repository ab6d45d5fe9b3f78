import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { DeployError, explainS3Error } from './errors';
import { DEPLOY_STATE_PREFIX } from './s3';

/**
 * One deploy at a time per bucket, enforced by the bucket itself with S3 conditional writes: the lock
 * is an object created with `If-None-Match: *` (S3 answers 412 when it already exists), renewed and
 * released with `If-Match: <its ETag>` (412 when someone else has replaced it meanwhile). A lock whose
 * deploy crashed expires; the next deploy takes it over with `If-Match` on the expired lock's ETag, so
 * two deploys that find it expired at the same moment cannot both take it.
 */
const LOCK_KEY = `${DEPLOY_STATE_PREFIX}lock.json`;

/** Longer than a deploy's slowest step (an invalidation may take up to 20 minutes); renewed between steps. */
export const LOCK_TTL_MS = 30 * 60_000;

export interface LockRecord {
  /** Who deploys: a person at a machine, or a CI run. */
  holder: string;
  acquiredAt: string;
  expiresAt: string;
}

export interface DeployLock {
  /** Extends the lock; fails if this deploy no longer holds it (it expired and another took it). */
  renew(): Promise<void>;
  /** Removes the lock if it is still this deploy's; never throws. */
  release(): Promise<void>;
}

export interface LockRequest {
  holder: string;
  now: () => Date;
  ttlMs?: number;
}

const isPreconditionFailure = (error: unknown): boolean =>
  error instanceof Error &&
  (error.name === 'PreconditionFailed' ||
    error.name === 'ConditionalRequestConflict' ||
    ('$metadata' in error && (error.$metadata as { httpStatusCode?: number }).httpStatusCode === 412));

export async function acquireDeployLock(s3: S3Client, bucket: string, request: LockRequest): Promise<DeployLock> {
  const ttlMs = request.ttlMs ?? LOCK_TTL_MS;
  const acquiredAt = request.now().toISOString();
  // Each write, renewals included, moves the expiry to a TTL from now.
  const record = (): LockRecord => ({
    holder: request.holder,
    acquiredAt,
    expiresAt: new Date(request.now().getTime() + ttlMs).toISOString(),
  });
  const write = async (condition: { IfNoneMatch?: '*'; IfMatch?: string }): Promise<string | undefined> => {
    const response = await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: LOCK_KEY,
        Body: JSON.stringify(record()),
        ContentType: 'application/json; charset=utf-8',
        CacheControl: 'no-store',
        ...condition,
      }),
    );
    return response.ETag;
  };

  let etag: string | undefined;
  try {
    etag = await write({ IfNoneMatch: '*' });
  } catch (error) {
    if (!isPreconditionFailure(error)) throw explainS3Error(error, bucket);
    const held = await readLock(s3, bucket);
    if (held === undefined) return acquireDeployLock(s3, bucket, request); // released meanwhile
    if (Date.parse(held.record.expiresAt) > request.now().getTime()) throw lockHeld(bucket, held.record);
    try {
      etag = await write({ IfMatch: held.etag });
    } catch (takeOverError) {
      if (!isPreconditionFailure(takeOverError)) throw explainS3Error(takeOverError, bucket);
      const winner = await readLock(s3, bucket);
      throw lockHeld(bucket, winner?.record ?? held.record);
    }
  }

  return {
    async renew() {
      try {
        etag = await write(etag === undefined ? {} : { IfMatch: etag });
      } catch (error) {
        if (!isPreconditionFailure(error)) throw explainS3Error(error, bucket);
        const current = await readLock(s3, bucket);
        throw new DeployError(
          `This deploy's lock on s3://${bucket} expired and ${current === undefined ? 'was removed' : `is now held by ${current.record.holder}`}; ` +
            'this deploy stopped before its next step (nothing it still had to delete was deleted). Deploy again once the other deploy has finished.',
          { cause: error },
        );
      }
    },
    async release() {
      // A lock that cannot be removed (the network is gone, or it is someone else's now) expires by itself.
      await s3
        .send(new DeleteObjectCommand({ Bucket: bucket, Key: LOCK_KEY, ...(etag === undefined ? {} : { IfMatch: etag }) }))
        .catch(() => undefined);
    },
  };
}

/** The current lock and its ETag, or undefined when there is none. */
export async function readLock(s3: S3Client, bucket: string): Promise<{ record: LockRecord; etag: string } | undefined> {
  try {
    const response = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: LOCK_KEY }));
    const text = (await response.Body?.transformToString('utf-8')) ?? '';
    return { record: parseLockRecord(text, response.LastModified ?? new Date()), etag: response.ETag ?? '' };
  } catch (error) {
    if (error instanceof Error && error.name === 'NoSuchKey') return undefined;
    throw explainS3Error(error, bucket);
  }
}

/** An unreadable lock counts as held by someone unknown, for a TTL from when it was written. */
function parseLockRecord(text: string, writtenAt: Date): LockRecord {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && 'holder' in value && 'acquiredAt' in value && 'expiresAt' in value) {
      const { holder, acquiredAt, expiresAt } = value;
      if (
        typeof holder === 'string' &&
        typeof acquiredAt === 'string' &&
        typeof expiresAt === 'string' &&
        !Number.isNaN(Date.parse(expiresAt))
      ) {
        return { holder, acquiredAt, expiresAt };
      }
    }
  } catch {
    // Falls through.
  }
  return {
    holder: 'an unknown deploy (the lock file is unreadable)',
    acquiredAt: writtenAt.toISOString(),
    expiresAt: new Date(writtenAt.getTime() + LOCK_TTL_MS).toISOString(),
  };
}

function lockHeld(bucket: string, record: LockRecord): DeployError {
  return new DeployError(
    `Another deploy is publishing to s3://${bucket}: ${record.holder}, since ${record.acquiredAt}. ` +
      `Wait for it to finish and deploy again. If it crashed, its lock expires at ${record.expiresAt}; ` +
      `to remove it sooner, make sure it is not running, then delete s3://${bucket}/${LOCK_KEY}.`,
  );
}
