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
  // Every note is parsed here a second time (Astro compiles it too): skip the ones that cannot hold
  // a scenario, and read only the part that holds them when it parses on its own.
  if (!body.includes(`<${COMPONENT}`)) return [];
  const span = scenarioSpan(body);
  let tree: Root;
  try {
    tree = parser.parse(span);
  } catch (error) {
    if (span === body) throw error;
    tree = parser.parse(body);
  }
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

/**
 * From the line where the first scenario opens to the end of the last one: a fraction of the note.
 * A component that closes inside it (one scenario in a Callout, the next outside) makes it fail to
 * parse, and the caller reads the whole body; so does a code fence left open before it, here.
 */
export function scenarioSpan(body: string): string {
  const start = body.lastIndexOf('\n', body.indexOf(`<${COMPONENT}`)) + 1;
  const closing = `</${COMPONENT}>`;
  const close = body.lastIndexOf(closing);
  if (close < start) return body;
  const fences = body.slice(0, start).match(/^ {0,3}(`{3,}|~{3,})/gm) ?? [];
  if (fences.length % 2 === 1) return body;
  return body.slice(start, close + closing.length);
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
