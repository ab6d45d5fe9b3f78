/**
 * The notes of the site, read once per build: every collection entry checked against the rules
 * the schema cannot see (ids, twins, related notes) and arranged by language. Pure: the caller
 * passes the entries (see load-library.ts).
 */
import { LANGS, type Lang } from './i18n';
import type { NoteData } from './note-schema';

/** What the collection gives us: the glob loader's id is "<lang>/<id>". */
export interface NoteEntryInput {
  id: string;
  filePath?: string | undefined;
  data: NoteData;
}

export interface Note {
  id: string;
  lang: Lang;
  /** The language the content is written in: differs from `lang` for an untranslated fallback. */
  contentLang: Lang;
  filePath: string;
  data: NoteData;
  /** The collection entry id to render ("ko/lambda"). */
  entryId: string;
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
  untranslated: string[];
}

export class NoteError extends Error {
  constructor(filePath: string, field: string, message: string) {
    super(`${filePath}: ${field}: ${message}`);
    this.name = 'NoteError';
  }
}

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function splitEntryId(entry: NoteEntryInput): { lang: Lang; id: string; filePath: string } {
  const filePath = entry.filePath ?? `content/notes/${entry.id}.mdx`;
  const [lang, id, ...rest] = entry.id.split('/');
  const fileName = filePath.split('/').at(-1)?.replace(/\.mdx$/, '') ?? '';
  if (!LANGS.includes(lang as Lang) || !id || rest.length) {
    throw new NoteError(filePath, 'path', `notes live in content/notes/<ko|en>/<id>.mdx`);
  }
  if (!ID_PATTERN.test(fileName) || fileName !== id) {
    throw new NoteError(filePath, 'id', `the file name is the note id and must be kebab-case ("${id}")`);
  }
  return { lang: lang as Lang, id, filePath };
}

export function buildLibrary(entries: readonly NoteEntryInput[]): Library {
  const written: Record<Lang, Map<string, Note>> = { ko: new Map(), en: new Map() };
  for (const entry of entries) {
    const { lang, id, filePath } = splitEntryId(entry);
    const existing = written[lang].get(id);
    if (existing) {
      throw new NoteError(filePath, 'id', `duplicate id "${id}", also used by ${existing.filePath}`);
    }
    written[lang].set(id, { id, lang, contentLang: lang, filePath, data: entry.data, entryId: entry.id });
  }

  for (const note of written.en.values()) {
    if (!written.ko.has(note.id)) {
      throw new NoteError(note.filePath, 'id', `English note without its Korean twin content/notes/ko/${note.id}.mdx`);
    }
  }
  for (const lang of LANGS) {
    for (const note of written[lang].values()) {
      note.data.related.forEach((related, index) => {
        if (!written.ko.has(related)) {
          throw new NoteError(note.filePath, `related[${index}]`, `no note with id "${related}"`);
        }
        if (related === note.id) throw new NoteError(note.filePath, `related[${index}]`, 'a note cannot relate to itself');
      });
    }
  }

  const untranslated = [...written.ko.keys()].filter((id) => !written.en.has(id));
  // An untranslated note still gets an English page, showing the Korean content with a notice.
  const english = [...written.ko.values()].map(
    (ko) => written.en.get(ko.id) ?? { ...ko, lang: 'en' as const, contentLang: 'ko' as const },
  );
  const byLang: Record<Lang, Note[]> = { ko: [...written.ko.values()], en: english };
  const index = new Map(LANGS.map((lang) => [lang, new Map(byLang[lang].map((n) => [n.id, n]))]));
  const linkedFrom = new Map<string, string[]>();
  for (const note of written.ko.values()) {
    for (const target of note.data.related) linkedFrom.set(target, [...(linkedFrom.get(target) ?? []), note.id]);
  }
  return {
    byLang,
    untranslated: untranslated.sort(),
    get: (lang, id) => index.get(lang)?.get(id),
    related: (lang, id) => {
      const declared = index.get(lang)?.get(id)?.data.related ?? [];
      const ids = [...new Set([...declared, ...(linkedFrom.get(id) ?? [])])];
      return ids.flatMap((other) => index.get(lang)?.get(other) ?? []);
    },
  };
}
