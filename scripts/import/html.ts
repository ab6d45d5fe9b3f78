/**
 * Raw HTML in a source, made safe for MDX: MDX reads `<tag>` as JSX and rejects what is not valid
 * JSX (`<img>` without `/>`, `style="…"` strings on components, comments). Each `html` node is cut into
 * tags and text; `<img>` becomes an image, `<br>` a line break, `<a href>` a link, `<b>`/`<i>`/`<s>`
 * their Markdown, `<mark>`/`<kbd>`/`<sub>`/`<sup>`/`<u>` plain JSX elements without attributes,
 * comments MDX comments, and any other tag is unwrapped to its text. Pure.
 */
import type { Parent, PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx';

/** Tags kept as JSX elements, without their attributes. */
const KEPT = new Set(['mark', 'kbd', 'sub', 'sup', 'u', 'ins', 'small', 'abbr', 'cite', 'q', 'dfn', 'var', 'samp']);
const VOID = new Set(['br', 'img', 'hr', 'wbr', 'input', 'meta', 'link', 'source', 'col', 'area', 'base', 'embed', 'param', 'track']);

const TOKEN = /<!--([\s\S]*?)-->|<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>/g;
const ATTRIBUTE = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

type Marker = { kind: 'open' | 'close'; name: string; attributes: Record<string, string> };
type Piece = PhrasingContent | Marker;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', '#39': "'" };
export const decodeEntities = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });

function attributesOf(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(ATTRIBUTE)) out[m[1]!.toLowerCase()] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  return out;
}

/** Cuts raw HTML into text, comments, void elements and open/close markers. */
function tokenize(html: string, dropped: Set<string>): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  const text = (value: string) => {
    if (value) pieces.push({ type: 'text', value: decodeEntities(value) });
  };
  for (const m of html.matchAll(TOKEN)) {
    text(html.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      const comment = m[1].trim().replace(/\*\//g, '* /');
      if (comment) pieces.push({ type: 'mdxTextExpression', value: `/* ${comment} */` } as PhrasingContent);
      continue;
    }
    const name = m[3]!.toLowerCase();
    const attributes = attributesOf(m[4] ?? '');
    if (name === 'img') {
      pieces.push({ type: 'image', url: attributes.src ?? '', alt: attributes.alt ?? attributes.title ?? '' });
    } else if (name === 'br') {
      pieces.push({ type: 'break' });
    } else if (VOID.has(name) || m[5]) {
      dropped.add(name);
    } else {
      pieces.push({ kind: m[2] ? 'close' : 'open', name, attributes });
    }
  }
  text(html.slice(last));
  return pieces;
}

function element(marker: Marker, children: PhrasingContent[], dropped: Set<string>): PhrasingContent[] {
  switch (marker.name) {
    case 'a':
      return marker.attributes.href ? [{ type: 'link', url: marker.attributes.href, children }] : children;
    case 'b':
    case 'strong':
      return [{ type: 'strong', children }];
    case 'i':
    case 'em':
      return [{ type: 'emphasis', children }];
    case 's':
    case 'del':
    case 'strike':
      return [{ type: 'delete', children }];
    case 'code':
      return [{ type: 'inlineCode', value: children.map((c) => ('value' in c ? c.value : '')).join('') }];
    default:
      if (KEPT.has(marker.name)) {
        return [{ type: 'mdxJsxTextElement', name: marker.name, attributes: [], children } satisfies MdxJsxTextElement];
      }
      dropped.add(marker.name);
      return children;
  }
}

/** Pairs open and close markers among siblings; an unpaired marker is dropped. */
function pair(pieces: Piece[], dropped: Set<string>): PhrasingContent[] {
  const stack: { marker: Marker; children: PhrasingContent[] }[] = [];
  const root: PhrasingContent[] = [];
  const current = () => stack.at(-1)?.children ?? root;
  for (const piece of pieces) {
    if (!('kind' in piece)) {
      current().push(piece);
    } else if (piece.kind === 'open') {
      stack.push({ marker: piece, children: [] });
    } else {
      const at = stack.map((s) => s.marker.name).lastIndexOf(piece.name);
      if (at < 0) {
        dropped.add(piece.name);
        continue;
      }
      while (stack.length > at) {
        const { marker, children } = stack.pop()!;
        current().push(...element(marker, children, dropped));
      }
    }
  }
  while (stack.length) {
    const { marker, children } = stack.pop()!;
    dropped.add(marker.name);
    current().push(...children);
  }
  return root;
}

/** Rewrites the inline `html` children of a phrasing parent. Returns the tag names reduced to text. */
export function convertInlineHtml(parent: Parent, dropped: Set<string>): void {
  if (!parent.children.some((c) => c.type === 'html')) return;
  const pieces = (parent.children as PhrasingContent[]).flatMap((child): Piece[] =>
    child.type === 'html' ? tokenize(child.value, dropped) : [child],
  );
  parent.children = mergeText(pair(pieces, dropped)) as typeof parent.children;
}

/** A block of raw HTML as a paragraph of its text (or an MDX comment, or nothing). */
export function convertBlockHtml(html: string, dropped: Set<string>): RootContent[] {
  const children = mergeText(pair(tokenize(html.trim(), dropped), dropped));
  if (children.length === 1 && children[0]!.type === 'mdxTextExpression') {
    return [{ type: 'mdxFlowExpression', value: children[0]!.value }];
  }
  const meaningful = children.some((c) => c.type !== 'break' && !(c.type === 'text' && !c.value.trim()));
  if (!meaningful) return [];
  // Lines of a block of HTML are not paragraphs of prose: trim the indentation of each.
  for (const child of children) if (child.type === 'text') child.value = child.value.replace(/[ \t]*\n[ \t]*/g, '\n');
  trimEdges(children);
  return [{ type: 'paragraph', children }];
}

export function trimEdges(children: PhrasingContent[]): void {
  const first = children[0];
  if (first?.type === 'text') first.value = first.value.replace(/^\s+/, '');
  const last = children.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\s+$/, '');
}

export function mergeText(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const prev = out.at(-1);
    if (node.type === 'text' && prev?.type === 'text') prev.value += node.value;
    else if (!(node.type === 'text' && node.value === '')) out.push(node);
  }
  return out;
}
