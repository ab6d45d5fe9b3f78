import { describe, expect, it } from 'vitest';
import type { LocalFile } from '../../scripts/deploy/local-files';
import { planDeploy } from '../../scripts/deploy/plan';
import type { RemoteObject } from '../../scripts/deploy/s3';
import { formatPlan, formatResult } from '../../scripts/deploy/summary';

const file = (key: string, size: number, seed: string): LocalFile => ({
  key,
  absolutePath: `/dist/${key}`,
  size,
  sha256: seed.repeat(64),
});
const stored = (key: string, size: number, overrides: Partial<RemoteObject> = {}): RemoteObject => ({
  key,
  size,
  sha256: 'a'.repeat(64),
  contentType: 'text/html; charset=utf-8',
  cacheControl: 'public, max-age=0, s-maxage=300, must-revalidate',
  staleSince: undefined,
  ...overrides,
});

const plan = planDeploy(
  [file('ko/index.html', 1_500, 'b'), file('ko/notes/ecs/index.html', 500, 'c'), file('en/index.html', 700, 'a')],
  [
    stored('ko/index.html', 1_400),
    stored('en/index.html', 700),
    stored('ko/notes/s3/index.html', 2_000),
    stored('_astro/old.css', 300, { staleSince: new Date('2026-11-22T11:00:00Z') }),
    stored('legacy.txt', 10, { sha256: undefined }),
  ],
  { now: new Date('2026-11-22T12:00:00Z'), gracePeriodMs: 0, pendingInvalidationPaths: [] },
);

describe('deploy summaries', () => {
  it('shows a dry run as counts and bytes per step, then every key', () => {
    expect(formatPlan(plan, 'notes-site')).toBe(
      [
        'Dry run for s3://notes-site: nothing was changed.',
        '  upload      2 files, 2.0 kB (1 new, 1 changed)',
        '  skip        1 file, 700 B unchanged',
        '  invalidate  4 paths',
        '  delete      2 objects, 2.3 kB',
        '  leave       1 object no deploy uploaded',
        'upload ko/notes/ecs/index.html (500 B, new)',
        'upload ko/index.html (1.5 kB, changed)',
        'invalidate /ko/',
        'invalidate /ko/index.html',
        'invalidate /ko/notes/s3/',
        'invalidate /ko/notes/s3/index.html',
        'delete ko/notes/s3/index.html (2.0 kB)',
        'delete _astro/old.css (300 B)',
        'leave legacy.txt (not uploaded by a deploy; delete it yourself if the site does not need it)',
      ].join('\n'),
    );
  });

  it('closes a deploy with what it uploaded, invalidated, deleted and left', () => {
    const result = { uploadedFiles: 2, uploadedBytes: 2_000, invalidationId: 'I2J0', deletedObjects: 2, deletedBytes: 2_300 };
    expect(formatResult(plan, result, 'notes-site', 4_250)).toBe(
      [
        'Deployed to s3://notes-site in 4.3 s.',
        '  uploaded     2 files, 2.0 kB',
        '  unchanged    1 file',
        '  invalidated  4 paths (I2J0)',
        '  deleted      2 stale objects, 2.3 kB',
        '  left alone   1 object that no deploy uploaded',
      ].join('\n'),
    );
  });
});
