/**
 * Reading a note's frontmatter from its raw text, the one way every check and tool does it.
 * YAML 1.2's core schema keeps dates as the text that was written (2026-02-30 stays "2026-02-30"),
 * so the note schema sees exactly what the author typed; a YAML 1.1 parser would have turned it
 * into 2 March without a word.
 */
import { parse } from 'yaml';

export interface Frontmatter {
  /** The parsed YAML: plain objects, arrays, strings, numbers, booleans and null; never a Date. */
  data: unknown;
  /** The text after the closing `---`. */
  body: string;
}

const BLOCK = /^---\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export class FrontmatterError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FrontmatterError';
  }
}

/** Splits a note into its frontmatter and body; throws FrontmatterError when the block is missing or not YAML. */
export function readFrontmatter(source: string): Frontmatter {
  const match = BLOCK.exec(source.replace(/^\uFEFF/, ''));
  if (!match) throw new FrontmatterError('no frontmatter block: the note starts with a line "---", its YAML, then "---"');
  let data: unknown;
  try {
    data = parse(match[1] ?? '', { schema: 'core', version: '1.2', uniqueKeys: true, prettyErrors: true });
  } catch (error) {
    throw new FrontmatterError(`the frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  return { data: data ?? {}, body: source.replace(/^\uFEFF/, '').slice(match[0].length) };
}
