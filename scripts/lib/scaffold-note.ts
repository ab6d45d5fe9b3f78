/**
 * The starting text of a new note: every frontmatter field in place, a body with the usual sections,
 * in Korean and English. Pure, so the test checks it against the schema.
 */
import { stringify } from 'yaml';
import type { Lang } from '../../src/lib/i18n';
import type { NoteInput } from '../../src/lib/note-schema';
import type { CategoryId } from '../../src/lib/taxonomy';

export interface ScaffoldOptions {
  service: string;
  category: CategoryId;
  today: Date;
}

const BODY: Record<Lang, string> = {
  ko: `한두 문장으로 서비스를 소개합니다.

## 개요

## 핵심 포인트

- 

## 시험 시나리오

<ExamScenario question="시험 문제의 상황을 적습니다.">

- 정답과 그 이유를 적습니다.

</ExamScenario>
`,
  en: `Introduce the service in one or two sentences.

## Overview

## Key points

- 

## Exam scenarios

<ExamScenario question="Describe the situation the exam question sets.">

- Write the answer and why.

</ExamScenario>
`,
};

export function scaffoldNote(lang: Lang, { service, category, today }: ScaffoldOptions): string {
  const data: NoteInput = {
    title: service,
    summary: lang === 'ko' ? `${service}을(를) 한 문장으로 요약합니다.` : `One sentence on what ${service} does.`,
    service,
    aliases: [],
    category,
    exams: [],
    tags: [],
    related: [],
    updated: today.toISOString().slice(0, 10),
    status: 'draft',
    sources: [{ file: 'TODO: seed file or URL', section: 'TODO: section heading' }],
  };
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${BODY[lang]}`;
}
