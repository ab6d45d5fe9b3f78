/**
 * The service worker, bundled into dist/sw.js by scripts/build-offline.ts with this build's hash and
 * file lists. One cache per build (aws-notes-<hash>): a page and the CSS/JS it references always come
 * from the same build. Pages are network-first (a cached copy after 3 s without an answer, or
 * offline; the language's offline page when not saved); hashed files are cache-first; the few
 * unhashed search files are network-first and cached only when their digest is this build's.
 * A new build installs next to the old one, re-saves what the learner had, and waits until the page
 * asks it to take over ("a new version is ready").
 */
import { CACHE_PREFIX, cacheName, isSavedPage, offlinePageFor, usesOnlyAssets, type OfflineCatalog } from '../lib/offline/catalog';
import type { Lang } from '../lib/i18n';
import type { WorkerReply, WorkerRequest } from '../lib/offline/messages';

declare const self: ServiceWorkerGlobalScope;
declare const __BUILD__: string;
/** Precached on install: every /_astro/ file, the offline pages and catalogs, icons, manifests. */
declare const __SHELL__: string[];
/** Unhashed files (Pagefind's client, entry and WebAssembly; the names layers) → SHA-256 hex. */
declare const __DIGESTS__: Record<string, string>;

const CACHE = cacheName(__BUILD__);
const SHELL = new Set(__SHELL__);
const DIGESTS: Record<string, string> = __DIGESTS__;
const savedMarker = (lang: string) => `/__offline/saved-${lang}`;
const isPage = (path: string) => path.endsWith('/');
/** Pagefind files whose names carry their content's hash: a name is one content, in any build. */
const isHashedChunk = (path: string) => /^\/pagefind\/((index|fragment|filter)\/|pagefind\.[\w-]+\.pf_meta$)/.test(path);

async function digest(response: Response): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', await response.clone().arrayBuffer());
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether a response is this build's copy of the file at `path` (so it may go into this build's cache). */
async function belongs(path: string, response: Response): Promise<boolean> {
  if (!response.ok || response.type !== 'basic') return false;
  if (path in DIGESTS) return (await digest(response)) === DIGESTS[path];
  if (isPage(path))
    return (response.headers.get('content-type') ?? '').includes('text/html') && usesOnlyAssets(await response.clone().text(), SHELL);
  return SHELL.has(path) || isHashedChunk(path);
}

/** Fetches `path` into this build's cache if it belongs to it; true when it is there afterwards. */
async function keep(cache: Cache, path: string): Promise<boolean> {
  if (await cache.match(path)) return true;
  try {
    const response = await fetch(path, { cache: 'no-cache' });
    if (!(await belongs(path, response))) return false;
    await cache.put(path, response);
    return true;
  } catch {
    return false;
  }
}

/** Runs `task` over `items`, six at a time. */
async function pool<T>(items: T[], task: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: 6 }, worker));
}

const catalog = async (cache: Cache, lang: string): Promise<OfflineCatalog> =>
  (await (await cache.match(`/${lang}/offline.json`))!.json()) as OfflineCatalog;

/** Saves every page and the search of one language, reporting progress. */
async function saveAll(lang: Lang, progress: (done: number, total: number) => void): Promise<number> {
  const cache = await caches.open(CACHE);
  const { pages, search } = await catalog(cache, lang);
  const paths = [...search, ...pages].map((file) => file.url);
  let done = 0;
  let failed = 0;
  progress(0, paths.length);
  await pool(paths, async (path) => {
    if (!(await keep(cache, path))) failed++;
    progress(++done, paths.length);
  });
  if (!failed) await cache.put(savedMarker(lang), new Response('1'));
  return failed;
}

/** After an update: what the learner had saved in older builds, fetched again from this build. */
async function carryOver(cache: Cache): Promise<void> {
  const paths = new Set<string>();
  const langs = new Set<string>();
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX) || name === CACHE) continue;
    for (const request of await (await caches.open(name)).keys()) {
      const path = new URL(request.url).pathname;
      const saved = /^\/__offline\/saved-(\w+)$/.exec(path);
      if (saved) langs.add(saved[1]!);
      // Hashed search chunks that did not change keep their name; the others are gone (404) and skipped.
      else if (isPage(path) || path in DIGESTS || isHashedChunk(path)) paths.add(path);
    }
  }
  for (const lang of langs) {
    const { pages, search } = await catalog(cache, lang);
    for (const file of [...search, ...pages]) paths.add(file.url);
  }
  await pool([...paths], (path) => keep(cache, path));
  for (const lang of langs) await cache.put(savedMarker(lang), new Response('1'));
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll([...SHELL]);
      await carryOver(cache);
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name.startsWith(CACHE_PREFIX) && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

async function page(event: FetchEvent, path: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(path);
  const network = fetch(event.request).then((response) => {
    const copy = response.clone();
    event.waitUntil(belongs(path, copy).then((ok) => (ok ? cache.put(path, copy) : undefined)));
    return response;
  });
  // A slow connection with a saved copy: the saved copy after 3 s.
  const slow = cached && new Promise<Response>((resolve) => setTimeout(() => resolve(cached), 3000));
  try {
    return await (slow ? Promise.race([network, slow]) : network);
  } catch {
    return cached ?? (await cache.match(offlinePageFor(path))) ?? Response.error();
  }
}

async function file(event: FetchEvent, path: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  if (!(path in DIGESTS)) {
    const cached = await cache.match(path);
    if (cached) return cached;
  }
  try {
    const response = await fetch(event.request);
    if (await belongs(path, response)) event.waitUntil(cache.put(path, response.clone()));
    return response;
  } catch (error) {
    const cached = await cache.match(path);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin || url.pathname === '/sw.js') return;
  event.respondWith(event.request.mode === 'navigate' ? page(event, url.pathname) : file(event, url.pathname));
});

async function status(lang: Lang): Promise<WorkerReply> {
  const cache = await caches.open(CACHE);
  const saved = (await cache.keys()).map((request) => new URL(request.url).pathname).filter((path) => isSavedPage(path, lang));
  return { type: 'status', saved, complete: Boolean(await cache.match(savedMarker(lang))) };
}

async function remove(lang: Lang): Promise<WorkerReply> {
  const cache = await caches.open(CACHE);
  const { search } = await catalog(cache, lang);
  const searchPaths = new Set(search.map((f) => f.url).filter((path) => path.startsWith(`/pagefind/`) && isHashedChunk(path)));
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (isSavedPage(path, lang) || searchPaths.has(path) || path === savedMarker(lang)) await cache.delete(request);
  }
  return { type: 'removed' };
}

self.addEventListener('message', (event) => {
  const message = event.data as WorkerRequest;
  const port = event.ports[0];
  const reply = (value: WorkerReply) => port?.postMessage(value);
  const work = (async () => {
    switch (message.type) {
      case 'skip-waiting':
        return self.skipWaiting();
      case 'keep':
        return keep(await caches.open(CACHE), message.path);
      case 'status':
        return reply(await status(message.lang));
      case 'save':
        return reply({ type: 'saved', failed: await saveAll(message.lang, (done, total) => reply({ type: 'progress', done, total })) });
      case 'remove':
        return reply(await remove(message.lang));
    }
  })();
  event.waitUntil(work);
});
