/**
 * The shape of a note's frontmatter: the single truth, used by the content collection
 * (src/content.config.ts) and by scripts that read notes outside Astro.
 */
import { z } from 'astro/zod';
import { CATEGORY_IDS, EXAM_IDS } from './taxonomy';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const noteSchema = z.strictObject({
    title: z.string().min(1),
    summary: z.string().min(10).max(300),
    service: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    category: z.enum(CATEGORY_IDS),
    exams: z.array(z.enum(EXAM_IDS)).default([]),
    tags: z.array(z.string().regex(kebab, 'tags are kebab-case, e.g. "serverless"')).default([]),
    related: z.array(z.string().regex(kebab, 'related holds note ids, e.g. "lambda"')).default([]),
    updated: z.coerce.date(),
    status: z.enum(['draft', 'reviewed']),
    sources: z
      .array(z.strictObject({ file: z.string().min(1), section: z.string().min(1) }))
      .min(1),
});

export type NoteData = z.infer<typeof noteSchema>;
