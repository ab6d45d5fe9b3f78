/**
 * Build benchmark: npm run bench -- --notes 100
 * Writes N synthetic notes (Korean and English) to a temporary folder, builds the site from them
 * into a temporary output folder (Astro, then Pagefind), and prints build time, peak memory, page
 * count and the bytes a note page loads.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { LANGS } from '../src/lib/i18n';
import { buildOffline } from './build-offline';
import { NOTE_PAGE_BUDGET } from './lib/page-budgets';
import { syntheticNote } from './lib/synthetic-notes';

const { values } = parseArgs({ options: { notes: { type: 'string', default: '100' }, keep: { type: 'boolean', default: false } } });
const count = Number(values.notes);
if (!Number.isInteger(count) || count < 2) throw new Error('--notes must be an integer of at least 2');

const work = await mkdtemp(path.join(tmpdir(), 'aws-notes-bench-'));
const notesDir = path.join(work, 'notes');
const outDir = path.join(work, 'dist');
for (const lang of LANGS) {
  await mkdir(path.join(notesDir, lang), { recursive: true });
  for (let i = 0; i < count; i++) {
    const note = syntheticNote(lang, i, count);
    await writeFile(path.join(notesDir, lang, `${note.id}.mdx`), note.text);
  }
}

const env = { ...process.env, NOTES_DIR: notesDir, ASTRO_CACHE_DIR: path.join(work, 'cache') };
/**
 * Runs a command under GNU time; returns wall seconds, CPU seconds (user + system: steadier than wall
 * time on a shared machine) and peak resident memory (KiB).
 */
function measured(command: string, args: string[]): { seconds: number; cpu: number; peakKiB: number; log: string } {
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', command, ...args], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // Build logs can run to megabytes (a line per page).
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.signal ?? result.status}):\n${result.stderr.slice(-4000)}`);
  }
  const [user, system, peakKiB] = result.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  return { seconds: (performance.now() - started) / 1000, cpu: user! + system!, peakKiB: peakKiB!, log: result.stdout };
}

/** Where Astro's build time goes, read from its own log: content sync, the Vite build, page rendering. */
function astroStages(log: string): { contentSync: string; compile: string; render: string } {
  const clock = (line: string | undefined) => {
    const [h, m, sec] = (line?.match(/^(\d\d):(\d\d):(\d\d)/)?.slice(1) ?? []).map(Number);
    return h === undefined ? Number.NaN : h * 3600 + m! * 60 + sec!;
  };
  const lines = log.split('\n');
  const sync = clock(lines.find((l) => l.includes('Synced content'))) - clock(lines.find((l) => l.includes('Syncing content')));
  const vite = [...log.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/g)].reduce(
    (sum, [, value, unit]) => sum + Number(value) / (unit === 'ms' ? 1000 : 1),
    0,
  );
  const render = log.match(/generating static routes[\s\S]*?✓ Completed in ([\d.]+)(m?s)/);
  return {
    contentSync: `~${sync}`,
    compile: vite.toFixed(1),
    render: render ? (Number(render[1]) / (render[2] === 'ms' ? 1000 : 1)).toFixed(1) : '?',
  };
}

const bin = (name: string) => path.resolve('node_modules/.bin', name);
// As `npm run build` runs it: a 64 MiB young generation. Astro allocates short-lived objects by the
// million (MDX syntax trees); with the default semi-space the garbage collector took 16 % of the CPU
// time at 300 notes per language, and about a third of that goes away.
const astro = measured('node', ['--max-semi-space-size=64', path.resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir]);
const pagefind = measured(bin('pagefind'), ['--site', outDir]);
const offlineStarted = performance.now();
const offline = await buildOffline(outDir);
const offlineSeconds = (performance.now() - offlineStarted) / 1000;

async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

const notePage = path.join(outDir, 'ko/notes/service-00001/index.html');
const html = await readFile(notePage, 'utf8');
const assets = async (pattern: RegExp) => Promise.all([...html.matchAll(pattern)].map(async (m) => readFile(path.join(outDir, m[1]!))));
const css = await assets(/<link rel="stylesheet" href="([^"]+)"/g);
const jsFiles = await assets(/<script[^>]*src="([^"]+)"/g);
// Inline code (the theme script) is JavaScript before search too; JSON data blocks carry a type.
const js = [...jsFiles, ...[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => Buffer.from(m[1]!))];
const sizes = (files: Buffer[]) => ({
  raw: files.reduce((s, f) => s + f.length, 0),
  gzip: files.reduce((s, f) => s + gzipSync(f).length, 0),
});
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const htmlBuffer = Buffer.from(html);

console.log(`notes: ${count} per language (${count * LANGS.length} note files)`);
console.log(`pages: ${await countPages(outDir)}`);
console.log(
  `build time: ${(astro.seconds + pagefind.seconds + offlineSeconds).toFixed(1)} s (astro ${astro.seconds.toFixed(1)} s + pagefind ${pagefind.seconds.toFixed(1)} s + offline ${offlineSeconds.toFixed(1)} s)`,
);
console.log(
  `build CPU: ${(astro.cpu + pagefind.cpu).toFixed(1)} s (astro ${astro.cpu.toFixed(1)} s + pagefind ${pagefind.cpu.toFixed(1)} s)`,
);
const stages = astroStages(astro.log);
console.log(
  `astro stages: content sync ${stages.contentSync} s, compile (Vite: MDX, components, scripts) ${stages.compile} s, render ${stages.render} s`,
);
console.log(`peak memory: ${(astro.peakKiB / 1024).toFixed(0)} MB (astro), ${(pagefind.peakKiB / 1024).toFixed(0)} MB (pagefind)`);
console.log(`note page HTML: ${kb(htmlBuffer.length)} (${kb(gzipSync(htmlBuffer).length)} gzip)`);
console.log(`note page CSS: ${kb(sizes(css).raw)} (${kb(sizes(css).gzip)} gzip) in ${css.length} file(s)`);
console.log(`note page JS before search: ${kb(sizes(js).raw)} (${kb(sizes(js).gzip)} gzip) in ${jsFiles.length} file(s) and inline`);
const assetsGzip = sizes(css).gzip + sizes(js).gzip;
const whole = gzipSync(htmlBuffer).length + assetsGzip;
const frame = gzipSync(html.replace(/<article[\s\S]*?<\/article>/, '')).length + assetsGzip;
const requests = 1 + css.length + jsFiles.length;
const verdict = (value: number, budget: number) => (value <= budget ? 'within' : 'OVER');
console.log(
  `note page: ${requests} requests (${verdict(requests, NOTE_PAGE_BUDGET.requests)} ${NOTE_PAGE_BUDGET.requests}), ${kb(whole)} gzip in all (${verdict(whole, NOTE_PAGE_BUDGET.wholeGzip)} ${kb(NOTE_PAGE_BUDGET.wholeGzip)}), ${kb(frame)} around the note's text (${verdict(frame, NOTE_PAGE_BUDGET.frameGzip)} ${kb(NOTE_PAGE_BUDGET.frameGzip)})`,
);
const kib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
console.log(
  `offline: worker shell ${kb(offline.shellBytes)}; save all ${Object.entries(offline.catalogs)
    .map(([lang, bytes]) => `${lang} ${kib(bytes)}`)
    .join(', ')}`,
);
console.log(`search index: ${execFileSync('du', ['-sh', path.join(outDir, 'pagefind')], { encoding: 'utf8' }).split('\t')[0]}`);

if (values.keep) console.log(`kept ${work}`);
else await rm(work, { recursive: true, force: true });
