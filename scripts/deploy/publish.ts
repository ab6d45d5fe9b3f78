import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { S3Client } from '@aws-sdk/client-s3';
import type { Invalidator } from './cloudfront';
import { mapWithConcurrency } from './concurrency';
import { DeployError } from './errors';
import { clearPendingInvalidation, savePendingInvalidation } from './pending-invalidation';
import type { DeployPlan, PlannedUpload } from './plan';
import type { ProgressListener } from './progress';
import { deleteObjects, markStale, putObject } from './s3';

export interface PublishTarget {
  s3: S3Client;
  bucket: string;
  invalidator: Invalidator;
  progress: ProgressListener;
  now: () => Date;
  /** Confirms this deploy still holds the bucket's lock (and extends it); throws if not. */
  renewLock: () => Promise<void>;
}

export interface PublishResult {
  uploadedFiles: number;
  uploadedBytes: number;
  /** Undefined when nothing needed invalidating. */
  invalidationId: string | undefined;
  deletedObjects: number;
  deletedBytes: number;
}

const UPLOAD_CONCURRENCY = 8;

/**
 * Carries out a plan: uploads in the plan's order, then the removal of pages no longer in the build,
 * then the CloudFront invalidation, then, only once that has completed, the deletion of assets whose
 * grace period is over. Each step starts only when the one before it succeeded (and the deploy still
 * holds the lock), so a failure never deletes anything that a published page still loads.
 */
export async function publish(plan: DeployPlan, target: PublishTarget): Promise<PublishResult> {
  const { s3, bucket, progress } = target;
  const result: PublishResult = {
    uploadedFiles: 0,
    uploadedBytes: 0,
    invalidationId: undefined,
    deletedObjects: 0,
    deletedBytes: 0,
  };

  try {
    if (plan.invalidationPaths.length > 0) await savePendingInvalidation(s3, bucket, plan.invalidationPaths);
    for (const batch of uploadBatches(plan.uploads)) {
      await target.renewLock();
      await mapWithConcurrency(batch, UPLOAD_CONCURRENCY, async (upload) => {
        await uploadFile(s3, bucket, upload);
        result.uploadedFiles++;
        result.uploadedBytes += upload.file.size;
        progress({
          type: 'uploaded',
          key: upload.file.key,
          kind: upload.kind,
          bytes: upload.file.size,
          done: result.uploadedFiles,
          total: plan.uploads.length,
        });
      });
    }
  } catch (error) {
    throw stopped(
      error,
      `while uploading (${result.uploadedFiles} of ${plan.uploads.length} files done)`,
      'Nothing was deleted, and every page still finds the files it refers to. Deploying again uploads only what is still missing.',
    );
  }

  const sizes = new Map([...plan.removals, ...plan.deletions].map((object) => [object.key, object.size]));
  const remove = (keys: readonly string[]): Promise<void> =>
    deleteObjects(s3, bucket, keys, (deleted) => {
      result.deletedObjects += deleted.length;
      result.deletedBytes += deleted.reduce((sum, key) => sum + (sizes.get(key) ?? 0), 0);
      progress({ type: 'deleted', keys: deleted });
    });

  if (plan.removals.length > 0) {
    try {
      await target.renewLock();
      await remove(plan.removals.map((object) => object.key));
    } catch (error) {
      throw stopped(
        error,
        'while deleting removed pages',
        'Every file is uploaded. The paths to invalidate are saved in the bucket: deploying again finishes the job.',
      );
    }
  }

  if (plan.invalidationPaths.length > 0) {
    try {
      await target.renewLock();
      progress({ type: 'invalidating', paths: plan.invalidationPaths });
      result.invalidationId = await target.invalidator.invalidate(plan.invalidationPaths);
      await clearPendingInvalidation(s3, bucket);
      progress({ type: 'invalidated', id: result.invalidationId, paths: plan.invalidationPaths });
    } catch (error) {
      throw stopped(
        error,
        'while invalidating CloudFront',
        'Every file is uploaded and nothing was deleted. The paths to invalidate are saved in the bucket: the next deploy invalidates them before it deletes anything.',
      );
    }
  }

  try {
    if (plan.markings.length + plan.deletions.length > 0) await target.renewLock();
    const now = target.now();
    for (const object of plan.markings) {
      await markStale(s3, bucket, object, now);
      progress({ type: 'marked-stale', key: object.key });
    }
    await remove(plan.deletions.map((object) => object.key));
  } catch (error) {
    throw stopped(
      error,
      'while removing stale objects',
      'The new site is complete; some objects it no longer uses remain. Deploying again removes them.',
    );
  }
  return result;
}

/**
 * The plan's uploads cut where the order matters: each kind of file, and each page depth, goes up
 * only after the batch before it is complete; inside a batch files go up in parallel.
 */
function uploadBatches(uploads: readonly PlannedUpload[]): PlannedUpload[][] {
  const batches: PlannedUpload[][] = [];
  let previousStage: string | undefined;
  for (const upload of uploads) {
    const stage = upload.kind === 'page' ? `page:${upload.file.key.split('/').length}` : upload.kind;
    if (stage !== previousStage) batches.push([]);
    batches.at(-1)?.push(upload);
    previousStage = stage;
  }
  return batches;
}

async function uploadFile(s3: S3Client, bucket: string, upload: PlannedUpload): Promise<void> {
  const body = await readFile(upload.file.absolutePath);
  // The plan compared the bucket with the file as it was when scanned; a rebuild running meanwhile
  // would make that comparison, and the stored hash, wrong.
  if (createHash('sha256').update(body).digest('hex') !== upload.file.sha256) {
    throw new DeployError(`${upload.file.key} changed during the deploy. Let the build finish, then deploy again.`);
  }
  await putObject(s3, bucket, { key: upload.file.key, body, sha256: upload.file.sha256, headers: upload.headers });
}

function stopped(error: unknown, when: string, consequence: string): DeployError {
  const reason = error instanceof Error ? error.message : String(error);
  return new DeployError(`${reason}\nThe deploy stopped ${when}. ${consequence}`, { cause: error });
}
