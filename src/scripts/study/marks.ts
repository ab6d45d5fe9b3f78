/**
 * Notes marked as reviewed: the note page's toggle and the check marks in the sidebar. Loaded on note
 * and category pages, so it stays tiny (a note page's whole budget is 5 KB of gzip JavaScript).
 */
import { announceChange, loadState, onStateChange, saveState } from './store';

const toggles = document.querySelectorAll<HTMLButtonElement>('[data-review-toggle]');

function render(): void {
  const { reviewedNotes } = loadState();
  const reviewed = (id = '') => Object.hasOwn(reviewedNotes, id);
  const template = document.querySelector<HTMLTemplateElement>('template#reviewed-mark');
  document.querySelectorAll<HTMLElement>('#sidebar a[data-note]').forEach((link) => {
    const mark = link.querySelector('[data-reviewed-mark]');
    if (!reviewed(link.dataset.note)) mark?.remove();
    else if (!mark && template) link.append(template.content.cloneNode(true));
  });
  toggles.forEach((button) => button.setAttribute('aria-pressed', String(reviewed(button.dataset.reviewToggle))));
}

toggles.forEach((button) =>
  button.addEventListener('click', () => {
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
