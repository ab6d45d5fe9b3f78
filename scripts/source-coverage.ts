/**
 * Prints, per seed in content/sources/, how many of its lines the Korean notes hold, and lists the
 * ones they don't. Usage: npm run coverage:sources [-- <seed file name prefix>]
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { NoteCorpus, measureCoverage } from '../src/lib/source-coverage';

const sourcesDir = 'content/sources';
const notesDir = 'content/notes/ko';
const filter = process.argv[2] ?? '';

const notes = await Promise.all(
  (await readdir(notesDir)).filter((f) => f.endsWith('.mdx')).map((f) => readFile(path.join(notesDir, f), 'utf8')),
);
const corpus = new NoteCorpus(notes);
let missing = 0;
for (const seed of (await readdir(sourcesDir)).filter((f) => f.startsWith(filter)).sort()) {
  const result = measureCoverage(await readFile(path.join(sourcesDir, seed), 'utf8'), corpus);
  missing += result.unmatched.length;
  const percent = ((100 * result.matched) / result.total).toFixed(1);
  console.log(`${seed}: ${result.matched}/${result.total} lines (${percent}%)`);
  for (const unit of result.unmatched) console.log(`  ${seed}:${unit.line}  ${unit.text.slice(0, 160)}`);
}
process.exitCode = missing ? 1 : 0;
