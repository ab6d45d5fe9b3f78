import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST, noteIds, pageAt } from '../support/dist';

const gzipBytes = (file: string) => gzipSync(readFileSync(file)).length;

/** A module script and every chunk it imports statically: what the browser fetches before any click. */
function scriptClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    scriptClosure(path.resolve(path.dirname(file), match[1]!), seen);
  }
  return seen;
}

describe('page weight budgets', () => {
  const id = noteIds('ko').includes('lambda') ? 'lambda' : noteIds('ko')[0]!;
  const page = pageAt(`/ko/notes/${id}/`)!;

  it('a note page loads at most 5 KB of JavaScript (gzip) before search is opened', () => {
    const files = new Set<string>();
    for (const script of page.root.querySelectorAll('script[src]')) {
      scriptClosure(path.join(DIST, script.getAttribute('src')!), files);
    }
    expect(page.root.querySelectorAll('script:not([src])')).toHaveLength(0);
    const total = [...files].reduce((sum, file) => sum + gzipBytes(file), 0);
    expect(files.size).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(5 * 1024);
  });

  it('a note page has one small stylesheet', () => {
    const sheets = page.root.querySelectorAll('link[rel="stylesheet"]');
    expect(sheets).toHaveLength(1);
    expect(gzipBytes(path.join(DIST, sheets[0]!.getAttribute('href')!))).toBeLessThanOrEqual(12 * 1024);
  });

  it('the search client and Pagefind load only when search is opened', () => {
    expect(page.html).not.toContain('pagefind.js');
    expect(page.html).not.toContain('search-ui');
  });
});
