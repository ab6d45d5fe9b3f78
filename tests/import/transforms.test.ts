/** Each transform of the importer on small inputs: what goes in, the MDX that comes out. */
import { describe, expect, it } from 'vitest';
import { extractScenarios } from '../../src/lib/scenarios';
import { convert } from './support';

describe('Jekyll and kramdown', () => {
  it('drops attribute lists and the generated table of contents, keeping the headings that matter', () => {
    const { mdx } = convert(
      '# Amazon S3\n{: .no_toc }\n\n## Table of contents\n{: .no_toc .text-delta }\n\n1. TOC\n{:toc}\n\n---\n\n## 버킷\n\n버킷 이름은 전역에서 고유하다.\n{: .highlight }\n',
      {
        title: 'Amazon S3',
      },
    );
    expect(mdx).toBe('## 버킷\n\n버킷 이름은 전역에서 고유하다.\n');
  });

  it('drops kramdown heading ids', () => {
    expect(convert('## 인스턴스 유형 {#types}\n\n본문').mdx).toBe('## 인스턴스 유형\n\n본문\n');
  });

  it('strips an inline attribute list after a link', () => {
    expect(convert('[문서](https://docs.aws.amazon.com/){:target="_blank"} 참고').mdx).toBe('[문서](https://docs.aws.amazon.com/) 참고\n');
  });

  it('undoes Liquid: highlight blocks become fences, {% link %} a root path, other tags are dropped with a warning', () => {
    const { mdx, warnings } = convert(
      '{% highlight bash %}\naws s3 ls\n{% endhighlight %}\n\n[S3]({{ site.baseurl }}{% link docs/s3.md %})\n\n{% include note.html %}\n',
      {
        notes: { '/docs/s3.md': 's3' },
      },
    );
    expect(mdx).toContain('```bash\naws s3 ls\n```');
    expect(mdx).toContain('[S3](/ko/notes/s3/)');
    expect(warnings.join()).toMatch(/Liquid tag \{% include note.html %\} dropped/);
  });

  it('keeps Liquid output tags as escaped text and reports them', () => {
    const { mdx, warnings } = convert('제목은 {{ page.title }} 이다.');
    expect(mdx).toBe('제목은 \\{\\{ page.title }} 이다.\n');
    expect(warnings.join()).toMatch(/template variables never filled in.*page\.title/);
  });
});

describe('Obsidian', () => {
  const notes = { DynamoDB: 'dynamodb', 'API Gateway': 'api-gateway', '람다 정리': 'lambda-jeongni' };

  it('turns wikilinks into note links: plain, with an alias, a heading, spaces and Hangul', () => {
    const { mdx, links } = convert('[[DynamoDB]], [[DynamoDB|다이나모]], [[API Gateway#통합 유형]], [[람다 정리]], [[#콜드 스타트]]', {
      notes,
    });
    expect(mdx).toBe(
      '[DynamoDB](/ko/notes/dynamodb/), [다이나모](/ko/notes/dynamodb/), [API Gateway › 통합 유형](/ko/notes/api-gateway/#통합-유형), [람다 정리](/ko/notes/lambda-jeongni/), [콜드 스타트](#콜드-스타트)\n',
    );
    expect(links).toEqual(['dynamodb', 'api-gateway', 'lambda-jeongni']);
  });

  it('keeps a wikilink to a note that was not imported as its text, with a warning', () => {
    const { mdx, warnings } = convert('[[CloudWatch 로그|로그 정리]] 참고');
    expect(mdx).toBe('로그 정리 참고\n');
    expect(warnings).toContain('unresolved wikilink [[CloudWatch 로그]]: kept as text');
  });

  it('embeds images (a width is not a description) and reports a missing one', () => {
    const images = { 'Pasted image 2024.png': '../assets/n/pasted-image-2024.png' };
    const { mdx, warnings } = convert('![[Pasted image 2024.png|300]]\n\n![[없는 그림.png]]', { images });
    expect(mdx).toBe('![Pasted image 2024](../assets/n/pasted-image-2024.png)\n\n(이미지 없음: 없는 그림.png)\n');
    expect(warnings).toEqual([]); // the importer's image() reports missing files itself
  });

  it('makes an embedded note a link and says so', () => {
    const { mdx, warnings } = convert('![[DynamoDB]]', { notes });
    expect(mdx).toBe('[DynamoDB](/ko/notes/dynamodb/)\n');
    expect(warnings).toContain('embedded note ![[DynamoDB]] became a link');
  });

  it('collects inline #tags (not headings, numbers or C#) and keeps the text', () => {
    const { tags, mdx } = convert('람다는 #serverless 이고 #시험대비 #exam/saa 이슈 #1 이며 C# 과 무관');
    expect(tags).toEqual(['serverless', '시험대비', 'exam/saa']);
    expect(mdx).toContain('#serverless');
  });

  it('turns ==highlights== into <mark>, also around bold text, and leaves == in code and comparisons', () => {
    const { mdx } = convert('==중요== 그리고 ==**굵게**== 그러나 `a == b` 와 x == y');
    expect(mdx).toBe('<mark>중요</mark> 그리고 <mark>**굵게**</mark> 그러나 `a == b` 와 x == y\n');
  });

  it('turns callouts into <Callout>: type, title, folding marker and body', () => {
    const { mdx } = convert(
      '> [!note] 메모\n> 15분이 한도다.\n\n> [!warning]\n> 주의할 점\n\n> [!tip]- 접힌 팁\n> - 항목\n\n> [!danger] "큰" 위험\n> 조심',
    );
    expect(mdx).toContain('<Callout type="tip" title="메모">\n  15분이 한도다.\n</Callout>');
    expect(mdx).toContain('<Callout type="warning">\n  주의할 점\n</Callout>');
    expect(mdx).toContain('<Callout type="tip" title="접힌 팁">\n  - 항목\n</Callout>');
    expect(mdx).toContain('<Callout type="warning" title="“큰” 위험">');
  });

  it('turns %%comments%% into MDX comments', () => {
    expect(convert('보이는 글 %%숨긴 메모%% 끝').mdx).toBe('보이는 글 {/* 숨긴 메모 */} 끝\n');
  });

  it('drops ```toc blocks but keeps other code', () => {
    const { mdx } = convert('```toc\nstyle: number\n```\n\n```js\nconst a = 1;\n```');
    expect(mdx).toBe('```js\nconst a = 1;\n```\n');
  });

  it('leaves a plain quote a quote', () => {
    expect(convert('> 인용문이다.').mdx).toBe('> 인용문이다.\n');
  });
});

describe('plain Markdown made safe for MDX', () => {
  it('escapes bare <, <->, <= and {…} in prose', () => {
    const { mdx } = convert('A <-> B, x <= y, a < b, {키: 값} 와 } 하나');
    expect(mdx).toBe('A \\<-> B, x \\<= y, a \\< b, \\{키: 값} 와 } 하나\n');
  });

  it('moves an <img> out of a heading into the text below it', () => {
    const { mdx, imageRequests } = convert('# Title\n\n## <img src="images/icon.png" width="20"> 서브넷\n\n본문', {
      images: { 'images/icon.png': '../assets/t/icon.png' },
    });
    expect(mdx).toBe('## 서브넷\n\n![](../assets/t/icon.png)\n\n본문\n');
    expect(imageRequests).toEqual(['images/icon.png']);
  });

  it('keeps <mark> without its style, turns <br> into a line break and <b>/<a> into Markdown', () => {
    const { mdx } = convert(
      '<mark style="background: yellow">중요</mark> 줄<br>바꿈 <b>굵게</b> <a href="https://aws.amazon.com/">AWS</a>',
    );
    expect(mdx).toBe('<mark>중요</mark> 줄\\\n바꿈 **굵게** [AWS](https://aws.amazon.com/)\n');
  });

  it('reduces other raw HTML to its text, with one warning naming the tags', () => {
    const { mdx, warnings } = convert(
      '<details>\n<summary>질문</summary>\n답변 내용\n</details>\n\n<p align="center"><span style="color:red">빨강</span></p>',
    );
    expect(mdx).toBe('질문\n답변 내용\n\n빨강\n');
    expect(warnings).toContain('raw HTML reduced to its text: <details>, <p>, <span>, <summary>');
  });

  it('turns HTML comments into MDX comments', () => {
    expect(convert('<!-- 나중에 -->\n\n본문').mdx).toBe('{/* 나중에 */}\n\n본문\n');
  });

  it('writes an unclosed tag as text rather than invalid JSX', () => {
    const { mdx } = convert('<font color="red">빨강');
    expect(mdx).toBe('빨강\n');
  });

  it('writes a paragraph starting with "export" or "import" so MDX does not read it as JavaScript', () => {
    expect(convert('export 명령으로 변수를 둔다.\n\nimport 문은 없다.').mdx).toBe(
      '&#x65;xport 명령으로 변수를 둔다.\n\n&#x69;mport 문은 없다.\n',
    );
  });

  it('writes bare URLs and autolinks as [url](url): MDX has no autolinks', () => {
    expect(convert('<https://aws.amazon.com/> 와 https://docs.aws.amazon.com/').mdx).toBe(
      '[https://aws.amazon.com/](https://aws.amazon.com/) 와 [https://docs.aws.amazon.com/](https://docs.aws.amazon.com/)\n',
    );
  });

  it('rewrites links to imported notes, keeps anchors and the web, and makes other local links text', () => {
    const { mdx, warnings } = convert(
      '[SG](security-groups.md#규칙) [위](#위) [웹](https://aws.amazon.com/) [NACL](./nacl.md) [ref][r]\n\n[r]: security-groups.md',
      {
        notes: { 'security-groups.md': 'security-groups' },
      },
    );
    expect(mdx).toBe(
      '[SG](/ko/notes/security-groups/#규칙) [위](#위) [웹](https://aws.amazon.com/) NACL [ref](/ko/notes/security-groups/)\n',
    );
    expect(warnings).toEqual(['link to ./nacl.md (not an imported note): kept as text']);
  });

  it('writes a missing image as text naming it, and keeps web images', () => {
    const { mdx } = convert('![구성도](images/없음.png)\n\n![로고](https://example.com/logo.png)', { lang: 'en' });
    expect(mdx).toBe('(missing image: 구성도)\n\n![로고](https://example.com/logo.png)\n');
  });

  it('shifts headings so the highest is ## and drops the title heading', () => {
    const { mdx } = convert('# Overview\n\n# 리소스\n\n### 허브\n\n# 로드맵', { title: 'Overview' });
    expect(mdx).toBe('## 리소스\n\n#### 허브\n\n## 로드맵\n');
  });
});

describe('question lists become exam scenarios', () => {
  const QA = [
    '* 순서를 지키며 "한 번만" 처리하는 큐는?',
    '    > * SQS FIFO 큐.',
    '    > * 중복 제거 ID를 쓴다.',
    '',
    '* DLQ는 언제 쓰나?',
    '    > * 실패한 메시지를 모을 때.',
    '    > [문서](https://docs.aws.amazon.com/sqs/)',
    '',
    '* 그냥 메모 한 줄',
  ].join('\n');

  it('makes each question an <ExamScenario> with its answer, and leaves other items a list', () => {
    const { mdx, scenarios } = convert(QA);
    expect(scenarios).toBe(2);
    const cards = extractScenarios(mdx);
    expect(cards.map((c) => c.question)).toEqual(['순서를 지키며 “한 번만” 처리하는 큐는?', 'DLQ는 언제 쓰나?']);
    expect(cards[0]!.answerHtml).toContain('<li>SQS FIFO 큐.</li>');
    expect(cards[1]!.answerHtml).toContain('href="https://docs.aws.amazon.com/sqs/"');
    expect(mdx).toMatch(/<\/ExamScenario>\n\n- 그냥 메모 한 줄\n$/);
    expect(mdx).not.toMatch(/question="[^"]*"[^>\s]/);
  });

  it('keeps a question already asked as a list item, with a warning', () => {
    const { mdx, warnings, scenarios } = convert(QA, { asked: ['DLQ는 언제 쓰나?'] });
    expect(scenarios).toBe(1);
    expect(mdx).toContain('- DLQ는 언제 쓰나?');
    expect(warnings.join()).toMatch(/question asked twice/);
  });

  it('takes a question with a quoted list of answers even among plain items', () => {
    const { scenarios, mdx } = convert('* 메모 하나\n* 메모 둘\n* 질문인가?\n    > * 답이다.\n');
    expect(scenarios).toBe(1);
    expect(mdx).toMatch(/^- 메모 하나\n- 메모 둘\n\n<ExamScenario question="질문인가\?">/);
  });

  it('does not take an ordinary list with one quoted item for questions', () => {
    const { scenarios } = convert('* 하나\n* 둘\n* 셋\n    > 인용\n');
    expect(scenarios).toBe(0);
  });
});
