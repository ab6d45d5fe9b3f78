/**
 * What a note page may cost on a first visit, before anyone touches it (gzip bytes). One home for the
 * build-output test, the browser test and `npm run bench`.
 */
export const NOTE_PAGE_BUDGET = {
  /** HTML, stylesheet and the page script; the icon and the theme script are inline. */
  requests: 3,
  /** JavaScript before the search opens: the inline theme script and the page script. */
  scriptGzip: 3 * 1024,
  /** A typical note (the median of the real notes, or the benchmark's synthetic one), whole. */
  wholeGzip: 20 * 1024,
  /** On every note page: what the site adds around the note's own text (frame HTML, CSS, JavaScript). */
  frameGzip: 17 * 1024,
} as const;
