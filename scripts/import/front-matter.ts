/**
 * The front matter of a source (Jekyll, Obsidian, a blog): what the importer keeps of it. Tags may be
 * a list or one string ("AWS 요약 CLOUD", "aws, cloud"); unfilled template variables ({{date}},
 * <% tp.file.title %>) are reported, not taken for values. Never throws: bad YAML is a warning.
 */
import { parse } from 'yaml';

export interface SourceMeta {
  title?: string;
  description?: string;
  tags: string[];
  aliases: string[];
  /** Jekyll's permalink: other pages link to the note by it. */
  permalink?: string;
  warnings: string[];
}

const TEMPLATE = /\{\{[^}]*\}\}|<%[^%]*%>/;

export function readFrontMatter(yamlText: string | undefined): SourceMeta {
  const meta: SourceMeta = { tags: [], aliases: [], warnings: [] };
  if (!yamlText?.trim()) return meta;
  let data: unknown;
  try {
    // `date: {{date}}` would be read as a YAML map: quote template variables first.
    data = parse(
      yamlText.replace(
        /^(\s*[\w-]+:[ \t]*)(\{\{.*\}\}|<%.*%>)[ \t]*$/gm,
        (_, key: string, value: string) => `${key}${JSON.stringify(value)}`,
      ),
    );
  } catch (error) {
    meta.warnings.push(`front matter is not valid YAML and was ignored (${(error as Error).message.split('\n')[0]})`);
    return meta;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return meta;
  const record = data as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string' && TEMPLATE.test(value))
      meta.warnings.push(`front matter ${key}: template variable ${value} was never filled in`);
  }
  const text = (value: unknown): string | undefined =>
    typeof value === 'string' && value.trim() && !TEMPLATE.test(value)
      ? value.trim()
      : typeof value === 'number'
        ? String(value)
        : undefined;
  const title = text(record.title);
  const description = text(record.description) ?? text(record.summary) ?? text(record.excerpt);
  const permalink = text(record.permalink);
  if (title) meta.title = title;
  if (description) meta.description = description;
  if (permalink) meta.permalink = permalink;
  meta.tags = listOf(record.tags ?? record.tag ?? record.categories);
  meta.aliases = listOf(record.aliases ?? record.alias, /,/).filter((alias) => !TEMPLATE.test(alias));
  return meta;
}

/** A list, or one string of items (tags: separated by spaces or commas); `#` prefixes dropped. */
export function listOf(value: unknown, separator = /[,\s]+/): string[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(separator) : [];
  return items
    .filter((item): item is string | number => typeof item === 'string' || typeof item === 'number')
    .map((item) => String(item).trim().replace(/^#/, ''))
    .filter(Boolean);
}
