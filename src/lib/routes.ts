/**
 * Which pages the site has, in which language, with what each page renders: computed once from
 * the library, the navigation and the practice decks, and handed to the route files as their
 * getStaticPaths. One rule holds for every route here: a page exists in every language or in none
 * (its twin), so the language switcher and hreflang never lead nowhere. Pure.
 */
import type { NoteId } from './ids';
import { LANGS, type Lang } from './i18n';
import type { Library, Note } from './library';
import type { Navigation } from './navigation';
import type { CategoryDeck, ExamDeck, Practice } from './practice';
import { examSlug, type CategoryId, type ExamId } from './taxonomy';

export interface Route<Params extends Record<string, string>, Props> {
  params: Params & { lang: Lang };
  props: Props & { lang: Lang };
}

/** The twin rule: every key gets a page in every language. */
function inEveryLang<Key, Params extends Record<string, string>, Props>(
  keys: Iterable<Key>,
  page: (lang: Lang, key: Key) => { params: Params; props: Props },
): Route<Params, Props>[] {
  const unique = [...new Set(keys)];
  return LANGS.flatMap((lang) =>
    unique.map((key) => {
      const { params, props } = page(lang, key);
      return { params: { ...params, lang }, props: { ...props, lang } };
    }),
  );
}

const missing = (what: string, lang: Lang): never => {
  throw new Error(`no ${what} in ${lang}: every page needs its twin in every language`);
};

export interface SiteInput {
  library: Library;
  navigation: Record<Lang, Navigation>;
}

export function buildRoutes({ library, navigation }: SiteInput, practice: Practice) {
  const union = <T>(pick: (lang: Lang) => Iterable<T>): T[] => LANGS.flatMap((lang) => [...pick(lang)]);
  const noteIds: NoteId[] = union((lang) => library.byLang[lang].map((note) => note.id));
  return {
    /** Pages once per language: home, translations, practice overview. */
    languages: inEveryLang([null], () => ({ params: {}, props: {} })),
    notes: inEveryLang(noteIds, (lang, id) => ({
      params: { id },
      props: { note: library.get(lang, id) ?? missing(`note "${id}"`, lang) } satisfies { note: Note },
    })),
    categories: inEveryLang(
      union((lang) => navigation[lang].categories.map((category) => category.id)),
      (_lang, category: CategoryId) => ({ params: { category }, props: { category } }),
    ),
    tags: inEveryLang(
      union((lang) => navigation[lang].tags.keys()),
      (_lang, tag) => ({ params: { tag }, props: { tag } }),
    ),
    exams: inEveryLang(
      union((lang) => navigation[lang].exams.keys()),
      (_lang, exam: ExamId) => ({ params: { exam: examSlug(exam) }, props: { exam } }),
    ),
    examDecks: inEveryLang(
      union((lang) => practice.decks[lang].exams.map((deck) => deck.exam)),
      (lang, exam) => ({
        params: { exam: examSlug(exam) },
        props: { deck: practice.examDeck(lang, exam) ?? missing(`practice deck for ${exam}`, lang) } satisfies { deck: ExamDeck },
      }),
    ),
    categoryDecks: inEveryLang(
      union((lang) => practice.decks[lang].categories.map((deck) => deck.category)),
      (lang, category) => ({
        params: { category },
        props: { deck: practice.categoryDeck(lang, category) ?? missing(`practice deck for ${category}`, lang) } satisfies {
          deck: CategoryDeck;
        },
      }),
    ),
  };
}

export type Routes = ReturnType<typeof buildRoutes>;
