import type { Lang } from '../lib/i18n';
import { en } from './en';
import { ko } from './ko';
import type { UiStrings } from './strings';

const dictionaries: Record<Lang, UiStrings> = { ko, en };

/** The interface strings of a language. */
export const ui = (lang: Lang): UiStrings => dictionaries[lang];
export type { UiStrings };
