/**
 * The text of an imported note: YAML frontmatter the schema accepts, and an MDX body serialized from
 * the transformed tree (mdast-util-to-markdown escapes `<` and `{` for MDX). The body is parsed back
 * as MDX before it is written; if it still fails, the source is kept whole in a code block with a
 * warning rather than lost. Pure.
 */
import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { stringify } from 'yaml';
import type { Lang } from '../../src/lib/i18n';
import type { CategoryId } from '../../src/lib/taxonomy';

export interface ImportedFrontmatter {
  title: string;
  kind: 'topic';
  summary: string;
  service: string;
  aliases: string[];
  concepts: string[];
  category: CategoryId;
  tags: string[];
  related: string[];
  updated: string;
  status: 'draft';
  sources: { imported: string; section: string }[];
}

export function renderFrontmatter(data: ImportedFrontmatter): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

export function serializeBody(tree: Root): string {
  const markdown = toMarkdown(tree, {
    extensions: [gfmToMarkdown(), mdxToMarkdown()],
    bullet: '-',
    rule: '-',
    fences: true,
    // MDX has no autolinks (<https://…>): every link is written [text](url).
    resourceLink: true,
  });
  return escapeEsm(markdown);
}

/** A paragraph that starts with `import` or `export` is JavaScript to MDX: write the first letter as a character reference. */
function escapeEsm(markdown: string): string {
  let fence: string | undefined;
  return markdown
    .split('\n')
    .map((line) => {
      const open = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
      if (open && (!fence || open.startsWith(fence))) fence = fence ? undefined : open;
      if (fence || !/^(import|export)\b/.test(line)) return line;
      return `&#x${line.charCodeAt(0).toString(16)};${line.slice(1)}`;
    })
    .join('\n');
}

const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The MDX parser's complaint about a body, or undefined when it parses. */
export function mdxError(body: string): string | undefined {
  try {
    mdxParser.parse(body);
    return undefined;
  } catch (error) {
    return (error as Error).message.split('\n')[0];
  }
}

const KEPT_WHOLE: Record<Lang, string> = {
  ko: '이 노트는 MDX로 변환하지 못해 원문을 그대로 보존했습니다. 다듬어 주세요.',
  en: 'This note could not be converted to MDX, so its source is kept whole below. Please tidy it.',
};

/** The source kept verbatim in a fence longer than any fence inside it. */
export function keptWhole(source: string, lang: Lang): string {
  const longest = Math.max(2, ...[...source.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `<Callout type="warning">\n\n${KEPT_WHOLE[lang]}\n\n</Callout>\n\n${fence}markdown\n${source.replace(/\s+$/, '')}\n${fence}\n`;
}
