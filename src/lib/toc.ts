/** Turns Astro's flat heading list into the on-page table of contents (h2 with their h3). */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry {
  slug: string;
  text: string;
  children: TocEntry[];
}

export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    const entry = { slug: heading.slug, text: heading.text, children: [] };
    if (heading.depth === 2) toc.push(entry);
    else if (heading.depth === 3) {
      const parent = toc.at(-1);
      // An h3 before any h2 is shown at the top level rather than dropped.
      if (parent) parent.children.push(entry);
      else toc.push(entry);
    }
  }
  return toc;
}
