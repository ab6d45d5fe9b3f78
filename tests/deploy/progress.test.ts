import { describe, expect, it } from 'vitest';
import { createStreamProgress, type ProgressEvent } from '../../scripts/deploy/progress';
import { formatBytes } from '../../scripts/deploy/units';

const run: ProgressEvent[] = [
  { type: 'scanned', files: 2, bytes: 2_500 },
  { type: 'reading-bucket', done: 1, total: 1 },
  { type: 'read-bucket', objects: 1 },
  { type: 'uploaded', key: '_astro/index.C3.css', kind: 'hashed', bytes: 500, done: 1, total: 2 },
  { type: 'uploaded', key: 'ko/index.html', kind: 'page', bytes: 2_000, done: 2, total: 2 },
  { type: 'invalidating', paths: ['/ko/', '/ko/index.html'] },
  { type: 'invalidated', id: 'I1', paths: ['/ko/', '/ko/index.html'] },
  { type: 'deleted', keys: ['ko/notes/s3/index.html'] },
];

function output(isTTY: boolean): string {
  let text = '';
  const progress = createStreamProgress({ isTTY, write: (chunk: string) => (text += chunk) });
  for (const event of run) progress(event);
  return text;
}

describe('progress while deploying', () => {
  it('writes one plain line per step to a log', () => {
    expect(output(false)).toBe(
      [
        'Build: 2 files, 2.5 kB',
        'Bucket: 1 object',
        '  uploaded _astro/index.C3.css (500 B) [1/2]',
        '  uploaded ko/index.html (2.0 kB) [2/2]',
        'Invalidating 2 CloudFront paths and waiting for it to complete…',
        'Invalidation I1 completed',
        '  deleted ko/notes/s3/index.html',
        '',
      ].join('\n'),
    );
  });

  it('updates counters in place on a terminal and leaves only the totals behind', () => {
    const shown = output(true);
    expect(shown).toContain('\r\x1b[KUploading 1/2: _astro/index.C3.css');
    // What stays on screen once each carriage return has overwritten its line.
    const finalLines = shown.split('\n').map((line) => line.split('\r').at(-1)?.replace('\x1b[K', ''));
    expect(finalLines).toEqual([
      'Build: 2 files, 2.5 kB',
      'Bucket: 1 object',
      'Uploaded 2 files',
      'Invalidating 2 CloudFront paths and waiting for it to complete…',
      'Invalidation I1 completed',
      '  deleted ko/notes/s3/index.html',
      '',
    ]);
  });
});

describe('byte counts', () => {
  it('reads as people read sizes', () => {
    expect([0, 999, 1_000, 1_234_567, 5_000_000_000].map(formatBytes)).toEqual(['0 B', '999 B', '1.0 kB', '1.2 MB', '5.0 GB']);
  });
});
