/**
 * The one convention for interface strings with values in them, on the server and in the browser
 * alike: a template names its values in braces ("{count} cards due"), `fill` puts them in, and a
 * counted string lists its plural forms, chosen by `Intl.PluralRules` for the language. The
 * dictionaries (src/i18n/) hold only text, so a page can hand any string to a browser script as
 * JSON, and a test can check that every language's string names the same placeholders.
 */
import { formatNumber } from './format';
import { LOCALE_TAGS, type Lang } from './i18n';

/**
 * The forms of a counted string, as in ICU MessageFormat: `other` always, the language's other plural
 * categories where it has them (English `one`), and exact counts ("=0", "=1") where the sentence says
 * them differently ("No cards are due today", "It comes back tomorrow").
 */
export type Plural = { readonly other: string } & { readonly [Form in Intl.LDMLPluralRule | `=${number}`]?: string };

export type Values = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Puts the values into a template's "{name}" placeholders; a placeholder without a value stays as written. */
export const fill = (template: string, values: Values = {}): string =>
  template.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));

/** The names of a template's placeholders, in order of appearance. */
export const placeholders = (template: string): string[] => [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? '');

const pluralRules = new Map<Lang, Intl.PluralRules>();
function pluralRule(lang: Lang): Intl.PluralRules {
  let rule = pluralRules.get(lang);
  if (!rule) {
    rule = new Intl.PluralRules(LOCALE_TAGS[lang].locale);
    pluralRules.set(lang, rule);
  }
  return rule;
}

/** The form of a counted string for `count`, filled: "{count}" is the count written for the language. */
export function plural(lang: Lang, forms: Plural, count: number, values: Values = {}): string {
  const form = forms[`=${count}`] ?? forms[pluralRule(lang).select(count)] ?? forms.other;
  return fill(form, { ...values, count: formatNumber(count, lang) });
}

export const isPlural = (value: unknown): value is Plural =>
  typeof value === 'object' && value !== null && typeof (value as { other?: unknown }).other === 'string';
