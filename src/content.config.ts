import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { buildLibrary } from './lib/library';
import { noteSchema, type NoteData } from './lib/note-schema';

/**
 * Notes live in content/notes/<lang>/<id>.mdx; the entry id is "<lang>/<id>".
 * NOTES_DIR points the build at another folder (the benchmark's synthetic notes, test fixtures).
 */
const notesGlob = glob({ pattern: '{ko,en}/*.mdx', base: process.env.NOTES_DIR ?? './content/notes' });

/**
 * The glob loader, then the rules no schema can see (ids, twins, related notes), checked once when
 * the collection loads, so `astro sync` and every build stop on a broken note naming its file.
 */
const notesLoader: Loader = {
  name: 'notes',
  load: async (context) => {
    await notesGlob.load(context);
    buildLibrary(
      context.store.values().map((entry) => ({ id: entry.id, filePath: entry.filePath, data: entry.data as NoteData })),
    );
  },
};

const notes = defineCollection({ loader: notesLoader, schema: noteSchema });

export const collections = { notes };
