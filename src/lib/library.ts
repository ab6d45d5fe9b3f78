/**
 * The notes of the site, read once per build: every collection entry checked against the rules
 * the schema cannot see (ids, twins, related notes) and arranged by language. Pure: the caller
 * passes the entries (see src/data/site.ts).
 */
import { parseEntryId, type EntryId, type NoteId } from './ids';
import { LANGS, type Lang } from './i18n';
import { assertNoProblems, type NoteProblem } from './note-problems';
import type { NoteData } from './note-schema';

/** What the collection gives us: the glob loader's id is "<lang>/<id>". */
export interface NoteEntryInput {
  id: string;
  filePath?: string | undefined;
  data: NoteData;
}

export interface Note {
  id: NoteId;
  lang: Lang;
  /** The language the content is written in: differs from `lang` for an untranslated fallback. */
  contentLang: Lang;
  filePath: string;
  data: NoteData;
  /** The collection entry id to render ("ko/lambda"). */
  entryId: EntryId;
}

export interface Library {
  /** Notes per page language; every Korean note has a page in English too (translated or not). */
  byLang: Record<Lang, Note[]>;
  get(lang: Lang, id: string): Note | undefined;
  /**
   * A note's related notes, both ways: those it names in `related`, then those that name it, so a
   * new note linked from an old one is linked back without editing the old one.
   */
  related(lang: Lang, id: string): Note[];
  /** Korean note ids that have no English translation yet. */
  untranslated: NoteId[];
}

/** The library and every problem found on the way; `library` holds only the notes without problems. */
export function checkLibrary(entries: readonly NoteEntryInput[]): { library: Library; problems: NoteProblem[] } {
  const problems: NoteProblem[] = [];
  const written: Record<Lang, Map<NoteId, Note>> = { ko: new Map(), en: new Map() };
  for (const entry of entries) {
    const filePath = entry.filePath ?? `content/notes/${entry.id}.mdx`;
    const parsed = parseEntryId(entry.id);
    const fileName = filePath
      .split('/')
      .at(-1)
      ?.replace(/\.mdx$/, '');
    if (!parsed || fileName !== parsed.id) {
      problems.push({
        file: filePath,
        field: 'id',
        message: `the file name is the note id: notes live in content/notes/<${LANGS.join('|')}>/<id>.mdx`,
      });
      continue;
    }
    const { lang, id } = parsed;
    const existing = written[lang].get(id);
    if (existing) {
      problems.push({ file: filePath, field: 'id', message: `duplicate id "${id}", also used by ${existing.filePath}` });
      continue;
    }
    written[lang].set(id, { id, lang, contentLang: lang, filePath, data: entry.data, entryId: `${lang}/${id}` });
  }

  for (const note of written.en.values()) {
    if (!written.ko.has(note.id)) {
      problems.push({ file: note.filePath, field: 'id', message: `English note without its Korean twin content/notes/ko/${note.id}.mdx` });
    }
  }
  for (const lang of LANGS) {
    for (const note of written[lang].values()) {
      note.data.related.forEach((related, index) => {
        const field = `related[${index}]`;
        if (related === note.id) problems.push({ file: note.filePath, field, message: 'a note cannot relate to itself' });
        else if (!written.ko.has(related)) problems.push({ file: note.filePath, field, message: `no note with id "${related}"` });
      });
    }
  }

  const untranslated = [...written.ko.keys()].filter((id) => !written.en.has(id));
  // An untranslated note still gets an English page, showing the Korean content with a notice.
  const english = [...written.ko.values()].map((ko) => written.en.get(ko.id) ?? { ...ko, lang: 'en' as const, contentLang: 'ko' as const });
  const byLang: Record<Lang, Note[]> = { ko: [...written.ko.values()], en: english };
  const index = new Map(LANGS.map((lang) => [lang, new Map<string, Note>(byLang[lang].map((n) => [n.id, n]))]));
  const linkedFrom = new Map<string, NoteId[]>();
  for (const note of written.ko.values()) {
    for (const target of note.data.related) linkedFrom.set(target, [...(linkedFrom.get(target) ?? []), note.id]);
  }
  const library: Library = {
    byLang,
    untranslated: untranslated.sort(),
    get: (lang, id) => index.get(lang)?.get(id),
    related: (lang, id) => {
      const declared = index.get(lang)?.get(id)?.data.related ?? [];
      const ids = [...new Set([...declared, ...(linkedFrom.get(id) ?? [])])];
      return ids.flatMap((other) => index.get(lang)?.get(other) ?? []);
    },
  };
  return { library, problems };
}

/** The library of notes that pass every check; throws a NoteError listing every problem otherwise. */
export function buildLibrary(entries: readonly NoteEntryInput[]): Library {
  const { library, problems } = checkLibrary(entries);
  assertNoProblems(problems);
  return library;
}
