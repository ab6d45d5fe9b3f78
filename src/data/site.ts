/** Reads the notes collection once per build; every page shares the same checked library. */
import { getCollection } from 'astro:content';
import { buildLibrary, type Library } from './library';
import { buildNavigation, type Navigation } from './navigation';
import { LANGS, type Lang } from './i18n';

let cached: Promise<{ library: Library; navigation: Record<Lang, Navigation> }> | undefined;

export function loadSite() {
  cached ??= getCollection('notes').then((entries) => {
    const library = buildLibrary(entries);
    const navigation = Object.fromEntries(
      LANGS.map((lang) => [lang, buildNavigation(library.byLang[lang], lang)]),
    ) as Record<Lang, Navigation>;
    return { library, navigation };
  });
  return cached;
}
