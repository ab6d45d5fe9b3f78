/**
 * The shape of a note's frontmatter: the single truth, used by the content collection
 * (src/content.config.ts) and by scripts that read notes outside Astro.
 */
import { z } from 'astro/zod';
import { parseCalendarDate } from './calendar-date';
import { KEBAB_CASE, isNoteId, type NoteId } from './ids';
import { CATEGORY_IDS, EXAM_IDS } from './taxonomy';

/** A note id (see ids.ts), typed as one. */
export const noteIdSchema = (message: string) => z.custom<NoteId>(isNoteId, { message });

/** A day that exists, as YYYY-MM-DD text or the Date a YAML parser made of it. */
const calendarDate = z.union([z.date(), z.string()]).transform((value, ctx) => {
  const date = typeof value === 'string' ? parseCalendarDate(value) : value;
  if (!date || Number.isNaN(date.getTime())) {
    ctx.addIssue({ code: 'custom', message: `"${String(value)}" is not a calendar date written YYYY-MM-DD` });
    return z.NEVER;
  }
  return date;
});

const awsUrl = z.url({ protocol: /^https$/ });

/** Where a service stands in its life: shown as a banner on the note and a badge in lists and search. */
export const LIFECYCLE_STATUSES = ['retired', 'retiring', 'closed-to-new-customers', 'maintenance', 'renamed'] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

const lifecycleSchema = z.strictObject({
  status: z.enum(LIFECYCLE_STATUSES),
  /** The day it took effect; for `retiring`, the announced end date. */
  since: calendarDate,
  /** What replaces it, by its official name ("Amazon Q Developer"). */
  successor: z.string().min(1).optional(),
  /** The note of the successor, when the site has one. */
  successorNote: noteIdSchema('successorNote holds a note id, e.g. "amazon-q"').optional(),
  /** The AWS page that announces it. */
  source: awsUrl,
});

/**
 * A note cites one of the original sources kept in content/sources/, a web page, or, for a note made
 * by `npm run import`, the learner's own file it came from (its path inside the imported folder).
 */
const sourceSchema = z.union([
  z.strictObject({ file: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'a file in content/sources/'), section: z.string().min(1) }),
  z.strictObject({
    imported: z
      .string()
      .regex(
        /^(?![/\\])(?!.*(?:^|\/)\.\.(?:\/|$)).+\.(?:md|markdown)$/i,
        'the path of the imported Markdown file inside its folder, e.g. "aws/overview.md"',
      ),
    section: z.string().min(1),
  }),
  z.strictObject({ url: awsUrl, title: z.string().min(1) }),
]);

export const noteSchema = z
  .strictObject({
    title: z.string().min(1),
    /** A service note follows the section template (SERVICE_SECTIONS); a topic note has its own outline. */
    kind: z.enum(['service', 'topic']).default('service'),
    summary: z.string().min(10).max(300),
    service: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    /** What learners search by besides names: "정적 웹사이트 호스팅", "visibility timeout". Weighted like aliases. */
    concepts: z.array(z.string().min(1)).default([]),
    category: z.enum(CATEGORY_IDS),
    exams: z.array(z.enum(EXAM_IDS)).default([]),
    tags: z.array(z.string().regex(KEBAB_CASE, 'tags are kebab-case, e.g. "serverless"')).default([]),
    related: z.array(noteIdSchema('related holds note ids, e.g. "lambda"')).default([]),
    lifecycle: lifecycleSchema.optional(),
    updated: calendarDate,
    /** The day the note was last checked against AWS documentation. */
    verified: calendarDate.optional(),
    status: z.enum(['draft', 'reviewed']),
    sources: z.array(sourceSchema).min(1),
  })
  .superRefine((note, ctx) => {
    if (note.status === 'reviewed' && !note.verified) {
      ctx.addIssue({
        code: 'custom',
        path: ['verified'],
        message: 'a reviewed note needs the date it was checked against AWS documentation',
      });
    }
    if (note.lifecycle?.status === 'retired' && note.exams.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['exams'], message: 'a retired service is on no exam; remove the exam tags' });
    }
    if (note.status === 'reviewed' && !note.sources.some((source) => 'url' in source)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'a reviewed note cites at least one AWS documentation page (url, title)',
      });
    }
  });

export type NoteData = z.infer<typeof noteSchema>;
/** The frontmatter as written: defaults may be left out, dates are YYYY-MM-DD text. */
export type NoteInput = z.input<typeof noteSchema>;
export type NoteSource = NoteData['sources'][number];
