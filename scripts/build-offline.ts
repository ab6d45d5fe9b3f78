/**
 * The offline step of the build, after Astro and Pagefind (npm run build): hashes the built site, writes
 * each language's "save all" catalog (/<lang>/offline.json) and bundles the service worker
 * (src/service-worker/sw.ts) into /sw.js with the build's hash and file lists.
 *   tsx scripts/build-offline.ts [dist]
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { LANGS } from '../src/lib/i18n';
import { offlineCatalog, type BuiltFile, type PagefindEntry } from '../src/lib/offline/catalog';

const PLACEHOLDER = '__BUILD_ID__';
/** The language folders, as a regular-expression alternation (ko|en). */
const LANG_DIRS = `(${LANGS.join('|')})`;
/** Written by this step, so not part of what it hashes. */
const CATALOG = new RegExp(`^${LANG_DIRS}/offline\\.json$`);
/** Files without a content hash in their name: the worker checks their digest before caching them. */
const UNHASHED = new RegExp(
  `^(pagefind/(pagefind(-worker|-highlight)?\\.js|pagefind-entry\\.json|wasm\\.[^/]+\\.pagefind)|${LANG_DIRS}/search-names\\.json)$`,
);
/** Precached besides /_astro/ and /icons/: what every page and the offline pages need. */
const SHELL_FILES = new RegExp(`^/(favicon\\.svg|${LANG_DIRS}/(offline/|manifest\\.webmanifest))$`);

export async function buildOffline(dist: string): Promise<{ build: string; shellBytes: number; catalogs: Record<string, number> }> {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  const paths = entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dist, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((file) => file !== 'sw.js' && !CATALOG.test(file))
    .sort();

  const hash = createHash('sha256');
  const files: BuiltFile[] = [];
  const digests: Record<string, string> = {};
  for (const file of paths) {
    const bytes = await readFile(path.join(dist, file));
    hash.update(file).update('\0').update(bytes);
    const url = file.endsWith('index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
    const title = file.endsWith('.html') ? /<title>([^<]*)<\/title>/.exec(bytes.toString('utf8'))?.[1] : undefined;
    files.push({ url, bytes: bytes.length, ...(title ? { title: decodeEntities(title) } : {}) });
    if (UNHASHED.test(file)) digests[url] = createHash('sha256').update(bytes).digest('hex');
  }

  const shellFiles = files.filter((f) => f.url.startsWith('/_astro/') || f.url.startsWith('/icons/') || SHELL_FILES.test(f.url));
  const shell = [...shellFiles.map((f) => f.url), ...LANGS.map((lang) => `/${lang}/offline.json`)];
  const result = await build({
    entryPoints: [path.resolve('src/service-worker/sw.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    define: {
      __BUILD__: JSON.stringify(PLACEHOLDER),
      __SHELL__: JSON.stringify(shell),
      __DIGESTS__: JSON.stringify(digests),
    },
  });
  // The worker's own code is part of the build: a change to it alone is a new build too.
  const worker = result.outputFiles[0]!.text;
  const buildId = hash.update(worker).digest('hex').slice(0, 12);
  await writeFile(path.join(dist, 'sw.js'), `// build ${buildId}\n${worker.replaceAll(PLACEHOLDER, buildId)}`);

  const entry = JSON.parse(await readFile(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const catalogs: Record<string, number> = {};
  for (const lang of LANGS) {
    const catalog = offlineCatalog(files, entry, lang, buildId);
    catalogs[lang] = catalog.bytes;
    await writeFile(path.join(dist, lang, 'offline.json'), JSON.stringify(catalog));
  }

  return { build: buildId, shellBytes: shellFiles.reduce((s, f) => s + f.bytes, 0), catalogs };
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('build-offline.ts')) {
  const dist = path.resolve(process.argv[2] ?? 'dist');
  const { build: id, shellBytes, catalogs } = await buildOffline(dist);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
  console.log(
    `offline: build ${id}, worker shell ${kb(shellBytes)}, save all: ${Object.entries(catalogs)
      .map(([lang, bytes]) => `${lang} ${kb(bytes)}`)
      .join(', ')}`,
  );
}
