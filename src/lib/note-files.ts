/**
 * The notes folder as the file system holds it, checked before any loader sees it. Astro's glob
 * loader turns file names into entry ids itself: `ko/Lambda.mdx` and `ko/lambda.mdx` both become
 * `ko/lambda`, and whichever it stores last wins, so the same folder would build or fail by chance.
 * Here every file is accounted for: a note is `<lang>/<id>.mdx` with a valid id, no two files name
 * one note once case and Unicode normalisation are folded (they are one file on macOS and Windows),
 * and anything else in the folder is an error rather than a file silently skipped.
 * Pure: the caller lists the folder (src/data/notes-folder.ts).
 */
import { isNoteId, NOTE_ID_RULE, type NoteId } from './ids';
import { LANGS, isLang, type Lang } from './i18n';
import type { NoteProblem } from './note-problems';

export interface NoteFile {
  lang: Lang;
  id: NoteId;
  /** The path relative to the notes folder, with "/" separators ("ko/lambda.mdx"). */
  path: string;
}

export interface NoteFolderCheck {
  /** The files that are notes, in path order. */
  notes: NoteFile[];
  /** Problems, each naming its file as `show` prints it; the same for any listing order. */
  problems: NoteProblem[];
}

const EXTENSION = '.mdx';

/** Hidden files (.DS_Store, editor swap files) are not notes and are left alone. */
const isHidden = (path: string): boolean => path.split('/').some((segment) => segment.startsWith('.'));

/** Images and other files notes link to live under assets/ (npm run import puts them there). */
export const ASSETS_FOLDER = 'assets';
const isAsset = (path: string): boolean => path.startsWith(`${ASSETS_FOLDER}/`);

/** The key under which two names are one file on a case-insensitive, normalising file system. */
const folded = (name: string): string => name.normalize('NFC').toLowerCase();

/** The file name without its extension: "ko/lambda.mdx" → "lambda". */
const stemOf = (path: string): string => (path.split('/')[1] ?? '').slice(0, -EXTENSION.length);

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Checks the listing of a notes folder: paths relative to it, "/"-separated, in any order.
 * `show` turns such a path into the one problems print ("ko/lambda.mdx" → "content/notes/ko/lambda.mdx").
 */
export function checkNoteFiles(paths: readonly string[], show: (path: string) => string = (path) => path): NoteFolderCheck {
  const problems: NoteProblem[] = [];
  const notes: NoteFile[] = [];
  const byKey = new Map<string, string[]>();

  for (const path of [...new Set(paths)].sort(byCodeUnits)) {
    if (isHidden(path) || isAsset(path)) continue;
    const segments = path.split('/');
    const [lang, name = ''] = segments;
    if (segments.length !== 2 || !isLang(lang)) {
      problems.push({
        file: show(path),
        field: 'path',
        message: `notes live in <${LANGS.join('|')}>/<id>${EXTENSION}; this file would be skipped`,
      });
      continue;
    }
    if (!name.endsWith(EXTENSION)) {
      problems.push({ file: show(path), field: 'path', message: `only ${EXTENSION} files are notes; this file would be skipped` });
      continue;
    }
    const stem = name.slice(0, -EXTENSION.length);
    const key = `${lang}/${folded(stem)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), path]);
    if (isNoteId(stem)) notes.push({ lang, id: stem, path });
    else problems.push({ file: show(path), field: 'id', message: `the file name is the note id: ${NOTE_ID_RULE}, not "${stem}"` });
  }

  for (const [key, group] of byKey) {
    if (group.length < 2) continue;
    // The file already named as the id is kept; the others are reported, whatever order they were listed in.
    const [kept = '', ...others] = [...group].sort(
      (a, b) => Number(!isNoteId(stemOf(a))) - Number(!isNoteId(stemOf(b))) || byCodeUnits(a, b),
    );
    for (const other of others) {
      problems.push({
        file: show(other),
        field: 'id',
        message: `names the same note as ${show(kept)} ("${key}"): file names that differ only in case or Unicode form are one file on macOS and Windows`,
      });
    }
  }

  problems.sort((a, b) => byCodeUnits(a.file, b.file) || byCodeUnits(a.message, b.message));
  const reported = new Set(problems.map((p) => p.file));
  return { notes: notes.filter((note) => !reported.has(show(note.path))), problems };
}
