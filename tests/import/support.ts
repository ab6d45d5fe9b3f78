/** Runs the importer's Markdown pipeline on a string, with a context that records what it was asked. */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Lang } from '../../src/lib/i18n';
import { undoLiquid } from '../../scripts/import/liquid';
import { mdxError, serializeBody } from '../../scripts/import/render';
import { transformTree, type TransformContext, type TransformResult } from '../../scripts/import/transform';

export interface ConvertOptions {
  title?: string;
  lang?: Lang;
  notes?: Record<string, string>;
  images?: Record<string, string>;
  asked?: string[];
}

export interface Converted extends TransformResult {
  mdx: string;
  tree: Root;
  warnings: string[];
  imageRequests: string[];
}

export function convert(markdown: string, options: ConvertOptions = {}): Converted {
  const warnings: string[] = [];
  const imageRequests: string[] = [];
  const asked = new Set(options.asked ?? []);
  const ctx: TransformContext = {
    lang: options.lang ?? 'ko',
    noteFor: (target) => options.notes?.[target],
    image: (path) => {
      imageRequests.push(path);
      return options.images?.[path];
    },
    claimQuestion: (q) => !asked.has(q) && Boolean(asked.add(q)),
    warn: (message) => void warnings.push(message),
  };
  const { text, warnings: liquid } = undoLiquid(markdown);
  warnings.push(...liquid);
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).parse(text);
  const result = transformTree(tree, options.title ?? 'Title', ctx);
  const mdx = serializeBody(tree);
  const error = mdxError(mdx);
  if (error) throw new Error(`not valid MDX: ${error}\n${mdx}`);
  return { ...result, mdx, tree, warnings, imageRequests };
}
