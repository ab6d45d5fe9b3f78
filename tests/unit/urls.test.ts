import { describe, expect, it } from 'vitest';
import { categoryUrl, examUrl, homeUrl, localizedPath, noteUrl, tagUrl } from '../../src/lib/urls';
import { langFromPath } from '../../src/lib/i18n';

describe('urls', () => {
  it('builds directory-style URLs with a trailing slash', () => {
    expect(homeUrl('ko')).toBe('/ko/');
    expect(noteUrl('en', 'global-accelerator')).toBe('/en/notes/global-accelerator/');
    expect(categoryUrl('ko', 'networking')).toBe('/ko/categories/networking/');
    expect(tagUrl('ko', 'serverless')).toBe('/ko/tags/serverless/');
    expect(examUrl('en', 'SAA-C03')).toBe('/en/exams/saa-c03/');
  });

  it('switching language keeps the reader on the same page', () => {
    expect(localizedPath('/ko/notes/lambda/', 'en')).toBe('/en/notes/lambda/');
    expect(localizedPath('/en/categories/compute/', 'ko')).toBe('/ko/categories/compute/');
    expect(localizedPath('/en/', 'ko')).toBe('/ko/');
  });

  it('sends pages outside a language to the home page of the target language', () => {
    expect(localizedPath('/', 'en')).toBe('/en/');
    expect(localizedPath('/404.html', 'ko')).toBe('/ko/');
  });

  it('reads the page language from its path, Korean by default', () => {
    expect(langFromPath('/en/notes/lambda/')).toBe('en');
    expect(langFromPath('/ko/')).toBe('ko');
    expect(langFromPath('/404.html')).toBe('ko');
  });
});
