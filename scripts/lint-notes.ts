/**
 * Fast check of every note without a full site build: frontmatter against the schema,
 * MDX syntax, and `related` ids. Prints one line per problem naming the file and field.
 * Usage: npm run lint:notes [-- content/notes/ko/lambda.mdx ...]
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import { parse as parseYaml } from 'yaml';
import { noteSchema } from '../src/lib/note-schema';

const root = path.resolve('content/notes');
const langs = ['ko', 'en'];

async function listNotes(): Promise<string[]> {
  const files: string[] = [];
  for (const lang of langs) {
    const dir = path.join(root, lang);
    for (const name of await readdir(dir).catch(() => [])) {
      if (name.endsWith('.mdx')) files.push(path.join(dir, name));
    }
  }
  return files;
}

const all = await listNotes();
const targets = process.argv.slice(2).length ? process.argv.slice(2).map((f) => path.resolve(f)) : all;
const ids = new Map(langs.map((lang) => [lang, new Set(all.filter((f) => f.includes(`/${lang}/`)).map((f) => path.basename(f, '.mdx')))]));
let problems = 0;
const report = (file: string, msg: string) => {
  problems++;
  console.log(`${path.relative(process.cwd(), file)}: ${msg}`);
};

for (const file of targets) {
  const source = await readFile(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!match) {
    report(file, 'no frontmatter block');
    continue;
  }
  const result = noteSchema.safeParse(parseYaml(match[1]!));
  if (!result.success) {
    for (const issue of result.error.issues) report(file, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  } else {
    const lang = path.basename(path.dirname(file));
    for (const id of result.data.related) {
      if (!ids.get(lang)?.has(id)) report(file, `related: no note "${id}" in content/notes/${lang}/`);
    }
  }
  try {
    await compile(source.slice(match[0].length), { remarkPlugins: [remarkGfm] });
  } catch (error) {
    report(file, `MDX: ${(error as Error).message}`);
  }
}
console.log(problems ? `${problems} problem(s) in ${targets.length} note(s)` : `${targets.length} note(s) OK`);
process.exitCode = problems ? 1 : 0;
