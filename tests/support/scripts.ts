/** The JavaScript a built page loads before any interaction, for weight budgets. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, type Page } from './dist';

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
    scriptClosure(path.join(DIST, script.getAttribute('src')!), files);
  }
  return [...files];
}

export const scriptBytes = (page: Page): number => loadedScripts(page).reduce((sum, file) => sum + gzipBytes(file), 0);
