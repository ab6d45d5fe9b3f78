/**
 * Export, import and reset of the study state on the practice overview. An import is checked by the
 * same rules as stored data; a file that is not study progress changes nothing and says so.
 */
import type { TransferStrings } from '../../i18n/browser';
import { fill } from '../../lib/messages';
import { emptyState, exportText, importText } from '../../lib/study/state';
import { announceChange, loadState, saveState } from './store';

export const EXPORT_FILE = 'aws-study-progress.json';

const root = document.querySelector<HTMLElement>('[data-study-transfer]');
if (root) setUp(root);

function setUp(root: HTMLElement): void {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as TransferStrings;
  const status = root.querySelector<HTMLElement>('[data-transfer-status]')!;
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const dialog = root.querySelector<HTMLDialogElement>('dialog')!;
  const say = (text: string) => (status.textContent = text);

  root.querySelector('[data-transfer="export"]')?.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([exportText(loadState())], { type: 'application/json' }));
    const link = Object.assign(document.createElement('a'), { href: url, download: EXPORT_FILE });
    link.click();
    // The download has started from the URL; it is no longer needed once the click is handled.
    setTimeout(() => URL.revokeObjectURL(url));
    say(fill(strings.exportDone, { file: EXPORT_FILE }));
  });

  root.querySelector('[data-transfer="import"]')?.addEventListener('click', () => input.click());
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const state = importText(await file.text());
    if (!state) say(strings.importFailed);
    else if (!saveState(state)) say(strings.storageUnavailable);
    else {
      announceChange();
      say(fill(strings.importDone, { notes: Object.keys(state.reviewedNotes).length, cards: Object.keys(state.cards).length }));
    }
  });

  root.querySelector('[data-transfer="reset"]')?.addEventListener('click', () => dialog.showModal());
  dialog.addEventListener('close', () => {
    if (dialog.returnValue !== 'reset') return;
    dialog.returnValue = '';
    if (!saveState(emptyState())) {
      say(strings.storageUnavailable);
      return;
    }
    announceChange();
    say(strings.resetDone);
  });

  root.querySelectorAll<HTMLButtonElement>('button[data-transfer]').forEach((button) => (button.disabled = false));
}
