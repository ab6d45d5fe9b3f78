/**
 * Where the study state lives and how scripts on a page hear that it changed. Separate from store.ts
 * (which validates the whole state) so the page script can show reviewed marks without carrying the
 * validation: it reads only the reviewed notes, and loads store.ts when the learner changes something.
 */
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

/**
 * The ids of the notes marked as reviewed, read with the store's rules for this one field (version 2,
 * a date for each note) but without loading the whole validation: an id that is not a note on this
 * page simply matches nothing.
 */
export function reviewedNoteIds(): Set<string> {
  try {
    const { version, reviewedNotes } = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as {
      version?: unknown;
      reviewedNotes?: unknown;
    };
    if (version !== 2 || !reviewedNotes || typeof reviewedNotes !== 'object') return new Set();
    const dated = Object.entries(reviewedNotes).filter(([, at]) => typeof at === 'string' && !Number.isNaN(Date.parse(at)));
    return new Set(dated.map(([id]) => id));
  } catch {
    return new Set();
  }
}
