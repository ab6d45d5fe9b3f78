/**
 * The one script every page loads (a note page's whole JavaScript before the search opens must stay
 * under 3 KiB gzip, in one request): the search opener, the theme toggle, the reviewed marks, the
 * service worker, and loaders for what only some pages need, fetched when their markup is present.
 */
import { HIGHLIGHT_PARAM } from '../lib/search/highlight-param';
import { setUpMarks } from './study/marks';
import { setUpOffline } from './offline/register';
import { setUpSearchOpener } from './search-opener';
import { setUpThemeToggle } from './theme-toggle';

setUpSearchOpener();
setUpThemeToggle();
if (document.querySelector('[data-review-toggle], #sidebar a[data-note]')) setUpMarks();
setUpOffline();

// Arriving from a search result (?highlight=…), mark the searched words on the page.
if (document.querySelector('[data-pagefind-body]') && new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) {
  const highlight = `${'/pagefind/pagefind-highlight.js'}`;
  import(/* @vite-ignore */ highlight)
    .then(({ default: PagefindHighlight }) => new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false }))
    .catch(() => {});
}
if (document.querySelector('[data-practice]')) void import('./study/practice');
if (document.getElementById('study-data')) void import('./study/overview');
if (document.querySelector('[data-study-transfer]')) void import('./study/transfer');
if (document.querySelector('[data-offline-library]')) void import('./offline/library');
