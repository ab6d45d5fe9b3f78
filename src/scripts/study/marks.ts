/**
 * Notes marked as reviewed: the note page's toggle and the check marks in the sidebar. Part of the page
 * script (src/scripts/page.ts), whose whole budget on a note page is 3 KiB of gzip JavaScript: it reads
 * only the reviewed ids, and loads the validating store (store.ts) when the learner presses the toggle.
 */
import { announceChange, onStateChange, reviewedNoteIds } from './events';

export function setUpMarks(): void {
  const toggles = document.querySelectorAll<HTMLButtonElement>('[data-review-toggle]');

  function render(): void {
    const reviewed = reviewedNoteIds();
    const template = document.querySelector<HTMLTemplateElement>('template#reviewed-mark');
    document.querySelectorAll<HTMLElement>('#sidebar a[data-note]').forEach((link) => {
      const mark = link.querySelector('[data-reviewed-mark]');
      if (!reviewed.has(link.dataset.note ?? '')) mark?.remove();
      else if (!mark && template) link.append(template.content.cloneNode(true));
    });
    toggles.forEach((button) => button.setAttribute('aria-pressed', String(reviewed.has(button.dataset.reviewToggle ?? ''))));
  }

  toggles.forEach((button) =>
    button.addEventListener('click', async () => {
      const { loadState, saveState } = await import('./store');
      // Read again: another tab may have changed the state since this page loaded.
      const state = loadState();
      const id = button.dataset.reviewToggle ?? '';
      if (Object.hasOwn(state.reviewedNotes, id)) delete state.reviewedNotes[id];
      else state.reviewedNotes[id] = new Date().toISOString();
      const status = document.getElementById(button.getAttribute('aria-describedby') ?? '');
      if (!saveState(state) && status) status.textContent = button.dataset.unsaved ?? '';
      render();
      announceChange();
    }),
  );

  onStateChange(render);
  render();
}
