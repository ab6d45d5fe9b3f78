/**
 * Search benchmark: npm run bench:search [-- --notes N] [--runs R]
 * Serves a built site gzip-compressed on 127.0.0.1 and, in Chromium, measures in both languages the
 * time from a keystroke to the first result title painted (median and p95, cold: the first query
 * after the search opens; warm: later queries), and the requests and bytes that opening the search
 * and a first query fetch. Without --notes it measures dist/ (run `npm run build` first); with
 * --notes N it builds N synthetic notes per language in a temporary folder first.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { lookup } from 'mime-types';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/chromium';
import { LANGS, type Lang } from '../src/lib/i18n';
import { syntheticNote } from './lib/synthetic-notes';

const { values } = parseArgs({
  options: { notes: { type: 'string' }, runs: { type: 'string', default: '7' } },
});
const runs = Number(values.runs);

/** Queries per language: names, a particle, a typo, a sentence; synthetic notes answer to their own names. */
const QUERIES: Record<'real' | 'synthetic', Record<Lang, string[]>> = {
  real: {
    ko: ['람다', '로드밸런서를', '정적 웹사이트 호스팅', 'lamda', '오로라와 RDS 차이', '가시성 제한 시간', 'S3 데이터를 SQL로 조회'],
    en: ['lambda', 'load balancer', 'static website hosting', 'lamda', 'aurora vs rds', 'visibility timeout', 'query s3 with sql'],
  },
  synthetic: {
    ko: ['가상 서비스 7', '서비스', '가용 영역', 'SS42', '용량을 조정', '가상 서비스 500', '비용'],
    en: ['synthetic service 7', 'service', 'availability zones', 'SS42', 'adjusts capacity', 'synthetic service 500', 'charges'],
  },
};

async function buildSynthetic(count: number): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const work = await mkdtemp(path.join(tmpdir(), 'aws-notes-bench-search-'));
  const notesDir = path.join(work, 'notes');
  for (const lang of LANGS) {
    await mkdir(path.join(notesDir, lang), { recursive: true });
    for (let i = 0; i < count; i++) {
      const note = syntheticNote(lang, i, count);
      await writeFile(path.join(notesDir, lang, `${note.id}.mdx`), note.text);
    }
  }
  const outDir = path.join(work, 'dist');
  const env = { ...process.env, NOTES_DIR: notesDir, ASTRO_CACHE_DIR: path.join(work, 'cache') };
  for (const [command, args] of [
    ['astro', ['build', '--outDir', outDir]],
    ['pagefind', ['--site', outDir]],
  ] as const) {
    const result = spawnSync(path.resolve('node_modules/.bin', command), args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`${command} failed`);
  }
  return { dir: outDir, cleanup: () => rm(work, { recursive: true, force: true }) };
}

/**
 * What the server sent since the last reset: counted here, not in the browser, because Pagefind
 * fetches its index from a worker whose requests the page does not see.
 */
const traffic = { requests: 0, bytes: 0 };

/** A static server that compresses like CloudFront does, so byte counts are what a reader downloads. */
function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (request, response) => {
    const url = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = path.join(root, url);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if ((await stat(file).catch(() => undefined))?.isDirectory()) file = path.join(file, 'index.html');
    const body = await readFile(file).catch(() => undefined);
    if (!body) return void response.writeHead(404).end();
    const type = lookup(file) || 'application/octet-stream';
    // Pagefind's index chunks are gzip inside already; CloudFront compresses text types only.
    const compress = /\.(html|css|js|mjs|json|svg|txt|xml|wasm)$/.test(file);
    const payload = compress ? gzipSync(body) : body;
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Length': payload.length,
      ...(compress && { 'Content-Encoding': 'gzip' }),
      'Cache-Control': 'no-cache',
    });
    traffic.requests += 1;
    if (process.env.BENCH_DEBUG) console.log(`  ${url} ${payload.length}`);
    traffic.bytes += payload.length;
    response.end(payload);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

/** Types the query and returns ms from the keystroke to the first result title in the list. */
async function timeQuery(page: Page, query: string): Promise<number> {
  const input = page.getByRole('searchbox');
  if (await input.inputValue()) {
    await input.fill('');
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset.query === '');
  }
  await page.evaluate(() => {
    const list = document.getElementById('search-results')!;
    const state = window as unknown as { searchStart?: number; searchPainted?: Promise<number> };
    state.searchPainted = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (list.querySelector('.search-result-title')) {
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - state.searchStart!));
        }
      });
      observer.observe(list, { childList: true, subtree: true });
    });
    document.getElementById('search-input')!.addEventListener('input', () => (state.searchStart = performance.now()), { once: true });
  });
  await input.fill(query);
  const painted = await page.evaluate(() => (window as unknown as { searchPainted: Promise<number> }).searchPainted);
  if (process.env.BENCH_DEBUG) console.log(query, painted);
  // Let the rest of the results arrive before the next query (and before bytes are counted).
  await page.waitForFunction((q) => document.getElementById('search-results')?.dataset.query === q, query);
  return painted;
}

const percentile = (list: number[], p: number) => {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const ms = (value: number) => `${value.toFixed(0)} ms`;

const count = values.notes ? Number(values.notes) : undefined;
const site = count ? await buildSynthetic(count) : { dir: path.resolve('dist'), cleanup: async () => {} };
if (!existsSync(path.join(site.dir, 'pagefind/pagefind.js'))) throw new Error(`${site.dir} has no search index: run npm run build`);
const { server, origin } = await serve(site.dir);
const browser = await launchChromium();

console.log(`corpus: ${count ? `${count} synthetic notes per language` : 'the real notes (dist/)'}; ${runs} cold runs per language`);
try {
  for (const lang of LANGS) {
    const queries = QUERIES[count ? 'synthetic' : 'real'][lang];
    const cold: number[] = [];
    const warm: number[] = [];
    let bytes = 0;
    let requests = 0;
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${origin}/${lang}/`);
      await page.waitForLoadState('networkidle');
      Object.assign(traffic, { requests: 0, bytes: 0 });
      await page.keyboard.press('/');
      await page.waitForFunction(() => document.getElementById('search-status')?.textContent === '');
      cold.push(await timeQuery(page, queries[run % queries.length]!));
      if (run === 0) {
        ({ bytes, requests } = traffic);
        for (const query of queries) warm.push(await timeQuery(page, query));
        for (const query of queries) warm.push(await timeQuery(page, query));
      }
      await context.close();
    }
    console.log(
      `${lang}: keystroke → first result: cold median ${ms(percentile(cold, 50))}, p95 ${ms(percentile(cold, 95))}; ` +
        `warm median ${ms(percentile(warm, 50))}, p95 ${ms(percentile(warm, 95))}; ` +
        `open + first query: ${requests} requests, ${(bytes / 1024).toFixed(1)} KiB`,
    );
  }
} finally {
  await browser.close();
  server.close();
  await site.cleanup();
}
