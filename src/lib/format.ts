/** Locale-aware formatting of dates and numbers for the page's language. */
import type { Lang } from './i18n';

const LOCALES: Record<Lang, string> = { ko: 'ko-KR', en: 'en-US' };

export const formatDate = (date: Date, lang: Lang): string =>
  new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);

export const formatNumber = (value: number, lang: Lang): string => new Intl.NumberFormat(LOCALES[lang]).format(value);

/** Machine-readable date for <time datetime>. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
