/**
 * "Nothing lost": splits a seed Markdown file into the units a reader cares about (list items,
 * paragraph lines, table rows, scenario answers) and finds each one in the notes by a normalized,
 * typo-tolerant match. Pure functions; the test and the CLI feed them files.
 */

export interface SourceUnit {
  line: number;
  text: string;
}

export interface CoverageResult {
  total: number;
  matched: number;
  unmatched: SourceUnit[];
}

/** Lines that carry layout or tooling, not facts: headings, rules, TOC markers, images, table separators. */
const NOISE = [
  /^#{1,6}\s/, // headings become the notes' own headings
  /^(-{3,}|\*{3,}|_{3,})$/, // horizontal rules
  /^\{:.*\}$/, // kramdown attribute lists ({: .no_toc}, {:toc})
  /^\d+\.\s*TOC$/i, // Just the Docs' generated table of contents
  /^!\[[^\]]*\]\([^)]*\)$/, // images: not available, described in text instead
  /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/, // table separator rows
];

/**
 * Extracts the content units of a seed. Front matter and tool blocks (```toc) are tooling; other
 * fenced blocks hold notes too (the Q&A log is one), so their lines count.
 */
export function extractUnits(markdown: string): SourceUnit[] {
  const lines = markdown.split(/\r?\n/);
  const units: SourceUnit[] = [];
  let i = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) i = end + 1;
  }
  let inToolBlock = false;
  let inFence = false;
  for (; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw.startsWith('```')) {
      inToolBlock = !inFence && raw === '```toc';
      inFence = !inFence;
      continue;
    }
    if (inToolBlock || raw === '') continue;
    const text = raw
      .replace(/^(>\s*)+/, '')
      .replace(/^([-*+]|\d+\.)\s+/, '')
      .trim();
    if (text === '' || NOISE.some((re) => re.test(raw) || re.test(text))) continue;
    if (normalize(text).length === 0) continue;
    units.push({ line: i + 1, text });
  }
  return units;
}

/**
 * Reduces text to letters and digits (Hangul included), lower-cased: markup, punctuation and spacing
 * differences between a seed line and its place in a note disappear.
 */
export function normalize(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Character bigrams: one Hangul syllable carries a lot, so a typo fix costs only two of them. */
function bigrams(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 2 <= text.length; i++) grams.add(text.slice(i, i + 2));
  return grams;
}

/** A seed unit counts as present when this share of its bigrams sits in one note line (or two adjacent). */
const MATCH_THRESHOLD = 0.8;
/** Below this length a unit must appear verbatim (after normalizing): bigram shares are noisy there. */
const SHORT_UNIT = 8;

export class NoteCorpus {
  private readonly whole: string;
  private readonly segments: Set<string>[] = [];
  private readonly index = new Map<string, number[]>();

  constructor(noteSources: string[]) {
    const lines = noteSources.flatMap((source) => source.split(/\r?\n/).map(normalize).filter(Boolean));
    this.whole = lines.join('\n');
    lines.forEach((line, n) => {
      // A seed line may be split over two note lines (e.g. a question and its continuation).
      this.addSegment(line);
      if (n + 1 < lines.length) this.addSegment(line + lines[n + 1]);
    });
  }

  private addSegment(text: string): void {
    const id = this.segments.length;
    const grams = bigrams(text);
    this.segments.push(grams);
    for (const gram of grams) {
      const posting = this.index.get(gram);
      if (posting) posting.push(id);
      else this.index.set(gram, [id]);
    }
  }

  /** Best share (0..1) of the unit's bigrams found together in one segment. */
  score(text: string): number {
    const normal = normalize(text);
    if (this.whole.includes(normal)) return 1;
    if (normal.length < SHORT_UNIT) return 0;
    const grams = bigrams(normal);
    const hits = new Map<number, number>();
    for (const gram of grams) {
      for (const id of this.index.get(gram) ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
    }
    let best = 0;
    for (const count of hits.values()) best = Math.max(best, count);
    return best / grams.size;
  }

  covers(text: string): boolean {
    return this.score(text) >= MATCH_THRESHOLD;
  }
}

export function measureCoverage(seed: string, corpus: NoteCorpus): CoverageResult {
  const units = extractUnits(seed);
  const unmatched = units.filter((unit) => !corpus.covers(unit.text));
  return { total: units.length, matched: units.length - unmatched.length, unmatched };
}
