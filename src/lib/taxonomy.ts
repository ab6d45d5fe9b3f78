/**
 * The fixed vocabularies a note's frontmatter may use: AWS product families and exams.
 * Defined once; the schema, navigation and pages all read these lists.
 */
import type { Lang } from './i18n';

export type Localized = Record<Lang, string>;

export const CATEGORIES = {
  fundamentals: { ko: '클라우드 기초', en: 'Cloud Fundamentals' },
  compute: { ko: '컴퓨팅', en: 'Compute' },
  containers: { ko: '컨테이너', en: 'Containers' },
  storage: { ko: '스토리지', en: 'Storage' },
  database: { ko: '데이터베이스', en: 'Database' },
  networking: { ko: '네트워킹 및 콘텐츠 전송', en: 'Networking & Content Delivery' },
  security: { ko: '보안, 자격 증명 및 규정 준수', en: 'Security, Identity & Compliance' },
  analytics: { ko: '분석', en: 'Analytics' },
  'application-integration': { ko: '애플리케이션 통합', en: 'Application Integration' },
  'developer-tools': { ko: '개발자 도구', en: 'Developer Tools' },
  'machine-learning': { ko: '기계 학습', en: 'Machine Learning' },
  'migration-transfer': { ko: '마이그레이션 및 전송', en: 'Migration & Transfer' },
  'end-user-computing': { ko: '최종 사용자 컴퓨팅', en: 'End User Computing' },
  'business-applications': { ko: '비즈니스 애플리케이션', en: 'Business Applications' },
  'front-end-web-mobile': { ko: '프런트엔드 웹 및 모바일', en: 'Front-End Web & Mobile' },
  'media-services': { ko: '미디어 서비스', en: 'Media Services' },
  iot: { ko: '사물 인터넷', en: 'Internet of Things' },
  blockchain: { ko: '블록체인', en: 'Blockchain' },
  'management-governance': { ko: '관리 및 거버넌스', en: 'Management & Governance' },
} as const satisfies Record<string, Localized>;

export type CategoryId = keyof typeof CATEGORIES;
export const CATEGORY_IDS = Object.keys(CATEGORIES) as [CategoryId, ...CategoryId[]];

export const EXAMS = {
  'CLF-C02': { ko: 'Cloud Practitioner (CLF-C02)', en: 'Cloud Practitioner (CLF-C02)' },
  'SAA-C03': { ko: 'Solutions Architect – Associate (SAA-C03)', en: 'Solutions Architect – Associate (SAA-C03)' },
  'DVA-C02': { ko: 'Developer – Associate (DVA-C02)', en: 'Developer – Associate (DVA-C02)' },
  'SOA-C03': { ko: 'CloudOps Engineer – Associate (SOA-C03)', en: 'CloudOps Engineer – Associate (SOA-C03)' },
  'SAP-C02': { ko: 'Solutions Architect – Professional (SAP-C02)', en: 'Solutions Architect – Professional (SAP-C02)' },
} as const satisfies Record<string, Localized>;

export type ExamId = keyof typeof EXAMS;
export const EXAM_IDS = Object.keys(EXAMS) as [ExamId, ...ExamId[]];

/** Exam ids appear in URLs in lower case: /ko/exams/saa-c03/. */
export const examSlug = (exam: ExamId): string => exam.toLowerCase();
