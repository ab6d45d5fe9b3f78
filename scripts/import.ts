/**
 * Imports a folder of Markdown study notes as draft notes:
 *   npm run import -- SOURCE_DIR [--out NOTES_DIR] [--lang ko|en] [--dry-run]
 * The work is in scripts/import/ (importer.ts and its transforms); this file reads the arguments and
 * prints the report.
 */
import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../src/lib/i18n';

const USAGE = 'usage: npm run import -- SOURCE_DIR [--out NOTES_DIR] [--lang ko|en] [--dry-run]';
const fail = (message: string): never => {
  console.error(`import: ${message}\n${USAGE}`);
  process.exit(1);
};

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: process.env.NOTES_DIR ?? 'content/notes' },
      lang: { type: 'string', default: 'ko' },
      'dry-run': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
const { positionals, values } = parsed!;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [sourceDir, ...extra] = positionals;
if (!sourceDir || extra.length) fail('give one SOURCE_DIR');
if (!existsSync(sourceDir!) || !statSync(sourceDir!).isDirectory()) fail(`${sourceDir} is not a folder`);
if (!LANGS.includes(values.lang as Lang)) fail(`--lang must be one of: ${LANGS.join(', ')}`);

// Loaded after the arguments are checked: a usage error answers at once.
const { importNotes } = await import('./import/importer');
const { formatReport } = await import('./import/report');
const report = importNotes({
  sourceDir: sourceDir!,
  notesDir: values.out!,
  lang: values.lang as Lang,
  dryRun: values['dry-run']!,
  today: new Date(),
});
console.log(formatReport(report, values['dry-run']!));
