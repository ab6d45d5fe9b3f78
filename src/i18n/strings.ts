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
  sources: string;
  noteCount: (count: number) => string;
  recentlyUpdated: string;
  browseByCategory: string;
  browseByExam: string;
  allTags: string;
  categoryIntro: (category: string) => string;
  tagIntro: (tag: string) => string;
  examIntro: (exam: string) => string;
  statusDraft: string;
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
}
