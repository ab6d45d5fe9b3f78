/**
 * The exam scenarios of a note, read from its MDX source at build time: the practice pages show
 * them as cards without rendering the whole note. Pure: the caller passes the raw body.
 */
import { toHtml } from 'hast-util-to-html';
import type { Nodes, Root, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { EXAM_IDS, type ExamId } from './taxonomy';

export interface Scenario {
  /** 1-based position among the note's scenarios; with the note id it makes the card id. */
  index: number;
  question: string;
  /** The exams this card practises (`exams="SAP-C02"`); undefined: every exam of its note. */
  exams?: ExamId[];
  /** The answer as HTML, rendered from the scenario's Markdown children. */
  answerHtml: string;
}

export class ScenarioError extends Error {
  /** What is wrong, without the file name. */
  readonly detail: string;

  constructor(source: string, message: string) {
    super(`${source}: ExamScenario: ${message}`);
    this.name = 'ScenarioError';
    this.detail = message;
  }
}

/** Only syntax extensions are needed: parse() never runs transformers. */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

const COMPONENT = 'ExamScenario';

type Jsx = Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
const isJsx = (node: Nodes): node is Jsx => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Scenarios in document order, including those nested in other components (a Callout). */
export function extractScenarios(body: string, source = 'note'): Scenario[] {
  // Most of a build's notes are parsed here a second time (Astro compiles them too): skip the ones
  // that cannot hold a scenario.
  if (!body.includes(`<${COMPONENT}`)) return [];
  const tree = parser.parse(body);
  const found: Jsx[] = [];
  const walk = (node: Nodes) => {
    if (isJsx(node) && node.name === COMPONENT) {
      found.push(node);
      return;
    }
    if ('children' in node) node.children.forEach(walk);
  };
  walk(tree);
  return found.map((node, at) => {
    const exams = examsOf(node, source, at + 1);
    return {
      index: at + 1,
      question: questionOf(node, source, at + 1),
      ...(exams && { exams }),
      answerHtml: answerHtml(node.children as RootContent[]),
    };
  });
}

function examsOf(node: Jsx, source: string, index: number): ExamId[] | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'exams');
  if (!attribute) return undefined;
  const codes = typeof attribute.value === 'string' ? attribute.value.split(/[\s,]+/).filter(Boolean) : [];
  const unknown = codes.filter((code) => !(EXAM_IDS as readonly string[]).includes(code));
  if (!codes.length || unknown.length) {
    throw new ScenarioError(
      source,
      `scenario ${index}: exams="…" lists exam codes (${EXAM_IDS.join(', ')}), not "${unknown.join(' ') || ''}"`,
    );
  }
  return codes as ExamId[];
}

function questionOf(node: Jsx, source: string, index: number): string {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'question');
  const value = attribute?.value;
  // An expression ({`…`}) would need evaluating; the cards must show exactly what the note shows.
  if (typeof value !== 'string' || !value.trim()) {
    throw new ScenarioError(source, `scenario ${index} needs a question="…" text attribute`);
  }
  return value.trim();
}

/**
 * MDX-only nodes have no HTML of their own: expressions ({/* comments *\/}) and imports are dropped,
 * and another component inside an answer contributes its Markdown children.
 */
function plainMarkdown(nodes: readonly RootContent[]): RootContent[] {
  return nodes.flatMap((node): RootContent[] => {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression' || node.type === 'mdxjsEsm') return [];
    if (isJsx(node)) return plainMarkdown(node.children as RootContent[]);
    if ('children' in node) return [{ ...node, children: plainMarkdown(node.children as RootContent[]) } as RootContent];
    return [node];
  });
}

function answerHtml(children: readonly RootContent[]): string {
  const root: Root = { type: 'root', children: plainMarkdown(children) };
  return toHtml(toHast(root)).trim();
}
