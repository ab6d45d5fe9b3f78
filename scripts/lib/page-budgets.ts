/**
 * What a note page may cost on a first visit, before anyone touches it (gzip bytes). One home for the
 * build-output test, the browser test and `npm run bench`.
 */
export const NOTE_PAGE_BUDGET = {
  /** HTML, stylesheet, theme-init.js and the page script; the icon is inline. */
  requests: 4,
  /** JavaScript loaded before the search opens. */
  scriptGzip: 3 * 1024,
  /** A typical note (the median of the real notes, or the benchmark's synthetic one), whole. */
  wholeGzip: 20 * 1024,
  /** On every note page: what the site adds around the note's own text (frame HTML, CSS, JavaScript). */
  frameGzip: 17 * 1024,
} as const;
