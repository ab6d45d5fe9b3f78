/**
 * The interface strings each browser script receives, by their dictionary keys: a page passes
 * `pickStrings(t, PRACTICE_STRINGS)` as JSON and the script reads it as `PracticeStrings`, so a
 * string renamed or retyped in the dictionary is a type error in both places. Type-only for the
 * scripts: they import the types, never this module's values.
 */
import type { UiStrings } from './strings';

const keys = <K extends keyof UiStrings>(...list: K[]): readonly K[] => list;

export const SEARCH_STRINGS = keys(
  'searchLoading',
  'searchUnavailable',
  'searchOffline',
  'searchNoResults',
  'searchResultCount',
  'searchDidYouMean',
  'searchFilterCategory',
  'searchFilterExam',
  'searchAny',
  'searchClosestNames',
  'searchBrowseCategories',
  'searchHint',
);
export type SearchStrings = Pick<UiStrings, (typeof SEARCH_STRINGS)[number]>;

export const PRACTICE_STRINGS = keys(
  'cardPosition',
  'cardDue',
  'cardNew',
  'cardAhead',
  'announceAnswer',
  'announceKnew',
  'announceMissed',
  'sessionSummary',
  'storageUnavailable',
  'progressDue',
  'progressNew',
  'progressCards',
);
export type PracticeStrings = Pick<UiStrings, (typeof PRACTICE_STRINGS)[number]>;

export const TRANSFER_STRINGS = keys('exportDone', 'importDone', 'importFailed', 'resetDone', 'storageUnavailable');
export type TransferStrings = Pick<UiStrings, (typeof TRANSFER_STRINGS)[number]>;

export const OFFLINE_STRINGS = keys(
  'offlineSaveAll',
  'offlineSaving',
  'offlineSaved',
  'offlineSaveFailed',
  'offlineRemoved',
  'offlineSavedCount',
  'offlineNothingSaved',
  'offlineStorageUsed',
  'offlineNoWorker',
);
export type OfflineStrings = Pick<UiStrings, (typeof OFFLINE_STRINGS)[number]>;

export const OVERVIEW_STRINGS = keys('progressNotes', 'progressCards', 'progressDue', 'progressNew', 'dueToday');
export type OverviewStrings = Pick<UiStrings, (typeof OVERVIEW_STRINGS)[number]>;

/** The strings of `list` from a dictionary, for a page to hand to a script. */
export const pickStrings = <K extends keyof UiStrings>(t: UiStrings, list: readonly K[]): Pick<UiStrings, K> =>
  Object.fromEntries(list.map((key) => [key, t[key]])) as Pick<UiStrings, K>;
