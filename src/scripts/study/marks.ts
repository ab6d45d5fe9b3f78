/**
 * Notes marked as reviewed: the note page's toggle and the check marks in the sidebar. Part of the page
 * script (src/scripts/page.ts), whose whole budget on a note page is 3 KiB of gzip JavaScript: it reads
 * and writes only the reviewed ids, and loads the validating store (store.ts) only to migrate an older
 * stored state.
 */
import { announceChange, onStateChange, reviewedNoteIds, saveReviewed } from './events';

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

  toggles.forEach((button) => {
    const status = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    function done(saved: boolean): void {
      if (!saved && status) status.textContent = button.dataset.unsaved ?? '';
      render();
      announceChange();
    }
    button.addEventListener('click', () => {
      const id = button.dataset.reviewToggle ?? '';
      const at = button.getAttribute('aria-pressed') !== 'true' ? new Date().toISOString() : undefined;
      // Written before the click returns, so leaving the page at once keeps the mark.
      const saved = saveReviewed(id, at);
      if (saved !== undefined) return done(saved);
      // An older or damaged stored state (rare: once per learner at most): the validating store migrates it.
      void import('./store').then(({ loadState, saveState }) => {
        const state = loadState();
        if (at) state.reviewedNotes[id] = at;
        else delete state.reviewedNotes[id];
        done(saveState(state));
      });
    });
  });

  onStateChange(render);
  render();
}
