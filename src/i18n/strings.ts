import type { Plural } from '../lib/messages';
import type { LifecycleStatus } from '../lib/note-schema';

/**
 * Every user-facing string of the interface. Each language provides all of them (ko.ts, en.ts), as
 * text only: values go in "{name}" placeholders (filled by `fill`), counted strings are `Plural`
 * forms (chosen by `plural`, src/lib/messages.ts). A test checks that both languages name the same
 * placeholders; browser scripts receive their strings by these same keys (src/i18n/browser.ts).
 */
export interface UiStrings {
  siteName: string;
  siteTagline: string;
  skipToContent: string;
  mainNav: string;
  menu: string;
  closeMenu: string;
  search: string;
  searchPlaceholder: string;
  searchShortcut: string;
  searchClose: string;
  searchLoading: string;
  searchUnavailable: string;
  /** Offline, and this language's search was never saved. */
  searchOffline: string;
  /** "{query}" is replaced by what the reader typed (in the browser). */
  searchNoResults: string;
  /** "{count}" is replaced by the number of results (in the browser). */
  searchResultCount: Plural;
  /** "{name}" is replaced by the note a misspelt query probably means (in the browser). */
  searchDidYouMean: string;
  searchClosestNames: string;
  searchBrowseCategories: string;
  searchFilterCategory: string;
  searchFilterExam: string;
  searchAny: string;
  searchHint: string;
  themeToggle: string;
  themeToDark: string;
  themeToLight: string;
  languageSwitch: string;
  /** The name of this language, written in it: shown on the switcher that leads here. */
  languageName: string;
  breadcrumbs: string;
  home: string;
  categories: string;
  tags: string;
  exams: string;
  onThisPage: string;
  previous: string;
  next: string;
  related: string;
  lastUpdated: string;
  aliases: string;
  /** The concepts a note covers, listed under its names. */
  concepts: string;
  sources: string;
  /** A source that is one of the original study notes the site grew from (content/sources/). */
  originalNotes: string;
  /** "{count}". */
  noteCount: Plural;
  recentlyUpdated: string;
  browseByCategory: string;
  browseByExam: string;
  allTags: string;
  /** "{category}". */
  categoryIntro: string;
  /** "{tag}". */
  tagIntro: string;
  /** "{exam}". */
  examIntro: string;
  statusDraft: string;
  /** The day a note was last checked against AWS documentation. */
  verifiedOn: string;
  /** Shown on a draft: what it means for a learner. */
  draftNotice: string;
  /** A short badge per service lifecycle status, for lists, cards and search results. */
  lifecycleBadge: Record<LifecycleStatus, string>;
  /** The banner on a note whose service is retired, closed, in maintenance or renamed. */
  /** "{date}"; "{successor}" for `renamed`. */
  lifecycleBanner: Record<LifecycleStatus, string>;
  /** Added after the banner when the service has a successor: "{successor}". */
  lifecycleSuccessor: string;
  /** The successor of a renamed service when the note does not name it. */
  lifecycleNewName: string;
  lifecycleSource: string;
  statusReviewed: string;
  calloutTip: string;
  calloutWarning: string;
  calloutExam: string;
  examScenario: string;
  showAnswer: string;
  untranslatedNotice: string;
  translations: string;
  translationsIntro: string;
  translationsAllDone: string;
  /** "{count}". */
  translationsMissing: Plural;
  notFoundTitle: string;
  notFoundText: string;
  backHome: string;
  footer: string;
  // Study mode (practice, review queue, progress).
  practice: string;
  practiceTitle: string;
  practiceIntro: string;
  practiceByExam: string;
  practiceByCategory: string;
  practiceNone: string;
  /** "{count}". */
  cardCount: Plural;
  /** "{label}". */
  practiceDeckTitle: string;
  /** "{label}". */
  practiceDeckIntro: string;
  /** A link to a practice deck, with its number of cards. */
  practiceThis: Plural;
  practiceGoTo: string;
  studyYours: string;
  studyNoJs: string;
  fromNote: string;
  /** "{done}", "{total}". */
  progressNotes: string;
  /** "{known}", "{total}". */
  progressCards: string;
  /** "{count}". */
  progressDue: string;
  /** "{count}". */
  progressNew: string;
  /** "{count}": the cards due today over the whole site. */
  dueToday: Plural;
  markReviewed: string;
  reviewedMark: string;
  practiceControls: string;
  revealAnswer: string;
  knewIt: string;
  didntKnow: string;
  nextCard: string;
  /** "{position}", "{total}". */
  cardPosition: string;
  cardDue: string;
  cardNew: string;
  cardAhead: string;
  /** "{answer}": the revealed answer's text. */
  announceAnswer: string;
  /** "{count}": days until the card comes back. */
  announceKnew: Plural;
  announceMissed: string;
  sessionDone: string;
  /** "{knew}", "{missed}", "{skipped}". */
  sessionSummary: string;
  sessionRestart: string;
  storageUnavailable: string;
  progressData: string;
  progressDataIntro: string;
  exportProgress: string;
  importProgress: string;
  resetProgress: string;
  /** "{file}". */
  exportDone: string;
  /** "{notes}", "{cards}". */
  importDone: string;
  importFailed: string;
  resetConfirmTitle: string;
  resetConfirmText: string;
  cancel: string;
  resetDone: string;
  /** The installed web app's name and short name (the web manifest of this language). */
  appName: string;
  appShortName: string;
  /** The offline page: saved notes, "save all", and the fallback for a page not saved. */
  offlineTitle: string;
  offlineIntro: string;
  offlineLink: string;
  /** Shown when the offline page stands in for a page that was not saved. */
  offlineNotSaved: string;
  offlineNoWorker: string;
  /** "{size}": how much storage saving every page and the search of this language takes. */
  offlineSaveAll: string;
  /** The same button before its size is known. */
  offlineSaveAllUnsized: string;
  /** "{done}", "{total}". */
  offlineSaving: string;
  offlineSaved: string;
  offlineSaveFailed: string;
  offlineRemove: string;
  offlineRemoved: string;
  offlineSavedList: string;
  /** "{count}": saved pages of this language. */
  offlineSavedCount: { one: string; other: string };
  offlineNothingSaved: string;
  /** "{used}": how much the saved pages take. */
  offlineStorageUsed: string;
  updateReady: string;
  updateReload: string;
}
