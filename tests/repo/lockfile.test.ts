import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lockfileProblems, nativePackages, type Lockfile } from '../../scripts/lib/lockfile-platforms';

const lock = (): Lockfile => JSON.parse(readFileSync('package-lock.json', 'utf8'));

describe('package-lock.json installs with npm ci on every platform', () => {
  it('holds the native bindings of every package for macOS, Linux (glibc, musl) and Windows', () => {
    expect(lockfileProblems(lock())).toEqual([]);
  });

  it('covers the native packages the site builds with', () => {
    expect(nativePackages(lock())).toEqual(
      expect.arrayContaining(['@astrojs/compiler-binding', '@tailwindcss/oxide', 'esbuild', 'lightningcss', 'pagefind', 'rolldown']),
    );
  });

  it('fails when a platform binding is missing, as a lockfile written on one machine would be', () => {
    const broken = lock();
    delete broken.packages['node_modules/@astrojs/compiler-binding-darwin-arm64'];
    expect(lockfileProblems(broken)).toContainEqual({
      package: '@astrojs/compiler-binding',
      message: 'optional dependency @astrojs/compiler-binding-darwin-arm64 is missing from the lockfile',
    });
    const pruned = lock();
    for (const location of Object.keys(pruned.packages).filter((l) => /node_modules\/@rolldown\/binding-win32/.test(l))) {
      delete pruned.packages[location];
    }
    for (const entry of Object.values(pruned.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        if (name.startsWith('@rolldown/binding-win32')) delete entry.optionalDependencies![name];
      }
    }
    expect(lockfileProblems(pruned)).toContainEqual({ package: 'rolldown', message: 'no native binding for win32-x64' });
  });
});
