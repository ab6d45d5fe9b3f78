/**
 * Scaffolds a note in both languages: npm run new-note -- <id> [--service "AWS Lambda"] [--category compute]
 * Refuses to overwrite an existing note.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LANGS } from '../src/lib/i18n';
import { NOTE_ID_RULE, isNoteId } from '../src/lib/ids';
import { CATEGORY_IDS, type CategoryId } from '../src/lib/taxonomy';
import { scaffoldNote } from './lib/scaffold-note';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    service: { type: 'string' },
    category: { type: 'string', default: 'compute' },
    dir: { type: 'string', default: 'content/notes' },
  },
});

const [id] = positionals;
const fail = (message: string): never => {
  console.error(`new-note: ${message}`);
  process.exit(1);
};

if (!isNoteId(id)) fail(`give a note id (${NOTE_ID_RULE}): npm run new-note -- global-accelerator`);
if (!CATEGORY_IDS.includes(values.category as CategoryId)) fail(`--category must be one of: ${CATEGORY_IDS.join(', ')}`);

const options = {
  service: values.service ?? id!,
  category: values.category as CategoryId,
  today: new Date(),
};
const files = LANGS.map((lang) => ({ lang, file: path.join(values.dir, lang, `${id}.mdx`) }));
const existing = files.filter(({ file }) => existsSync(file));
if (existing.length) fail(`already exists: ${existing.map((f) => f.file).join(', ')}`);

for (const { lang, file } of files) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, scaffoldNote(lang, options));
  console.log(`created ${file}`);
}
console.log('Fill in every field (npm run lint:notes checks them), then set status: reviewed.');
