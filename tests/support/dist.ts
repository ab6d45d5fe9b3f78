/**
 * Reads a built site once for the build-output tests: the fixture site (dist-fixture/, built from
 * tests/fixtures/site by the global setup) for tests of how the site works, the real one (dist/,
 * built by `npm test` from content/notes) for checks that every real page holds together.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { LANGS, type Lang } from '../../src/lib/i18n';
import { FIXTURE_DIST, FIXTURE_NOTES } from './fixture-site';

export interface Page {
  /** URL path: "/ko/notes/lambda/" for dist/ko/notes/lambda/index.html, "/404.html" for dist/404.html. */
  url: string;
  file: string;
  /** The site's output folder. */
  dist: string;
  html: string;
  root: HTMLElement;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export interface BuiltSite {
  name: string;
  dist: string;
  notesDir: string;
  pages(): Page[];
  page(url: string): Page | undefined;
  /** Note ids per language, from the notes folder the site was built from. */
  noteIds(lang: Lang): string[];
  file(url: string): string;
}

export function builtSite(name: string, dist: string, notesDir: string): BuiltSite {
  let pages: Page[] | undefined;
  const all = () => {
    if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist} has no site: run \`npm test\`, which builds it first`);
    pages ??= walk(dist)
      .filter((file) => file.endsWith('.html'))
      .map((file) => {
        const relative = path.relative(dist, file).split(path.sep).join('/');
        const url = relative.endsWith('index.html') ? `/${relative.slice(0, -'index.html'.length)}` : `/${relative}`;
        const html = readFileSync(file, 'utf8');
        return { url, file, dist, html, root: parse(html) };
      });
    return pages;
  };
  return {
    name,
    dist,
    notesDir,
    pages: all,
    page: (url) => all().find((p) => p.url === url),
    noteIds: (lang) => noteIds(lang, notesDir),
    file: (url) => path.join(dist, url),
  };
}

/** Note ids per language in a notes folder. */
export function noteIds(lang: Lang, notesDir = process.env.NOTES_DIR ?? 'content/notes'): string[] {
  const dir = path.join(notesDir, lang);
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => f.slice(0, -4))
        .sort()
    : [];
}

export const fixtureSite = builtSite('fixture site', FIXTURE_DIST, FIXTURE_NOTES);
export const realSite = builtSite('real site', path.resolve('dist'), process.env.NOTES_DIR ?? 'content/notes');
export { LANGS };

/** A file of the real site's build (dist/). */
export const distFile = (url: string): string => realSite.file(url);
