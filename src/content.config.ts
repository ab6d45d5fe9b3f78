import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { noteSchema } from './lib/note-schema';

/**
 * Notes live in content/notes/<lang>/<id>.mdx; the entry id is "<lang>/<id>".
 * NOTES_DIR points the build at another folder (the benchmark's synthetic notes, test fixtures).
 */
const notes = defineCollection({
  loader: glob({ pattern: '{ko,en}/*.mdx', base: process.env.NOTES_DIR ?? './content/notes' }),
  schema: noteSchema,
});

export const collections = { notes };
