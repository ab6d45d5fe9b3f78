/**
 * The study state in localStorage. Storage can be missing, full or blocked (private modes, policies):
 * reading then gives an empty state and saving reports failure, so pages keep working either way.
 */
import { deserialize, serialize, type StudyState } from '../../lib/study/state';

export const STORAGE_KEY = 'aws-notes:study';

export function loadState(): StudyState {
  try {
    return deserialize(localStorage.getItem(STORAGE_KEY));
  } catch {
    return deserialize(null);
  }
}

/** Whether the state was stored. */
export function saveState(state: StudyState): boolean {
  try {
    localStorage.setItem(STORAGE_KEY, serialize(state));
    return true;
  } catch {
    return false;
  }
}

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
