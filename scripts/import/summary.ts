/** The frontmatter fields an imported note derives from its text: one-sentence summary, tags, concepts. Pure. */
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Lang } from '../../src/lib/i18n';

const MAX = 200;

/** The first sentence of the first paragraph long enough to say something, or a plain fallback. */
export function summarize(tree: Root, title: string, lang: Lang, description?: string): string {
  const candidates: string[] = description ? [description] : [];
  const walk = (node: Nodes) => {
    if (node.type === 'paragraph') candidates.push(toString(node));
    // An exam scenario's answer does not say what the note is about.
    else if (node.type === 'mdxJsxFlowElement' && node.name === 'ExamScenario') return;
    else if (node.type !== 'code' && node.type !== 'table' && 'children' in node) node.children.forEach(walk);
  };
  walk(tree);
  for (const candidate of candidates) {
    const sentence = firstSentence(candidate.replace(/\s+/g, ' ').trim());
    if (sentence.length >= 10 && /\p{L}/u.test(sentence)) return sentence;
  }
  return lang === 'ko' ? `${title}에 대해 가져온 학습 노트.` : `Imported study notes on ${title}.`;
}

function firstSentence(text: string): string {
  const end = /[.!?。](?=\s|$)/.exec(text);
  const sentence = end ? text.slice(0, end.index + 1) : text;
  return sentence.length <= MAX ? sentence : `${sentence.slice(0, MAX - 1).trimEnd()}…`;
}

/** Tags in the site's form (kebab-case ASCII); other tags (Hangul) become concepts, at most 12 of each. */
export function splitTags(raw: readonly string[]): { tags: string[]; concepts: string[] } {
  const tags = new Set<string>();
  const concepts = new Set<string>();
  for (const tag of raw) {
    const kebab = tag
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    if (/^[\x20-\x7e]+$/.test(tag) && kebab) tags.add(kebab);
    else if (tag.trim()) concepts.add(tag.replace(/[/_-]+/g, ' ').trim());
  }
  return { tags: [...tags].slice(0, 12), concepts: [...concepts].slice(0, 12) };
}
