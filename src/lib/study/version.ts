/**
 * The version of the stored study state. Its own module so the page script can check it without
 * bundling the whole validation (state.ts).
 */
export const STATE_VERSION = 2;
