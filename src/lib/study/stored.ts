/**
 * What every reader of the stored study state shares: its version and the shape check of its objects.
 * Its own module, free of dependencies, so the page script can use them without bundling the whole
 * validation (state.ts).
 */
export const STATE_VERSION = 2;

/** A plain JSON object (not null, not an array). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
