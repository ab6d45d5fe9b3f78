/** Notes as the collection gives them, for unit tests of the pure modules: valid defaults, any field overridden. */
import { noteId } from '../../src/lib/ids';
import type { NoteEntryInput } from '../../src/lib/library';
import type { NoteData } from '../../src/lib/note-schema';

export type NoteOverrides = Partial<Omit<NoteData, 'related'>> & { related?: string[] };

export function noteData(title = 'AWS Lambda', { related = [], ...overrides }: NoteOverrides = {}): NoteData {
  return {
    title,
    kind: 'service',
    summary: `${title} summary sentence.`,
    service: title,
    aliases: [],
    concepts: [],
    category: 'compute',
    exams: [],
    tags: [],
    updated: new Date('2026-01-01'),
    status: 'draft',
    sources: [{ file: '004_8c678ec1fd0149ba.txt', section: title }],
    ...overrides,
    related: related.map(noteId),
  };
}

/** An entry "<lang>/<id>" from content/notes/<lang>/<id>.mdx. */
export const noteEntry = (id: string, title?: string, overrides?: NoteOverrides): NoteEntryInput => ({
  id,
  filePath: `content/notes/${id}.mdx`,
  data: noteData(title, overrides),
});
