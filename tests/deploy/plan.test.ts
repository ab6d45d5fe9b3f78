import { describe, expect, it } from 'vitest';
import { headersFor } from '../../scripts/deploy/headers';
import { EVERYTHING, WILDCARD_THRESHOLD, invalidationPathsFor } from '../../scripts/deploy/invalidation';
import type { LocalFile } from '../../scripts/deploy/local-files';
import { planDeploy, type PlanOptions } from '../../scripts/deploy/plan';
import type { RemoteObject } from '../../scripts/deploy/s3';

const hash = (seed: string): string => seed.repeat(64).slice(0, 64);
const NOW = new Date('2026-11-22T12:00:00Z');
const HOUR_MS = 3_600_000;
const options = (overrides: Partial<PlanOptions> = {}): PlanOptions => ({
  now: NOW,
  gracePeriodMs: 0,
  pendingInvalidationPaths: [],
  ...overrides,
});

function local(key: string, sha256 = hash('a'), size = 100): LocalFile {
  return { key, absolutePath: `/build/dist/${key}`, size, sha256 };
}

/** An object as an earlier deploy of `file` left it. */
function published(file: LocalFile, overrides: Partial<RemoteObject> = {}): RemoteObject {
  const headers = headersFor(file.key);
  return {
    key: file.key,
    size: file.size,
    sha256: file.sha256,
    contentType: headers.contentType,
    cacheControl: headers.cacheControl,
    staleSince: undefined,
    ...overrides,
  };
}

const keysOf = (items: readonly { key: string }[]): string[] => items.map((item) => item.key);
const uploadKeys = (plan: ReturnType<typeof planDeploy>): string[] => plan.uploads.map((upload) => upload.file.key);

describe('planning a deploy', () => {
  it('uploads everything to an empty bucket and invalidates nothing, since nothing was cached', () => {
    const files = [local('index.html'), local('_astro/a.B1.css'), local('ko/notes/lambda/index.html')];
    const plan = planDeploy(files, [], options());
    expect(plan.uploads.map((upload) => upload.reason)).toEqual(['new', 'new', 'new']);
    expect(plan.invalidationPaths).toEqual([]);
    expect(plan.deletions).toEqual([]);
  });

  it('skips files whose hash and headers match the bucket', () => {
    const files = [local('index.html'), local('_astro/a.B1.css')];
    const plan = planDeploy(
      files,
      files.map((file) => published(file)),
      options(),
    );
    expect(plan.uploads).toEqual([]);
    expect(keysOf(plan.unchanged)).toEqual(['index.html', '_astro/a.B1.css']);
    expect(plan.invalidationPaths).toEqual([]);
  });

  it('uploads a file whose content changed and invalidates its URLs', () => {
    const before = local('ko/notes/lambda/index.html', hash('a'));
    const after = local('ko/notes/lambda/index.html', hash('b'));
    const plan = planDeploy([after], [published(before)], options());
    expect(plan.uploads.map((upload) => [upload.file.key, upload.reason])).toEqual([['ko/notes/lambda/index.html', 'changed']]);
    expect(plan.invalidationPaths).toEqual(['/ko/notes/lambda/', '/ko/notes/lambda/index.html']);
  });

  it('re-uploads an object whose headers differ from the rules, even with the same content', () => {
    const file = local('pagefind/pagefind.ko_8e3724eff5.pf_meta');
    const plan = planDeploy([file], [published(file, { contentType: 'binary/octet-stream' })], options());
    expect(plan.uploads.map((upload) => upload.reason)).toEqual(['headers']);
    expect(plan.invalidationPaths).toEqual(['/pagefind/pagefind.ko_8e3724eff5.pf_meta']);
  });

  it('overwrites an object that no deploy uploaded, because its content is unknown', () => {
    const file = local('robots.txt');
    const plan = planDeploy([file], [published(file, { sha256: undefined })], options());
    expect(plan.uploads.map((upload) => upload.reason)).toEqual(['changed']);
  });

  it('orders uploads: hashed assets, other assets, pages deepest first, then entry files', () => {
    const files = [
      'index.html',
      'ko/index.html',
      'ko/notes/lambda/index.html',
      'pagefind/pagefind-entry.json',
      'sitemap-index.xml',
      'pagefind/pagefind.js',
      'favicon.svg',
      'pagefind/fragment/ko_7e3f3b4.pf_fragment',
      '_astro/index.C3.css',
      '404.html',
      'pagefind/pagefind.ko_8e3724eff5.pf_meta',
    ].map((key) => local(key));
    expect(uploadKeys(planDeploy(files, [], options()))).toEqual([
      '_astro/index.C3.css',
      'pagefind/fragment/ko_7e3f3b4.pf_fragment',
      'pagefind/pagefind.ko_8e3724eff5.pf_meta',
      'favicon.svg',
      'pagefind/pagefind.js',
      'ko/notes/lambda/index.html',
      'ko/index.html',
      '404.html',
      'index.html',
      'pagefind/pagefind-entry.json',
      'sitemap-index.xml',
    ]);
  });

  it('invalidates only replaced objects, not new ones', () => {
    const changed = local('ko/index.html', hash('b'));
    const added = local('ko/notes/ecs/index.html');
    const plan = planDeploy([changed, added], [published(local('ko/index.html', hash('a')))], options());
    expect(plan.invalidationPaths).toEqual(['/ko/', '/ko/index.html']);
  });

  it('deletes assets no longer in the build when there is no grace period', () => {
    const kept = local('index.html');
    const removed = published(local('_astro/old.A1.css'));
    const plan = planDeploy([kept], [published(kept), removed], options());
    expect(keysOf(plan.deletions)).toEqual(['_astro/old.A1.css']);
    expect(plan.invalidationPaths).toEqual([]);
  });

  it('removes a page no longer in the build, whatever the grace period, and invalidates its URLs', () => {
    const removed = published(local('ko/notes/s3/index.html'));
    const sitemap = published(local('sitemap-1.xml'));
    const plan = planDeploy([], [removed, sitemap], options({ gracePeriodMs: 7 * 24 * HOUR_MS }));
    expect(keysOf(plan.removals)).toEqual(['ko/notes/s3/index.html', 'sitemap-1.xml']);
    expect(plan.markings).toEqual([]);
    expect(plan.invalidationPaths).toEqual(['/ko/notes/s3/', '/ko/notes/s3/index.html', '/sitemap-1.xml']);
  });

  it('never deletes an object that no deploy uploaded', () => {
    const foreign = published(local('legacy/page.html'), { sha256: undefined });
    const plan = planDeploy([], [foreign], options());
    expect(plan.deletions).toEqual([]);
    expect(keysOf(plan.foreign)).toEqual(['legacy/page.html']);
  });

  it('marks a newly stale object under a grace period instead of deleting it', () => {
    const stale = published(local('_astro/old.A1.css'));
    const plan = planDeploy([], [stale], options({ gracePeriodMs: 24 * HOUR_MS }));
    expect(keysOf(plan.markings)).toEqual(['_astro/old.A1.css']);
    expect(plan.deletions).toEqual([]);
  });

  it('keeps a marked object while it is younger than the grace period and deletes it after', () => {
    const stale = published(local('_astro/old.A1.css'), { staleSince: new Date(NOW.getTime() - 23 * HOUR_MS) });
    const young = planDeploy([], [stale], options({ gracePeriodMs: 24 * HOUR_MS }));
    expect(keysOf(young.retained)).toEqual(['_astro/old.A1.css']);
    expect(young.deletions).toEqual([]);
    const old = planDeploy([], [stale], options({ gracePeriodMs: 24 * HOUR_MS, now: new Date(NOW.getTime() + 2 * HOUR_MS) }));
    expect(keysOf(old.deletions)).toEqual(['_astro/old.A1.css']);
  });

  it('removes the stale mark from an object that is back in the build', () => {
    const file = local('ko/notes/s3/index.html');
    const plan = planDeploy([file], [published(file, { staleSince: new Date(NOW.getTime() - HOUR_MS) })], options());
    expect(plan.uploads.map((upload) => upload.reason)).toEqual(['unmarked']);
    expect(plan.invalidationPaths).toEqual([]);
  });

  it('adds the paths an interrupted deploy left to invalidate', () => {
    const file = local('en/index.html', hash('b'));
    const plan = planDeploy(
      [file],
      [published(local('en/index.html', hash('a')))],
      options({
        pendingInvalidationPaths: ['/ko/', '/ko/index.html'],
      }),
    );
    expect(plan.invalidationPaths).toEqual(['/en/', '/en/index.html', '/ko/', '/ko/index.html']);
  });

  it('invalidates everything with one wildcard when many pages changed', () => {
    const count = WILDCARD_THRESHOLD;
    const before = Array.from({ length: count }, (_, index) => local(`ko/notes/n${index}/index.html`, hash('a')));
    const after = before.map((file) => local(file.key, hash('b')));
    const plan = planDeploy(
      after,
      before.map((file) => published(file)),
      options(),
    );
    expect(plan.uploads).toHaveLength(count);
    expect(plan.invalidationPaths).toEqual([EVERYTHING]);
  });
});

describe('invalidation paths', () => {
  it('covers a page under its directory URL and its index.html', () => {
    expect(invalidationPathsFor(['ko/notes/lambda/index.html'])).toEqual(['/ko/notes/lambda/index.html', '/ko/notes/lambda/']);
    expect(invalidationPathsFor(['index.html'])).toEqual(['/index.html', '/']);
  });

  it('covers any other file under its own URL', () => {
    expect(invalidationPathsFor(['pagefind/pagefind-entry.json', '404.html'])).toEqual(['/pagefind/pagefind-entry.json', '/404.html']);
  });

  it('percent-encodes Korean paths as browsers send them', () => {
    expect(invalidationPathsFor(['ko/tags/서버리스/index.html'])).toEqual([
      '/ko/tags/%EC%84%9C%EB%B2%84%EB%A6%AC%EC%8A%A4/index.html',
      '/ko/tags/%EC%84%9C%EB%B2%84%EB%A6%AC%EC%8A%A4/',
    ]);
  });

  it('encodes a literal asterisk so it is not taken as a wildcard', () => {
    expect(invalidationPathsFor(['notes/a*b.html'])).toEqual(['/notes/a%2Ab.html']);
  });
});
