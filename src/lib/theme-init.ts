/**
 * The one script that runs before first paint, inline in every page's <head>: the stored theme
 * choice (the system's applies when there is none or storage is refused) and the "JavaScript
 * available" class that shows controls needing it. Inline, so first paint waits for no request and
 * no revalidation. The CSP allows exactly this text by its SHA-256 hash, which infra/site.yaml lists
 * in script-src; a test fails when the two differ.
 */
export const THEME_STORAGE_KEY = 'theme';

export const THEME_INIT_SCRIPT =
  '(function(){var r=document.documentElement;r.classList.add("js");' +
  `try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="dark"||t==="light")r.dataset.theme=t}catch(e){}})();`;
