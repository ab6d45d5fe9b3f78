/**
 * The house rules that no type checker enforces, checked over the source tree: one import style,
 * a pure src/lib/, route files without casts, no import cycles.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const sources = (dir: string, pattern = /\.(ts|astro|mjs)$/): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => pattern.test(file))
    .map((file) => path.join(dir, file).split(path.sep).join('/'));

const read = (file: string) => readFileSync(file, 'utf8');
const imports = (file: string) => [...read(file).matchAll(/^\s*(?:import|export)\b[^'";]*?from\s*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('source conventions', () => {
  it('imports local modules without a file extension', () => {
    const withExtension = ['src', 'scripts', 'tests']
      .flatMap((dir) => sources(dir, /\.ts$/))
      .flatMap((file) =>
        imports(file)
          .filter((spec) => /^\.{1,2}\//.test(spec) && /\.(ts|js|mjs)$/.test(spec))
          .map((spec) => `${file}: ${spec}`),
      );
    expect(withExtension).toEqual([]);
  });

  it('keeps src/lib pure: no Astro runtime modules, no file system', () => {
    const impure = sources('src/lib').flatMap((file) =>
      imports(file)
        .filter((spec) => /^astro:|^node:fs|^node:child_process/.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(impure).toEqual([]);
  });

  it('route files take their data from getStaticPaths props, with no type casts', () => {
    const casts = sources('src/pages', /\.astro$/).flatMap((file) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(read(file))?.[1] ?? '';
      return [...frontmatter.matchAll(/\bas (?!const\b)[A-Z{][\w<>{}[\]|, ]*/g)].map((m) => `${file}: ${m[0]}`);
    });
    expect(casts).toEqual([]);
  });

  it('has no import cycle in src/lib', () => {
    const files = sources('src/lib', /\.ts$/);
    const resolve = (from: string, spec: string) => path.posix.normalize(path.posix.join(path.posix.dirname(from), `${spec}.ts`));
    const graph = new Map(
      files.map((file) => [
        file,
        imports(file)
          .filter((s) => s.startsWith('.'))
          .map((s) => resolve(file, s)),
      ]),
    );
    const cycles: string[] = [];
    const visit = (file: string, trail: string[]) => {
      if (trail.includes(file)) return void cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
    };
    for (const file of files) visit(file, []);
    expect([...new Set(cycles)]).toEqual([]);
  });
});
