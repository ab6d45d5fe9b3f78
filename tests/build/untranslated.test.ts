/**
 * A note that exists only in Korean still has an English page: the Korean text with an English
 * notice, marked lang="ko", left out of the English search index, listed on the translation status
 * page. Built from a fixture notes folder into a temporary directory.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(path.join(tmpdir(), 'untranslated-'));
const out = path.join(work, 'dist');
const page = (url: string) => parse(readFileSync(path.join(out, url, 'index.html'), 'utf8'));

beforeAll(() => {
  const env = { ...process.env, NOTES_DIR: path.resolve('tests/fixtures/untranslated'), ASTRO_CACHE_DIR: path.join(work, 'cache') };
  execFileSync(path.resolve('node_modules/.bin/astro'), ['build', '--outDir', out], { env, stdio: 'pipe' });
  execFileSync(path.resolve('node_modules/.bin/pagefind'), ['--site', out], { stdio: 'pipe' });
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a note not yet translated into English', () => {
  it('has an English page showing the Korean note with an English notice', () => {
    const beta = page('en/notes/beta');
    expect(beta.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(beta.querySelector('[role="note"]')?.text).toContain('has not been translated into English yet');
    const article = beta.querySelector('article')!;
    expect(article.getAttribute('lang')).toBe('ko');
    expect(article.text).toContain('베타는 한국어로만 쓰인 노트다.');
  });

  it('is left out of the English search index but stays in the Korean one', () => {
    expect(page('en/notes/beta').querySelector('[data-pagefind-body]')).toBeNull();
    expect(page('ko/notes/beta').querySelector('[data-pagefind-body]')).not.toBeNull();
    const entry = JSON.parse(readFileSync(path.join(out, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(1);
    expect(entry.languages.ko.page_count).toBe(2);
  });

  it('is listed on the translation status page in both languages', () => {
    for (const lang of ['en', 'ko']) {
      const links = page(`${lang}/translations`).querySelectorAll('main a').map((a) => a.getAttribute('href'));
      expect(links).toContain(`/${lang}/notes/beta/`);
      expect(links).not.toContain(`/${lang}/notes/alpha/`);
    }
  });

  it('keeps English interface labels around the Korean content', () => {
    const beta = page('en/notes/beta');
    expect(beta.querySelector('nav[aria-label="Breadcrumb"]')).not.toBeNull();
    expect(beta.querySelector('#sidebar')?.getAttribute('aria-label')).toBe('Notes');
  });
});
