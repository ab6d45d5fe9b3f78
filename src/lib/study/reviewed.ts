/**
 * The notes marked as reviewed, read and written straight from the stored text, for the page script:
 * it must answer a click without loading the whole validation (state.ts), and a learner who leaves the
 * page right after the click must not lose the mark. Only the `reviewedNotes` field of a current
 * (version 2) state is touched; every other field is kept as it is, to be cleaned by state.ts when a
 * page that needs it reads the state.
 */
import { STATE_VERSION, isRecord } from './stored';

/** The stored text, parsed, when it is a current state or nothing at all; `undefined` otherwise. */
function currentState(text: string | null): Record<string, unknown> | undefined {
  try {
    // Only an object parsed from JSON can have a version (null?.version and "text".version are undefined).
    const json = (text === null ? { version: STATE_VERSION } : JSON.parse(text)) as Record<string, unknown> | null;
    return json?.version === STATE_VERSION ? json : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The ids marked as reviewed with a valid date. Ids are not checked against the notes: one that is
 * not a note on the page simply matches nothing there.
 */
export function reviewedIds(text: string | null): Set<string> {
  const reviewed = currentState(text)?.reviewedNotes;
  if (!isRecord(reviewed)) return new Set();
  return new Set(Object.keys(reviewed).filter((id) => typeof reviewed[id] === 'string' && !Number.isNaN(Date.parse(reviewed[id]))));
}

/**
 * The stored text with one note marked as reviewed at `at` (an ISO date-time), or unmarked when `at`
 * is undefined; `undefined` when the text is an older or damaged state, which only the validating
 * store (state.ts) may rewrite.
 */
export function withReviewed(text: string | null, id: string, at: string | undefined): string | undefined {
  const state = currentState(text);
  if (!state) return undefined;
  const reviewed = isRecord(state.reviewedNotes) ? { ...state.reviewedNotes } : {};
  if (at === undefined) delete reviewed[id];
  else reviewed[id] = at;
  return JSON.stringify({ ...state, reviewedNotes: reviewed });
}
