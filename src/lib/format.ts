/** Locale-aware formatting of dates and numbers for the page's language. */
import { LOCALE_TAGS, type Lang } from './i18n';

export const formatDate = (date: Date, lang: Lang): string =>
  new Intl.DateTimeFormat(LOCALE_TAGS[lang].locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(date);

export const formatNumber = (value: number, lang: Lang): string => new Intl.NumberFormat(LOCALE_TAGS[lang].locale).format(value);

/** Machine-readable date for <time datetime>. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
