import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { checkNotesFolder, notesDir } from './data/notes-folder';
import { LANGS } from './lib/i18n';
import { buildLibrary } from './lib/library';
import { NoteError, assertNoProblems } from './lib/note-problems';
import { noteSchema, type NoteData } from './lib/note-schema';

/**
 * Notes live in content/notes/<lang>/<id>.mdx; the entry id is "<lang>/<id>".
 * NOTES_DIR points the build at another folder (the benchmark's synthetic notes, test fixtures).
 */
const base = notesDir();
const notesGlob = glob({ pattern: `{${LANGS.join(',')}}/*.mdx`, base });

/**
 * First every check of src/lib/note-checks.ts, on the files as the file system holds them (the
 * same checks `npm run lint:notes` runs), so a broken note stops `astro sync` and every build naming
 * its file, on every run: the glob loader alone would fold ko/Lambda.mdx and ko/lambda.mdx into one
 * entry and keep whichever it read last. Then the glob loader, and a last look that it stored every
 * note the check saw.
 */
const notesLoader: Loader = {
  name: 'notes',
  load: async (context) => {
    const checked = checkNotesFolder(base);
    assertNoProblems(checked.problems);
    await notesGlob.load(context);
    const entries = [...context.store.values()];
    const stored = new Set(entries.map((entry) => entry.id));
    const skipped = checked.notes.filter((note) => !stored.has(`${note.lang}/${note.id}`));
    if (skipped.length > 0) {
      throw new NoteError(
        skipped.map((note) => ({ file: `${base}/${note.path}`, field: 'path', message: 'the content loader skipped this note' })),
      );
    }
    buildLibrary(entries.map((entry) => ({ id: entry.id, filePath: entry.filePath, data: entry.data as NoteData })));
  },
};

const notes = defineCollection({ loader: notesLoader, schema: noteSchema });

export const collections = { notes };
