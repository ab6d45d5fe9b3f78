/** Reads the built site in dist/ once for the build-output tests. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = path.resolve('dist');

export interface Page {
  /** URL path: "/ko/notes/lambda/" for dist/ko/notes/lambda/index.html, "/404.html" for dist/404.html. */
  url: string;
  file: string;
  html: string;
  root: HTMLElement;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

let pages: Page[] | undefined;

export function builtPages(): Page[] {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    throw new Error('dist/ has no site: run `npm run build` (npm test does it first)');
  }
  pages ??= walk(DIST)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const relative = path.relative(DIST, file).split(path.sep).join('/');
      const url = relative.endsWith('index.html') ? `/${relative.slice(0, -'index.html'.length)}` : `/${relative}`;
      const html = readFileSync(file, 'utf8');
      return { url, file, html, root: parse(html) };
    });
  return pages;
}

export const pageAt = (url: string): Page | undefined => builtPages().find((p) => p.url === url);

/** Note ids per language, from the content folder the site was built from. */
export function noteIds(lang: 'ko' | 'en', notesDir = process.env.NOTES_DIR ?? 'content/notes'): string[] {
  const dir = path.join(notesDir, lang);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4)).sort() : [];
}

export const distFile = (url: string): string => path.join(DIST, url);
