import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { checkNotes, type NoteText } from '../../src/lib/note-checks';
import { describeProblem } from '../../src/lib/note-problems';
import { noteSchema } from '../../src/lib/note-schema';

const note = (fields: string, body = '본문.\n') => `---
title: AWS Lambda
summary: 서버를 관리하지 않고 코드를 실행하는 서버리스 컴퓨팅 서비스.
service: AWS Lambda
category: compute
status: draft
sources:
  - file: 004_8c678ec1fd0149ba.txt
    section: Lambda
${fields}
---

${body}`;

const problems = (files: NoteText[]) => checkNotes(files, 'notes').problems.map(describeProblem);

describe('frontmatter dates', () => {
  it('are read as the text that was written: a YAML 1.2 reader never makes a Date', () => {
    const { data } = readFrontmatter(note('updated: 2026-02-30'));
    expect(data).toMatchObject({ updated: '2026-02-30' });
  });

  it.each([
    ['updated', 'updated: 2026-02-30', '"2026-02-30"'],
    ['updated', 'updated: 2026-13-01', '"2026-13-01"'],
    ['updated', 'updated: 2026-04-45', '"2026-04-45"'],
    ['updated', 'updated: 2026-2-3', '"2026-2-3"'],
    ['verified', 'updated: 2026-11-01\nverified: 2025-02-29', '"2025-02-29"'],
    [
      'lifecycle.since',
      'updated: 2026-11-01\nlifecycle:\n  status: retired\n  since: 2024-06-31\n  source: https://aws.amazon.com/',
      '"2024-06-31"',
    ],
  ])('refuses a %s that does not exist (%s)', (field, fields, shown) => {
    expect(problems([{ path: 'ko/lambda.mdx', text: note(fields) }])).toEqual([
      `notes/ko/lambda.mdx: ${field}: ${shown} is not a calendar date written YYYY-MM-DD`,
    ]);
  });

  it('accepts a leap day that exists, as a UTC date', () => {
    const parsed = noteSchema.parse(readFrontmatter(note('updated: 2028-02-29')).data);
    expect(parsed.updated.toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });
});

describe('checkNotes', () => {
  it('passes a good folder', () => {
    expect(problems([{ path: 'ko/lambda.mdx', text: note('updated: 2026-11-01') }])).toEqual([]);
  });

  it('reports a missing or broken frontmatter block', () => {
    expect(problems([{ path: 'ko/lambda.mdx', text: 'no frontmatter' }])).toEqual([
      'notes/ko/lambda.mdx: frontmatter: no frontmatter block: the note starts with a line "---", its YAML, then "---"',
    ]);
    expect(problems([{ path: 'ko/lambda.mdx', text: '---\ntitle: [\n---\n' }])[0]).toMatch(
      /frontmatter: the frontmatter is not valid YAML/,
    );
  });

  it('checks twins, relations and scenarios across the folder', () => {
    const scenario = '<ExamScenario question="Q?">\n\nA.\n\n</ExamScenario>\n';
    expect(
      problems([
        { path: 'ko/lambda.mdx', text: note('updated: 2026-11-01\nrelated: [lambda]', scenario) },
        { path: 'en/lambda.mdx', text: note('updated: 2026-11-01') },
        { path: 'en/sqs.mdx', text: note('updated: 2026-11-01') },
      ]),
    ).toEqual([
      'notes/en/sqs.mdx: id: English note without its Korean twin content/notes/ko/sqs.mdx',
      'notes/ko/lambda.mdx: related[0]: a note cannot relate to itself',
    ]);
    expect(
      problems([
        { path: 'ko/lambda.mdx', text: note('updated: 2026-11-01', scenario) },
        { path: 'en/lambda.mdx', text: note('updated: 2026-11-01') },
      ]),
    ).toEqual(['notes/en/lambda.mdx: ExamScenario: 0 exam scenarios, but its Korean twin has 1; keep them one for one, in the same order']);
  });
});
