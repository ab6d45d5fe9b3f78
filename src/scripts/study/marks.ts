/**
 * Notes marked as reviewed: the note page's toggle and the check marks in the sidebar. Part of the page
 * script (src/scripts/page.ts), whose whole budget on a note page is 3 KiB of gzip JavaScript: it reads
 * only the reviewed ids, and loads the validating store (store.ts) when the learner presses the toggle.
 */
import { announceChange, onStateChange, reviewedNoteIds } from './events';

export function setUpMarks(): void {
  const toggles = document.querySelectorAll<HTMLButtonElement>('[data-review-toggle]');

  function render(reviewed = reviewedNoteIds()): void {
    const template = document.querySelector<HTMLTemplateElement>('template#reviewed-mark');
    document.querySelectorAll<HTMLElement>('#sidebar a[data-note]').forEach((link) => {
      const mark = link.querySelector('[data-reviewed-mark]');
      if (!reviewed.has(link.dataset.note ?? '')) mark?.remove();
      else if (!mark && template) link.append(template.content.cloneNode(true));
    });
    toggles.forEach((button) => button.setAttribute('aria-pressed', String(reviewed.has(button.dataset.reviewToggle ?? ''))));
  }

  // The validating store loads when the learner heads for the toggle, so a click rarely waits for it.
  let store: Promise<typeof import('./store')> | undefined;
  const loadStore = () => (store ??= import('./store'));
  toggles.forEach((button) => {
    for (const event of ['pointerenter', 'focus', 'touchstart'] as const) button.addEventListener(event, loadStore, { passive: true });
    button.addEventListener('click', () => {
      const id = button.dataset.reviewToggle ?? '';
      const reviewed = button.getAttribute('aria-pressed') !== 'true';
      // The page answers at once (button and sidebar); the state is written as soon as the store is there.
      const shown = reviewedNoteIds();
      if (reviewed) shown.add(id);
      else shown.delete(id);
      render(shown);
      void loadStore().then(({ loadState, saveState }) => {
        // Read again: another tab may have changed the state since this page loaded.
        const state = loadState();
        if (reviewed) state.reviewedNotes[id] = new Date().toISOString();
        else delete state.reviewedNotes[id];
        const status = document.getElementById(button.getAttribute('aria-describedby') ?? '');
        if (!saveState(state) && status) status.textContent = button.dataset.unsaved ?? '';
        render();
        announceChange();
      });
    });
  });

  onStateChange(() => render());
  render();
}
