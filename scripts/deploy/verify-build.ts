import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { DeployError } from './errors';

export interface BuildCheck {
  distDir: string;
  /** The site's languages; Pagefind must have an index for each. */
  languages: readonly string[];
  /** Files and folders the build is made from; a build older than any of them is stale. */
  sourcePaths: readonly string[];
  /** Where the site is served, when known; the build's canonical links must point there. */
  siteUrl: string | undefined;
  /** Publish even a build whose canonical origin is a placeholder or another site's. */
  allowSiteUrlMismatch: boolean;
}

/** Refuses, with every reason at once, a build that is missing parts or older than its sources. */
export async function verifyBuild(check: BuildCheck): Promise<void> {
  const problems = await findBuildProblems(check);
  if (problems.length > 0) {
    throw new DeployError(
      `Refusing to publish ${check.distDir}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n` +
        'Run `npm run build` (it runs astro build and then pagefind) and deploy again.',
    );
  }
}

export async function findBuildProblems(check: BuildCheck): Promise<string[]> {
  const { distDir } = check;
  if (!(await isDirectory(distDir))) return [`${distDir} does not exist or is not a folder.`];
  const problems: string[] = [];
  const index = await modifiedAt(path.join(distDir, 'index.html'));
  if (index === undefined) problems.push('there is no index.html, the home page.');
  if ((await modifiedAt(path.join(distDir, '404.html'))) === undefined) {
    problems.push('there is no 404.html, which CloudFront serves for every missing page.');
  }
  problems.push(...(await findPagefindProblems(distDir, check.languages, index)));
  if (index !== undefined) problems.push(...(await findStaleness(index, check.sourcePaths)));
  if (index !== undefined && !check.allowSiteUrlMismatch) problems.push(...(await findOriginProblems(distDir, check.siteUrl)));
  return problems;
}

/**
 * Canonical links, hreflang, the sitemap and robots.txt all carry the origin the build was made for
 * (SITE_URL at build time). A build made without it points at the placeholder domain; a build made for
 * another site would send search engines there. Both are refused unless overridden.
 */
async function findOriginProblems(distDir: string, siteUrl: string | undefined): Promise<string[]> {
  const built = await builtOrigin(distDir);
  const fix = "Build with SITE_URL set to the site's address (the stack output SiteUrl), or pass --allow-site-url-mismatch.";
  if (built === undefined) return [`index.html has no <link rel="canonical">, so the site's origin cannot be checked. ${fix}`];
  if (isPlaceholderHost(new URL(built).hostname)) {
    return [`the build's canonical links point at the placeholder ${built}: it was built without SITE_URL. ${fix}`];
  }
  if (siteUrl === undefined) return [];
  const target = originOf(siteUrl);
  if (target === undefined) return [`the site URL "${siteUrl}" is not a URL.`];
  if (target !== built) {
    return [`the build's canonical links point at ${built}, but this deploy publishes ${target}. ${fix}`];
  }
  return [];
}

/** The origin of the home page's canonical link, which Astro builds from `site`. */
async function builtOrigin(distDir: string): Promise<string | undefined> {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8').catch(() => '');
  const link = /<link\b[^>]*\brel=["']?canonical["']?[^>]*>/i.exec(html)?.[0];
  const href = link === undefined ? undefined : /\bhref=["']?([^"'\s>]+)/i.exec(link)?.[1];
  return href === undefined ? undefined : originOf(href);
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Names reserved for examples and tests (RFC 2606, RFC 6761): never a real site. */
export function isPlaceholderHost(hostname: string): boolean {
  return /(^|\.)example\.(com|net|org)$/.test(hostname) || /(^|\.)(example|test|invalid|localhost)$/.test(hostname);
}

interface PagefindLanguage {
  hash: string;
  wasm: string | null;
}

/**
 * Pagefind writes pagefind-entry.json last, naming for each language the metadata file (by its hash)
 * and the WASM build it needs; index chunks and fragments are named after the language.
 */
async function findPagefindProblems(distDir: string, languages: readonly string[], pagesBuiltAt: Date | undefined): Promise<string[]> {
  const pagefindDir = path.join(distDir, 'pagefind');
  const entryPath = path.join(pagefindDir, 'pagefind-entry.json');
  const entryText = await readFile(entryPath, 'utf8').catch(() => undefined);
  if (entryText === undefined) return ['there is no Pagefind bundle (pagefind/pagefind-entry.json): search would not work.'];
  const entryLanguages = parseEntryLanguages(entryText);
  if (entryLanguages === undefined) return ['pagefind/pagefind-entry.json is not a Pagefind entry file.'];

  const problems: string[] = [];
  if ((await modifiedAt(path.join(pagefindDir, 'pagefind.js'))) === undefined) problems.push('there is no pagefind/pagefind.js.');
  const [indexFiles, fragmentFiles] = await Promise.all([
    listNames(path.join(pagefindDir, 'index')),
    listNames(path.join(pagefindDir, 'fragment')),
  ]);
  for (const language of languages) {
    const entry = entryLanguages.get(language);
    if (entry === undefined) {
      problems.push(`Pagefind has no index for "${language}": no page with <html lang="${language}"> was indexed.`);
      continue;
    }
    const required = [`pagefind.${entry.hash}.pf_meta`, `wasm.${entry.wasm ?? 'unknown'}.pagefind`];
    for (const name of required) {
      if ((await modifiedAt(path.join(pagefindDir, name))) === undefined)
        problems.push(`the Pagefind bundle for "${language}" lacks ${name}.`);
    }
    if (!indexFiles.some((name) => name.startsWith(`${language}_`)))
      problems.push(`the Pagefind bundle for "${language}" has no index chunks.`);
    if (!fragmentFiles.some((name) => name.startsWith(`${language}_`)))
      problems.push(`the Pagefind bundle for "${language}" has no fragments.`);
  }
  const indexedAt = await modifiedAt(entryPath);
  if (pagesBuiltAt !== undefined && indexedAt !== undefined && indexedAt < pagesBuiltAt) {
    problems.push(
      `the Pagefind index (${indexedAt.toISOString()}) is older than the pages (${pagesBuiltAt.toISOString()}): ` +
        'pagefind did not run after the last astro build.',
    );
  }
  return problems;
}

function parseEntryLanguages(text: string): Map<string, PagefindLanguage> | undefined {
  let entry: unknown;
  try {
    entry = JSON.parse(text);
  } catch {
    return undefined;
  }
  const languages = typeof entry === 'object' && entry !== null && 'languages' in entry ? entry.languages : undefined;
  if (typeof languages !== 'object' || languages === null) return undefined;
  const result = new Map<string, PagefindLanguage>();
  for (const [language, value] of Object.entries(languages)) {
    const fields: unknown = value;
    if (typeof fields !== 'object' || fields === null || !('hash' in fields) || typeof fields.hash !== 'string') return undefined;
    const wasm = 'wasm' in fields && typeof fields.wasm === 'string' ? fields.wasm : null;
    result.set(language, { hash: fields.hash, wasm });
  }
  return result;
}

/** The newest source file, when it is newer than the build. */
async function findStaleness(builtAt: Date, sourcePaths: readonly string[]): Promise<string[]> {
  let newest: { file: string; at: Date } | undefined;
  for (const sourcePath of sourcePaths) {
    for (const file of await listFiles(sourcePath)) {
      const at = await modifiedAt(file);
      if (at !== undefined && (newest === undefined || at > newest.at)) newest = { file, at };
    }
  }
  if (newest === undefined || newest.at <= builtAt) return [];
  return [
    `the build (${builtAt.toISOString()}) is older than its sources: ${path.relative(process.cwd(), newest.file)} ` +
      `changed at ${newest.at.toISOString()}.`,
  ];
}

/** A file itself, or every file under a folder; nothing when the path does not exist. */
async function listFiles(sourcePath: string): Promise<string[]> {
  if (!(await isDirectory(sourcePath))) return (await modifiedAt(sourcePath)) === undefined ? [] : [sourcePath];
  const entries = await readdir(sourcePath, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

async function listNames(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

async function isDirectory(target: string): Promise<boolean> {
  return stat(target).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

async function modifiedAt(file: string): Promise<Date | undefined> {
  return stat(file).then(
    (stats) => (stats.isFile() ? stats.mtime : undefined),
    () => undefined,
  );
}
