// Loaded blocking in <head> so the first paint already has the reader's theme (no flash), and CSS
// can show controls that need JavaScript. A file, not an inline script, so the CSP stays 'self'.
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  try {
    var theme = localStorage.getItem('theme');
    if (theme === 'dark' || theme === 'light') root.dataset.theme = theme;
  } catch (e) {
    // Storage can be unavailable (private mode): the system theme applies.
  }
})();
