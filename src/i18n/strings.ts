import type { LifecycleStatus } from '../lib/note-schema';

/** Every user-facing string of the interface. Each language provides all of them (ko.ts, en.ts). */
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
  /** "{query}" is replaced by what the reader typed (in the browser). */
  searchNoResults: string;
  /** "{count}" is replaced by the number of results (in the browser). */
  searchResultCount: { one: string; other: string };
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
  noteCount: (count: number) => string;
  recentlyUpdated: string;
  browseByCategory: string;
  browseByExam: string;
  allTags: string;
  categoryIntro: (category: string) => string;
  tagIntro: (tag: string) => string;
  examIntro: (exam: string) => string;
  statusDraft: string;
  /** The day a note was last checked against AWS documentation. */
  verifiedOn: string;
  /** Shown on a draft: what it means for a learner. */
  draftNotice: string;
  /** A short badge per service lifecycle status, for lists, cards and search results. */
  lifecycleBadge: Record<LifecycleStatus, string>;
  /** The banner on a note whose service is retired, closed, in maintenance or renamed. */
  lifecycleBanner: (status: LifecycleStatus, date: string, successor: string | undefined) => string;
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
  translationsMissing: (count: number) => string;
  notFoundTitle: string;
  notFoundText: string;
  backHome: string;
  footer: string;
  // Study mode (practice, review queue, progress). Strings with "{name}" placeholders are filled
  // in the browser too, so they are templates rather than functions.
  practice: string;
  practiceTitle: string;
  practiceIntro: string;
  practiceByExam: string;
  practiceByCategory: string;
  practiceNone: string;
  cardCount: (count: number) => string;
  practiceDeckTitle: (label: string) => string;
  practiceDeckIntro: (label: string) => string;
  /** A link to a practice deck, with its number of cards. */
  practiceThis: (count: number) => string;
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
  dueToday: { zero: string; one: string; other: string };
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
  announceKnew: { zero: string; one: string; other: string };
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
}
