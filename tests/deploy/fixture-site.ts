import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A small built site in a temporary folder, shaped like the real one: directory-format pages in Korean
 * and English (one with a Korean path), hashed Vite assets, files from public/, sitemaps, and a Pagefind
 * bundle for ko and en with the names Pagefind 1.6 gives its files. Sources sit beside dist/ and are
 * older than it, as after `npm run build`.
 */
export interface FixtureSite {
  root: string;
  distDir: string;
  sourcePaths: string[];
  write(key: string, content: string | Uint8Array): Promise<void>;
  remove(key: string): Promise<void>;
  /** Deletes the temporary folder. */
  dispose(): Promise<void>;
}

const page = (lang: string, title: string, body = ''): string =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>` +
  `<link rel="stylesheet" href="/_astro/index.C3xYz9Qa.css"></head><body><main data-pagefind-body><h1>${title}</h1>${body}</main></body></html>`;

/** Gzip-looking bytes: Pagefind's index files and WASM start with the gzip magic number. */
const binary = (seed: number, length = 64): Uint8Array =>
  Uint8Array.from({ length }, (_, index) => (index === 0 ? 0x1f : index === 1 ? 0x8b : (seed * 31 + index * 7) % 256));

export const PAGEFIND_ENTRY = JSON.stringify({
  version: '1.6.0',
  languages: {
    en: { hash: 'en_20d112605f', wasm: 'en', page_count: 3 },
    ko: { hash: 'ko_8e3724eff5', wasm: null, page_count: 4 },
  },
  include_characters: ['_'],
});

/** The address the fixture is built for, as SITE_URL gives it to the build. */
export const FIXTURE_SITE_URL = 'https://d111111abcdef8.cloudfront.net/';

export const SITE_FILES: Readonly<Record<string, string | Uint8Array>> = {
  'index.html':
    '<!doctype html><html lang="ko"><head><meta http-equiv="refresh" content="0; url=/ko/">' +
    `<link rel="canonical" href="${FIXTURE_SITE_URL}ko/"></head></html>`,
  '404.html': page('ko', '페이지를 찾을 수 없습니다'),
  'ko/index.html': page('ko', 'AWS 학습 노트', '<a href="/ko/notes/lambda/">Lambda</a><a href="/ko/notes/s3/">S3</a>'),
  'en/index.html': page('en', 'AWS study notes', '<a href="/en/notes/lambda/">Lambda</a>'),
  'ko/notes/lambda/index.html': page('ko', 'AWS Lambda', '<p>서버를 관리하지 않고 코드를 실행합니다.</p>'),
  'ko/notes/s3/index.html': page('ko', 'Amazon S3', '<p>객체 스토리지</p>'),
  'ko/tags/서버리스/index.html': page('ko', '서버리스'),
  'en/notes/lambda/index.html': page('en', 'AWS Lambda', '<p>Run code without managing servers.</p>'),
  '_astro/index.C3xYz9Qa.css': 'body{font-family:system-ui}',
  '_astro/Search.astro_astro_type_script_index_0_lang.Bq2fX1kE.js': 'import("/pagefind/pagefind.js");',
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'robots.txt': 'User-agent: *\nAllow: /\n',
  'sitemap-index.xml': '<?xml version="1.0" encoding="UTF-8"?><sitemapindex/>',
  'sitemap-0.xml': '<?xml version="1.0" encoding="UTF-8"?><urlset/>',
  'pagefind/pagefind-entry.json': PAGEFIND_ENTRY,
  'pagefind/pagefind.js': 'const pagefind_version="1.6.0";',
  'pagefind/pagefind-worker.js': 'self.onmessage=()=>{};',
  'pagefind/pagefind-ui.js': 'window.PagefindUI=class{};',
  'pagefind/pagefind-ui.css': '.pagefind-ui{}',
  'pagefind/pagefind-component-ui.js': 'customElements;',
  'pagefind/pagefind-component-ui.css': '.pf{}',
  'pagefind/pagefind-modular-ui.js': 'window.PagefindModularUI={};',
  'pagefind/pagefind-modular-ui.css': '.pfm{}',
  'pagefind/pagefind-highlight.js': 'window.PagefindHighlight=class{};',
  'pagefind/wasm.en.pagefind': binary(1, 256),
  'pagefind/wasm.unknown.pagefind': binary(2, 256),
  'pagefind/pagefind.en_20d112605f.pf_meta': binary(3),
  'pagefind/pagefind.ko_8e3724eff5.pf_meta': binary(4),
  'pagefind/index/en_5043476.pf_index': binary(5),
  'pagefind/index/ko_f8dadfc.pf_index': binary(6),
  'pagefind/fragment/en_5e111d8.pf_fragment': binary(7),
  'pagefind/fragment/ko_7e3f3b4.pf_fragment': binary(8),
  'pagefind/fragment/ko_f738d3c.pf_fragment': binary(9),
  'pagefind/filter/ko_0a1b2c3.pf_filter': binary(10),
  'pagefind/filter/en_4d5e6f7.pf_filter': binary(11),
};

const HOUR_MS = 3_600_000;

export async function createFixtureSite(files: Readonly<Record<string, string | Uint8Array>> = SITE_FILES): Promise<FixtureSite> {
  const root = await mkdtemp(path.join(tmpdir(), 'deploy-fixture-'));
  const distDir = path.join(root, 'dist');
  const sourcePaths = [path.join(root, 'content'), path.join(root, 'src'), path.join(root, 'astro.config.mjs')];
  const put = async (key: string, content: string | Uint8Array): Promise<void> => {
    const file = path.join(distDir, ...key.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  };
  for (const [key, content] of Object.entries(files)) await put(key, content);
  await mkdir(path.join(root, 'content', 'notes', 'ko'), { recursive: true });
  await mkdir(path.join(root, 'src', 'pages'), { recursive: true });
  await writeFile(path.join(root, 'content', 'notes', 'ko', 'lambda.mdx'), '---\ntitle: AWS Lambda\n---\n');
  await writeFile(path.join(root, 'src', 'pages', 'index.astro'), '---\n---\n');
  await writeFile(path.join(root, 'astro.config.mjs'), 'export default {};\n');
  const now = Date.now();
  for (const source of ['content/notes/ko/lambda.mdx', 'src/pages/index.astro', 'astro.config.mjs']) {
    await setModified(path.join(root, source), now - 2 * HOUR_MS);
  }
  await settleBuildTimes(distDir, now - HOUR_MS);

  return {
    root,
    distDir,
    sourcePaths,
    async write(key, content) {
      await put(key, content);
      await settleBuildTimes(distDir, now - HOUR_MS);
    },
    async remove(key) {
      await rm(path.join(distDir, ...key.split('/')));
    },
    async dispose() {
      await rm(root, { recursive: true, force: true });
    },
  };
}

/**
 * Gives every file the times of one build: pages at `builtAt`, the Pagefind bundle a minute later,
 * as `astro build && pagefind` leaves them.
 */
async function settleBuildTimes(distDir: string, builtAt: number): Promise<void> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  for (const entry of entries.filter((item) => item.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    const inPagefind = path.relative(distDir, file).startsWith(`pagefind${path.sep}`);
    await setModified(file, inPagefind ? builtAt + 60_000 : builtAt);
  }
}

export async function setModified(file: string, at: number): Promise<void> {
  const time = new Date(at);
  await utimes(file, time, time);
}
