import { describe, expect, it } from 'vitest';
import { NoteCorpus, extractUnits, measureCoverage, normalize } from '../../src/lib/source-coverage';

const seed = `---
title: Seed
---
\`\`\`toc
style: number
\`\`\`
# Heading is layout

- 람다 함수롤 트리거할 수 있다.
  - COdePipeline에서 수동 승인 단계를 사용할 수 있다.
| 서비스 | 설명 |
| --- | --- |
| S3 | 객체 스토리지 |
![diagram.png](images%2Fdiagram.png)

* 질문 하나
    > * 답변: **NAT Gateway**를 통해 라우팅
\`\`\`
람다는 메모리설정량에 따라서 CPU성능이 좌우된다.
\`\`\`
---
`;

describe('extractUnits', () => {
  it('keeps list items, table rows, answers and fenced lines; drops front matter, toc, headings, images, rules', () => {
    expect(extractUnits(seed).map((u) => u.text)).toEqual([
      '람다 함수롤 트리거할 수 있다.',
      'COdePipeline에서 수동 승인 단계를 사용할 수 있다.',
      '| 서비스 | 설명 |',
      '| S3 | 객체 스토리지 |',
      '질문 하나',
      '답변: **NAT Gateway**를 통해 라우팅',
      '람다는 메모리설정량에 따라서 CPU성능이 좌우된다.',
    ]);
  });

  it('reports the seed line number of each unit', () => {
    expect(extractUnits(seed)[0]?.line).toBe(9);
  });
});

describe('NoteCorpus', () => {
  const corpus = new NoteCorpus([
    `---\ntitle: x\n---\n- 람다 함수를 트리거할 수 있다.\n- CodePipeline에서 수동 승인 단계를 사용할 수 있다.\n| S3 | 객체 스토리지 |\n`,
    `<ExamScenario question="질문 하나">\n\n- 답변: NAT Gateway를 통해 라우팅\n\n</ExamScenario>`,
  ]);

  it('matches through markup changes and typo fixes', () => {
    expect(corpus.covers('람다 함수롤 트리거할 수 있다.')).toBe(true);
    expect(corpus.covers('COdePipeline에서 수동 승인 단계를 사용할 수 있다.')).toBe(true);
    expect(corpus.covers('답변: **NAT Gateway**를 통해 라우팅')).toBe(true);
  });

  it('does not match a line that is not there', () => {
    expect(corpus.covers('람다는 메모리설정량에 따라서 CPU성능이 좌우된다.')).toBe(false);
    expect(corpus.covers('| 서비스 | 설명 |')).toBe(false);
  });

  it('measures a seed and lists what is missing', () => {
    const result = measureCoverage(seed, corpus);
    expect(result.total).toBe(7);
    expect(result.unmatched.map((u) => u.line)).toEqual([11, 19]);
  });

  it('normalizes away case, spacing and punctuation', () => {
    expect(normalize('**AWS** Lambda — 람다!')).toBe('awslambda람다');
  });
});
