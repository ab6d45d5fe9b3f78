/** The JavaScript a built page loads before any interaction, for weight budgets. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from './dist';

export const gzipBytes = (file: string): number => gzipSync(readFileSync(file)).length;

/** A module script and every chunk it imports statically. */
function scriptClosure(file: string, seen: Set<string>): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    scriptClosure(path.resolve(path.dirname(file), match[1]!), seen);
  }
  return seen;
}

/** Every script file the page fetches on load: its <script src> and their static imports. */
export function loadedScripts(page: Page): string[] {
  const files = new Set<string>();
  for (const script of page.root.querySelectorAll('script[src]')) {
    scriptClosure(path.join(page.dist, script.getAttribute('src')!), files);
  }
  return [...files];
}

/** The chunks the page's scripts import on demand (`import("./chunk.js")`), loaded only when that code runs. */
export function lazyScripts(page: Page): string[] {
  const loaded = loadedScripts(page);
  const lazy = new Set<string>();
  for (const file of loaded) {
    for (const match of readFileSync(file, 'utf8').matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) {
      const target = match[1]!.startsWith('/') ? path.join(page.dist, match[1]!) : path.resolve(path.dirname(file), match[1]!);
      if (!loaded.includes(target)) lazy.add(target);
    }
  }
  return [...lazy];
}

/** Every URL the page's HTML asks the browser to fetch as script: <script src> and <link rel="modulepreload">. */
export const requestedScripts = (page: Page): string[] => [
  ...page.root.querySelectorAll('script[src]').map((script) => script.getAttribute('src')!),
  ...page.root.querySelectorAll('link[rel="modulepreload"]').map((link) => link.getAttribute('href')!),
];

export const scriptBytes = (page: Page): number => loadedScripts(page).reduce((sum, file) => sum + gzipBytes(file), 0);
