import { describe, expect, it } from 'vitest';
import { buildToc } from '../../src/lib/toc';
import { formatDate, formatNumber, isoDate } from '../../src/lib/format';
import { LANGS, LOCALE_TAGS } from '../../src/lib/i18n';

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and ignores other depths', () => {
    const toc = buildToc([
      { depth: 2, slug: 'overview', text: '개요' },
      { depth: 3, slug: 'layers', text: 'Layers' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'exam', text: '시험' },
    ]);
    expect(toc).toEqual([
      { slug: 'overview', text: '개요', children: [{ slug: 'layers', text: 'Layers', children: [] }] },
      { slug: 'exam', text: '시험', children: [] },
    ]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(buildToc([{ depth: 3, slug: 'a', text: 'A' }])).toEqual([{ slug: 'a', text: 'A', children: [] }]);
  });
});

describe('locale formatting', () => {
  const date = new Date('2026-11-22T00:00:00Z');
  it('formats dates for the page language', () => {
    expect(formatDate(date, 'ko')).toBe('2026년 11월 22일');
    expect(formatDate(date, 'en')).toBe('November 22, 2026');
    expect(isoDate(date)).toBe('2026-11-22');
  });

  it('formats numbers for the page language', () => {
    expect(formatNumber(1234567, 'ko')).toBe('1,234,567');
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(2.5, 'en')).toBe('2.5');
  });

  it('writes whole numbers below 1,000 exactly as Intl would, in every language of the site', () => {
    for (const lang of LANGS) {
      const intl = new Intl.NumberFormat(LOCALE_TAGS[lang].locale);
      for (let value = 0; value <= 1000; value++) expect(formatNumber(value, lang)).toBe(intl.format(value));
    }
  });
});
