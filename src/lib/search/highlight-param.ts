/**
 * The query parameter that carries the searched words from a result to its page, where they are
 * marked. Its own module so the page script takes only this name, not the search options.
 */
export const HIGHLIGHT_PARAM = 'highlight';
