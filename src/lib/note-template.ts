/**
 * The outline every service note follows, in both languages: the same `##` sections in the same
 * order, so a learner finds limits, traps and scenarios in the same place on every page.
 */
import type { Lang } from './i18n';

export const SERVICE_SECTIONS: Record<Lang, readonly string[]> = {
  ko: [
    '무엇인가',
    '작동 방식',
    '주요 한도와 수치',
    '보안',
    '가용성과 재해 복구',
    '요금 모델',
    '언제 선택하나',
    '시험 함정',
    '시험 시나리오',
  ],
  en: [
    'What it is',
    'How it works',
    'Key limits and numbers',
    'Security',
    'Availability and disaster recovery',
    'Pricing model',
    'When to choose it',
    'Exam traps',
    'Exam scenarios',
  ],
};
