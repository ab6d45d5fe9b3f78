import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
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
import { IMMUTABLE_CACHE_CONTROL, REVALIDATE_CACHE_CONTROL } from '../../scripts/deploy/headers';
import type { ProgressEvent } from '../../scripts/deploy/progress';
import { runDeploy, type DeployOutcome } from '../../scripts/deploy/run-deploy';
import { formatPlan } from '../../scripts/deploy/summary';
import { FIXTURE_SITE_URL, SITE_FILES, createFixtureSite, type FixtureSite } from './fixture-site';
import { startLocalS3, type LocalS3 } from './local-s3';

// CloudFront is replaced by a recording invalidator.
let localS3: LocalS3;

beforeAll(async () => {
  localS3 = await startLocalS3();
});

afterAll(async () => {
  await localS3.close();
});

function localS3Client(): S3Client {
  return localS3.client();
}

/** Stands in for CloudFront: records each invalidation and can look at the bucket while it runs. */
class RecordingInvalidator implements Invalidator {
  readonly invalidations: string[][] = [];
  duringInvalidation: () => Promise<void> = async () => {};

  async invalidate(paths: readonly string[]): Promise<string> {
    this.invalidations.push([...paths]);
    await this.duringInvalidation();
    return `I${this.invalidations.length}`;
  }
}

const HOUR_MS = 3_600_000;
let bucketCount = 0;
let s3: S3Client;
let bucket: string;
let site: FixtureSite;
let invalidator: RecordingInvalidator;
let events: ProgressEvent[];

beforeEach(async () => {
  s3 = localS3Client();
  bucket = `site-${++bucketCount}`;
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  site = await createFixtureSite();
  invalidator = new RecordingInvalidator();
  events = [];
});

afterEach(async () => {
  await site.dispose();
});

interface DeployCall {
  dryRun?: boolean;
  gracePeriodHours?: number;
  now?: Date;
  client?: S3Client;
}

function deploy(call: DeployCall = {}): Promise<DeployOutcome> {
  return runDeploy(
    {
      distDir: site.distDir,
      languages: ['ko', 'en'],
      sourcePaths: site.sourcePaths,
      bucket,
      siteUrl: FIXTURE_SITE_URL,
      allowSiteUrlMismatch: false,
      dryRun: call.dryRun ?? false,
      gracePeriodHours: call.gracePeriodHours ?? 0,
      holder: 'the test',
    },
    {
      s3: call.client ?? s3,
      invalidator,
      progress: (event) => events.push(event),
      now: () => call.now ?? new Date(),
    },
  );
}

interface StoredObject {
  sha256: string | undefined;
  contentType: string | undefined;
  cacheControl: string | undefined;
  contentEncoding: string | undefined;
}

/** Every object in the bucket by key, as HeadObject reports it. */
async function bucketContents(): Promise<Map<string, StoredObject>> {
  const listing = await s3.send(new ListObjectsV2Command({ Bucket: bucket }));
  const contents = new Map<string, StoredObject>();
  for (const { Key: key } of listing.Contents ?? []) {
    if (key === undefined) continue;
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    contents.set(key, {
      sha256: head.Metadata?.['sha256'],
      contentType: head.ContentType,
      cacheControl: head.CacheControl,
      contentEncoding: head.ContentEncoding,
    });
  }
  return contents;
}

const siteKeys = (contents: Map<string, StoredObject>): string[] =>
  [...contents.keys()].filter((key) => !key.startsWith('.deploy/')).sort();
const sha256 = (content: string | Uint8Array): string => createHash('sha256').update(content).digest('hex');
const uploadedKeys = (): string[] => events.flatMap((event) => (event.type === 'uploaded' ? [event.key] : []));
const deletedKeys = (): string[] => events.flatMap((event) => (event.type === 'deleted' ? event.keys : []));

async function objectExists(key: string): Promise<boolean> {
  return s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key })).then(
    () => true,
    () => false,
  );
}

/** The bucket holds exactly the build: the same keys, each with the hash of the file in dist/. */
async function expectBucketToMatchBuild(files: Readonly<Record<string, string | Uint8Array>>): Promise<void> {
  const contents = await bucketContents();
  expect(siteKeys(contents)).toEqual(Object.keys(files).sort());
  for (const [key, content] of Object.entries(files)) expect(contents.get(key)?.sha256, key).toBe(sha256(content));
}

/** The fixture after an edit of the Lambda note, rebuilt: its page, its Pagefind fragment and the Korean index change. */
async function rebuildWithEditedLambdaNote(): Promise<Record<string, string | Uint8Array>> {
  const files: Record<string, string | Uint8Array> = { ...SITE_FILES };
  const changes: Record<string, string> = {
    'ko/notes/lambda/index.html':
      '<!doctype html><html lang="ko"><body><main data-pagefind-body><h1>AWS Lambda</h1><p>수정된 내용</p></main></body></html>',
    'pagefind/fragment/ko_9a8b7c6.pf_fragment': 'new fragment',
    'pagefind/pagefind.ko_1234567890.pf_meta': 'new meta',
    'pagefind/pagefind-entry.json': SITE_FILES['pagefind/pagefind-entry.json']?.toString().replace('ko_8e3724eff5', 'ko_1234567890') ?? '',
  };
  for (const [key, content] of Object.entries(changes)) {
    await site.write(key, content);
    files[key] = content;
  }
  for (const key of ['pagefind/fragment/ko_7e3f3b4.pf_fragment', 'pagefind/pagefind.ko_8e3724eff5.pf_meta']) {
    await site.remove(key);
    delete files[key];
  }
  return files;
}

describe('deploying to an S3-compatible server', () => {
  it('uploads every file of a first deploy with its Content-Type and Cache-Control', async () => {
    const outcome = await deploy();

    expect(outcome.result?.uploadedFiles).toBe(Object.keys(SITE_FILES).length);
    await expectBucketToMatchBuild(SITE_FILES);
    const contents = await bucketContents();
    expect(contents.get('ko/notes/lambda/index.html')).toMatchObject({
      contentType: 'text/html; charset=utf-8',
      cacheControl: REVALIDATE_CACHE_CONTROL,
    });
    expect(contents.get('ko/tags/서버리스/index.html')?.contentType).toBe('text/html; charset=utf-8');
    expect(contents.get('_astro/index.C3xYz9Qa.css')).toMatchObject({
      contentType: 'text/css; charset=utf-8',
      cacheControl: IMMUTABLE_CACHE_CONTROL,
    });
    expect(contents.get('pagefind/pagefind.js')).toMatchObject({
      contentType: 'text/javascript; charset=utf-8',
      cacheControl: REVALIDATE_CACHE_CONTROL,
    });
    expect(contents.get('pagefind/pagefind-entry.json')).toMatchObject({
      contentType: 'application/json; charset=utf-8',
      cacheControl: REVALIDATE_CACHE_CONTROL,
    });
    for (const key of [
      'pagefind/index/ko_f8dadfc.pf_index',
      'pagefind/fragment/en_5e111d8.pf_fragment',
      'pagefind/pagefind.ko_8e3724eff5.pf_meta',
    ]) {
      expect(contents.get(key), key).toEqual({
        sha256: sha256(SITE_FILES[key] ?? ''),
        contentType: 'application/octet-stream',
        cacheControl: IMMUTABLE_CACHE_CONTROL,
        contentEncoding: undefined,
      });
    }
    expect(contents.get('pagefind/wasm.unknown.pagefind')).toMatchObject({
      contentType: 'application/octet-stream',
      cacheControl: REVALIDATE_CACHE_CONTROL,
      contentEncoding: undefined,
    });
    const wasm = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'pagefind/wasm.en.pagefind' }));
    expect(await wasm.Body?.transformToByteArray()).toEqual(SITE_FILES['pagefind/wasm.en.pagefind']);
    expect(invalidator.invalidations).toEqual([]);
  });

  it('uploads hashed assets first, then other assets, then pages deepest first, then entry files', async () => {
    await deploy();
    const kinds = events.flatMap((event) => (event.type === 'uploaded' ? [event.kind] : []));
    const firstOf = (kind: string): number => kinds.indexOf(kind as (typeof kinds)[number]);
    const lastOf = (kind: string): number => kinds.lastIndexOf(kind as (typeof kinds)[number]);
    expect(lastOf('hashed')).toBeLessThan(firstOf('asset'));
    expect(lastOf('asset')).toBeLessThan(firstOf('page'));
    expect(lastOf('page')).toBeLessThan(firstOf('entry'));
    const pageDepths = uploadedKeys()
      .filter((key) => key.endsWith('.html'))
      .map((key) => key.split('/').length);
    expect(pageDepths).toEqual([...pageDepths].sort((a, b) => b - a));
  });

  it('uploads nothing on a second deploy with no change', async () => {
    await deploy();
    events = [];
    const outcome = await deploy();
    expect(outcome.result?.uploadedFiles).toBe(0);
    expect(outcome.plan.unchanged).toHaveLength(Object.keys(SITE_FILES).length);
    expect(uploadedKeys()).toEqual([]);
    expect(invalidator.invalidations).toEqual([]);
    expect(deletedKeys()).toEqual([]);
  });

  it('uploads only the changed note and invalidates only its paths', async () => {
    await deploy();
    events = [];
    await site.write('ko/notes/lambda/index.html', '<html lang="ko"><body>새 내용</body></html>');
    await deploy();
    expect(uploadedKeys()).toEqual(['ko/notes/lambda/index.html']);
    expect(invalidator.invalidations).toEqual([['/ko/notes/lambda/', '/ko/notes/lambda/index.html']]);
  });

  it('deletes a removed note once the new pages are up, before the invalidation, and invalidates its URLs', async () => {
    await deploy();
    events = [];
    await site.remove('ko/notes/s3/index.html');
    await site.write('ko/index.html', '<html lang="ko"><body><a href="/ko/notes/lambda/">Lambda</a></body></html>');
    let removedNoteExistedDuringInvalidation = true;
    invalidator.duringInvalidation = async () => {
      removedNoteExistedDuringInvalidation = await objectExists('ko/notes/s3/index.html');
    };

    await deploy();

    // Deleted before the invalidation, so no edge can fetch and cache it again after it.
    expect(removedNoteExistedDuringInvalidation).toBe(false);
    expect(await objectExists('ko/notes/s3/index.html')).toBe(false);
    expect(deletedKeys()).toEqual(['ko/notes/s3/index.html']);
    expect(invalidator.invalidations).toEqual([['/ko/', '/ko/index.html', '/ko/notes/s3/', '/ko/notes/s3/index.html']]);
    const order = events.map((event) => event.type).filter((type) => ['uploaded', 'invalidated', 'deleted'].includes(type));
    expect(order).toEqual(['uploaded', 'deleted', 'invalidated']);
  });

  it('replaces a rebuilt search index without a moment where the entry file points at missing files', async () => {
    await deploy();
    events = [];
    const rebuilt = await rebuildWithEditedLambdaNote();
    invalidator.duringInvalidation = async () => {
      expect(await objectExists('pagefind/fragment/ko_7e3f3b4.pf_fragment')).toBe(true);
    };

    await deploy();

    // The two new hashed files go up together, in either order; the page and the entry follow.
    expect(uploadedKeys().slice(0, 2).sort()).toEqual([
      'pagefind/fragment/ko_9a8b7c6.pf_fragment',
      'pagefind/pagefind.ko_1234567890.pf_meta',
    ]);
    expect(uploadedKeys().slice(2)).toEqual(['ko/notes/lambda/index.html', 'pagefind/pagefind-entry.json']);
    expect(invalidator.invalidations).toEqual([['/ko/notes/lambda/', '/ko/notes/lambda/index.html', '/pagefind/pagefind-entry.json']]);
    expect(deletedKeys().sort()).toEqual(['pagefind/fragment/ko_7e3f3b4.pf_fragment', 'pagefind/pagefind.ko_8e3724eff5.pf_meta']);
    await expectBucketToMatchBuild(rebuilt);
  });

  it('deletes nothing when a deploy fails half-way, and a rerun ends with the complete site', async () => {
    await deploy();
    events = [];
    const rebuilt = await rebuildWithEditedLambdaNote();
    await site.write('en/notes/lambda/index.html', '<html lang="en"><body>Edited</body></html>');
    rebuilt['en/notes/lambda/index.html'] = '<html lang="en"><body>Edited</body></html>';

    // The connection drops after four successful writes of the site: the two new hashed files and the
    // two edited pages; the Pagefind entry file is never written. (The deploy's own state under .deploy/,
    // its lock and pending-invalidation record, is written as usual.)
    const failingClient = localS3Client();
    let writes = 0;
    failingClient.middlewareStack.add(
      (next, context) => async (args) => {
        const key = (args.input as { Key?: string }).Key ?? '';
        if (context.commandName === 'PutObjectCommand' && !key.startsWith('.deploy/') && ++writes > 4) {
          throw new Error('socket hang up (injected)');
        }
        return next(args);
      },
      { step: 'initialize', name: 'injectedFailure' },
    );
    const failure = await deploy({ client: failingClient }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeployError);
    expect(String(failure)).toMatch(/Nothing was deleted/);
    expect(invalidator.invalidations).toEqual([]);
    expect(await objectExists('pagefind/fragment/ko_7e3f3b4.pf_fragment')).toBe(true);
    expect(await objectExists('pagefind/pagefind.ko_8e3724eff5.pf_meta')).toBe(true);

    events = [];
    await deploy();
    await expectBucketToMatchBuild(rebuilt);
    expect(uploadedKeys()).toEqual(['pagefind/pagefind-entry.json']);
    // The pages the failed run replaced are invalidated too, though the rerun found them current.
    expect(invalidator.invalidations).toEqual([
      [
        '/en/notes/lambda/',
        '/en/notes/lambda/index.html',
        '/ko/notes/lambda/',
        '/ko/notes/lambda/index.html',
        '/pagefind/pagefind-entry.json',
      ],
    ]);
    expect(deletedKeys().sort()).toEqual(['pagefind/fragment/ko_7e3f3b4.pf_fragment', 'pagefind/pagefind.ko_8e3724eff5.pf_meta']);

    events = [];
    await deploy();
    expect(uploadedKeys()).toEqual([]);
    expect(invalidator.invalidations).toHaveLength(1);
  });

  it('invalidates what an interrupted deploy uploaded but never invalidated', async () => {
    await deploy();
    await site.write('en/index.html', '<html lang="en"><body>New home</body></html>');
    invalidator.duringInvalidation = async () => {
      throw new DeployError('CloudFront is unreachable (injected)');
    };
    await expect(deploy()).rejects.toThrow(/The deploy stopped while invalidating CloudFront/);

    invalidator.duringInvalidation = async () => {};
    events = [];
    await deploy();
    expect(uploadedKeys()).toEqual([]);
    expect(invalidator.invalidations.at(-1)).toEqual(['/en/', '/en/index.html']);
  });

  it('retries throttled requests and completes the deploy', async () => {
    const throttledClient = localS3Client();
    let throttled = 0;
    throttledClient.middlewareStack.add(
      (next, context) => async (args) => {
        // Inside the SDK's retry loop, like a 503 SlowDown answer from S3.
        if (context.commandName === 'PutObjectCommand' && throttled < 3) {
          throttled++;
          throw Object.assign(new Error('Please reduce your request rate.'), {
            name: 'SlowDown',
            $metadata: { httpStatusCode: 503 },
          });
        }
        return next(args);
      },
      { step: 'deserialize', name: 'injectedThrottling' },
    );

    await deploy({ client: throttledClient });

    expect(throttled).toBe(3);
    await expectBucketToMatchBuild(SITE_FILES);
  });

  it('changes nothing on a dry run and reports the counts and bytes', async () => {
    await deploy();
    await site.write('ko/notes/lambda/index.html', '0123456789');
    await site.remove('ko/notes/s3/index.html');
    const before = await bucketContents();
    events = [];

    const outcome = await deploy({ dryRun: true });

    expect(outcome.result).toBeUndefined();
    expect(await bucketContents()).toEqual(before);
    expect(invalidator.invalidations).toEqual([]);
    expect(uploadedKeys()).toEqual([]);
    const report = formatPlan(outcome.plan, bucket);
    expect(report).toContain('nothing was changed');
    expect(report).toMatch(/upload +1 file, 10 B \(1 changed\)/);
    expect(report).toMatch(new RegExp(`skip +${Object.keys(SITE_FILES).length - 2} files`));
    expect(report).toMatch(/invalidate +4 paths/);
    expect(report).toMatch(new RegExp(`delete +1 object, ${Buffer.byteLength(String(SITE_FILES['ko/notes/s3/index.html']))} B`));
    expect(report).toContain('delete ko/notes/s3/index.html');
  });

  it('refuses an incomplete build before touching the bucket', async () => {
    await site.remove('pagefind/pagefind-entry.json');
    await site.remove('index.html');
    const failure = await deploy().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(DeployError);
    expect(String(failure)).toMatch(/no index\.html/);
    expect(String(failure)).toMatch(/no Pagefind bundle/);
    expect(siteKeys(await bucketContents())).toEqual([]);
  });

  it('keeps old hashed assets and index chunks for the grace period, and a later deploy deletes them', async () => {
    const start = new Date();
    await deploy({ now: start });
    const rebuilt = await rebuildWithEditedLambdaNote();
    const oldChunks = ['pagefind/fragment/ko_7e3f3b4.pf_fragment', 'pagefind/pagefind.ko_8e3724eff5.pf_meta'];

    await deploy({ gracePeriodHours: 24, now: start });
    for (const key of oldChunks) expect(await objectExists(key), key).toBe(true);
    const kept = await bucketContents();
    expect(kept.get('pagefind/fragment/ko_7e3f3b4.pf_fragment')).toMatchObject({
      contentType: 'application/octet-stream',
      cacheControl: IMMUTABLE_CACHE_CONTROL,
    });

    const later = await deploy({ gracePeriodHours: 24, now: new Date(start.getTime() + 23 * HOUR_MS) });
    expect(later.plan.retained.map((object) => object.key).sort()).toEqual(oldChunks);

    await deploy({ gracePeriodHours: 24, now: new Date(start.getTime() + 25 * HOUR_MS) });
    for (const key of oldChunks) expect(await objectExists(key), key).toBe(false);
    await expectBucketToMatchBuild(rebuilt);
  });

  it('deletes a removed page at once even with a grace period', async () => {
    await deploy();
    await site.remove('ko/notes/s3/index.html');
    await deploy({ gracePeriodHours: 7 * 24 });
    expect(await objectExists('ko/notes/s3/index.html')).toBe(false);
    expect(invalidator.invalidations.at(-1)).toEqual(['/ko/notes/s3/', '/ko/notes/s3/index.html']);
  });

  it('never deletes objects that no deploy uploaded', async () => {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: 'legacy/report.pdf', Body: 'kept' }));
    const outcome = await deploy();
    expect(outcome.plan.foreign.map((object) => object.key)).toEqual(['legacy/report.pdf']);
    expect(await objectExists('legacy/report.pdf')).toBe(true);
  });

  it('says clearly when the bucket does not exist', async () => {
    bucket = 'no-such-bucket';
    await expect(deploy()).rejects.toThrow(/Bucket "no-such-bucket" does not exist/);
  });

  it('stores the same bytes it read from dist/', async () => {
    await deploy();
    const page = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: 'ko/notes/lambda/index.html' }));
    expect(await page.Body?.transformToString()).toBe(await readFile(path.join(site.distDir, 'ko/notes/lambda/index.html'), 'utf8'));
  });
});
