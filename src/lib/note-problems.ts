/**
 * What the note checks report: a problem names the file, the field and what is wrong, so an author
 * can fix it without reading code. The build and `npm run lint:notes` print the same lines.
 */
export interface NoteProblem {
  /** The note's path as the author sees it ("content/notes/ko/lambda.mdx"). */
  file: string;
  /** The frontmatter field, "id", "path", "MDX" or "ExamScenario". */
  field: string;
  message: string;
}

export const describeProblem = ({ file, field, message }: NoteProblem): string => `${file}: ${field}: ${message}`;

/** One or more broken notes; its message lists every problem, one a line. */
export class NoteError extends Error {
  readonly problems: readonly NoteProblem[];

  constructor(problems: NoteProblem | readonly NoteProblem[]);
  constructor(file: string, field: string, message: string);
  constructor(problems: string | NoteProblem | readonly NoteProblem[], field = '', message = '') {
    const list: readonly NoteProblem[] =
      typeof problems === 'string' ? [{ file: problems, field, message }] : Array.isArray(problems) ? problems : [problems as NoteProblem];
    super(list.map(describeProblem).join('\n'));
    this.name = 'NoteError';
    this.problems = list;
  }
}

/** Throws a NoteError when there is any problem. */
export function assertNoProblems(problems: readonly NoteProblem[]): void {
  if (problems.length > 0) throw new NoteError(problems);
}
