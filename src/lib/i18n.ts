/** The site's languages and their locale tags, listed once. Korean is the default; every page exists in both. */
export const LANGS = ['ko', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ko';

export const isLang = (value: unknown): value is Lang => (LANGS as readonly unknown[]).includes(value);

/** The page language from its path ("/en/notes/lambda/" → "en"); pages outside a language are Korean. */
export const langFromPath = (pathname: string): Lang => {
  const first = pathname.split('/')[1];
  return isLang(first) ? first : DEFAULT_LANG;
};

/**
 * The tags of each language: `locale` (BCP 47 with region) for Intl formatting and the sitemap,
 * `html` for <html lang> and hreflang, `og` for Open Graph.
 */
export const LOCALE_TAGS: Record<Lang, { locale: string; html: string; og: string }> = {
  ko: { locale: 'ko-KR', html: 'ko', og: 'ko_KR' },
  en: { locale: 'en-US', html: 'en', og: 'en_US' },
};

/** One value per language, made by `make`: the record always has every language. */
export const perLang = <T>(make: (lang: Lang) => T): Record<Lang, T> =>
  Object.fromEntries(LANGS.map((lang) => [lang, make(lang)])) as Record<Lang, T>;
