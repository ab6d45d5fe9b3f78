/**
 * The Markdown of one source, turned into the Markdown of a note: a pipeline of small steps over the
 * mdast tree, each with one job (tooling out, callouts, Q&A scenarios, Obsidian syntax, raw HTML,
 * links and images, headings). Pure: files and other notes are reached only through the context.
 */
import { slug } from 'github-slugger';
import type { Heading, List, ListItem, Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import type { Lang } from '../../src/lib/i18n';
import { convertBlockHtml, convertInlineHtml, mergeText, trimEdges } from './html';

export interface TransformContext {
  lang: Lang;
  /** The id of the imported note a wikilink target ("My Note") or a local link ("../x.md") points to. */
  noteFor(target: string, kind: 'wikilink' | 'path'): string | undefined;
  /** Plans the copy of a local image; the URL to use in the note, or undefined when it is missing. */
  image(path: string, kind: 'embed' | 'path'): string | undefined;
  /** False when this question is already a practice card (in this import or an existing note). */
  claimQuestion(question: string): boolean;
  warn(message: string): void;
}

export interface TransformResult {
  /** Inline #tags found in the text. */
  tags: string[];
  /** Ids of the imported notes this one links to. */
  links: string[];
  /** How many questions became <ExamScenario> blocks. */
  scenarios: number;
}

const MISSING_IMAGE: Record<Lang, string> = { ko: '이미지 없음', en: 'missing image' };
const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|webp|avif|svg|tiff?)$/i;

/** Runs every step on the tree, in order; `title` is the note's title (a leading `# title` is dropped). */
export function transformTree(tree: Root, title: string, ctx: TransformContext): TransformResult {
  const state: TransformResult = { tags: [], links: [], scenarios: 0 };
  const dropped = new Set<string>();
  resolveReferences(tree);
  removeTooling(tree);
  convertCallouts(tree);
  convertQuestionLists(tree, ctx, state);
  eachPhrasingParent(tree, (parent) => {
    convertInlineHtml(parent, dropped);
    obsidianInline(parent, ctx, state);
    highlight(parent);
  });
  convertBlocks(tree, dropped);
  rewriteLinksAndImages(tree, ctx, state);
  arrangeHeadings(tree, title);
  if (dropped.size) ctx.warn(`raw HTML reduced to its text: <${[...dropped].sort().join('>, <')}>`);
  const templates = new Set<string>();
  visitText(tree, (text) => text.value.match(/\{\{[^}\n]*\}\}|<%[^%\n]*%>/g)?.forEach((t) => templates.add(t)));
  if (templates.size) ctx.warn(`template variables never filled in, kept as text: ${[...templates].join(', ')}`);
  state.tags = [...new Set(state.tags)];
  state.links = [...new Set(state.links)];
  return state;
}

// ---------------------------------------------------------------- walking

type AnyParent = Parent & { children: RootContent[] };
const hasChildren = (node: Nodes): node is Nodes & AnyParent => 'children' in node;

function visitText(node: Nodes, fn: (text: Text) => void): void {
  if (node.type === 'text') fn(node);
  if (hasChildren(node)) node.children.forEach((child) => visitText(child, fn));
}

const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'mdxJsxTextElement']);

function eachPhrasingParent(node: Nodes, fn: (parent: AnyParent) => void): void {
  if (!hasChildren(node)) return;
  if (PHRASING_PARENTS.has(node.type)) fn(node);
  node.children.forEach((child) => eachPhrasingParent(child, fn));
}

/** Replaces each child by what `fn` returns (undefined: keep it), depth first. */
function rewrite(parent: AnyParent, fn: (node: RootContent, parent: AnyParent) => RootContent[] | undefined): void {
  parent.children = parent.children.flatMap((child) => {
    if (hasChildren(child)) rewrite(child, fn);
    return fn(child, parent) ?? [child];
  });
}

// ---------------------------------------------------------------- references

/** `[text][ref]` and `[ref]: url` become plain links, so each URL is rewritten in one place. */
function resolveReferences(tree: Root): void {
  const definitions = new Map<string, { url: string; title?: string | null | undefined }>();
  const collect = (node: Nodes) => {
    if (node.type === 'definition') definitions.set(node.identifier, { url: node.url, title: node.title });
    if (hasChildren(node)) node.children.forEach(collect);
  };
  collect(tree);
  rewrite(tree as AnyParent, (node) => {
    if (node.type === 'definition') return [];
    if (node.type === 'linkReference') {
      const def = definitions.get(node.identifier);
      return def
        ? [{ type: 'link', url: def.url, title: def.title ?? null, children: node.children }]
        : [{ type: 'text', value: toString(node) }];
    }
    if (node.type === 'imageReference') {
      const def = definitions.get(node.identifier);
      return def ? [{ type: 'image', url: def.url, alt: node.alt ?? '' }] : [{ type: 'text', value: node.alt ?? '' }];
    }
    return undefined;
  });
}

// ---------------------------------------------------------------- tooling

const IAL_ONLY = /^\s*(\{:[^}\n]*\}\s*)+$/;
const IAL = /\n?[ \t]*\{:[^}\n]*\}/g;

const isTocList = (node: RootContent): boolean =>
  node.type === 'list' && node.children.length === 1 && toString(node).replace(IAL, '').trim().toUpperCase() === 'TOC';

/**
 * Drops what only drove the source's tools: front matter (read separately), ```toc blocks,
 * kramdown attribute lists ({: .no_toc}, {:toc}) and Just-the-Docs' generated table of contents
 * (`1. TOC` with its "Table of contents" label).
 */
export function removeTooling(tree: Root): void {
  const walk = (parent: AnyParent) => {
    const out: RootContent[] = [];
    for (const node of parent.children) {
      if (node.type === 'yaml' || (node.type === 'code' && node.lang?.toLowerCase() === 'toc')) continue;
      if (node.type === 'paragraph' && IAL_ONLY.test(toString(node))) {
        if (/text-delta/.test(toString(node)) && out.at(-1)?.type === 'heading') out.pop();
        continue;
      }
      if (isTocList(node)) continue;
      // `## Title {#custom-id}`: kramdown's and Pandoc's heading ids; the site makes its own.
      if (node.type === 'heading' && node.children.at(-1)?.type === 'text') {
        const last = node.children.at(-1) as Text;
        last.value = last.value.replace(/\s*\{#[\w-]+\}\s*$/, '');
      }
      if (hasChildren(node)) walk(node);
      if (node.type === 'text') node.value = node.value.replace(IAL, '');
      if (node.type === 'paragraph') trimEdges(node.children);
      out.push(node);
    }
    parent.children = out;
  };
  walk(tree as AnyParent);
}

// ---------------------------------------------------------------- callouts

const CALLOUT = /^\[!([\w-]+)\]([+-]?)[ \t]*/;
const WARNING_TYPES = new Set(['warning', 'caution', 'attention', 'danger', 'error', 'bug', 'failure', 'fail', 'missing']);

const attribute = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });

/** `> [!note] Title` quotes (Obsidian, GitHub) become <Callout type="tip|warning" title="…">. */
export function convertCallouts(tree: Root): void {
  rewrite(tree as AnyParent, (node) => {
    if (node.type !== 'blockquote') return undefined;
    const first = node.children[0];
    const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
    const match = lead?.type === 'text' ? CALLOUT.exec(lead.value) : null;
    if (!first || first.type !== 'paragraph' || !lead || lead.type !== 'text' || !match) return undefined;
    lead.value = lead.value.slice(match[0].length);
    // The rest of the first line is the title; the lines after it are the callout's first paragraph.
    const titleNodes: PhrasingContent[] = [];
    const rest: PhrasingContent[] = [];
    let inTitle = true;
    for (const child of first.children) {
      if (!inTitle) rest.push(child);
      else if (child.type === 'break') inTitle = false;
      else if (child.type === 'text' && child.value.includes('\n')) {
        const at = child.value.indexOf('\n');
        titleNodes.push({ type: 'text', value: child.value.slice(0, at) });
        rest.push({ type: 'text', value: child.value.slice(at + 1) });
        inTitle = false;
      } else titleNodes.push(child);
    }
    const kind = match[1]!.toLowerCase();
    const type = WARNING_TYPES.has(kind) ? 'warning' : kind === 'exam' ? 'exam' : 'tip';
    const title =
      attributeText(toString({ type: 'paragraph', children: titleNodes })) ||
      (['tip', 'warning', 'exam'].includes(kind) ? '' : kind[0]!.toUpperCase() + kind.slice(1));
    const body = mergeText(rest);
    const children = [
      ...(body.some((c) => toString(c).trim()) ? [{ type: 'paragraph' as const, children: body }] : []),
      ...node.children.slice(1),
    ];
    const callout: MdxJsxFlowElement = {
      type: 'mdxJsxFlowElement',
      name: 'Callout',
      attributes: [attribute('type', type), ...(title ? [attribute('title', title)] : [])],
      children: children as MdxJsxFlowElement['children'],
    };
    return [callout];
  });
}

/** Text for a JSX attribute: one line, and typographic quotes instead of `"`. */
export function attributeText(text: string): string {
  let open = true;
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/"/g, () => ((open = !open) ? '”' : '“'));
}

// ---------------------------------------------------------------- Q&A lists

const isQuestion = (item: ListItem): boolean =>
  item.children[0]?.type === 'paragraph' &&
  item.children.slice(1).some((c) => c.type === 'blockquote') &&
  toString(item.children[0]).trim().length > 0;

/**
 * A list item `* question` with its answer in a quoted list under it (`    > * answer`), or a list
 * whose items mostly have a quote under them, holds exam questions: each becomes <ExamScenario question="…"> with the quote as the answer.
 * A question already asked elsewhere stays a list item (a deck asks each question once).
 */
export function convertQuestionLists(tree: Root, ctx: TransformContext, state: TransformResult): void {
  rewrite(tree as AnyParent, (node) => {
    if (node.type !== 'list') return undefined;
    const questions = node.children.filter(isQuestion);
    // `    > * answer` (a quoted list) marks a question on its own; a quoted paragraph only in a list of them.
    const marked = questions.some((item) => item.children.some((c) => c.type === 'blockquote' && c.children[0]?.type === 'list'));
    if (questions.length === 0 || (!marked && questions.length * 2 < node.children.length)) return undefined;
    const out: RootContent[] = [];
    let run: ListItem[] = [];
    const flush = () => {
      if (run.length) out.push({ ...node, children: run } satisfies List);
      run = [];
    };
    for (const item of node.children) {
      const question = isQuestion(item) ? attributeText(toString(item.children[0]!)) : '';
      if (!question) {
        run.push(item);
        continue;
      }
      if (!ctx.claimQuestion(question)) {
        ctx.warn(`question asked twice, kept as a list item: "${question.slice(0, 60)}"`);
        run.push(item);
        continue;
      }
      flush();
      const answer = item.children.slice(1).flatMap((c) => (c.type === 'blockquote' ? c.children : [c]));
      state.scenarios++;
      out.push({
        type: 'mdxJsxFlowElement',
        name: 'ExamScenario',
        attributes: [attribute('question', question)],
        children: answer as MdxJsxFlowElement['children'],
      } satisfies MdxJsxFlowElement);
    }
    flush();
    return out;
  });
}

// ---------------------------------------------------------------- Obsidian inline syntax

const WIKILINK_OR_COMMENT = /(!?)\[\[([^[\]\n]+?)\]\]|%%([^%]+?)%%/g;
const TAG = /(^|[\s(])#([\p{L}\p{N}_/-]*[\p{L}_][\p{L}\p{N}_/-]*)/gu;

/** [[Note]], [[Note|alias]], [[Note#Heading]], ![[embed.png]] in text; #tags are collected. */
function obsidianInline(parent: AnyParent, ctx: TransformContext, state: TransformResult): void {
  if (parent.type === 'link') return;
  parent.children = parent.children.flatMap((child): RootContent[] => {
    if (child.type !== 'text') return [child];
    for (const m of child.value.matchAll(TAG)) state.tags.push(m[2]!.replace(/\/+$/, ''));
    if (!child.value.includes('[[') && !child.value.includes('%%')) return [child];
    const out: PhrasingContent[] = [];
    let last = 0;
    for (const m of child.value.matchAll(WIKILINK_OR_COMMENT)) {
      out.push({ type: 'text', value: child.value.slice(last, m.index) });
      last = m.index + m[0].length;
      // %%comment%%: hidden in Obsidian, so an MDX comment here
      if (m[3] !== undefined)
        out.push({ type: 'mdxTextExpression', value: `/* ${m[3].trim().replace(/\*\//g, '* /')} */` } as PhrasingContent);
      else out.push(...wikilink(m[1] === '!', m[2]!, ctx, state));
    }
    out.push({ type: 'text', value: child.value.slice(last) });
    return mergeText(out);
  });
}

export function wikilink(embed: boolean, inner: string, ctx: TransformContext, state: TransformResult): PhrasingContent[] {
  const [targetPart = '', ...aliasParts] = inner.replace(/\\\|/g, '|').split('|');
  const alias = aliasParts.join('|').trim();
  const [rawTarget = '', ...headingParts] = targetPart.split('#');
  const target = rawTarget.trim();
  const heading = headingParts.join('#').trim().replace(/^\^.*/, '');
  if (embed && IMAGE_EXTENSIONS.test(target)) {
    const url = ctx.image(target, 'embed');
    // ![[image.png|300]]: a number is a width, not a description.
    const alt = alias && !/^\d+(x\d+)?$/.test(alias) ? alias : target.replace(/\.[^.]+$/, '');
    return url
      ? [{ type: 'image', url, alt: safeAlt(alt), data: { resolved: true } as never }]
      : [{ type: 'text', value: `(${MISSING_IMAGE[ctx.lang]}: ${target})` }];
  }
  const display = alias || (heading ? (target ? `${target} › ${heading}` : heading) : target);
  if (!target) return heading ? [link(`#${slug(heading)}`, display)] : [{ type: 'text', value: display }];
  const id = ctx.noteFor(target, 'wikilink');
  if (embed) ctx.warn(`embedded note ![[${target}]] became ${id ? 'a link' : 'text'}`);
  if (!id) {
    ctx.warn(`unresolved wikilink [[${target}]]: kept as text`);
    return [{ type: 'text', value: display }];
  }
  state.links.push(id);
  return [link(`/${ctx.lang}/notes/${id}/${heading ? `#${slug(heading)}` : ''}`, display)];
}

const link = (url: string, text: string): PhrasingContent => ({
  type: 'link',
  url,
  children: [{ type: 'text', value: text }],
  data: { resolved: true } as never,
});

/** `==text==` becomes <mark>text</mark>; markers pair up among siblings, so `==**bold**==` works too. */
function highlight(parent: AnyParent): void {
  if (!parent.children.some((c) => c.type === 'text' && /(?<!=)==(?!=)/.test(c.value))) return;
  const MARK = Symbol('mark');
  type Piece = PhrasingContent | typeof MARK;
  const pieces = (parent.children as PhrasingContent[]).flatMap((child): Piece[] =>
    child.type === 'text'
      ? child.value.split(/(?<!=)==(?!=)/).flatMap((value, i): Piece[] => (i ? [MARK, { type: 'text', value }] : [{ type: 'text', value }]))
      : [child],
  );
  const out: PhrasingContent[] = [];
  let open = -1;
  for (const piece of pieces) {
    if (piece !== MARK) out.push(piece);
    else if (open < 0) open = out.push({ type: 'text', value: '==' }) - 1;
    else {
      const inside = mergeText(out.splice(open + 1));
      const text = toString({ type: 'paragraph', children: inside });
      if (!text.trim() || /^\s|\s$/.test(text)) out.push(...inside, { type: 'text', value: '==' });
      else out.splice(open, 1, { type: 'mdxJsxTextElement', name: 'mark', attributes: [], children: inside } satisfies MdxJsxTextElement);
      open = -1;
    }
  }
  parent.children = mergeText(out) as RootContent[];
}

// ---------------------------------------------------------------- blocks of raw HTML

function convertBlocks(tree: Root, dropped: Set<string>): void {
  rewrite(tree as AnyParent, (node) => (node.type === 'html' ? convertBlockHtml(node.value, dropped) : undefined));
}

// ---------------------------------------------------------------- links and images

const EXTERNAL = /^([a-z][a-z0-9+.-]*:|\/\/)/i;
const safeAlt = (alt: string) =>
  alt
    .replace(/[{}<>[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function rewriteLinksAndImages(tree: Root, ctx: TransformContext, state: TransformResult): void {
  rewrite(tree as AnyParent, (node) => {
    if (node.type === 'image') {
      if ((node.data as { resolved?: boolean } | undefined)?.resolved) {
        delete node.data;
        return undefined;
      }
      node.alt = safeAlt(node.alt ?? '');
      if (EXTERNAL.test(node.url)) {
        if (node.url.startsWith('//')) node.url = `https:${node.url}`;
        return undefined;
      }
      const url = ctx.image(node.url, 'path');
      if (url) {
        node.url = url;
        return undefined;
      }
      return [{ type: 'text', value: `(${MISSING_IMAGE[ctx.lang]}: ${node.alt || node.url})` }];
    }
    if (node.type === 'link') {
      if ((node.data as { resolved?: boolean } | undefined)?.resolved) {
        delete node.data;
        return undefined;
      }
      if (EXTERNAL.test(node.url) || node.url.startsWith('#') || node.url === '') return undefined;
      const [path = '', hash] = node.url.split('#');
      const id = ctx.noteFor(path, 'path');
      if (id) {
        state.links.push(id);
        node.url = `/${ctx.lang}/notes/${id}/${hash ? `#${hash}` : ''}`;
        return undefined;
      }
      ctx.warn(`link to ${node.url} (not an imported note): kept as text`);
      return node.children;
    }
    return undefined;
  });
}

// ---------------------------------------------------------------- headings

/**
 * The page shows the title, so a leading `# Title` goes; images leave headings (a heading is a
 * table-of-contents entry); levels shift so the highest is `##`, as in every note.
 */
export function arrangeHeadings(tree: Root, title: string): void {
  const first = tree.children[0];
  if (first?.type === 'heading' && first.depth === 1 && toString(first).trim() === title.trim()) tree.children.shift();
  while (tree.children[0]?.type === 'thematicBreak') tree.children.shift();
  rewrite(tree as AnyParent, (node) => {
    if (node.type !== 'heading') return undefined;
    const images = node.children.filter((c) => c.type === 'image');
    if (!images.length) return undefined;
    node.children = mergeText(node.children.filter((c) => c.type !== 'image'));
    trimEdges(node.children);
    const after: RootContent = { type: 'paragraph', children: images };
    return toString(node).trim() ? [node, after] : [after];
  });
  const headings: Heading[] = [];
  const collect = (node: Nodes) => {
    if (node.type === 'heading') headings.push(node);
    else if (hasChildren(node)) node.children.forEach(collect);
  };
  collect(tree);
  if (!headings.length) return;
  const shift = 2 - Math.min(...headings.map((h) => h.depth));
  for (const h of headings) h.depth = Math.min(6, Math.max(2, h.depth + shift)) as Heading['depth'];
}
