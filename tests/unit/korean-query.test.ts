import { describe, expect, it } from 'vitest';
import { normalizeQuery, stripParticle } from '../../src/lib/search/korean-query';

describe('Korean particles in search queries', () => {
  it.each([
    ['람다는', '람다'],
    ['로드밸런서를', '로드밸런서'],
    ['클라우드프론트에서', '클라우드프론트'],
    ['오로라의', '오로라'],
    ['S3에', 'S3'],
    ['Lambda는', 'Lambda'],
    ['게이트웨이로', '게이트웨이'],
  ])('%s searches as %s', (typed, searched) => {
    expect(stripParticle(typed)).toBe(searched);
  });

  it('keeps words without a particle', () => {
    expect(stripParticle('람다')).toBe('람다');
    expect(stripParticle('Lambda')).toBe('Lambda');
  });

  it('keeps a one-syllable stem: 하나 is a word, not 하 + 나', () => {
    expect(stripParticle('하나')).toBe('하나');
    expect(stripParticle('는')).toBe('는');
  });

  it('normalizes every word of a query and collapses spacing', () => {
    expect(normalizeQuery('  람다는   서버리스를 ')).toBe('람다 서버리스');
    expect(normalizeQuery('')).toBe('');
  });
});
