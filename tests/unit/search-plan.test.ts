import { describe, expect, it } from 'vitest';
import { NameMatcher, type NamedNote } from '../../src/lib/search/names';
import { applyNames, planQuery, rankByTerms, stripEnding } from '../../src/lib/search/plan';

const note = (id: string, title: string, names: string[], extra: Partial<NamedNote> = {}): NamedNote => ({
  id,
  title,
  url: `/ko/notes/${id}/`,

  category: 'c',
  exams: [],
  names,
  concepts: [],
  ...extra,
});

const matcher = new NameMatcher({
  notes: [
    note('lambda', 'AWS Lambda', ['람다']),
    note('aurora', 'Amazon Aurora', ['오로라']),
    note('rds', 'Amazon RDS', ['RDS']),
    note('s3', 'Amazon S3', ['S3'], { concepts: ['정적 웹사이트 호스팅'] }),
    note('choosing-database', 'Choosing a database', [], { compares: ['rds', 'aurora', 'dynamodb'] }),
  ],
});

describe('planning a query', () => {
  it('takes particles and verb endings off, and sets question words aside', () => {
    expect(planQuery('람다를 쓰는 이유')).toMatchObject({ words: ['람다', '쓰는', '이유'], terms: ['람다'], comparison: false });
    expect(planQuery('S3 데이터를 SQL로 조회하는 방법').terms).toEqual(['S3', '데이터', 'SQL', '조회']);
    expect(stripEnding('복제하려면')).toBe('복제');
  });

  it('recognises comparisons', () => {
    expect(planQuery('오로라와 RDS 차이').comparison).toBe(true);
    expect(planQuery('aurora vs rds')).toMatchObject({ terms: ['aurora', 'rds'], comparison: true });
    expect(planQuery('sqs/sns').terms).toEqual(['sqs', 'sns']);
  });

  it('keeps the words when a query is nothing but question words', () => {
    expect(planQuery('어떻게').terms).toEqual(['어떻게']);
  });
});

describe('what the names layer puts first', () => {
  const first = (query: string) => applyNames(planQuery(query), matcher).first.map((n) => n.id);

  it('puts the named service first when the query is its name', () => {
    expect(first('람다를 쓰는 이유')).toEqual(['lambda']);
    expect(first('정적 웹사이트 호스팅')).toEqual(['s3']);
  });

  it('shows both services and the decision note for a comparison', () => {
    expect(first('오로라와 RDS 차이')).toEqual(['aurora', 'rds', 'choosing-database']);
  });

  it('leaves the order to Pagefind when a name is only part of a longer query', () => {
    expect(first('S3 데이터를 SQL로 조회')).toEqual([]);
  });

  it('offers the likely name for a typo and searches with it', () => {
    const outcome = applyNames(planQuery('lamda'), matcher);
    expect(outcome.didYouMean?.id).toBe('lambda');
    expect(outcome.first.map((n) => n.id)).toEqual(['lambda']);
    expect(outcome.terms).toEqual(['Lambda']);
  });
});

describe('any-term ranking', () => {
  it('ranks pages by terms matched, then by summed score, each term scaled to its best page', () => {
    expect(
      rankByTerms([
        [
          { id: 'b', score: 8 },
          { id: 'a', score: 4 },
        ],
        [
          { id: 'b', score: 1 },
          { id: 'c', score: 9 },
        ],
      ]),
    ).toEqual(['b', 'c', 'a']);
  });
});

describe('names inside a longer query', () => {
  it('are shown first only when the search relaxes, and typos there are left alone', () => {
    const outcome = applyNames(
      planQuery('EC2 인스턴스를 싸게 쓰는 방법'),
      new NameMatcher({ notes: [note('ec2', 'Amazon EC2', ['EC2'])] }),
    );
    expect(outcome.first).toEqual([]);
    expect(outcome.partial.map((n) => n.id)).toEqual(['ec2']);
    expect(applyNames(planQuery('lamda 동시성'), matcher).didYouMean).toBeUndefined();
  });

  it('prefer a service named so over a topic note that lists the name', () => {
    const shared = new NameMatcher({
      notes: [
        note('choosing-compute', 'Choosing compute', [], { concepts: ['쿠버네티스'], topic: true }),
        note('eks', 'Amazon EKS', ['쿠버네티스']),
      ],
    });
    expect(applyNames(planQuery('쿠버네티스는'), shared).first.map((n) => n.id)).toEqual(['eks', 'choosing-compute']);
  });
});
