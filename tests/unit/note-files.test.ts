import { describe, expect, it } from 'vitest';
import { checkNoteFiles } from '../../src/lib/note-files';
import { describeProblem } from '../../src/lib/note-problems';

const lines = (paths: string[]) => checkNoteFiles(paths).problems.map(describeProblem);
/** The listing in the given order and reversed: a file system promises no order. */
const bothOrders = (paths: string[]) => [paths, [...paths].reverse()];

describe('the notes folder, checked from the file system', () => {
  it('accepts <lang>/<id>.mdx files and lists them as notes', () => {
    const check = checkNoteFiles(['ko/lambda.mdx', 'en/lambda.mdx', 'ko/global-accelerator.mdx']);
    expect(check.problems).toEqual([]);
    expect(check.notes.map((n) => `${n.lang}:${n.id}`)).toEqual(['en:lambda', 'ko:global-accelerator', 'ko:lambda']);
  });

  it.each(bothOrders(['ko/lambda.mdx', 'ko/Lambda.mdx', 'ko/sqs.mdx']))(
    'refuses two files that differ only in case, naming the same file whatever the order (%j)',
    (...paths) => {
      expect(lines(paths)).toEqual([
        'ko/Lambda.mdx: id: names the same note as ko/lambda.mdx ("ko/lambda"): file names that differ only in case or Unicode form are one file on macOS and Windows',
        'ko/Lambda.mdx: id: the file name is the note id: kebab-case, lower case letters and digits, e.g. "global-accelerator", not "Lambda"',
      ]);
      expect(checkNoteFiles(paths).notes.map((n) => n.path)).toEqual(['ko/lambda.mdx', 'ko/sqs.mdx']);
    },
  );

  it.each(bothOrders(['ko/LAMBDA.mdx', 'ko/Lambda.mdx']))(
    'reports the same problems for two wrongly cased names in any order (%j)',
    (...paths) => {
      const [first, second] = bothOrders(paths).map(lines);
      expect(first).toEqual(second);
      expect(first).toContain(
        'ko/Lambda.mdx: id: names the same note as ko/LAMBDA.mdx ("ko/lambda"): file names that differ only in case or Unicode form are one file on macOS and Windows',
      );
    },
  );

  it.each(bothOrders(['ko/\u1105\u1161\u11B7\u1103\u1161.mdx', 'ko/\uB78C\uB2E4.mdx']))(
    'folds Unicode normalisation: 람다 written composed (NFC) and decomposed (NFD) is one name (%j)',
    (...paths) => {
      const problems = checkNoteFiles(paths).problems;
      expect(problems.filter((p) => p.message.startsWith('names the same note'))).toHaveLength(1);
      expect(problems.filter((p) => p.message.startsWith('the file name is the note id'))).toHaveLength(2);
    },
  );

  it('refuses files the loader would skip instead of losing them silently', () => {
    expect(lines(['ko/lambda.md', 'ko/sqs.MDX', 'fr/lambda.mdx', 'ko/drafts/sns.mdx', 'lambda.mdx'])).toEqual([
      'fr/lambda.mdx: path: notes live in <ko|en>/<id>.mdx; this file would be skipped',
      'ko/drafts/sns.mdx: path: notes live in <ko|en>/<id>.mdx; this file would be skipped',
      'ko/lambda.md: path: only .mdx files are notes; this file would be skipped',
      'ko/sqs.MDX: path: only .mdx files are notes; this file would be skipped',
      'lambda.mdx: path: notes live in <ko|en>/<id>.mdx; this file would be skipped',
    ]);
  });

  it('refuses ids that are not kebab-case', () => {
    expect(lines(['ko/api_gateway.mdx', 'ko/-sqs.mdx', 'ko/a--b.mdx', 'ko/ok-1.mdx'])).toHaveLength(3);
  });

  it('leaves hidden files (.DS_Store, editor swap files) alone', () => {
    expect(checkNoteFiles(['ko/.DS_Store', '.gitkeep', 'ko/.lambda.mdx.swp', 'ko/lambda.mdx']).problems).toEqual([]);
  });

  it('leaves the assets folder (images notes link to) alone, but not stray files elsewhere', () => {
    expect(checkNoteFiles(['assets/s3/diagram.png', 'ko/s3.mdx']).problems).toEqual([]);
    expect(checkNoteFiles(['images/diagram.png', 'ko/s3.mdx']).problems).toHaveLength(1);
  });

  it('prints paths as the caller shows them', () => {
    expect(checkNoteFiles(['ko/Lambda.mdx'], (p) => `content/notes/${p}`).problems[0]?.file).toBe('content/notes/ko/Lambda.mdx');
  });
});
