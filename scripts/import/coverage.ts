/**
 * "Nothing lost" for an import: the lines of the source (src/lib/source-coverage.ts splits them) are
 * looked for in the note by what a reader reads on them. Markup is not text: link destinations,
 * HTML tags, Liquid tags, kramdown attribute lists, a wikilink's target when it shows an alias, and
 * callout markers are dropped from a line before it is matched; a line of nothing but markup is not
 * counted. Pure.
 */
import { extractUnits, normalize, NoteCorpus, type CoverageResult } from '../../src/lib/source-coverage';

export function readerText(line: string): string {
  return line
    .replace(/\{%-?[\s\S]*?-?%\}/g, ' ') // Liquid tags
    .replace(/\{\{-?\s*site\.[\w.]+\s*-?\}\}/g, '') // {{ site.baseurl }}
    .replace(/\{:[^}]*\}/g, ' ') // kramdown attribute lists
    .replace(/!?\[\[([^\]|]*)\|([^\]]*)\]\]/g, '$2') // [[target|alias]] shows the alias
    .replace(/!?\[\[([^\]]*)\]\]/g, '$1')
    .replace(/\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, ']') // [text](destination)
    .replace(/<!--|-->/g, ' ')
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ') // HTML tags
    .replace(/^\s*(>\s*)*\[![\w-]+\][+-]?/, ' ') // > [!note]
    .replace(/\s+/g, ' ')
    .trim();
}

export function importCoverage(source: string, note: string): CoverageResult {
  const corpus = new NoteCorpus([note]);
  const units = extractUnits(source)
    .map((unit) => ({ ...unit, text: readerText(unit.text) }))
    .filter((unit) => normalize(unit.text).length > 0);
  const unmatched = units.filter((unit) => !corpus.covers(unit.text));
  return { total: units.length, matched: units.length - unmatched.length, unmatched };
}
