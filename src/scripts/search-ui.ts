/**
 * The search dialog's behaviour, loaded on first open: queries Pagefind (the index of this page's
 * language), renders results with their category and marked excerpts, filters by category and exam,
 * and moves through results with the arrow keys.
 */
import { normalizeQuery } from '../lib/korean-query';
import { MAX_RESULTS, PAGEFIND_OPTIONS } from '../lib/search-options';
import { exactNamesFirst } from '../lib/search-rank';

export interface SearchStrings {
  loading: string;
  unavailable: string;
  noResults: string;
  resultCount: { one: string; other: string };
}

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; category?: string; names?: string; lifecycle?: string };
  sub_results: SubResult[];
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(
    term: string,
    options: { filters: Record<string, string> },
    timeout: number,
  ): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

const MAX_SUB_RESULTS = 3;

export async function setUpSearch(dialog: HTMLDialogElement): Promise<void> {
  const strings = JSON.parse(dialog.dataset.strings ?? '{}') as SearchStrings;
  const input = dialog.querySelector<HTMLInputElement>('#search-input')!;
  const status = dialog.querySelector<HTMLElement>('#search-status')!;
  const list = dialog.querySelector<HTMLOListElement>('#search-results')!;
  const selects = [...dialog.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  input.focus();

  status.textContent = strings.loading;
  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ `${'/pagefind/pagefind.js'}`)) as Pagefind;
    await pagefind.options(PAGEFIND_OPTIONS);
  } catch {
    status.textContent = strings.unavailable;
    return;
  }
  status.textContent = '';

  const available = await pagefind.filters();
  for (const select of selects) {
    const values = Object.entries(available[select.dataset.filter ?? ''] ?? {}).sort(([a], [b]) => a.localeCompare(b));
    for (const [value, count] of values) select.add(new Option(`${value} (${count})`, value));
  }

  const run = async () => {
    const term = normalizeQuery(input.value);
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter ?? '', s.value]));
    if (!term && Object.keys(filters).length === 0) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.debouncedSearch(term || '', { filters }, 120);
    if (!search) return; // superseded by a newer keystroke
    const fetched = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    const results = exactNamesFirst(fetched, term);
    list.replaceChildren(...results.map(renderResult));
    const count = search.results.length;
    status.textContent = count
      ? (count === 1 ? strings.resultCount.one : strings.resultCount.other).replace('{count}', String(count))
      : strings.noResults.replace('{query}', input.value.trim());
  };

  input.addEventListener('input', run);
  for (const select of selects) select.addEventListener('change', run);
  dialog.addEventListener('keydown', (event) => moveFocus(event, input, list));
  dialog.addEventListener('close', () => (input.value = ''), { once: false });
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

function renderResult(result: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const link = document.createElement('a');
  link.href = composedUrl(result.url);
  link.dataset.resultLink = '';
  const title = document.createElement('span');
  title.className = 'search-result-title';
  title.textContent = result.meta.title ?? result.url;
  link.append(title);
  if (result.meta.lifecycle) {
    // The note's own lifecycle badge text, already in the page's language.
    const badge = document.createElement('span');
    badge.className = 'lifecycle-badge';
    badge.textContent = result.meta.lifecycle;
    link.append(badge);
  }
  if (result.meta.category) {
    const category = document.createElement('span');
    category.className = 'search-result-category';
    category.textContent = result.meta.category;
    link.append(category);
  }
  const excerpt = document.createElement('span');
  excerpt.className = 'search-result-excerpt';
  // Pagefind escapes page text and adds only <mark> around matched words.
  excerpt.innerHTML = result.excerpt;
  link.append(excerpt);
  item.append(link);

  const sections = result.sub_results.filter((sub) => sub.url.includes('#')).slice(0, MAX_SUB_RESULTS);
  if (sections.length) {
    const subList = document.createElement('ul');
    for (const sub of sections) {
      const subItem = document.createElement('li');
      const subLink = document.createElement('a');
      subLink.href = composedUrl(sub.url);
      subLink.dataset.resultLink = '';
      const subTitle = document.createElement('span');
      subTitle.className = 'search-result-title';
      subTitle.textContent = sub.title;
      const subExcerpt = document.createElement('span');
      subExcerpt.className = 'search-result-excerpt';
      subExcerpt.innerHTML = sub.excerpt;
      subLink.append(subTitle, subExcerpt);
      subItem.append(subLink);
      subList.append(subItem);
    }
    item.append(subList);
  }
  return item;
}

/** Arrow keys walk from the input through every result link and back. */
function moveFocus(event: KeyboardEvent, input: HTMLInputElement, list: HTMLElement): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
  if (!links.length) return;
  const stops: HTMLElement[] = [input, ...links];
  const at = stops.indexOf(document.activeElement as HTMLElement);
  const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
  event.preventDefault();
  stops[next]?.focus();
}
