/**
 * Every link says where it leads: no link text Lighthouse's SEO audit ("Links do not have descriptive
 * text") counts as generic, in either language. Its lists, for the languages of the site.
 */
import { describe, expect, it } from 'vitest';
import { realSite } from '../support/dist';

const GENERIC: Record<'ko' | 'en', Set<string>> = {
  ko: new Set(['여기', '여기를 클릭', '클릭', '링크', '자세히', '자세히 보기', '계속', '이동', '전체 보기']),
  en: new Set([
    'click here',
    'click this',
    'go',
    'here',
    'information',
    'learn more',
    'more',
    'more info',
    'more information',
    'right here',
    'read more',
    'see more',
    'start',
    'this',
  ]),
};

describe('link text', () => {
  it('is descriptive on every page, practice decks included', () => {
    const generic: string[] = [];
    for (const page of realSite.pages()) {
      for (const link of page.root.querySelectorAll('a[href]')) {
        const text = link.textContent.trim().toLowerCase();
        if (GENERIC.ko.has(text) || GENERIC.en.has(text)) generic.push(`${page.url}: "${text}" → ${link.getAttribute('href')}`);
      }
    }
    expect(generic).toEqual([]);
  });
});
