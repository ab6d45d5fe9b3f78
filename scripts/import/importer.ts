/**
 * `npm run import`: reads every Markdown file under SOURCE_DIR and writes draft notes under
 * NOTES_DIR/<lang>/<id>.mdx, their images under NOTES_DIR/assets/<id>/, and a manifest so a re-run
 * updates only what it wrote. Three stages: read (decode, parse, front matter, id), transform (one
 * note per file, links resolved against the whole import), write (or, with dryRun, only plan).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Lang } from '../../src/lib/i18n';
import { extractScenarios } from '../../src/lib/scenarios';
import { importCoverage } from './coverage';
import { decodeSource } from './decode';
import { dominantCategory, detectService } from './detect-service';
import { readFrontMatter, type SourceMeta } from './front-matter';
import { slugify, uniqueId } from './ids';
import { undoLiquid } from './liquid';
import { MANIFEST_FILE, previousId, readManifest, serializeManifest, sha256, type Manifest } from './manifest';
import { keptWhole, mdxError, renderFrontmatter, serializeBody, type ImportedFrontmatter } from './render';
import { splitTags, summarize } from './summary';
import { transformTree } from './transform';
import { ASSETS_FOLDER } from '../../src/lib/note-files';

export interface ImportOptions {
  sourceDir: string;
  notesDir: string;
  lang: Lang;
  dryRun: boolean;
  today: Date;
}

export type Action = 'create' | 'update' | 'unchanged' | 'kept' | 'skipped';

export interface FileReport {
  /** The source, relative to SOURCE_DIR. */
  source: string;
  /** The note, relative to NOTES_DIR ("ko/overview.mdx"); absent when none was made. */
  note?: string;
  action: Action;
  warnings: string[];
  /** Lines of the source's text found in the note (src/lib/source-coverage.ts). */
  coverage: { matched: number; total: number };
  /** The source's lines the note does not hold (at most 20), for the report. */
  missing: { line: number; text: string }[];
  images: number;
  scenarios: number;
}

export interface ImportReport {
  files: FileReport[];
  warnings: string[];
}

/** Files bigger than this are reported, not converted: a page of 5 MB helps no one. */
export const MAX_BYTES = 5 * 1024 * 1024;
const LARGE_BYTES = 1024 * 1024;
const MARKDOWN = /\.(md|markdown)$/i;
const SKIPPED_DIRS = new Set(['node_modules', '_site', 'dist']);

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Every file under a folder, relative and with `/`, skipping hidden folders (.obsidian, .git) and build output. */
function listFiles(root: string, dir = ''): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) return entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name) ? [] : listFiles(root, rel);
      return entry.isFile() ? [rel] : [];
    });
}

interface Source {
  rel: string;
  text: string;
  tree: Root;
  meta: SourceMeta;
  title: string;
  id: string;
  warnings: string[];
}

const lower = (s: string) => s.normalize('NFC').toLowerCase().trim();
const stem = (rel: string) => rel.replace(/\.[^./]+$/, '');

export function importNotes(options: ImportOptions): ImportReport {
  const { sourceDir, notesDir, lang, dryRun } = options;
  const report: ImportReport = { files: [], warnings: [] };
  const { manifest, warning } = readManifest(notesDir);
  const from = path.resolve(sourceDir);
  const ours = (l: Lang, id: string, rel: string) => {
    const entry = manifest.notes[`${l}/${id}`];
    return entry?.from === from && entry.source === rel && entry.as === lang;
  };
  if (warning) report.warnings.push(warning);
  const allFiles = listFiles(sourceDir);
  const byBasename = new Map<string, string[]>();
  for (const rel of allFiles) {
    const key = lower(path.posix.basename(rel));
    byBasename.set(key, [...(byBasename.get(key) ?? []), rel]);
  }

  // ---- read
  const twinLangs: Lang[] = lang === 'en' ? ['en', 'ko'] : ['ko'];
  const existing = (l: Lang, id: string) => existsSync(path.join(notesDir, l, `${id}.mdx`));
  const planned = new Set<string>();
  const sources: Source[] = [];
  for (const rel of allFiles.filter((f) => MARKDOWN.test(f))) {
    const file = path.join(sourceDir, rel);
    const skip = (why: string) =>
      report.files.push({
        source: rel,
        action: 'skipped',
        warnings: [why],
        coverage: { matched: 0, total: 0 },
        missing: [],
        images: 0,
        scenarios: 0,
      });
    const size = statSync(file).size;
    if (size > MAX_BYTES) {
      skip(`too large to convert (${size} bytes; the limit is ${MAX_BYTES} bytes, 5 MB)`);
      continue;
    }
    const decoded = decodeSource(readFileSync(file));
    const warnings = [...decoded.warnings];
    if (size > LARGE_BYTES) warnings.push(`large file (${Math.round(size / 1024)} KB): converted, but consider splitting it`);
    if (!decoded.text.trim()) {
      skip('empty file: no note written');
      continue;
    }
    const liquid = undoLiquid(decoded.text);
    warnings.push(...liquid.warnings);
    let tree: Root;
    try {
      tree = parser.parse(liquid.text);
    } catch (error) {
      skip(`could not be parsed as Markdown: ${(error as Error).message}`);
      continue;
    }
    const yaml = tree.children[0]?.type === 'yaml' ? tree.children[0].value : undefined;
    const meta = readFrontMatter(yaml);
    warnings.push(...meta.warnings);
    const firstContent = tree.children.find((n) => n.type !== 'yaml');
    if (!firstContent) {
      skip('no text besides front matter: no note written');
      continue;
    }
    const h1 = firstContent.type === 'heading' && firstContent.depth === 1 ? toString(firstContent).trim() : undefined;
    // `# {{title}}` in an unused template is no title.
    const title = meta.title ?? (h1 && !/\{\{|<%/.test(h1) ? h1 : path.posix.basename(stem(rel)));
    const taken = (id: string) => planned.has(id) || twinLangs.some((l) => existing(l, id) && !ours(l, id, rel));
    const id = previousId(manifest, lang, from, rel) ?? uniqueId(idWish(rel, title), taken);
    planned.add(id);
    sources.push({ rel, text: decoded.text, tree, meta, title, id, warnings });
  }

  // ---- resolution tables: wikilink names and local paths of the notes this import makes
  const byName = new Map<string, string>();
  const byPath = new Map<string, string>();
  for (const s of sources) {
    for (const name of [path.posix.basename(stem(s.rel)), stem(s.rel), s.title, ...s.meta.aliases])
      if (!byName.has(lower(name))) byName.set(lower(name), s.id);
    byPath.set(lower(s.rel), s.id);
    byPath.set(lower(stem(s.rel)), s.id);
    if (/(^|\/)index$/i.test(stem(s.rel))) byPath.set(lower(stem(s.rel).replace(/\/?index$/i, '')), s.id);
    if (s.meta.permalink) byPath.set(`@${lower(s.meta.permalink.replace(/^\/+|\/+$/g, '').replace(/\.html$/, ''))}`, s.id);
  }

  // ---- what this run may overwrite, and the questions already asked in notes it will not
  const decide = (l: Lang, id: string, rel: string): { overwrite: boolean; reason?: string } => {
    const file = path.join(notesDir, l, `${id}.mdx`);
    if (!existsSync(file)) return { overwrite: true };
    const entry = manifest.notes[`${l}/${id}`];
    const current = readFileSync(file, 'utf8');
    if (/^status:\s*reviewed\s*$/m.test(current.split(/^---\s*$/m)[1] ?? ''))
      return { overwrite: false, reason: `${l}/${id}.mdx is marked reviewed: left as it is` };
    if (!entry || !ours(l, id, rel) || entry.hash !== sha256(current))
      return { overwrite: false, reason: `${l}/${id}.mdx was edited since it was imported: left as it is` };
    return { overwrite: true };
  };
  const decisions = new Map(sources.map((s) => [s.rel, twinLangs.map((l) => ({ lang: l, ...decide(l, s.id, s.rel) }))]));
  const questions = new Set<string>();
  const existingTitles = new Map<string, string>();
  const questionKey = (q: string) =>
    q
      .normalize('NFC')
      .replace(/[\s\p{P}]+/gu, '')
      .toLowerCase();
  const rewritten = new Set(
    sources.flatMap((s) =>
      decisions
        .get(s.rel)!
        .filter((d) => d.overwrite)
        .map((d) => `${d.lang}/${s.id}`),
    ),
  );
  for (const l of twinLangs) {
    const dir = path.join(notesDir, l);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
      if (rewritten.has(`${l}/${name.slice(0, -4)}`)) continue;
      const text = readFileSync(path.join(dir, name), 'utf8');
      const title = /^title:\s*(.+)$/m.exec(text.split(/^---\s*$/m)[1] ?? '')?.[1];
      if (title && l === lang && !planned.has(name.slice(0, -4)))
        existingTitles.set(lower(title.replace(/^(["'])(.*)\1$/, '$2')), `${l}/${name}`);
      try {
        for (const s of extractScenarios(text.replace(/^---[\s\S]*?\n---\n/, ''))) questions.add(questionKey(s.question));
      } catch {
        // a note the build will reject on its own
      }
    }
  }

  // Two notes with one title would be two identical entries in the sidebar and search.
  const titles = new Map<string, Source[]>();
  for (const s of sources) titles.set(lower(s.title), [...(titles.get(lower(s.title)) ?? []), s]);
  for (const [title, same] of titles) {
    const other = existingTitles.get(title);
    for (const s of other ? same : same.slice(1)) {
      const renamed = `${s.title} (${path.posix.basename(stem(s.rel))})`;
      s.warnings.push(`duplicate title "${s.title}" (also ${other ?? same[0]!.rel}): titled "${renamed}"`);
      s.title = renamed;
    }
  }
  const willExist = (id: string) => planned.has(id) || existing('ko', id);

  // ---- transform and write
  const pendingWrites: { file: string; data: string | Uint8Array }[] = [];
  for (const s of sources) {
    const warnings = new Set(s.warnings);
    const copies = new Map<string, { from: string; name: string }>();
    const missingImages: string[] = [];
    const fileDir = path.posix.dirname(s.rel);
    const inside = (rel: string) => !rel.startsWith('..') && !path.isAbsolute(rel);
    const ctx = {
      lang,
      warn: (message: string) => void warnings.add(message),
      claimQuestion: (q: string) => !questions.has(questionKey(q)) && Boolean(questions.add(questionKey(q))),
      noteFor: (target: string, kind: 'wikilink' | 'path') => {
        if (kind === 'wikilink') return byName.get(lower(target.replace(/\.md$/i, '')));
        const clean = decode(target).replace(/[?#].*$/, '');
        if (byPath.has(`@${lower(clean.replace(/^\/+|\/+$/g, '').replace(/\.html$/, ''))}`)) {
          return byPath.get(`@${lower(clean.replace(/^\/+|\/+$/g, '').replace(/\.html$/, ''))}`);
        }
        const rel = clean.startsWith('/') ? clean.replace(/^\/+/, '') : path.posix.normalize(path.posix.join(fileDir, clean));
        const key = lower(rel.replace(/\/+$/, ''));
        return byPath.get(key) ?? byPath.get(key.replace(/\.(md|markdown|html)$/, ''));
      },
      image: (target: string, kind: 'embed' | 'path') => {
        const clean = decode(target).replace(/[?#].*$/, '');
        const candidates = [
          ...(kind === 'embed' ? (byBasename.get(lower(path.posix.basename(clean))) ?? []) : []),
          clean.startsWith('/') ? clean.replace(/^\/+/, '') : path.posix.normalize(path.posix.join(fileDir, clean)),
          path.posix.normalize(clean.replace(/^\/+/, '')),
          ...(byBasename.get(lower(path.posix.basename(clean)))?.length === 1 ? byBasename.get(lower(path.posix.basename(clean)))! : []),
        ].filter(inside);
        const found = candidates.find((c) => existsSync(path.join(sourceDir, c)) && statSync(path.join(sourceDir, c)).isFile());
        if (!found) {
          missingImages.push(target);
          return undefined;
        }
        if (!/\.(png|jpe?g|gif|webp|avif|svg|tiff?)$/i.test(found)) {
          ctx.warn(`${target} is not an image the site can show: kept as text`);
          return undefined;
        }
        const known = [...copies.values()].find((c) => c.from === found);
        if (known) return `../${ASSETS_FOLDER}/${s.id}/${known.name}`;
        const ext = path.posix.extname(found).toLowerCase();
        const base = slugify(path.posix.basename(found, path.posix.extname(found))) || 'image';
        const name = uniqueId(base, (n) => copies.has(`${n}${ext}`)) + ext;
        copies.set(name, { from: found, name });
        return `../${ASSETS_FOLDER}/${s.id}/${name}`;
      },
    };
    const result = transformTree(s.tree, s.title, ctx);
    if (missingImages.length)
      warnings.add(
        `missing ${missingImages.length === 1 ? 'image' : `images (${missingImages.length})`}: ${[...new Set(missingImages)].join(', ')}`,
      );
    const plain = toString(s.tree);
    const detected = detectService(s.title, plain);
    const { tags, concepts } = splitTags([...s.meta.tags, ...result.tags]);
    const frontmatter: ImportedFrontmatter = {
      title: s.title,
      kind: 'topic',
      summary: summarize(s.tree, s.title, lang, s.meta.description),
      service: detected?.service ?? s.title,
      aliases: [...new Set(s.meta.aliases.filter((a) => a !== s.title))],
      concepts,
      category: detected?.category ?? dominantCategory(plain) ?? 'fundamentals',
      tags,
      related: result.links.filter((id) => id !== s.id && willExist(id)),
      updated: options.today.toISOString().slice(0, 10),
      status: 'draft',
      sources: [{ imported: s.rel, section: s.title }],
    };
    let body = serializeBody(s.tree);
    const problem = mdxError(body);
    if (problem) {
      warnings.add(`could not be made valid MDX (${problem}): the source is kept whole in a code block`);
      body = keptWhole(s.text, lang);
    }
    const text = `${renderFrontmatter(frontmatter)}\n${body}`;
    const coverage = importCoverage(s.text, text);
    const notes = decisions.get(s.rel)!.map((d) => ({
      ...d,
      text: d.lang === lang ? text : `${renderFrontmatter(frontmatter)}\n${untranslated(lang)}${body}`,
    }));
    let action: Action = 'unchanged';
    for (const note of notes) {
      const rel = `${note.lang}/${s.id}.mdx`;
      const file = path.join(notesDir, rel);
      if (!note.overwrite) {
        warnings.add(note.reason!);
        if (note.lang === lang) action = 'kept';
        continue;
      }
      const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      manifest.notes[`${note.lang}/${s.id}`] = { from, source: s.rel, as: lang, hash: sha256(note.text) };
      if (before === note.text) continue;
      pendingWrites.push({ file, data: note.text });
      if (note.lang === lang) action = before === undefined ? 'create' : 'update';
    }
    if (action === 'create' || action === 'update') {
      for (const { from, name } of copies.values())
        pendingWrites.push({ file: path.join(notesDir, ASSETS_FOLDER, s.id, name), data: readFileSync(path.join(sourceDir, from)) });
    }
    report.files.push({
      source: s.rel,
      note: `${lang}/${s.id}.mdx`,
      action,
      warnings: [...warnings],
      coverage: { matched: coverage.matched, total: coverage.total },
      missing: coverage.unmatched.slice(0, 20),
      images: copies.size,
      scenarios: result.scenarios,
    });
  }

  report.files.sort((a, b) => a.source.localeCompare(b.source));
  if (!dryRun) {
    for (const { file, data } of pendingWrites) {
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, data);
    }
    mkdirSync(notesDir, { recursive: true });
    writeFileSync(path.join(notesDir, MANIFEST_FILE), serializeManifest(manifest));
  }
  return report;
}

/**
 * The id a source asks for: its file name, or for index.md / README.md (an id the content loader
 * reads as its folder) the folder's name or the title.
 */
function idWish(rel: string, title: string): string {
  const name = path.posix.basename(stem(rel));
  const folder = path.posix.basename(path.posix.dirname(rel));
  const wish = /^(index|readme)$/i.test(name) ? slugify(folder === '.' ? '' : folder) || slugify(title) : slugify(name) || slugify(title);
  return wish && wish !== 'index' ? wish : 'note';
}

function decode(target: string): string {
  try {
    return decodeURI(target.replace(/%2F/gi, '/'));
  } catch {
    return target;
  }
}

/** The Korean twin of an English import holds the English text until someone translates it. */
function untranslated(lang: Lang): string {
  return lang === 'en'
    ? '<Callout type="warning" title="번역 필요">\n\n이 노트는 영어 원문을 가져온 것입니다. 한국어로 옮겨 주세요.\n\n</Callout>\n\n'
    : '';
}

export type { Manifest };
