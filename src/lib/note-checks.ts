/**
 * Every check a note goes through, in one function: the build (src/content.config.ts) runs it
 * before Astro's loader reads the folder, and `npm run lint:notes` runs it too, so both reach the
 * same verdict on the same notes. From the raw text of each file:
 * 1. the folder itself: file names are note ids, none collide, none would be skipped (note-files.ts);
 * 2. the frontmatter, read as YAML 1.2 (dates stay text), against the note schema;
 * 3. the exam scenarios of the body (each needs its question);
 * 4. what only the whole set can tell: twins, related ids, scenario counts of translations, and the
 *    practice decks' own rules (a scenario's exams within its note's, no question asked twice).
 * Pure: the caller reads the folder (src/data/notes-folder.ts).
 */
import { FrontmatterError, readFrontmatter } from './frontmatter';
import { entryId } from './ids';
import { checkLibrary, type Library, type NoteEntryInput } from './library';
import { checkNoteFiles, type NoteFile } from './note-files';
import { NoteError, type NoteProblem } from './note-problems';
import { noteSchema } from './note-schema';
import { buildNavigation } from './navigation';
import { buildPractice, scenarioTwinProblems, type ScenariosByEntry } from './practice';
import { perLang } from './i18n';
import { ScenarioError, extractScenarios, type Scenario } from './scenarios';

export interface NoteText {
  /** Relative to the notes folder, "/"-separated: "ko/lambda.mdx". */
  path: string;
  text: string;
}

export interface NotesCheck {
  problems: NoteProblem[];
  /** The files that are notes (valid names, no collision), whatever their content. */
  notes: NoteFile[];
}

/** Checks a notes folder's files; `folder` prefixes the paths in problems ("content/notes"). */
export function checkNotes(files: readonly NoteText[], folder: string): NotesCheck {
  const shown = (relative: string) => (folder ? `${folder.replace(/\/+$/, '')}/${relative}` : relative);
  const texts = new Map(files.map((file) => [file.path, file.text]));
  const folderCheck = checkNoteFiles([...texts.keys()], shown);
  const problems: NoteProblem[] = [...folderCheck.problems];

  const entries: NoteEntryInput[] = [];
  const scenarios = new Map<string, Scenario[]>();
  for (const note of folderCheck.notes) {
    const file = shown(note.path);
    const id = entryId(note.lang, note.id);
    let frontmatter;
    try {
      frontmatter = readFrontmatter(texts.get(note.path) ?? '');
    } catch (error) {
      if (!(error instanceof FrontmatterError)) throw error;
      problems.push({ file, field: 'frontmatter', message: error.message });
      continue;
    }
    const parsed = noteSchema.safeParse(frontmatter.data);
    if (parsed.success) entries.push({ id, filePath: file, data: parsed.data });
    else {
      for (const issue of parsed.error.issues) {
        problems.push({ file, field: issue.path.map(String).join('.') || '(root)', message: issue.message });
      }
    }
    try {
      scenarios.set(id, extractScenarios(frontmatter.body, file));
    } catch (error) {
      if (!(error instanceof ScenarioError)) throw error;
      problems.push({ file, field: 'ExamScenario', message: error.detail });
    }
  }

  // The whole-set rules speak only of notes that passed the schema; a note that failed is already reported.
  if (problems.length === 0) {
    const { library, problems: setProblems } = checkLibrary(entries);
    problems.push(...setProblems, ...(setProblems.length ? [] : scenarioTwinProblems(library, scenarios)));
    if (problems.length === 0) problems.push(...practiceProblems(library, scenarios));
  }
  return { problems, notes: folderCheck.notes };
}

/** The rules buildPractice enforces while it deals the cards, run here so they stop `astro sync` and lint alike. */
function practiceProblems(library: Library, scenarios: ScenariosByEntry): NoteProblem[] {
  try {
    buildPractice(
      library,
      perLang((lang) => buildNavigation(library.byLang[lang], lang)),
      scenarios,
    );
    return [];
  } catch (error) {
    if (error instanceof NoteError) return [...error.problems];
    throw error;
  }
}
