/**
 * The notes folder read from the file system, for the checks of src/lib/note-checks.ts: the build
 * (src/content.config.ts) and `npm run lint:notes` call the same function on the same files.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkNotes, type NotesCheck, type NoteText } from '../lib/note-checks';

/** Where the notes are: content/notes, or NOTES_DIR (the benchmark's synthetic notes, test fixtures). */
export const notesDir = (): string => process.env.NOTES_DIR ?? 'content/notes';

/** Every file below the folder (hidden ones included: the check decides), with its text. */
export function readNotesFolder(dir: string): NoteText[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { path: path.relative(dir, file).split(path.sep).join('/'), text: readFileSync(file, 'utf8') };
    });
}

/** Checks the notes folder; problems name each file as seen from the working directory. */
export function checkNotesFolder(dir: string = notesDir()): NotesCheck {
  const shown = path.relative(process.cwd(), path.resolve(dir)).split(path.sep).join('/');
  return checkNotes(readNotesFolder(dir), shown);
}
