/**
 * The header's search button and the / or Ctrl/⌘+K shortcuts open the search dialog; the search
 * client (and Pagefind) load only when it first opens.
 */
export function setUpSearchOpener(): void {
  const dialog = document.getElementById('search-dialog');
  if (!(dialog instanceof HTMLDialogElement)) return;
  let ready: Promise<void> | undefined;

  function openSearch() {
    if (!(dialog instanceof HTMLDialogElement) || dialog.open) return;
    dialog.showModal();
    ready ??= import('./search-ui').then((module) => module.setUpSearch(dialog));
  }

  const isTyping = (target: EventTarget | null) =>
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

  document.querySelectorAll('[data-search-open]').forEach((button) => button.addEventListener('click', openSearch));
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (the dialog element itself, outside its content) closes it.
  dialog.addEventListener('click', (event) => event.target === dialog && dialog.close());
  document.addEventListener('keydown', (event) => {
    const shortcut = event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey);
    if (shortcut || (event.key === '/' && !isTyping(event.target))) {
      event.preventDefault();
      openSearch();
    }
  });
}
