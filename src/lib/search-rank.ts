/**
 * Pagefind ranks by word statistics; a learner who types a service's exact name wants that
 * service's note first. English stemming, for one, makes "ECS" match EC2 and ECR about as well as
 * ECS. So among the results fetched, notes one of whose names (title, or the names listed under
 * it, indexed as the `names` metadata) is exactly the query move to the front, in Pagefind's order.
 */
export const NAMES_SEPARATOR = ', ';

export interface RankedResult {
  meta: { title?: string; names?: string };
}

const fold = (text: string) => text.normalize('NFC').trim().toLowerCase();

export function isNamedBy(result: RankedResult, query: string): boolean {
  const wanted = fold(query);
  if (!wanted) return false;
  const names = [result.meta.title ?? '', ...(result.meta.names ?? '').split(NAMES_SEPARATOR)];
  return names.some((name) => fold(name) === wanted);
}

export function exactNamesFirst<T extends RankedResult>(results: readonly T[], query: string): T[] {
  const named = results.filter((result) => isNamedBy(result, query));
  return [...named, ...results.filter((result) => !named.includes(result))];
}
