/**
 * The study state in localStorage. Storage can be missing, full or blocked (private modes, policies):
 * reading then gives an empty state and saving reports failure, so pages keep working either way.
 */
import { deserialize, serialize, type StudyState } from '../../lib/study/state';
import { STORAGE_KEY } from './events';

export { announceChange, onStateChange, STORAGE_KEY, STUDY_CHANGE } from './events';

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
