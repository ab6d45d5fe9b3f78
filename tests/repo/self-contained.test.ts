/**
 * The repository stands on its own: a clone in an empty folder has everything its code, tests and
 * scripts read. (`.ci/run` proves it end to end by testing such a clone.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const files = ['src', 'scripts', 'tests', '.ci']
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((file) => path.join(dir, file)))
  .concat(['astro.config.mjs', 'vitest.config.ts', 'vitest.e2e.config.ts', 'package.json'])
  .filter((file) => /\.(ts|mjs|js|astro|json)$|\/run$/.test(file) && !file.startsWith('tests/fixtures/'));

describe('the repository is self-contained', () => {
  it('reads nothing outside itself: no ../shared, no absolute paths of one machine', () => {
    const outside = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, at) => ({ line, at }))
        .filter(({ line }) => /\.\.\/shared\b|['"`]\/(work|home|Users)\//.test(line))
        .map(({ at }) => `${file}:${at + 1}`),
    );
    expect(outside.filter((place) => !place.startsWith('tests/repo/self-contained.test.ts'))).toEqual([]);
  });

  it('pins the originals in content/sources by checksum, in the repository', () => {
    expect(readFileSync('content/sources/SHA256SUMS', 'utf8').trim().split('\n').length).toBeGreaterThan(0);
  });
});
