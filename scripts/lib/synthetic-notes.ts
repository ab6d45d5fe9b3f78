/** Synthetic Korean/English notes for the benchmark: realistic length, spread over every category. */
import { stringify } from 'yaml';
import type { Lang } from '../../src/lib/i18n';
import { CATEGORY_IDS, EXAM_IDS } from '../../src/lib/taxonomy';

const PARAGRAPH: Record<Lang, string> = {
  ko: '이 서비스는 서버를 직접 관리하지 않고도 애플리케이션을 확장할 수 있게 해 주며, 요청 수에 따라 자동으로 용량을 조정하고 사용한 만큼만 비용을 지불한다. 가용 영역 여러 곳에 걸쳐 배포하면 장애가 발생해도 서비스가 계속된다.',
  en: 'This service lets an application scale without managing servers, adjusts capacity automatically with the number of requests, and charges only for what is used. Deployed across several Availability Zones, it keeps running when one fails.',
};

export function syntheticNote(lang: Lang, index: number, total: number): { id: string; text: string } {
  const id = `service-${String(index).padStart(5, '0')}`;
  const related = [1, 2, 3].map((step) => `service-${String((index + step) % total).padStart(5, '0')}`).filter((r) => r !== id);
  const data = {
    title: `Amazon Synthetic Service ${index}`,
    summary: lang === 'ko' ? `벤치마크용 가상 서비스 ${index}에 대한 한 문장 요약.` : `One-sentence summary of synthetic service ${index}.`,
    service: `Amazon Synthetic Service ${index}`,
    aliases: [`가상 서비스 ${index}`, `SS${index}`],
    category: CATEGORY_IDS[index % CATEGORY_IDS.length],
    exams: [EXAM_IDS[index % EXAM_IDS.length]],
    tags: [`tag-${index % 40}`],
    related,
    updated: '2026-11-22',
    verified: '2026-11-22',
    status: 'reviewed',
    sources: [{ url: `https://docs.aws.amazon.com/synthetic-${index}/`, title: `Synthetic Service ${index} documentation` }],
  };
  const section = (n: number) =>
    `## ${lang === 'ko' ? '주제' : 'Topic'} ${n}\n\n${PARAGRAPH[lang]}\n\n- ${PARAGRAPH[lang].slice(0, 60)}\n- **${data.service}** \`code\`\n\n### ${lang === 'ko' ? '세부' : 'Detail'} ${n}\n\n${PARAGRAPH[lang]}\n`;
  const body = [1, 2, 3, 4].map(section).join('\n');
  // Each note asks its own question: a practice deck refuses two cards that ask the same thing.
  const scenario = `<ExamScenario question="${lang === 'ko' ? `가상 서비스 ${index}는 언제 쓰는가?` : `When is synthetic service ${index} used?`}">\n\n- ${PARAGRAPH[lang]}\n\n</ExamScenario>\n`;
  return { id, text: `---\n${stringify(data, { lineWidth: 0 })}---\n\n${PARAGRAPH[lang]}\n\n${body}\n${scenario}` };
}
