import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../../src/lib/frontmatter';
import { noteSchema } from '../../src/lib/note-schema';
import { SERVICE_SECTIONS } from '../../src/lib/note-template';
import { scaffoldNote } from '../../scripts/lib/scaffold-note';

const options = { service: 'AWS Global Accelerator', category: 'networking' as const, today: new Date('2026-11-22') };

describe('scaffoldNote', () => {
  it.each(['ko', 'en'] as const)(
    'writes a %s note whose frontmatter passes the schema with every field but the ones earned later',
    (lang) => {
      const text = scaffoldNote(lang, options);
      const frontmatter = readFrontmatter(text).data as Record<string, unknown>;
      const data = noteSchema.parse(frontmatter);
      // verified is set once the note is checked against AWS documentation; lifecycle only for a retired service.
      const later = ['verified', 'lifecycle'];
      expect(Object.keys(frontmatter).sort()).toEqual(
        Object.keys(noteSchema.shape)
          .filter((key) => !later.includes(key))
          .sort(),
      );
      expect(text.match(/^## .+$/gm)).toEqual(SERVICE_SECTIONS[lang].map((title) => `## ${title}`));
      expect(data).toMatchObject({ title: 'AWS Global Accelerator', category: 'networking', status: 'draft' });
      expect(text).toContain('<ExamScenario question=');
    },
  );
});
