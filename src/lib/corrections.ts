/**
 * The corrections ledger: the lines of the original sources that no note repeats, each with the
 * reason. Together with the notes it keeps the "nothing lost" promise honest: a line is either in a
 * note or here, with why it was corrected or left out. Pure: callers pass the parsed YAML.
 */
import { z } from 'astro/zod';
import { noteIdSchema } from './note-schema';
import { normalize, type SourceUnit } from './source-coverage';

/**
 * wrong: the line states something false; outdated: it was true once (retired, renamed, old limit);
 * reworded: its fact is in the note in other words; not-for-learners: a memo, a dead link, a lost
 * image, a course-specific remark with nothing to learn.
 */
export const CORRECTION_KINDS = ['wrong', 'outdated', 'reworded', 'not-for-learners'] as const;

export const correctionSchema = z
  .strictObject({
    source: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'a file in content/sources/'),
    line: z.number().int().positive(),
    text: z.string().min(1),
    note: noteIdSchema('the id of the note that holds the topic'),
    kind: z.enum(CORRECTION_KINDS),
    why: z.string().min(10),
    url: z.url({ protocol: /^https$/ }).optional(),
  })
  .superRefine((entry, ctx) => {
    if ((entry.kind === 'wrong' || entry.kind === 'outdated') && !entry.url) {
      ctx.addIssue({ code: 'custom', path: ['url'], message: `a ${entry.kind} line cites the AWS page that says what is right` });
    }
  });

export const ledgerSchema = z.array(correctionSchema);
export type Correction = z.infer<typeof correctionSchema>;

/** A unit's place in the ledger: source file and line. */
export const unitKey = (source: string, line: number): string => `${source}:${line}`;

export interface LedgerCheck {
  /** Units that are in no note and not in the ledger. */
  missing: Array<SourceUnit & { source: string }>;
  /** Ledger entries that point at no unit of a source, or whose text no longer matches it. */
  stale: Array<{ entry: Correction; reason: string }>;
}

/**
 * Compares the units no note holds with the ledger. `units` maps a source file name to all of its
 * units; `unmatched` to those no note holds; `noteIds` are the ids of the Korean notes.
 */
export function checkLedger(
  ledger: readonly Correction[],
  units: ReadonlyMap<string, readonly SourceUnit[]>,
  unmatched: ReadonlyMap<string, readonly SourceUnit[]>,
  noteIds: ReadonlySet<string>,
): LedgerCheck {
  const byKey = new Map(ledger.map((entry) => [unitKey(entry.source, entry.line), entry]));
  const missing = [...unmatched].flatMap(([source, list]) =>
    list.filter((unit) => !byKey.has(unitKey(source, unit.line))).map((unit) => ({ ...unit, source })),
  );
  const stale: LedgerCheck['stale'] = [];
  const seen = new Set<string>();
  for (const entry of ledger) {
    const key = unitKey(entry.source, entry.line);
    const unit = units.get(entry.source)?.find((candidate) => candidate.line === entry.line);
    if (seen.has(key)) stale.push({ entry, reason: 'listed twice' });
    else if (!unit) stale.push({ entry, reason: 'no such line in the source' });
    else if (normalize(unit.text) !== normalize(entry.text)) stale.push({ entry, reason: `the source line reads "${unit.text}"` });
    else if (!noteIds.has(entry.note)) stale.push({ entry, reason: `no note "${entry.note}"` });
    seen.add(key);
  }
  return { missing, stale };
}
