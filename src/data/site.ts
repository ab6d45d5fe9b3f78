/**
 * Reads the notes collection once per build; every page shares the same checked library and
 * navigation. The only modules that touch `astro:content` live in src/data/; src/lib/ stays pure.
 */
import { getCollection } from 'astro:content';
import { perLang, type Lang } from '../lib/i18n';
import { buildLibrary, type Library } from '../lib/library';
import { buildNavigation, type Navigation } from '../lib/navigation';

export interface Site {
  library: Library;
  navigation: Record<Lang, Navigation>;
}

let cached: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
  cached ??= getCollection('notes').then((entries) => {
    const library = buildLibrary(entries);
    const navigation = perLang((lang) => buildNavigation(library.byLang[lang], lang));
    return { library, navigation };
  });
  return cached;
}
