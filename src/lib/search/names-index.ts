/**
 * Builds the names layer of one language at build time from the notes: what src/lib/search/names.ts
 * matches in the browser. Served as /<lang>/search-names.json and fetched when the search opens.
 */
import type { Lang } from '../i18n';
import type { Note } from '../library';
import type { LifecycleStatus } from '../note-schema';
import type { Navigation } from '../navigation';
import { CATEGORIES } from '../taxonomy';
import { noteUrl } from '../urls';
import type { NamesIndex } from './names';

export function buildNamesIndex(
  notes: readonly Note[],
  navigation: Navigation,
  lang: Lang,
  lifecycleBadge: (status: LifecycleStatus) => string,
): NamesIndex {
  return {
    notes: notes.map((note) => {
      const { data } = note;
      return {
        id: note.id,
        title: data.title,
        url: noteUrl(lang, note.id),
        summary: data.summary,
        category: CATEGORIES[data.category][lang],
        exams: [...data.exams],
        names: [...new Set([data.service, ...data.aliases].filter((name) => name !== data.title))],
        concepts: [...data.concepts],
        ...(data.lifecycle && { lifecycle: lifecycleBadge(data.lifecycle.status) }),
        ...(data.kind === 'topic' && { topic: true as const }),
        ...(data.kind === 'topic' && data.related.length > 0 && { compares: [...data.related] }),
      };
    }),
    categories: navigation.categories.map(({ label, url }) => ({ label, url })),
  };
}
