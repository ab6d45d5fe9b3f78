/**
 * The site's navigation model for one language, computed once per build from the notes:
 * sidebar groups, reading order (previous / next), and the tag and exam indexes.
 */
import type { Lang } from './i18n';
import type { Note } from './library';
import { CATEGORIES, CATEGORY_IDS, EXAM_IDS, type CategoryId, type ExamId } from './taxonomy';
import { categoryUrl, noteUrl } from './urls';

export interface NavLink {
  id: string;
  title: string;
  url: string;
}

export interface NavCategory {
  id: CategoryId;
  label: string;
  url: string;
  notes: NavLink[];
}

export interface Navigation {
  /** Non-empty categories in the fixed product-family order; notes by title within each. */
  categories: NavCategory[];
  /** Reading order: the sidebar, top to bottom. */
  sequence: NavLink[];
  tags: Map<string, Note[]>;
  exams: Map<ExamId, Note[]>;
  /** Notes by `updated`, newest first (ties by title). */
  recent: Note[];
}

export function buildNavigation(notes: readonly Note[], lang: Lang): Navigation {
  const collator = new Intl.Collator(lang);
  const byTitle = (a: Note, b: Note) => collator.compare(a.data.title, b.data.title);
  const link = (note: Note): NavLink => ({ id: note.id, title: note.data.title, url: noteUrl(lang, note.id) });

  const categories = CATEGORY_IDS.map((id) => ({
    id,
    label: CATEGORIES[id][lang],
    url: categoryUrl(lang, id),
    notes: notes
      .filter((n) => n.data.category === id)
      .sort(byTitle)
      .map(link),
  })).filter((group) => group.notes.length > 0);

  const tags = new Map<string, Note[]>();
  for (const note of [...notes].sort(byTitle)) {
    for (const tag of note.data.tags) tags.set(tag, [...(tags.get(tag) ?? []), note]);
  }
  const exams = new Map<ExamId, Note[]>();
  for (const exam of EXAM_IDS) {
    const matching = notes.filter((n) => n.data.exams.includes(exam)).sort(byTitle);
    if (matching.length) exams.set(exam, matching);
  }
  const recent = [...notes].sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || byTitle(a, b));

  return { categories, sequence: categories.flatMap((c) => c.notes), tags, exams, recent };
}

export function previousAndNext(navigation: Navigation, id: string): { prev?: NavLink; next?: NavLink } {
  const at = navigation.sequence.findIndex((link) => link.id === id);
  if (at < 0) return {};
  const prev = navigation.sequence[at - 1];
  const next = navigation.sequence[at + 1];
  return { ...(prev && { prev }), ...(next && { next }) };
}

/** Notes of a category, in sidebar order. */
export function categoryNotes(navigation: Navigation, category: CategoryId): NavLink[] {
  return navigation.categories.find((c) => c.id === category)?.notes ?? [];
}
