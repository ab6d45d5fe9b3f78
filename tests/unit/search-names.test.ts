import { describe, expect, it } from 'vitest';
import { NameMatcher, allowedEdits, foldName, toJamo, type NamedNote } from '../../src/lib/search/names';

const note = (id: string, title: string, names: string[], concepts: string[] = [], compares?: string[]): NamedNote => ({
  id,
  title,
  url: `/ko/notes/${id}/`,

  category: 'c',
  exams: [],
  names,
  concepts,
  ...(compares && { compares }),
});

const matcher = new NameMatcher({
  notes: [
    note('lambda', 'AWS Lambda', ['람다', 'Lambda']),
    note('elasticache', 'Amazon ElastiCache', ['엘라스틱캐시', 'ElastiCache']),
    note('route-53', 'Amazon Route 53', ['루트 53', 'Route53'], ['지연 시간 기반 라우팅']),
    note('cloudfront', 'Amazon CloudFront', ['클라우드프론트']),
    note('s3', 'Amazon S3', ['S3', '에스3'], ['정적 웹사이트 호스팅']),
    note('ecs', 'Amazon ECS', ['ECS']),
    note('ec2', 'Amazon EC2', ['EC2']),
    note('redshift', 'Amazon Redshift', ['레드시프트']),
  ],
});

const ids = (words: string[]) => matcher.match(words).map((m) => `${m.id}:${m.kind}`);

describe('folding names', () => {
  it('ignores case, spaces and punctuation', () => {
    expect(foldName('Route 53')).toBe(foldName('route53'));
    expect(foldName('루트 53')).toBe('루트53');
  });

  it('folds Korean transliteration variants to one spelling', () => {
    expect(foldName('클라우드프런트')).toBe(foldName('클라우드프론트'));
    expect(foldName('일래스틱 캐시')).toBe(foldName('엘라스틱캐시'));
    expect(foldName('레드쉬프트')).toBe(foldName('레드시프트'));
    expect(foldName('다이너모디비')).toBe(foldName('다이나모DB'));
  });

  it('measures Hangul on jamo, so one wrong vowel is one edit', () => {
    expect(toJamo('람다')).toBe('ㄹㅏㅁㄷㅏ');
    expect(toJamo('럼다').length).toBe(toJamo('람다').length);
  });

  it('forgives more edits in longer words and none in short abbreviations', () => {
    expect(allowedEdits(3)).toBe(0);
    expect(allowedEdits(5)).toBe(1);
    expect(allowedEdits(9)).toBe(2);
  });
});

describe('matching what a learner types', () => {
  it('finds a name written with or without spaces, in any case', () => {
    expect(ids(['엘라스틱', '캐시'])).toEqual(['elasticache:exact']);
    expect(ids(['루트53'])).toEqual(['route-53:exact']);
    expect(ids(['route', '53'])).toEqual(['route-53:exact']);
    expect(ids(['ELASTICACHE'])).toEqual(['elasticache:exact']);
  });

  it('finds a name with a typo, on jamo for Hangul', () => {
    expect(ids(['lamda'])).toEqual(['lambda:typo']);
    expect(ids(['럼다'])).toEqual(['lambda:typo']);
    expect(ids(['레드시프투'])).toEqual(['redshift:typo']);
  });

  it('does not guess between short abbreviations', () => {
    expect(ids(['ecr'])).toEqual([]);
  });

  it('reads Hangul typed on an English keyboard layout', () => {
    expect(ids(['fkaek'])).toEqual(['lambda:typo']);
  });

  it('finds concepts and several names in one query, in order', () => {
    expect(ids(['정적', '웹사이트', '호스팅'])).toEqual(['s3:concept']);
    expect(ids(['s3', 'cloudfront'])).toEqual(['s3:exact', 'cloudfront:exact']);
  });

  it('suggests the closest names when nothing matches', () => {
    expect(matcher.suggest('lamb').map((n) => n.id)[0]).toBe('lambda');
  });
});

describe('matching is safe on any input', () => {
  it('does not throw on Latin words whose keys spell no Hangul', () => {
    expect(() => matcher.match(['static', 'website', 'hosting', 'hnn'])).not.toThrow();
  });
});
