/** The site's languages. Korean is the default; every page exists in both. */
export const LANGS = ['ko', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'ko';

export const isLang = (value: string | undefined): value is Lang =>
  (LANGS as readonly string[]).includes(value ?? '');

/** The page language from its path ("/en/notes/lambda/" → "en"); pages outside a language are Korean. */
export const langFromPath = (pathname: string): Lang => {
  const first = pathname.split('/')[1];
  return isLang(first) ? first : DEFAULT_LANG;
};

/** BCP 47 tags for <html lang>, hreflang and Open Graph. */
export const LOCALE_TAGS: Record<Lang, { html: string; og: string }> = {
  ko: { html: 'ko', og: 'ko_KR' },
  en: { html: 'en', og: 'en_US' },
};
