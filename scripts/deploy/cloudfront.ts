import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  CloudFrontClient,
  CreateInvalidationCommand,
  GetInvalidationCommand,
  type CloudFrontClientConfig,
} from '@aws-sdk/client-cloudfront';
import { DeployError, explainCloudFrontError } from './errors';

/** Clears paths from the CDN's caches. Tests inject a recording fake. */
export interface Invalidator {
  /** Resolves with the invalidation's id once CloudFront reports it completed at every edge. */
  invalidate(paths: readonly string[]): Promise<string>;
}

export interface InvalidationPolling {
  intervalMs: number;
  timeoutMs: number;
}

/** Invalidations usually complete within a minute or two; twenty minutes means something is wrong. */
const DEFAULT_POLLING: InvalidationPolling = { intervalMs: 5_000, timeoutMs: 20 * 60_000 };

/** CloudFront is a global service whose API lives in us-east-1. Credentials as for S3: the default chain. */
export function createCloudFrontClient(profile: string | undefined, overrides: CloudFrontClientConfig = {}): CloudFrontClient {
  return new CloudFrontClient({
    region: 'us-east-1',
    ...(profile === undefined ? {} : { profile }),
    retryMode: 'standard',
    maxAttempts: 8,
    ...overrides,
  });
}

/**
 * Polls GetInvalidation itself instead of using the SDK's waitUntilInvalidationCompleted: that waiter
 * treats every error (access denied included) as "not yet" and would spin until its timeout, while
 * here an error that the SDK's retries did not cure ends the deploy at once with its explanation.
 */
export function createCloudFrontInvalidator(
  client: CloudFrontClient,
  distributionId: string,
  polling: InvalidationPolling = DEFAULT_POLLING,
): Invalidator {
  const send = async <Result>(request: () => Promise<Result>): Promise<Result> => {
    try {
      return await request();
    } catch (error) {
      throw explainCloudFrontError(error, distributionId);
    }
  };

  return {
    async invalidate(paths) {
      const created = await send(() =>
        client.send(
          new CreateInvalidationCommand({
            DistributionId: distributionId,
            // Unique per deploy; the SDK's own retries resend the same reference, so a retried request
            // cannot create a second invalidation.
            InvalidationBatch: {
              CallerReference: `deploy-${randomUUID()}`,
              Paths: { Quantity: paths.length, Items: [...paths] },
            },
          }),
        ),
      );
      const id = created.Invalidation?.Id;
      if (id === undefined) throw new DeployError(`CloudFront accepted the invalidation of ${distributionId} but returned no id.`);
      const deadline = Date.now() + polling.timeoutMs;
      let status = created.Invalidation?.Status;
      while (status !== 'Completed') {
        if (Date.now() >= deadline) {
          throw new DeployError(
            `Invalidation ${id} of distribution ${distributionId} had not completed after ${Math.round(polling.timeoutMs / 60_000)} ` +
              'minutes, so no stale object was deleted. Deploy again later to delete them.',
          );
        }
        await sleep(polling.intervalMs);
        const current = await send(() => client.send(new GetInvalidationCommand({ DistributionId: distributionId, Id: id })));
        status = current.Invalidation?.Status;
      }
      return id;
    },
  };
}
