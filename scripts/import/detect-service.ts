/**
 * Which AWS service a note is about, from its title and text, with the table in aws-services.ts:
 * a name in the title decides; otherwise the service named most often wins when it is named at
 * least three times and twice as often as any other. Pure.
 */
import type { CategoryId } from '../../src/lib/taxonomy';
import { AWS_SERVICES, type AwsService } from './aws-services';

export interface DetectedService {
  service: string;
  category: CategoryId;
  /** The site's note about this service. */
  id: string;
}

interface Matcher {
  entry: AwsService;
  patterns: RegExp[];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** ASCII names match as whole words (S3 is not in S3Bucket… nor MQ in SMQ); Hangul names anywhere. */
function patternOf(name: string): RegExp | undefined {
  const trimmed = name.trim();
  if (trimmed.length < 2) return undefined;
  const body = escape(trimmed).replace(/\s+/g, '\\s*');
  return /^[\x20-\x7e]+$/.test(trimmed) ? new RegExp(`(?<![\\w-])${body}(?![\\w-])`, 'gi') : new RegExp(body, 'g');
}

function namesOf(entry: AwsService): string[] {
  const inParens = [...entry.service.matchAll(/\(([^)]+)\)/g)].flatMap((m) => m[1]!.split(/,\s*/));
  const bare = entry.service.replace(/\s*\([^)]*\)/g, '');
  return [entry.service, bare, ...inParens, ...entry.names];
}

const MATCHERS: Matcher[] = AWS_SERVICES.map((entry) => ({
  entry,
  patterns: [...new Set(namesOf(entry))].flatMap((name) => patternOf(name) ?? []),
}));

const count = (text: string, patterns: RegExp[]): number => patterns.reduce((sum, pattern) => sum + (text.match(pattern)?.length ?? 0), 0);

export function detectService(title: string, text: string): DetectedService | undefined {
  const scored = MATCHERS.map(({ entry, patterns }) => ({ entry, title: count(title, patterns), body: count(text, patterns) }))
    .filter((s) => s.title || s.body)
    .sort((a, b) => b.title - a.title || b.body - a.body);
  const [best, second] = scored;
  if (!best) return undefined;
  const wins =
    best.title > 0
      ? !second || second.title < best.title || best.body > second.body
      : best.body >= 3 && best.body >= 2 * (second?.body ?? 0);
  return wins ? { service: best.entry.service, category: best.entry.category, id: best.entry.id } : undefined;
}

/** The category most of the services named in a text belong to (at least three mentions), for topic notes. */
export function dominantCategory(text: string): CategoryId | undefined {
  const totals = new Map<CategoryId, number>();
  for (const { entry, patterns } of MATCHERS) {
    const hits = count(text, patterns);
    if (hits) totals.set(entry.category, (totals.get(entry.category) ?? 0) + hits);
  }
  const [best] = [...totals].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 3 ? best[0] : undefined;
}
