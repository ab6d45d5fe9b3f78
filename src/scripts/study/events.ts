/**
 * Where the study state lives and how scripts on a page hear that it changed. Separate from store.ts
 * (which validates the whole state) so the page script can show reviewed marks without carrying the
 * validation: it reads and writes only the reviewed notes.
 */
import { reviewedIds, withReviewed } from '../../lib/study/reviewed';

export const STORAGE_KEY = 'aws-notes:study';

/** Other scripts on the page (and other tabs, through the storage event) re-read the state on this. */
export const STUDY_CHANGE = 'study-change';

export function onStateChange(listener: () => void): void {
  document.addEventListener(STUDY_CHANGE, listener);
  // A null key means another tab cleared all of storage.
  addEventListener('storage', (event) => (event.key === STORAGE_KEY || event.key === null) && listener());
}

export function announceChange(): void {
  document.dispatchEvent(new Event(STUDY_CHANGE));
}

/** The ids of the notes marked as reviewed (see reviewed.ts); none when storage cannot be read. */
export function reviewedNoteIds(): Set<string> {
  try {
    return reviewedIds(localStorage.getItem(STORAGE_KEY));
  } catch {
    return new Set();
  }
}

/**
 * Marks a note as reviewed at `at`, or unmarks it, at once: whether it was stored, or `undefined` when
 * the stored state is older or damaged and must go through the validating store (store.ts) first.
 */
export function saveReviewed(id: string, at: string | undefined): boolean | undefined {
  try {
    const text = withReviewed(localStorage.getItem(STORAGE_KEY), id, at);
    return text === undefined ? text : (localStorage.setItem(STORAGE_KEY, text), true);
  } catch {
    return false;
  }
}
