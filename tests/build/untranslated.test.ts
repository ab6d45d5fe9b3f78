/**
 * A note that exists only in Korean still has an English page: the Korean text with an English
 * notice, marked lang="ko", left out of the English search index, listed on the translation status
 * page. On the fixture site, whose `ses` note has no English twin.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../support/dist';

const page = (url: string) => fixtureSite.page(url)!.root;
const untranslated = fixtureSite.noteIds('ko').filter((id) => !fixtureSite.noteIds('en').includes(id));

describe('a note not yet translated into English', () => {
  it('is in the fixture: one Korean note without its English twin', () => {
    expect(untranslated).toEqual(['ses']);
  });

  it('has an English page showing the Korean note with an English notice', () => {
    const ses = page('/en/notes/ses/');
    expect(ses.querySelector('html')?.getAttribute('lang')).toBe('en');
    expect(ses.querySelector('[role="note"]')?.text).toContain('has not been translated into English yet');
    const article = ses.querySelector('article')!;
    expect(article.getAttribute('lang')).toBe('ko');
    expect(article.text).toContain('SES는 한국어로만 쓰인 노트다.');
  });

  it('is left out of the English search index but stays in the Korean one', () => {
    expect(page('/en/notes/ses/').querySelector('[data-pagefind-body]')).toBeNull();
    expect(page('/ko/notes/ses/').querySelector('[data-pagefind-body]')).not.toBeNull();
    const entry = JSON.parse(readFileSync(path.join(fixtureSite.dist, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBe(fixtureSite.noteIds('en').length);
    expect(entry.languages.ko.page_count).toBe(fixtureSite.noteIds('ko').length);
  });

  it('is listed on the translation status page in both languages', () => {
    for (const lang of ['en', 'ko']) {
      const links = page(`/${lang}/translations/`)
        .querySelectorAll('main a')
        .map((a) => a.getAttribute('href'));
      expect(links).toContain(`/${lang}/notes/ses/`);
      expect(links).not.toContain(`/${lang}/notes/lambda/`);
    }
  });

  it('keeps English interface labels around the Korean content', () => {
    const ses = page('/en/notes/ses/');
    expect(ses.querySelector('nav[aria-label="Breadcrumb"]')).not.toBeNull();
    expect(ses.querySelector('#sidebar')?.getAttribute('aria-label')).toBe('Notes');
  });
});
