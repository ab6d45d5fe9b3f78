import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Invalidator } from '../../scripts/deploy/cloudfront';
import { DeployError } from '../../scripts/deploy/errors';
import { acquireDeployLock, readLock } from '../../scripts/deploy/lock';
import { runDeploy } from '../../scripts/deploy/run-deploy';
import { FIXTURE_SITE_URL, SITE_FILES, createFixtureSite, type FixtureSite } from './fixture-site';
import { startLocalS3, type LocalS3 } from './local-s3';

let localS3: LocalS3;
let s3: S3Client;
let bucket: string;
let bucketCount = 0;
const sites: FixtureSite[] = [];

beforeAll(async () => {
  localS3 = await startLocalS3();
});
afterAll(async () => {
  await localS3.close();
});
beforeEach(async () => {
  s3 = localS3.client();
  bucket = `locked-${++bucketCount}`;
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
});
afterEach(async () => {
  await Promise.all(sites.splice(0).map((site) => site.dispose()));
});

const at = (iso: string) => () => new Date(iso);
const noInvalidation: Invalidator = { invalidate: async () => 'I1' };

function deploy(site: FixtureSite, holder: string, invalidator: Invalidator = noInvalidation, client: S3Client = s3) {
  return runDeploy(
    {
      distDir: site.distDir,
      languages: ['ko', 'en'],
      sourcePaths: site.sourcePaths,
      bucket,
      siteUrl: FIXTURE_SITE_URL,
      allowSiteUrlMismatch: false,
      dryRun: false,
      // The strictest setting: old assets go as soon as a deploy no longer needs them.
      gracePeriodHours: 0,
      holder,
    },
    { s3: client, invalidator, progress: () => {}, now: () => new Date() },
  );
}

async function fixture(): Promise<FixtureSite> {
  const site = await createFixtureSite();
  sites.push(site);
  return site;
}

/** Rebuilds a fixture whose pages all link `css` instead of the original stylesheet. */
async function restyle(site: FixtureSite, css: string): Promise<void> {
  const original = '_astro/index.C3xYz9Qa.css';
  for (const [key, content] of Object.entries(SITE_FILES)) {
    if (key.endsWith('.html') && typeof content === 'string' && content.includes(original)) {
      await site.write(key, content.replace(original, css));
    }
  }
  await site.write(css, `/* ${css} */`);
  await site.remove(original);
}

describe('the local S3 server and conditional writes', () => {
  it('s3rver itself ignores If-None-Match, which is why the tests add S3 behaviour in front of it', async () => {
    const raw = localS3.rawClient();
    await raw.send(new PutObjectCommand({ Bucket: bucket, Key: 'k', Body: 'first', IfNoneMatch: '*' }));
    await raw.send(new PutObjectCommand({ Bucket: bucket, Key: 'k', Body: 'second', IfNoneMatch: '*' }));
    const body = await raw.send(new GetObjectCommand({ Bucket: bucket, Key: 'k' }));
    expect(await body.Body?.transformToString()).toBe('second');
  });

  it('with that check, a second create answers 412 PreconditionFailed, as S3 does', async () => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'k', Body: 'first', IfNoneMatch: '*' }));
    await expect(s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'k', Body: 'second', IfNoneMatch: '*' }))).rejects.toMatchObject({
      name: 'PreconditionFailed',
      $metadata: { httpStatusCode: 412 },
    });
    await expect(
      s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'k', Body: 'third', IfMatch: '"not-its-etag"' })),
    ).rejects.toMatchObject({
      name: 'PreconditionFailed',
    });
  });
});

describe('the deploy lock', () => {
  it('refuses a second deploy while the first holds the lock, naming who holds it and until when', async () => {
    await acquireDeployLock(s3, bucket, { holder: 'ana@laptop (pid 42)', now: at('2026-11-29T10:00:00Z') });
    const refusal = await acquireDeployLock(s3, bucket, { holder: 'CI', now: at('2026-11-29T10:10:00Z') }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DeployError);
    expect(String(refusal)).toMatch(
      /Another deploy is publishing to s3:\/\/locked-\d+: ana@laptop \(pid 42\), since 2026-11-29T10:00:00\.000Z\..*expires at 2026-11-29T10:30:00\.000Z/,
    );
  });

  it('lets exactly one of many deploys that start at once take the lock', async () => {
    const attempts = await Promise.allSettled(
      ['a', 'b', 'c', 'd'].map((holder) => acquireDeployLock(localS3.client(), bucket, { holder, now: () => new Date() })),
    );
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
  });

  it('takes over a lock whose deploy crashed once it has expired', async () => {
    await acquireDeployLock(s3, bucket, { holder: 'crashed', now: at('2026-11-29T10:00:00Z') });
    await acquireDeployLock(s3, bucket, { holder: 'next', now: at('2026-11-29T10:31:00Z') });
    expect((await readLock(s3, bucket))?.record.holder).toBe('next');
  });

  it('lets only one of two deploys that find the same expired lock take it over', async () => {
    await acquireDeployLock(s3, bucket, { holder: 'crashed', now: at('2026-11-29T10:00:00Z') });
    const later = at('2026-11-29T11:00:00Z');
    const attempts = await Promise.allSettled([
      acquireDeployLock(localS3.client(), bucket, { holder: 'x', now: later }),
      acquireDeployLock(localS3.client(), bucket, { holder: 'y', now: later }),
    ]);
    expect(attempts.filter((attempt) => attempt.status === 'fulfilled')).toHaveLength(1);
  });

  it('stops a deploy whose expired lock another deploy took, and leaves the new lock in place', async () => {
    const slow = await acquireDeployLock(s3, bucket, { holder: 'slow', now: at('2026-11-29T10:00:00Z') });
    await acquireDeployLock(s3, bucket, { holder: 'fast', now: at('2026-11-29T10:45:00Z') });
    await expect(slow.renew()).rejects.toThrow(
      /lock on s3:\/\/locked-\d+ expired and is now held by fast; this deploy stopped before its next step/,
    );
    await slow.release();
    expect((await readLock(s3, bucket))?.record.holder).toBe('fast');
  });

  it('stops a deploy before it deletes anything once another deploy has taken its lock', async () => {
    const site = await fixture();
    await deploy(site, 'first');
    await restyle(site, '_astro/index.N3wStyle2.css');
    // While this deploy waits for its invalidation, its lock is taken over (as after it expired).
    const robbed: Invalidator = {
      invalidate: async () => {
        const raw = localS3.rawClient();
        const record = {
          holder: 'usurper',
          acquiredAt: new Date().toISOString(),
          expiresAt: new Date(Date.now() + 1_800_000).toISOString(),
        };
        await raw.send(new PutObjectCommand({ Bucket: bucket, Key: '.deploy/lock.json', Body: JSON.stringify(record) }));
        return 'I1';
      },
    };
    await expect(deploy(site, 'robbed', robbed)).rejects.toThrow(/is now held by usurper; this deploy stopped before its next step/);
    const old = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: '_astro/index.C3xYz9Qa.css' })).then(
      () => true,
      () => false,
    );
    expect(old).toBe(true);
    expect((await readLock(s3, bucket))?.record.holder).toBe('usurper');
  });

  it('is released when a deploy ends, whether it succeeded or failed; a dry run takes none', async () => {
    const site = await fixture();
    await deploy(site, 'first');
    expect(await readLock(s3, bucket)).toBeUndefined();
    const failing: Invalidator = {
      invalidate: async () => {
        throw new DeployError('CloudFront is unreachable (injected)');
      },
    };
    await site.write('en/index.html', '<html lang="en"><body>New</body></html>');
    await expect(deploy(site, 'second', failing)).rejects.toThrow(/unreachable/);
    expect(await readLock(s3, bucket)).toBeUndefined();

    await acquireDeployLock(s3, bucket, { holder: 'someone else', now: () => new Date() });
    const dryRun = await runDeploy(
      {
        distDir: site.distDir,
        languages: ['ko', 'en'],
        sourcePaths: site.sourcePaths,
        bucket,
        siteUrl: FIXTURE_SITE_URL,
        allowSiteUrlMismatch: false,
        dryRun: true,
        gracePeriodHours: 0,
        holder: 'dry run',
      },
      { s3, invalidator: undefined, progress: () => {}, now: () => new Date() },
    );
    expect(dryRun.result).toBeUndefined();
    expect((await readLock(s3, bucket))?.record.holder).toBe('someone else');
  });
});

/**
 * Every page in the bucket that links a stylesheet or script under /_astro/ that is not in the bucket.
 * A page read before a missing asset was found is read again: only a page that still links it counts.
 */
async function brokenPages(): Promise<string[]> {
  const listing = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
  const keys = new Set((listing.Contents ?? []).flatMap((object) => (object.Key === undefined ? [] : [object.Key])));
  const broken: string[] = [];
  // A page being replaced or deleted while it is read reads as absent.
  const read = (key: string): Promise<string | undefined> =>
    s3
      .send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      .then((response) => response.Body?.transformToString())
      .catch(() => undefined);
  const exists = (key: string): Promise<boolean> =>
    s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(
      () => true,
      () => false,
    );
  for (const key of [...keys].filter((candidate) => candidate.endsWith('.html'))) {
    const html = await read(key);
    for (const [, asset = ''] of (html ?? '').matchAll(/(?:href|src)="\/(_astro\/[^"]+)"/g)) {
      if (await exists(asset)) continue;
      if ((await read(key))?.includes(`/${asset}"`)) broken.push(`${key} links missing ${asset}`);
    }
  }
  return broken;
}

describe('two deploys at once', () => {
  it('never leave a page in the bucket that links a missing asset', async () => {
    await deploy(await fixture(), 'initial');
    // The race of the issue: one build keeps the stylesheet and edits a page (so it skips uploading
    // the stylesheet), the other replaces the stylesheet (so it deletes the old one).
    const keepsStyle = await fixture();
    await keepsStyle.write('ko/notes/lambda/index.html', String(SITE_FILES['ko/notes/lambda/index.html']).replace('<p>', '<p>수정: '));
    const newStyle = await fixture();
    await restyle(newStyle, '_astro/index.N3wStyle1.css');

    let running = true;
    const seen: string[] = [];
    const watcher = (async () => {
      while (running) seen.push(...(await brokenPages()));
    })();
    // Each deploy's invalidation takes a moment, as CloudFront's does, so that the two overlap.
    const slowInvalidator: Invalidator = { invalidate: async () => new Promise((resolve) => setTimeout(() => resolve('I'), 200)) };
    // The build that keeps the stylesheet deploys over a slow connection: without the lock, the other
    // deploy would delete the stylesheet between its listing and its page upload.
    const slowClient = localS3.client();
    slowClient.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'PutObjectCommand') await new Promise((resolve) => setTimeout(resolve, 1_000));
        return next(args);
      },
      { step: 'initialize', name: 'slowConnection' },
    );
    const outcomes = await Promise.allSettled([
      deploy(keepsStyle, 'keeps-style', slowInvalidator, slowClient),
      deploy(newStyle, 'new-style', slowInvalidator, localS3.client()),
    ]);
    expect(seen).toEqual([]);
    expect(await brokenPages()).toEqual([]);
    const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason as unknown] : []));
    expect(refused).toHaveLength(1);
    expect(String(refused[0])).toMatch(/Another deploy is publishing to s3:\/\/locked-\d+: (keeps-style|new-style), since/);

    // The refused deploy runs again once the first has finished, as a queued CI deploy would.
    const loser = outcomes[0]?.status === 'rejected' ? keepsStyle : newStyle;
    await deploy(loser, 'rerun', slowInvalidator, localS3.client());
    running = false;
    await watcher;

    expect(seen).toEqual([]);
    expect(await brokenPages()).toEqual([]);
  });
});
