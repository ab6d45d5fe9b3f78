import { describe, expect, it } from 'vitest';
import { ScenarioError, extractScenarios, scenarioSpan } from '../../src/lib/scenarios';

const note = `
Intro with a **bold** word.

<Callout type="exam">

Not a scenario.

</Callout>

<ExamScenario question="  피크 시간에 수백만 요청을 처리하는 방법은?  ">

- CloudFront + **S3** 정적 호스팅
- [API Gateway](/ko/notes/api-gateway/) + Lambda

</ExamScenario>

## Section

<ExamScenario question="Which table?">

| Service | Use |
| --- | --- |
| DynamoDB | key-value |

{/* an editor's comment, not part of the answer */}

Text with \`code\` and a https://aws.amazon.com autolink.

</ExamScenario>
`;

describe('extractScenarios', () => {
  const scenarios = extractScenarios(note);

  it('finds every ExamScenario in document order, numbered from 1, ignoring other components', () => {
    expect(scenarios.map((s) => [s.index, s.question])).toEqual([
      [1, '피크 시간에 수백만 요청을 처리하는 방법은?'],
      [2, 'Which table?'],
    ]);
  });

  it('renders the answer Markdown to HTML: lists, emphasis, links', () => {
    expect(scenarios[0]!.answerHtml).toBe(
      '<ul>\n<li>CloudFront + <strong>S3</strong> 정적 호스팅</li>\n<li><a href="/ko/notes/api-gateway/">API Gateway</a> + Lambda</li>\n</ul>',
    );
  });

  it('understands GFM (tables, autolinks) and drops MDX comments', () => {
    const html = scenarios[1]!.answerHtml;
    expect(html).toContain('<table>');
    expect(html).toContain('<td>DynamoDB</td>');
    expect(html).toContain('<a href="https://aws.amazon.com">https://aws.amazon.com</a>');
    expect(html).toContain('<code>code</code>');
    expect(html).not.toContain('comment');
  });

  it('finds scenarios nested in another component, and keeps the Markdown of components inside an answer', () => {
    const nested = extractScenarios(`
<Callout>

<ExamScenario question="Nested?">

<Callout type="tip">

Inner **tip**.

</Callout>

</ExamScenario>

</Callout>
`);
    expect(nested).toEqual([{ index: 1, question: 'Nested?', answerHtml: '<p>Inner <strong>tip</strong>.</p>' }]);
  });

  it('reads a scenario in a component that closes between two scenarios (the span alone does not parse)', () => {
    const body = `
Intro.

<Callout>

<ExamScenario question="First?">

One.

</ExamScenario>

</Callout>

<ExamScenario question="Second?">

Two.

</ExamScenario>
`;
    expect(() => extractScenarios(scenarioSpan(body))).toThrow();
    expect(extractScenarios(body).map((s) => [s.question, s.answerHtml])).toEqual([
      ['First?', '<p>One.</p>'],
      ['Second?', '<p>Two.</p>'],
    ]);
  });

  it('returns nothing for a note without scenarios', () => {
    expect(extractScenarios('## Only prose\n\nText.')).toEqual([]);
  });

  it('escapes text and never passes raw HTML through', () => {
    const [scenario] = extractScenarios('<ExamScenario question="a < b?">\n\nUse `<script>` & 1 < 2.\n\n</ExamScenario>');
    expect(scenario!.question).toBe('a < b?');
    expect(scenario!.answerHtml).toBe('<p>Use <code>&#x3C;script></code> &#x26; 1 &#x3C; 2.</p>');
  });

  it('refuses a scenario without a plain text question, naming the note', () => {
    expect(() => extractScenarios('<ExamScenario>\n\nAnswer.\n\n</ExamScenario>', 'content/notes/ko/x.mdx')).toThrow(ScenarioError);
    expect(() => extractScenarios('<ExamScenario question={`dynamic`}>\n\nA.\n\n</ExamScenario>', 'content/notes/ko/x.mdx')).toThrow(
      /content\/notes\/ko\/x\.mdx: ExamScenario: scenario 1 needs a question/,
    );
  });
});

describe('a scenario marked for some exams', () => {
  it('reads exams="…" as the exam codes the card practises', () => {
    const [card] = extractScenarios('<ExamScenario question="q" exams="SAP-C02 DVA-C02">\n\nA.\n\n</ExamScenario>');
    expect(card!.exams).toEqual(['SAP-C02', 'DVA-C02']);
  });

  it('refuses an unknown exam code, naming the note and the scenario', () => {
    expect(() => extractScenarios('<ExamScenario question="q" exams="SAP-C01">\n\nA.\n\n</ExamScenario>', 'ko/x.mdx')).toThrow(
      /ko\/x\.mdx: ExamScenario: scenario 1: exams=.*not "SAP-C01"/,
    );
  });
});

describe('scenarioSpan', () => {
  it('is the part from the line of the first scenario to the end of the last', () => {
    const body = 'Intro **text**.\n\n## Scenarios\n\n  <ExamScenario question="A?">\n\nA.\n\n</ExamScenario>\n\nAfter.\n';
    expect(scenarioSpan(body)).toBe('  <ExamScenario question="A?">\n\nA.\n\n</ExamScenario>');
  });

  it('is the whole body when a code fence is open before the first scenario, or no scenario closes', () => {
    const fenced = 'Intro.\n\n```mdx\n<ExamScenario question="In code?">\n\nx\n\n</ExamScenario>\n```\n';
    expect(scenarioSpan(fenced)).toBe(fenced);
    expect(extractScenarios(fenced)).toEqual([]);
    const selfClosing = 'Intro.\n\n<ExamScenario question="Q?" />\n';
    expect(scenarioSpan(selfClosing)).toBe(selfClosing);
  });
});
