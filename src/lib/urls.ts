/**
 * Every internal URL of the site, in one place. Pages use directory format, so every link ends
 * with a slash; Pagefind and CloudFront rely on that.
 */
import type { Lang } from './i18n';
import { LANGS } from './i18n';
import { examSlug, type CategoryId, type ExamId } from './taxonomy';

export const homeUrl = (lang: Lang): string => `/${lang}/`;
export const noteUrl = (lang: Lang, id: string): string => `/${lang}/notes/${id}/`;
export const categoryUrl = (lang: Lang, category: CategoryId): string => `/${lang}/categories/${category}/`;
export const tagUrl = (lang: Lang, tag: string): string => `/${lang}/tags/${tag}/`;
export const examUrl = (lang: Lang, exam: ExamId): string => `/${lang}/exams/${examSlug(exam)}/`;
export const translationsUrl = (lang: Lang): string => `/${lang}/translations/`;
/** The search's names layer (src/pages/[lang]/search-names.json.ts). */
export const searchNamesUrl = (lang: Lang): string => `/${lang}/search-names.json`;

/**
 * The same page in another language: every page of the site exists in both, under the same path
 * after the language segment. Paths outside a language (the root, 404) go to that language's home.
 */
export function localizedPath(pathname: string, target: Lang): string {
  const [, first, ...rest] = pathname.split('/');
  if (!(LANGS as readonly string[]).includes(first ?? '')) return homeUrl(target);
  const tail = rest.join('/');
  return `/${target}/${tail}`;
}

/** Study mode: the practice overview, and one practice deck per exam and per category. */
export const practiceUrl = (lang: Lang): string => `/${lang}/practice/`;
export const practiceExamUrl = (lang: Lang, exam: ExamId): string => `/${lang}/practice/exams/${examSlug(exam)}/`;
export const practiceCategoryUrl = (lang: Lang, category: CategoryId): string => `/${lang}/practice/categories/${category}/`;
