import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CreateBucketCommand, DeleteObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Invalidator } from '../../scripts/deploy/cloudfront';
import { mapWithConcurrency } from '../../scripts/deploy/concurrency';
import { DeployError } from '../../scripts/deploy/errors';
import { IMMUTABLE_CACHE_CONTROL } from '../../scripts/deploy/headers';
import { runDeploy } from '../../scripts/deploy/run-deploy';
import { createS3Client } from '../../scripts/deploy/s3';
import { FIXTURE_SITE_URL, SITE_FILES, createFixtureSite, type FixtureSite } from './fixture-site';
import { startLocalS3, type LocalS3 } from './local-s3';

let localS3: LocalS3;
let s3: S3Client;
let bucket: string;
let bucketCount = 0;
let site: FixtureSite;
const invalidations: string[][] = [];
const invalidator: Invalidator = {
  invalidate: async (paths) => {
    invalidations.push([...paths]);
    return `I${invalidations.length}`;
  },
};

beforeAll(async () => {
  localS3 = await startLocalS3();
});
afterAll(async () => {
  await localS3.close();
});
beforeEach(async () => {
  s3 = localS3.client();
  bucket = `edges-${++bucketCount}`;
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  site = await createFixtureSite();
  invalidations.length = 0;
});
afterEach(async () => {
  await site.dispose();
});

function deploy(client: S3Client = s3) {
  return runDeploy(
    {
      distDir: site.distDir,
      languages: ['ko', 'en'],
      sourcePaths: site.sourcePaths,
      bucket,
      siteUrl: FIXTURE_SITE_URL,
      allowSiteUrlMismatch: false,
      dryRun: false,
      gracePeriodHours: 0,
      holder: 'the test',
    },
    { s3: client, invalidator, progress: () => {}, now: () => new Date() },
  );
}

const exists = (key: string): Promise<boolean> =>
  s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(
    () => true,
    () => false,
  );

/** Objects as an earlier deploy would have left them: hashed, with their hash stored. */
async function putOwnedObjects(keys: readonly string[]): Promise<void> {
  await mapWithConcurrency(keys, 16, async (key) => {
    const body = `old ${key}`;
    await s3.send(
      new PutObjectCommand({
        Bucket: bucket,
        Key: key,
        Body: body,
        CacheControl: IMMUTABLE_CACHE_CONTROL,
        Metadata: { sha256: createHash('sha256').update(body).digest('hex') },
      }),
    );
  });
}

describe('bucket listings and deletions beyond the simple case', () => {
  it('reads a bucket of more than 1,000 keys across pages and deletes the stale ones in batches of 1,000', async () => {
    const stale = Array.from({ length: 1_050 }, (_, index) => `_astro/old-${String(index).padStart(4, '0')}.A1b2C3d4.js`);
    await putOwnedObjects(stale);
    let listings = 0;
    let deleteBatches = 0;
    const counting = localS3.client();
    counting.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'ListObjectsV2Command') listings++;
        if (context.commandName === 'DeleteObjectsCommand') deleteBatches++;
        return next(args);
      },
      { step: 'initialize', name: 'counting' },
    );

    const outcome = await deploy(counting);

    expect(listings).toBe(2);
    expect(outcome.plan.deletions).toHaveLength(1_050);
    expect(deleteBatches).toBe(2);
    expect(outcome.result?.deletedObjects).toBe(1_050);
    expect(await exists(stale[0] ?? '')).toBe(false);
    expect(await exists(stale.at(-1) ?? '')).toBe(false);
    expect(await exists('index.html')).toBe(true);
  }, 90_000);

  it('fails with the keys S3 could not delete, though DeleteObjects answered 200, and a rerun deletes them', async () => {
    await putOwnedObjects(['_astro/old.A1.css', '_astro/old.B2.js']);
    const refusing = localS3.client();
    refusing.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName !== 'DeleteObjectsCommand') return next(args);
        return {
          response: {},
          output: {
            $metadata: { httpStatusCode: 200 },
            Errors: [{ Key: '_astro/old.B2.js', Code: 'AccessDenied', Message: 'Access Denied' }],
          },
        } as Awaited<ReturnType<typeof next>>;
      },
      { step: 'initialize', name: 'partialDelete' },
    );

    const failure = await deploy(refusing).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(DeployError);
    expect(String(failure)).toMatch(/S3 did not delete 1 stale object\(s\): _astro\/old\.B2\.js \(AccessDenied: Access Denied\)/);
    expect(String(failure)).toMatch(/The new site is complete/);
    await deploy();
    expect(await exists('_astro/old.A1.css')).toBe(false);
    expect(await exists('_astro/old.B2.js')).toBe(false);
  });

  it('publishes a Korean file name written in NFD under its NFC key, and finds it unchanged next time', async () => {
    const nfd = '컴퓨팅'.normalize('NFD');
    const file = path.join(site.distDir, 'ko', 'tags', nfd, 'index.html');
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, '<html lang="ko"><body>컴퓨팅</body></html>');
    await site.write('index.html', String(SITE_FILES['index.html'])); // keeps the build times in order

    await deploy();
    expect(await exists('ko/tags/컴퓨팅/index.html'.normalize('NFC'))).toBe(true);
    expect(await exists(`ko/tags/${nfd}/index.html`)).toBe(false);

    const again = await deploy();
    expect(again.plan.uploads).toEqual([]);
  });

  it('goes on when an object listed is deleted before its HEAD (someone cleaned up meanwhile)', async () => {
    await putOwnedObjects(['_astro/gone.A1.css']);
    const racing = localS3.client();
    racing.middlewareStack.add(
      (next, context) => async (args) => {
        const input = args.input as { Key?: string };
        if (context.commandName === 'HeadObjectCommand' && input.Key === '_astro/gone.A1.css') {
          await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: input.Key }));
        }
        return next(args);
      },
      { step: 'initialize', name: 'deleteBeforeHead' },
    );

    const outcome = await deploy(racing);

    expect(outcome.plan.deletions).toEqual([]);
    expect(outcome.result?.uploadedFiles).toBe(Object.keys(SITE_FILES).length);
  });

  it('retries a throttled request up to 8 times in all, with the standard retry mode', async () => {
    const client = createS3Client({ region: 'us-east-1', profile: undefined });
    expect(await client.config.maxAttempts()).toBe(8);
    const strategy = await client.config.retryStrategy();
    expect('mode' in strategy ? strategy.mode : undefined).toBe('standard');
  });

  it('uploads the service worker with no-cache and the manifest with its type', async () => {
    await site.write('sw.js', 'self.addEventListener("fetch", () => {});');
    await site.write('manifest.webmanifest', '{"name":"AWS 스터디 노트"}');
    await deploy();
    const worker = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'sw.js' }));
    expect(worker.CacheControl).toBe('no-cache');
    const manifest = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: 'manifest.webmanifest' }));
    expect(manifest.ContentType).toMatch(/^application\/manifest\+json/);
  });
});
