import type { S3Client } from '@aws-sdk/client-s3';
import type { Invalidator } from './cloudfront';
import { DeployError } from './errors';
import { scanBuild } from './local-files';
import { acquireDeployLock } from './lock';
import { readPendingInvalidation } from './pending-invalidation';
import { planDeploy, type DeployPlan } from './plan';
import type { ProgressListener } from './progress';
import { publish, type PublishResult } from './publish';
import { listRemoteObjects } from './s3';
import { verifyBuild } from './verify-build';

export interface DeployRequest {
  distDir: string;
  /** The site's languages, each of which must have a Pagefind index. */
  languages: readonly string[];
  /** What the build is made from; a build older than any of these is refused. */
  sourcePaths: readonly string[];
  bucket: string;
  /** Where the site is served, when known: the build's canonical origin must match it. */
  siteUrl: string | undefined;
  allowSiteUrlMismatch: boolean;
  dryRun: boolean;
  gracePeriodHours: number;
  /** Who is deploying, as the lock names them to a deploy that has to wait. */
  holder: string;
}

/** The outside world a deploy talks to; tests pass a local S3 server and a recording invalidator. */
export interface DeployServices {
  s3: S3Client;
  /** May be undefined for a dry run, which invalidates nothing. */
  invalidator: Invalidator | undefined;
  progress: ProgressListener;
  now: () => Date;
}

export interface DeployOutcome {
  plan: DeployPlan;
  /** Undefined for a dry run. */
  result: PublishResult | undefined;
}

const HOUR_MS = 3_600_000;

/**
 * Checks the build, takes the bucket's deploy lock, compares the build with the bucket and publishes
 * the difference (or only reports it: a dry run takes no lock and changes nothing).
 */
export async function runDeploy(request: DeployRequest, services: DeployServices): Promise<DeployOutcome> {
  const { s3, progress } = services;
  await verifyBuild(request);
  if (!request.dryRun && services.invalidator === undefined) {
    throw new DeployError('A deploy needs a CloudFront distribution to invalidate.');
  }
  const local = await scanBuild(request.distDir);
  progress({ type: 'scanned', files: local.length, bytes: local.reduce((total, file) => total + file.size, 0) });
  const lock = request.dryRun ? undefined : await acquireDeployLock(s3, request.bucket, { holder: request.holder, now: services.now });
  try {
    // Read only once the lock is held: a plan made from a listing that another deploy then changes
    // could publish pages that link assets that deploy deleted.
    const remote = await listRemoteObjects(s3, request.bucket, (done, total) => progress({ type: 'reading-bucket', done, total }));
    progress({ type: 'read-bucket', objects: remote.length });
    const plan = planDeploy(local, remote, {
      now: services.now(),
      gracePeriodMs: request.gracePeriodHours * HOUR_MS,
      pendingInvalidationPaths: await readPendingInvalidation(s3, request.bucket),
    });
    if (lock === undefined || services.invalidator === undefined) return { plan, result: undefined };
    const result = await publish(plan, {
      s3,
      bucket: request.bucket,
      invalidator: services.invalidator,
      progress,
      now: services.now,
      renewLock: () => lock.renew(),
    });
    return { plan, result };
  } finally {
    await lock?.release();
  }
}
