/**
 * The starting text of a new note: every frontmatter field in place, a body with the usual sections,
 * in Korean and English. Pure, so the test checks it against the schema.
 */
import { stringify } from 'yaml';
import type { Lang } from '../../src/lib/i18n';
import type { NoteInput } from '../../src/lib/note-schema';
import { SERVICE_SECTIONS } from '../../src/lib/note-template';
import type { CategoryId } from '../../src/lib/taxonomy';

export interface ScaffoldOptions {
  service: string;
  category: CategoryId;
  today: Date;
}

const PLACEHOLDER: Record<Lang, { intro: string; question: string; answer: string; source: string }> = {
  ko: {
    intro: '한두 문장으로 서비스를 소개합니다.',
    question: '한 회사가 … 가장 적합한 방법은? A) … B) … C) … D) …',
    answer: '**정답: A**. 왜 맞는지 적습니다.\n\n- B: 왜 틀리는지\n- C: 왜 틀리는지\n- D: 왜 틀리는지',
    source: 'TODO: 확인한 AWS 문서의 제목',
  },
  en: {
    intro: 'Introduce the service in one or two sentences.',
    question: 'A company needs … Which solution meets the requirements? A) … B) … C) … D) …',
    answer: '**Answer: A**. Why it wins.\n\n- B: why it loses\n- C: why it loses\n- D: why it loses',
    source: 'TODO: title of the AWS page you checked',
  },
};

/** The body of a service note: the template's sections, with the last one holding a scenario to fill in. */
function body(lang: Lang): string {
  const text = PLACEHOLDER[lang];
  const sections = SERVICE_SECTIONS[lang].map((title) => `## ${title}\n`);
  const scenario = `<ExamScenario question="${text.question}">\n\n${text.answer}\n\n</ExamScenario>\n`;
  return `${text.intro}\n\n${sections.join('\n')}\n${scenario}`;
}

export function scaffoldNote(lang: Lang, { service, category, today }: ScaffoldOptions): string {
  const data: NoteInput = {
    title: service,
    kind: 'service',
    summary: lang === 'ko' ? `${service}을(를) 한 문장으로 요약합니다.` : `One sentence on what ${service} does.`,
    service,
    aliases: [],
    concepts: [],
    category,
    exams: [],
    tags: [],
    related: [],
    updated: today.toISOString().slice(0, 10),
    status: 'draft',
    sources: [{ url: 'https://docs.aws.amazon.com/', title: PLACEHOLDER[lang].source }],
  };
  return `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body(lang)}`;
}
