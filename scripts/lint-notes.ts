/**
 * Checks every note without building the site: the same checks the build runs before it loads the
 * notes (src/lib/note-checks.ts: file names, frontmatter against the schema, exam scenarios, twins,
 * related ids), plus an MDX compile of each body. Prints one line per problem naming the file and
 * the field. Usage: npm run lint:notes [-- content/notes/ko/lambda.mdx ...] (only those files' problems)
 * The folder is content/notes, or NOTES_DIR.
 */
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { checkNotesFolder, notesDir, readNotesFolder } from '../src/data/notes-folder';
import { readFrontmatter } from '../src/lib/frontmatter';
import { describeProblem, type NoteProblem } from '../src/lib/note-problems';

const dir = notesDir();
const shown = (relative: string) => path.relative(process.cwd(), path.resolve(dir, relative)).split(path.sep).join('/');
const wanted = new Set(process.argv.slice(2).map((file) => path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/')));
const isWanted = (file: string) => wanted.size === 0 || wanted.has(file);

const { problems, notes } = checkNotesFolder(dir);
const texts = new Map(readNotesFolder(dir).map((file) => [file.path, file.text]));
// The build compiles every body as MDX while it renders; compiling here finds the same syntax errors.
const compiled: NoteProblem[] = [];
for (const note of notes.filter((n) => isWanted(shown(n.path)))) {
  try {
    await compile(readFrontmatter(texts.get(note.path) ?? '').body, { remarkPlugins: [remarkGfm] });
  } catch (error) {
    if (!problems.some((p) => p.file === shown(note.path)))
      compiled.push({ file: shown(note.path), field: 'MDX', message: (error as Error).message });
  }
}

const reported = [...problems, ...compiled].filter((problem) => isWanted(problem.file));
for (const problem of reported) console.log(describeProblem(problem));
const checked = wanted.size || notes.length;
console.log(reported.length ? `${reported.length} problem(s) in ${checked} note(s)` : `${checked} note(s) OK`);
process.exitCode = reported.length ? 1 : 0;
