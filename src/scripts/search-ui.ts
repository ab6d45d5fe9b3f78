/**
 * The search dialog's behaviour, loaded on first open. Each keystroke is planned (src/lib/search/plan.ts):
 * names and concepts from the names layer are drawn at once; Pagefind (the index of this page's
 * language) then runs on the query's terms, relaxed to any-term matching when the whole query finds too
 * little; its results are drawn as they arrive, a few first and more on scroll. Filters apply to both.
 */
import { NameMatcher, type NamedNote, type NamesIndex } from '../lib/search/names';
import { HIGHLIGHT_PARAM, PAGEFIND_OPTIONS } from '../lib/search/options';
import { applyNames, planQuery, rankByTerms } from '../lib/search/plan';
import { langFromPath } from '../lib/i18n';
import { fill, plural } from '../lib/messages';
import type { SearchStrings } from '../i18n/browser';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; category?: string; lifecycle?: string };
  sub_results: SubResult[];
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
}

/** Fewer results than this from the whole query, and the search relaxes to any of its terms. */
const ENOUGH = 3;
/**
 * Results drawn at once: each costs a fragment download (the note's text, for its excerpt), so the
 * first few come first and the next ones when the reader scrolls to the end of the list.
 */
const FIRST_BATCH = 3;
const BATCH = 6;
const MAX_SUB_RESULTS = 3;

/** The dialog's parts below the input row, which the page leaves out to stay small. */
function buildDialog(dialog: HTMLDialogElement, strings: SearchStrings) {
  const filter = (name: string, id: string, label: string) => {
    const select = element('select', 'rounded-md border border-border bg-surface px-2 py-1');
    select.id = id;
    select.dataset.filter = name;
    const any = element('option', '', strings.searchAny);
    any.value = '';
    select.append(any);
    const wrapper = element('label', 'flex items-center gap-1');
    wrapper.append(element('span', '', label), select);
    return { wrapper, select };
  };
  const category = filter('category', 'search-filter-category', strings.searchFilterCategory);
  const exam = filter('exam', 'search-filter-exam', strings.searchFilterExam);
  const filters = element('div', 'mt-2 flex flex-wrap gap-3 text-sm');
  filters.append(category.wrapper, exam.wrapper);
  dialog.querySelector('[data-search-head]')!.append(filters);

  const status = element('p', 'px-4 pt-2 text-sm text-muted');
  status.id = 'search-status';
  status.setAttribute('role', 'status');
  const hint = element('p', 'px-4 pt-1 text-sm');
  hint.id = 'search-did-you-mean';
  const list = element('ol', '');
  list.id = 'search-results';
  const suggestions = element('ul', 'mt-1 list-disc ps-5');
  const categories = element('ul', 'mt-1 flex flex-wrap gap-x-3 gap-y-1');
  const empty = element('div', 'px-2 text-sm');
  empty.id = 'search-empty';
  empty.hidden = true;
  empty.append(
    element('p', 'mt-2 text-muted', strings.searchClosestNames),
    suggestions,
    element('p', 'mt-3 text-muted', strings.searchBrowseCategories),
    categories,
  );
  const scroller = element('div', 'flex-1 overflow-y-auto px-2 pb-2');
  scroller.append(list, empty);
  const keys = element('p', 'hidden border-t border-border px-4 py-2 text-xs text-muted sm:block', strings.searchHint);
  dialog.querySelector('[data-search-body]')!.append(status, hint, scroller, keys);
  return { status, hint, list, empty, suggestions, categories, selects: [category.select, exam.select] };
}

export async function setUpSearch(dialog: HTMLDialogElement): Promise<void> {
  const strings = JSON.parse(dialog.dataset.strings ?? '{}') as SearchStrings;
  const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
  const { status, hint, list, empty, suggestions, categories, selects } = buildDialog(dialog, strings);
  input.focus();

  status.textContent = strings.searchLoading;
  const unavailable = () => (navigator.onLine ? strings.searchUnavailable : strings.searchOffline);
  let pagefind: Pagefind;
  let matcher: NameMatcher;
  try {
    const [module, names] = await Promise.all([
      import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`) as Promise<Pagefind>,
      fetch(dialog.dataset.names ?? '').then((response) => response.json() as Promise<NamesIndex>),
    ]);
    pagefind = module;
    matcher = new NameMatcher(names);
    fillFilters(selects, names);
    categories.replaceChildren(...names.categories.map((c) => linkItem(c.label, c.url)));
    await pagefind.options(PAGEFIND_OPTIONS);
  } catch {
    status.textContent = unavailable();
    return;
  }
  status.textContent = '';

  let generation = 0;
  let more: IntersectionObserver | undefined;

  const run = async () => {
    const current = ++generation;
    const stale = () => current !== generation;
    more?.disconnect();
    list.setAttribute('aria-busy', 'true');
    // Which query the list shows once drawn: tests and assistive tech wait for it.
    const settle = () => {
      list.setAttribute('aria-busy', 'false');
      list.dataset.query = input.value;
    };
    const plan = planQuery(input.value);
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter ?? '', s.value]));
    const filtered = Object.keys(filters).length > 0;
    hint.replaceChildren();
    empty.hidden = true;
    if (!plan.words.length && !filtered) {
      list.replaceChildren();
      status.textContent = '';
      settle();
      return;
    }

    // The names layer answers at once: notes the query names, and a near miss's likely note.
    const names = applyNames(plan, matcher);
    const passes = (note: NamedNote) =>
      (!filters.category || note.category === filters.category) && (!filters.exam || note.exams.includes(filters.exam));
    const first = names.first.filter(passes);
    // Drawn at once from the names layer; replaced in place by Pagefind's richer result when it arrives.
    const named = new Map(first.map((note) => [note.url, renderNamed(note, names.terms)]));
    list.replaceChildren(...named.values());
    const shown = new Set<string>();
    if (names.didYouMean) hint.append(didYouMean(strings.searchDidYouMean, names.didYouMean));

    const term = names.terms.join(' ');
    let results: PagefindResult[];
    let perTerm: { results: PagefindResult[] }[] = [];
    try {
      results = (await pagefind.search(term, { filters })).results;
      // Too little for the whole query: any of its terms, ranked by how many they match.
      if (results.length < ENOUGH && names.terms.length > 1)
        perTerm = await Promise.all(names.terms.map((t) => pagefind.search(t, { filters })));
    } catch {
      // Offline with this language's index not saved: the names layer's rows are all there is.
      if (stale()) return;
      status.textContent = named.size ? plural(langFromPath(location.pathname), strings.searchResultCount, named.size) : unavailable();
      settle();
      return;
    }
    if (stale()) return;
    if (perTerm.length) {
      const byId = new Map(perTerm.flatMap((search) => search.results.map((r) => [r.id, r] as const)));
      results = rankByTerms(perTerm.map((search) => search.results)).map((id) => byId.get(id)!);
      // Relaxed, the notes a part of the query names lead ("EC2 인스턴스를 싸게 쓰는 방법" → EC2).
      for (const note of names.partial.filter(passes)) {
        if (named.has(note.url)) continue;
        const item = renderNamed(note, names.terms);
        named.set(note.url, item);
        list.append(item);
      }
    }

    const total = Math.max(named.size, results.length);
    status.textContent = total
      ? plural(langFromPath(location.pathname), strings.searchResultCount, total)
      : fill(strings.searchNoResults, { query: input.value.trim() });
    if (!total) {
      const closest = matcher.suggest(input.value);
      suggestions.replaceChildren(...closest.map((note) => linkItem(note.title, note.url)));
      empty.hidden = false;
      settle();
      return;
    }

    // Pagefind's results, drawn in order as each one's data arrives, a batch at a time.
    let next = 0;
    const drawBatch = async () => {
      const size = next === 0 ? FIRST_BATCH : BATCH;
      const batch = results.slice(next, next + size).map((result) => result.data());
      next += size;
      for (const pending of batch) {
        // A fragment that cannot load (offline, not saved) leaves its named row, if any, in place.
        const data = await pending.catch(() => undefined);
        if (stale()) return;
        if (!data) continue;
        const path = data.url.split(/[?#]/)[0]!;
        if (shown.has(path)) continue;
        shown.add(path);
        const placeholder = named.get(path);
        if (placeholder) {
          // A reader who already moved onto the named row keeps the focus on its replacement.
          const hadFocus = placeholder.contains(document.activeElement);
          const result = renderResult(data);
          placeholder.replaceWith(result);
          if (hadFocus) result.querySelector<HTMLAnchorElement>('a[data-result-link]')?.focus();
        } else list.append(renderResult(data));
      }
      if (next < results.length) {
        more = new IntersectionObserver((entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            more?.disconnect();
            void drawBatch();
          }
        });
        more.observe(list.lastElementChild!);
      }
    };
    await drawBatch();
    if (!stale()) settle();
  };

  input.addEventListener('input', () => void run());
  for (const select of selects) select.addEventListener('change', () => void run());
  dialog.addEventListener('keydown', (event) => moveFocus(event, input, list));
  dialog.addEventListener('close', () => (input.value = ''));
  if (input.value) await run();
}

/**
 * Pagefind puts the query in result URLs decomposed (NFD, for its diacritics matching); the page
 * text is composed Hangul (NFC), so the highlighter would find nothing. Recompose it.
 */
function composedUrl(url: string): string {
  const [path = '', hash = ''] = url.split('#');
  const [base = '', query = ''] = path.split('?');
  if (!query) return url;
  const params = new URLSearchParams(query);
  const composed = new URLSearchParams([...params].map(([key, value]) => [key, value.normalize('NFC')]));
  return `${base}?${composed}${hash ? `#${hash}` : ''}`;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A result's link: title, lifecycle badge, category, then the excerpt (marked HTML or plain text). */
function resultItem(href: string, title: string, category: string | undefined, lifecycle: string | undefined): HTMLLIElement {
  const item = element('li', 'search-result');
  const link = element('a', '');
  link.href = href;
  link.dataset.resultLink = '';
  link.append(element('span', 'search-result-title', title));
  if (lifecycle) link.append(element('span', 'lifecycle-badge', lifecycle));
  if (category) link.append(element('span', 'search-result-category', category));
  item.append(link);
  return item;
}

/**
 * A note the names layer found, drawn at once with its title and category; Pagefind's result, with
 * the marked excerpt, replaces it when it arrives. The link highlights the query's words on the note.
 */
function renderNamed(note: NamedNote, terms: readonly string[]): HTMLLIElement {
  const highlight = new URLSearchParams(terms.map((term) => [HIGHLIGHT_PARAM, term]));
  return resultItem(`${note.url}?${highlight}`, note.title, note.category, note.lifecycle);
}

function renderResult(result: ResultData): HTMLLIElement {
  const item = resultItem(composedUrl(result.url), result.meta.title ?? result.url, result.meta.category, result.meta.lifecycle);
  const excerpt = element('span', 'search-result-excerpt');
  // Pagefind escapes page text and adds only <mark> around matched words.
  excerpt.innerHTML = result.excerpt;
  item.firstElementChild!.append(excerpt);

  const sections = result.sub_results.filter((sub) => sub.url.includes('#')).slice(0, MAX_SUB_RESULTS);
  if (sections.length) {
    const subList = document.createElement('ul');
    for (const sub of sections) {
      const subItem = document.createElement('li');
      const subLink = element('a', '');
      subLink.href = composedUrl(sub.url);
      subLink.dataset.resultLink = '';
      const subExcerpt = element('span', 'search-result-excerpt');
      subExcerpt.innerHTML = sub.excerpt;
      subLink.append(element('span', 'search-result-title', sub.title), subExcerpt);
      subItem.append(subLink);
      subList.append(subItem);
    }
    item.append(subList);
  }
  return item;
}

function didYouMean(template: string, note: NamedNote): HTMLElement {
  const [before = '', after = ''] = template.split('{name}');
  const link = element('a', '', note.title);
  link.href = note.url;
  const line = element('span', '');
  line.append(before, link, after);
  return line;
}

function linkItem(text: string, href: string): HTMLLIElement {
  const item = document.createElement('li');
  const link = element('a', '', text);
  link.href = href;
  link.dataset.resultLink = '';
  item.append(link);
  return item;
}

/**
 * The filters' options, counted from the names layer: Pagefind's own filter list would fetch its
 * filter chunks before the first query.
 */
function fillFilters(selects: readonly HTMLSelectElement[], names: NamesIndex): void {
  const count = (values: string[]) => values.reduce((counts, v) => counts.set(v, (counts.get(v) ?? 0) + 1), new Map<string, number>());
  const options: Record<string, Map<string, number>> = {
    category: count(names.notes.map((note) => note.category)),
    exam: count(names.notes.flatMap((note) => note.exams)),
  };
  const order: Record<string, string[]> = { category: names.categories.map((c) => c.label), exam: [...options.exam!.keys()].sort() };
  for (const select of selects) {
    const filter = select.dataset.filter ?? '';
    for (const value of order[filter] ?? []) select.add(new Option(`${value} (${options[filter]!.get(value) ?? 0})`, value));
  }
}

/** Arrow keys walk from the input through every result link and back. */
function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...(list.closest('dialog') ?? list).querySelectorAll<HTMLAnchorElement>('a[data-result-link]')].filter(
    (link) => !link.closest('[hidden]'),
  );
  if (!links.length) return;
  const stops: HTMLElement[] = [input, ...links];
  const at = stops.indexOf(document.activeElement as HTMLElement);
  const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
  event.preventDefault();
  stops[next]?.focus();
}
