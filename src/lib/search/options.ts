/**
 * How the site asks Pagefind to search, shared by the search dialog and the tests that check
 * ranking. Exact words count far more than prefixes (termSimilarity), so "GA" prefers a note
 * named GA over every "gateway"; long notes are not penalised for length (pageLength 0), so a
 * service's own, longer note is not outranked by short notes that only mention it.
 */
import { HIGHLIGHT_PARAM } from './highlight-param';

export { HIGHLIGHT_PARAM };

export const PAGEFIND_OPTIONS = {
  highlightParam: HIGHLIGHT_PARAM,
  excerptLength: 24,
  ranking: { termSimilarity: 10, pageLength: 0 },
} as const;
